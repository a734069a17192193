// Known-answer tests for the crypto facade: published vectors for scrypt (RFC 7914), AES-256-GCM (McGrew–Viega
// GCM spec / NIST test cases 13–16), HKDF-SHA256 (RFC 5869), HMAC-SHA256 (RFC 4231) and X25519 (RFC 7748), plus
// the properties of SealedBox, RecoveryCode and SecureBuffer that the keyring relies on.
#include "crypto/AesGcm.h"
#include "crypto/CryptoSelfTest.h"
#include "crypto/Digest.h"
#include "crypto/RecoveryCode.h"
#include "crypto/Scrypt.h"
#include "crypto/SealedBox.h"
#include "crypto/SecureBuffer.h"
#include "crypto/SecureRandom.h"
#include "support/ResultChecks.h"

#include <QElapsedTimer>
#include <QTest>

#include <utility>

using namespace custodian;

namespace {
QByteArray hex(const char* text)
{
    return QByteArray::fromHex(QByteArray(text));
}

QByteArray bytesOf(const SecureBuffer& buffer)
{
    return buffer.view().toByteArray();
}
} // namespace

class CryptoVectorsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scryptRfc7914_data();
    void scryptRfc7914();
    void scryptRefusesInsaneParameters();

    void aesGcm_data();
    void aesGcm();
    void aesGcmRejectsTampering_data();
    void aesGcmRejectsTampering();
    void aesGcmRejectsBadSizes();

    void hkdfRfc5869Case1();
    void hmacRfc4231Case2();
    void sha256();

    void x25519Rfc7748PublicKey();
    void sealedBoxRoundTrip();
    void sealedBoxWrongKeyOrDataFails();

    void recoveryCodeGenerate();
    void recoveryCodeNormaliseAccepts_data();
    void recoveryCodeNormaliseAccepts();
    void recoveryCodeNormaliseRejects_data();
    void recoveryCodeNormaliseRejects();

    void secureBufferMoveSemantics();
    void secureBufferEquals();
    void secureBufferTruncateAndClear();

    void selfTestPasses();
};

// RFC 7914 section 12: all four vectors, including N = 2^20 (1 GiB, a few seconds).
void CryptoVectorsTest::scryptRfc7914_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<int>("log2N");
    QTest::addColumn<int>("r");
    QTest::addColumn<int>("p");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty, N=16 r=1 p=1") << QByteArray() << QByteArray() << 4 << 1 << 1
                                         << QByteArray(
                                                "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                                                "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906");
    QTest::newRow("password/NaCl, N=1024 r=8 p=16")
        << QByteArray("password") << QByteArray("NaCl") << 10 << 8 << 16
        << QByteArray("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                      "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
    QTest::newRow("pleaseletmein, N=16384 r=8 p=1")
        << QByteArray("pleaseletmein") << QByteArray("SodiumChloride") << 14 << 8 << 1
        << QByteArray("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
                      "d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887");
    QTest::newRow("pleaseletmein, N=1048576 r=8 p=1 (1 GiB)")
        << QByteArray("pleaseletmein") << QByteArray("SodiumChloride") << 20 << 8 << 1
        << QByteArray("2101cb9b6a511aaeaddbbe09cf70f881ec568d574a2ffd4dabe5ee9820adaa47"
                      "8e56fd8f4ba5d09ffa1c6d927c40f4c337304049e8a952fbcbf45c6fa77a41a4");
}

void CryptoVectorsTest::scryptRfc7914()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(int, log2N);
    QFETCH(int, r);
    QFETCH(int, p);
    QFETCH(QByteArray, expected);

    const Scrypt::Parameters parameters { std::uint8_t(log2N), std::uint32_t(r), std::uint32_t(p) };
    QVERIFY2(parameters.isSane(), "an RFC 7914 vector is refused as insane");
    QElapsedTimer timer;
    timer.start();
    auto derived = Scrypt::derive(password, salt, parameters, 64);
    CUSTODIAN_VERIFY_OK(derived);
    QCOMPARE(derived->view().toByteArray().toHex(), expected);
    qInfo("scrypt N=2^%d r=%d p=%d: %lld ms", log2N, r, p, timer.elapsed());
}

void CryptoVectorsTest::scryptRefusesInsaneParameters()
{
    // A hostile keyring header must not make unlock allocate gigabytes or spin for minutes.
    for (const Scrypt::Parameters& parameters :
         { Scrypt::Parameters { 0, 8, 1 }, Scrypt::Parameters { 23, 8, 1 }, Scrypt::Parameters { 14, 0, 1 },
           Scrypt::Parameters { 14, 33, 1 }, Scrypt::Parameters { 14, 8, 0 }, Scrypt::Parameters { 14, 8, 17 },
           Scrypt::Parameters { 22, 32, 1 } }) {
        QVERIFY2(
            !parameters.isSane(),
            qPrintable(
                QStringLiteral("N=2^%1 r=%2 p=%3 accepted").arg(parameters.log2N).arg(parameters.r).arg(parameters.p)));
        CUSTODIAN_VERIFY_ERROR(Scrypt::derive("x", "salt", parameters, 32), Error::Code::InvalidArgument);
    }
    QVERIFY(Scrypt::defaults().isSane());
    QVERIFY2(Scrypt::defaults().log2N >= 17 && Scrypt::defaults().r >= 8, "defaults below the OWASP minimum");
}

// McGrew & Viega, "The Galois/Counter Mode of Operation", test cases 13–16 (the 256-bit-key cases of NIST's
// GCM validation). Case 16 has associated data and a 60-byte plaintext.
void CryptoVectorsTest::aesGcm_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QByteArray>("ciphertext");
    QTest::addColumn<QByteArray>("tag");

    const QByteArray zeroKey(32, '\0');
    const QByteArray zeroNonce(12, '\0');
    const QByteArray key = hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
    const QByteArray nonce = hex("cafebabefacedbaddecaf888");
    const QByteArray plaintext = hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                                     "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255");
    const QByteArray ciphertext = hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                                      "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad");

    QTest::newRow("test case 13") << zeroKey << zeroNonce << QByteArray() << QByteArray() << QByteArray()
                                  << hex("530f8afbc74536b9a963b4f1c4cb738b");
    QTest::newRow("test case 14") << zeroKey << zeroNonce << QByteArray(16, '\0') << QByteArray()
                                  << hex("cea7403d4d606b6e074ec5d3baf39d18") << hex("d0d1c8a799996bf0265b98b5d48ab919");
    QTest::newRow("test case 15") << key << nonce << plaintext << QByteArray() << ciphertext
                                  << hex("b094dac5d93471bdec1a502270e3cc6c");
    QTest::newRow("test case 16 (AAD)") << key << nonce << plaintext.left(60)
                                        << hex("feedfacedeadbeeffeedfacedeadbeefabaddad2") << ciphertext.left(60)
                                        << hex("76fc6ece0f4e1768cddf8853bb2d551b");
}

void CryptoVectorsTest::aesGcm()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, ciphertext);
    QFETCH(QByteArray, tag);

    const SecureBuffer secretKey = SecureBuffer::copyOf(key);
    auto sealed = AesGcm::seal(secretKey, nonce, plaintext, aad);
    CUSTODIAN_VERIFY_OK(sealed);
    QCOMPARE(sealed->toHex(), QByteArray(ciphertext + tag).toHex());

    auto opened = AesGcm::open(secretKey, nonce, QByteArray(ciphertext + tag), aad);
    CUSTODIAN_VERIFY_OK(opened);
    QCOMPARE(bytesOf(*opened).toHex(), plaintext.toHex());
}

void CryptoVectorsTest::aesGcmRejectsTampering_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("first tag byte") << QStringLiteral("tag0");
    QTest::newRow("last tag byte") << QStringLiteral("tagLast");
    QTest::newRow("ciphertext byte") << QStringLiteral("ciphertext");
    QTest::newRow("associated data") << QStringLiteral("aad");
    QTest::newRow("nonce") << QStringLiteral("nonce");
    QTest::newRow("key") << QStringLiteral("key");
    QTest::newRow("tag cut short") << QStringLiteral("truncated");
}

void CryptoVectorsTest::aesGcmRejectsTampering()
{
    QFETCH(QString, what);
    // Test case 16's inputs: a tag failure must be reported, never a plaintext.
    QByteArray key = hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
    QByteArray nonce = hex("cafebabefacedbaddecaf888");
    QByteArray aad = hex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    QByteArray message = hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b"
                             "1056828838c5f61e6393ba7a0abcc9f662"
                             "76fc6ece0f4e1768cddf8853bb2d551b");
    {
        auto untouched = AesGcm::open(SecureBuffer::copyOf(key), nonce, message, aad);
        CUSTODIAN_VERIFY_OK(untouched);
    }
    if (what == QLatin1String("tag0"))
        message[message.size() - AesGcm::TagSize] = char(message[message.size() - AesGcm::TagSize] ^ 0x01);
    else if (what == QLatin1String("tagLast"))
        message[message.size() - 1] = char(message[message.size() - 1] ^ 0x80);
    else if (what == QLatin1String("ciphertext"))
        message[7] = char(message[7] ^ 0x10);
    else if (what == QLatin1String("aad"))
        aad[0] = char(aad[0] ^ 0x01);
    else if (what == QLatin1String("nonce"))
        nonce[11] = char(nonce[11] ^ 0x01);
    else if (what == QLatin1String("key"))
        key[31] = char(key[31] ^ 0x01);
    else if (what == QLatin1String("truncated"))
        message.chop(1);
    CUSTODIAN_VERIFY_ERROR(AesGcm::open(SecureBuffer::copyOf(key), nonce, message, aad), Error::Code::InvalidArgument);
}

void CryptoVectorsTest::aesGcmRejectsBadSizes()
{
    const SecureBuffer key = SecureRandom::key(32);
    CUSTODIAN_VERIFY_ERROR(AesGcm::seal(SecureRandom::key(16), QByteArray(12, '\0'), "x", {}),
                           Error::Code::InvalidArgument);
    CUSTODIAN_VERIFY_ERROR(AesGcm::seal(key, QByteArray(8, '\0'), "x", {}), Error::Code::InvalidArgument);
    CUSTODIAN_VERIFY_ERROR(AesGcm::open(key, QByteArray(12, '\0'), QByteArray(15, '\0'), {}),
                           Error::Code::InvalidArgument);
}

// RFC 5869 appendix A.1.
void CryptoVectorsTest::hkdfRfc5869Case1()
{
    const SecureBuffer ikm = SecureBuffer::copyOf(QByteArray(22, '\x0b'));
    const QByteArray salt = hex("000102030405060708090a0b0c");
    const QByteArray info = hex("f0f1f2f3f4f5f6f7f8f9");
    const SecureBuffer okm = Digest::hkdfSha256(ikm, salt, info, 42);
    QCOMPARE(okm.size(), std::size_t(42));
    QCOMPARE(bytesOf(okm).toHex(),
             QByteArray("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"));
}

// RFC 4231 section 4.3.
void CryptoVectorsTest::hmacRfc4231Case2()
{
    const QByteArray mac = Digest::hmacSha256(SecureBuffer::copyOf("Jefe"), "what do ya want for nothing?");
    QCOMPARE(mac.toHex(), QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
}

// FIPS 180-2 "abc"; sha256Key hashes key material the same way.
void CryptoVectorsTest::sha256()
{
    const QByteArray expected("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QCOMPARE(Digest::sha256("abc").toHex(), expected);
    QCOMPARE(bytesOf(Digest::sha256Key(SecureBuffer::copyOf("abc"))).toHex(), expected);
}

// RFC 7748 section 6.1: Alice's key pair.
void CryptoVectorsTest::x25519Rfc7748PublicKey()
{
    auto publicKey = SealedBox::publicKeyFor(
        SecureBuffer::copyOf(hex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")));
    CUSTODIAN_VERIFY_OK(publicKey);
    QCOMPARE(publicKey->toHex(), QByteArray("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"));
}

void CryptoVectorsTest::sealedBoxRoundTrip()
{
    const SecureBuffer privateKey = SecureRandom::key(32);
    auto publicKey = SealedBox::publicKeyFor(privateKey);
    CUSTODIAN_VERIFY_OK(publicKey);
    const SecureBuffer plaintext = SecureRandom::key(32);
    auto sealed = SealedBox::seal(*publicKey, plaintext, "binding");
    CUSTODIAN_VERIFY_OK(sealed);
    QCOMPARE(sealed->ephemeralPublicKey.size(), SealedBox::PublicKeySize);
    QCOMPARE(sealed->nonce.size(), AesGcm::NonceSize);
    QCOMPARE(sealed->ciphertext.size(), qsizetype(plaintext.size()) + AesGcm::TagSize);
    QVERIFY2(!sealed->ciphertext.contains(plaintext.view().toByteArray()), "the plaintext appears in the box");

    auto opened = SealedBox::open(privateKey, *sealed, "binding");
    CUSTODIAN_VERIFY_OK(opened);
    QVERIFY(opened->equals(plaintext));

    // Every seal uses a fresh ephemeral key and nonce.
    auto again = SealedBox::seal(*publicKey, plaintext, "binding");
    CUSTODIAN_VERIFY_OK(again);
    QVERIFY(again->ephemeralPublicKey != sealed->ephemeralPublicKey);
    QVERIFY(again->ciphertext != sealed->ciphertext);
}

void CryptoVectorsTest::sealedBoxWrongKeyOrDataFails()
{
    const SecureBuffer privateKey = SecureRandom::key(32);
    auto publicKey = SealedBox::publicKeyFor(privateKey);
    CUSTODIAN_VERIFY_OK(publicKey);
    const SecureBuffer plaintext = SecureBuffer::copyOf("the data key, 32 bytes long....!");
    auto sealed = SealedBox::seal(*publicKey, plaintext, "binding");
    CUSTODIAN_VERIFY_OK(sealed);

    CUSTODIAN_VERIFY_ERROR(SealedBox::open(SecureRandom::key(32), *sealed, "binding"), Error::Code::InvalidArgument);
    CUSTODIAN_VERIFY_ERROR(SealedBox::open(privateKey, *sealed, "other binding"), Error::Code::InvalidArgument);

    SealedBox::Sealed changed = *sealed;
    changed.ephemeralPublicKey[0] = char(changed.ephemeralPublicKey[0] ^ 0x01);
    QVERIFY2(!SealedBox::open(privateKey, changed, "binding").ok(), "an altered ephemeral key still opened");
    changed = *sealed;
    changed.nonce[0] = char(changed.nonce[0] ^ 0x01);
    CUSTODIAN_VERIFY_ERROR(SealedBox::open(privateKey, changed, "binding"), Error::Code::InvalidArgument);
    changed = *sealed;
    changed.ciphertext[3] = char(changed.ciphertext[3] ^ 0x01);
    CUSTODIAN_VERIFY_ERROR(SealedBox::open(privateKey, changed, "binding"), Error::Code::InvalidArgument);
}

void CryptoVectorsTest::recoveryCodeGenerate()
{
    const QByteArray alphabet("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
    const SecureBuffer code = RecoveryCode::generate();
    const QByteArray text = bytesOf(code);
    QCOMPARE(text.size(), qsizetype(RecoveryCode::Characters + 4));
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i % 6 == 5)
            QVERIFY2(text[i] == '-',
                     qPrintable(QStringLiteral("no dash at %1 in %2").arg(i).arg(QString::fromLatin1(text))));
        else
            QVERIFY2(alphabet.contains(text[i]),
                     qPrintable(QStringLiteral("'%1' is not Crockford base32").arg(QLatin1Char(text[i]))));
    }
    auto canonical = RecoveryCode::normalise(code.view());
    CUSTODIAN_VERIFY_OK(canonical);
    QCOMPARE(bytesOf(*canonical), QByteArray(text).replace('-', QByteArray()));
    QVERIFY2(!RecoveryCode::generate().equals(code), "two generated recovery codes are equal");
}

void CryptoVectorsTest::recoveryCodeNormaliseAccepts_data()
{
    QTest::addColumn<QByteArray>("typed");
    QTest::addColumn<QByteArray>("canonical");
    const QByteArray canonical("7K3QX0A1BC23DEF45GH6J8MNZ");
    QTest::newRow("canonical") << canonical << canonical;
    QTest::newRow("with dashes") << QByteArray("7K3QX-0A1BC-23DEF-45GH6-J8MNZ") << canonical;
    QTest::newRow("lowercase") << QByteArray("7k3qx-0a1bc-23def-45gh6-j8mnz") << canonical;
    QTest::newRow("spaces, tabs, newline") << QByteArray(" 7K3QX 0A1BC\t23DEF  45GH6 J8MNZ\r\n") << canonical;
    QTest::newRow("O for zero") << QByteArray("7K3QX-OA1BC-23DEF-45GH6-J8MNZ") << canonical;
    QTest::newRow("o for zero") << QByteArray("7K3QX-oA1BC-23DEF-45GH6-J8MNZ") << canonical;
    QTest::newRow("I for one") << QByteArray("7K3QX-0AIBC-23DEF-45GH6-J8MNZ") << canonical;
    QTest::newRow("l for one") << QByteArray("7K3QX-0AlBC-23DEF-45GH6-J8MNZ") << canonical;
    QTest::newRow("L for one") << QByteArray("7K3QX-0ALBC-23DEF-45GH6-J8MNZ") << canonical;
}

void CryptoVectorsTest::recoveryCodeNormaliseAccepts()
{
    QFETCH(QByteArray, typed);
    QFETCH(QByteArray, canonical);
    auto normalised = RecoveryCode::normalise(typed);
    CUSTODIAN_VERIFY_OK(normalised);
    QCOMPARE(bytesOf(*normalised), canonical);
}

void CryptoVectorsTest::recoveryCodeNormaliseRejects_data()
{
    QTest::addColumn<QByteArray>("typed");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("24 characters") << QByteArray("7K3QX-0A1BC-23DEF-45GH6-J8MN");
    QTest::newRow("26 characters") << QByteArray("7K3QX-0A1BC-23DEF-45GH6-J8MNZ7");
    QTest::newRow("U is not Crockford") << QByteArray("7K3QX-0A1BC-23DEF-45GH6-J8MNU");
    QTest::newRow("u is not Crockford") << QByteArray("7K3QX-0A1BC-23DEF-45GH6-J8MNu");
    QTest::newRow("punctuation") << QByteArray("7K3QX_0A1BC_23DEF_45GH6_J8MNZ");
    QTest::newRow("non-ASCII") << QByteArray("7K3QX-0A1BC-23DEF-45GH6-J8MN\xc3\xa9");
    QTest::newRow("NUL") << QByteArray("7K3QX-0A1BC-23DEF-45GH6-J8MN\0Z", 30);
}

void CryptoVectorsTest::recoveryCodeNormaliseRejects()
{
    QFETCH(QByteArray, typed);
    CUSTODIAN_VERIFY_ERROR(RecoveryCode::normalise(typed), Error::Code::WrongRecoveryCode);
}

void CryptoVectorsTest::secureBufferMoveSemantics()
{
    SecureBuffer a = SecureBuffer::copyOf("0123456789abcdef");
    const unsigned char* storage = a.data();
    QCOMPARE(a.size(), std::size_t(16));

    SecureBuffer b(std::move(a));
    QVERIFY2(b.data() == storage, "the move copied the bytes");
    QCOMPARE(bytesOf(b), QByteArray("0123456789abcdef"));
    QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is what is tested
    QVERIFY(a.data() == nullptr);
    QCOMPARE(a.size(), std::size_t(0));

    SecureBuffer c = SecureBuffer::copyOf("other");
    c = std::move(b);
    QVERIFY(c.data() == storage);
    QCOMPARE(bytesOf(c), QByteArray("0123456789abcdef"));
    QVERIFY(b.isEmpty()); // NOLINT(bugprone-use-after-move)

    // Self-move-assignment keeps the contents.
    SecureBuffer& alias = c;
    c = std::move(alias);
    QCOMPARE(bytesOf(c), QByteArray("0123456789abcdef"));

    // A moved-from buffer is reusable.
    a = SecureBuffer::copyOf("again");
    QCOMPARE(bytesOf(a), QByteArray("again"));
}

void CryptoVectorsTest::secureBufferEquals()
{
    const SecureBuffer a = SecureBuffer::copyOf("key material 01");
    QVERIFY(a.equals(SecureBuffer::copyOf("key material 01")));
    QVERIFY(!a.equals(SecureBuffer::copyOf("key material 02")));
    QVERIFY(!a.equals(SecureBuffer::copyOf("key material 0"))); // prefix
    QVERIFY(!a.equals(SecureBuffer::copyOf("key material 011"))); // longer
    QVERIFY(!a.equals(SecureBuffer()));
    QVERIFY(SecureBuffer().equals(SecureBuffer()));
    QVERIFY(SecureBuffer(4).equals(SecureBuffer::copyOf(QByteArray(4, '\0')))); // zero-initialised
}

void CryptoVectorsTest::secureBufferTruncateAndClear()
{
    SecureBuffer buffer = SecureBuffer::copyOf("passphrase\n");
    buffer.truncate(10);
    QCOMPARE(bytesOf(buffer), QByteArray("passphrase"));
    buffer.truncate(20); // growing is a no-op
    QCOMPARE(buffer.size(), std::size_t(10));
    buffer.clear();
    QVERIFY(buffer.isEmpty());
    QVERIFY(buffer.data() == nullptr);
}

void CryptoVectorsTest::selfTestPasses()
{
    CUSTODIAN_VERIFY_OK(CryptoSelfTest::run());
}

QTEST_GUILESS_MAIN(CryptoVectorsTest)
#include "CryptoVectorsTest.moc"
