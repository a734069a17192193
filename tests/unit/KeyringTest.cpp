// The keyring file format and its unlock paths: round trips, passphrase and recovery slots, passphrase change,
// the pending key of a rotation, and — byte by byte — what an altered or truncated keyring is reported as.
#include "crypto/Keyring.h"
#include "crypto/Digest.h"
#include "crypto/RecoveryCode.h"
#include "crypto/SealedBox.h"
#include "crypto/SecureRandom.h"
#include "support/KeyringLayout.h"
#include "support/ResultChecks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <optional>
#include <sys/stat.h>

using namespace custodian;
using custodian::test::codeName;
using custodian::test::describe;
using custodian::test::KeyringLayout;

namespace {
constexpr char Passphrase[] = "correct horse battery staple \xc3\xa9";

// Cheap scrypt (N = 2^10, 1 MiB) so that hundreds of unlock attempts stay fast.
Scrypt::Parameters fast()
{
    return { 10, 8, 1 };
}

QByteArray bytesOf(const SecureBuffer& buffer)
{
    return buffer.view().toByteArray();
}

enum class Region {
    Magic,
    Version,
    StoreSalt,
    KeyCount,
    Role,
    Generation,
    SlotCount,
    SizeField,
    SlotHeader,
    Sealed,
    Checksum,
    Mac
};

QString regionName(Region region)
{
    switch (region) {
    case Region::Magic:
        return QStringLiteral("magic");
    case Region::Version:
        return QStringLiteral("format version");
    case Region::StoreSalt:
        return QStringLiteral("store salt");
    case Region::KeyCount:
        return QStringLiteral("key count");
    case Region::Role:
        return QStringLiteral("key role");
    case Region::Generation:
        return QStringLiteral("key generation");
    case Region::SlotCount:
        return QStringLiteral("slot count");
    case Region::SizeField:
        return QStringLiteral("slot size field");
    case Region::SlotHeader:
        return QStringLiteral("slot header");
    case Region::Sealed:
        return QStringLiteral("sealed key");
    case Region::Checksum:
        return QStringLiteral("slot checksum");
    case Region::Mac:
        return QStringLiteral("keyring MAC");
    }
    return {};
}

Region regionAt(const KeyringLayout& layout, qsizetype offset)
{
    if (offset < KeyringLayout::VersionOffset)
        return Region::Magic;
    if (offset < KeyringLayout::StoreSaltOffset)
        return Region::Version;
    if (offset < KeyringLayout::KeyCountOffset)
        return Region::StoreSalt;
    if (offset == KeyringLayout::KeyCountOffset)
        return Region::KeyCount;
    if (layout.macOffset >= 0 && offset >= layout.macOffset)
        return Region::Mac;
    for (const KeyringLayout::Key& key : layout.keys) {
        if (offset == key.roleOffset)
            return Region::Role;
        if (offset >= key.generationOffset && offset < key.generationOffset + 4)
            return Region::Generation;
        if (offset == key.slotCountOffset)
            return Region::SlotCount;
        for (const KeyringLayout::Slot& slot : key.slots) {
            if (offset == slot.headerSizeOffset || offset == slot.headerSizeOffset + 1
                || offset == slot.sealedSizeOffset || offset == slot.sealedSizeOffset + 1)
                return Region::SizeField;
            if (offset >= slot.headerOffset && offset < slot.headerOffset + slot.headerSize)
                return Region::SlotHeader;
            if (offset >= slot.sealedOffset && offset < slot.sealedOffset + slot.sealedSize)
                return Region::Sealed;
            if (offset >= slot.checksumOffset && offset < slot.checksumOffset + 32)
                return Region::Checksum;
        }
    }
    qFatal("offset %lld is outside the keyring layout", qlonglong(offset));
    return Region::Magic;
}

struct Fixture
{
    SecureBuffer dek = SecureRandom::key(32);
    QByteArray storeSalt = SecureRandom::bytes(16);
    SecureBuffer recoveryCode = RecoveryCode::generate();
    std::optional<Keyring> keyring;
};
} // namespace

class KeyringTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void createRefusesBadStoreSalt();
    void serializeParseRoundTrip();
    void saveAndLoad();
    void loadMissingOrOversized();
    void unlockWithPassphrase();
    void unlockWithRecoveryCode();
    void wrongPassphrase();
    void wrongRecoveryCode();
    void changePassphraseKeepsRecovery();
    void pendingKeyLifecycle();
    void changePassphraseWithPendingKey();

    void everyFlippedByteIsCaught();
    void everyTruncationIsDamaged();
    void trailingBytesAreDamaged();
    void alteredSlotWithRecomputedChecksumFailsToUnwrap_data();
    void alteredSlotWithRecomputedChecksumFailsToUnwrap();
    void insaneScryptParametersAreTampering();

    // Issue #13: whoever can write the keyring but lacks the data key cannot make it trusted.
    void addedRecoverySlotIsRefusedBeforeAnySecret();
    void replacedRecoverySlotFailsTheMac();
    void pendingKeyAddedWithoutTheKeyIsRefused();
    void recoverKeysFindsOnlyTheCodesSlot();
    void format1KeyringOpensAndUpgrades();
    void format1KeyringWithAnAddedSlotIsUntrusted();
    void onlyAuthenticatedKeyringsAreSaved();
    // Defect 9: hostile files and slots are refused before anything is read past the limit or derived.
    void loadReadsOnlyRegularFiles();
    void loadReadsAtMostTheLimit();
    void unlockCostIsCappedBeforeDeriving_data();
    void unlockCostIsCappedBeforeDeriving();

private:
    Fixture m_fixture;
};

void KeyringTest::init()
{
    m_fixture = Fixture();
    auto keyring
        = Keyring::create(m_fixture.dek, m_fixture.storeSalt, Passphrase, m_fixture.recoveryCode.view(), fast());
    CUSTODIAN_VERIFY_OK(keyring);
    m_fixture.keyring = std::move(keyring).value();
}

void KeyringTest::createRefusesBadStoreSalt()
{
    CUSTODIAN_VERIFY_ERROR(
        Keyring::create(m_fixture.dek, QByteArray(15, 'x'), Passphrase, m_fixture.recoveryCode.view(), fast()),
        Error::Code::InvalidArgument);
    CUSTODIAN_VERIFY_ERROR(
        Keyring::create(m_fixture.dek, m_fixture.storeSalt, Passphrase, "not a recovery code", fast()),
        Error::Code::WrongRecoveryCode);
}

void KeyringTest::serializeParseRoundTrip()
{
    const Keyring& keyring = *m_fixture.keyring;
    QCOMPARE(keyring.storeSalt(), m_fixture.storeSalt);
    QCOMPARE(keyring.current().generation, std::uint32_t(1));
    QCOMPARE(keyring.current().slots.size(), 2);
    QCOMPARE(keyring.current().slots[0].kind(), KeySlot::Kind::Passphrase);
    QCOMPARE(keyring.current().slots[1].kind(), KeySlot::Kind::Recovery);
    QVERIFY(!keyring.hasPending());

    const QByteArray bytes = keyring.serialize();
    QVERIFY(bytes.startsWith("CUSTKEYR"));
    QVERIFY2(!bytes.contains(bytesOf(m_fixture.dek)), "the data key is in the keyring in clear");
    QVERIFY2(!bytes.contains(Passphrase), "the passphrase is in the keyring");
    auto parsed = Keyring::parse(bytes);
    CUSTODIAN_VERIFY_OK(parsed);
    QCOMPARE(parsed->serialize(), bytes);
    QCOMPARE(parsed->storeSalt(), m_fixture.storeSalt);
    auto keys = parsed->unlockWithPassphrase(Passphrase);
    CUSTODIAN_VERIFY_OK(keys);
    QVERIFY(keys->current.equals(m_fixture.dek));
}

void KeyringTest::saveAndLoad()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.custodian.keyring"));
    CUSTODIAN_VERIFY_OK(m_fixture.keyring->save(path));
    const QFileDevice::Permissions others
        = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    QVERIFY2(!(QFileInfo(path).permissions() & others), "the keyring is readable or writable by group or others");
    auto loaded = Keyring::load(path);
    CUSTODIAN_VERIFY_OK(loaded);
    QCOMPARE(loaded->serialize(), m_fixture.keyring->serialize());

    // Saving again replaces the file atomically and leaves no temporary file behind.
    Keyring changed = *m_fixture.keyring;
    auto keys = changed.unlockWithPassphrase(Passphrase);
    CUSTODIAN_VERIFY_OK(keys);
    CUSTODIAN_VERIFY_OK(changed.addPending(*keys, SecureRandom::key(32)));
    CUSTODIAN_VERIFY_OK(changed.save(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList { QStringLiteral("store.custodian.keyring") });
    auto reloaded = Keyring::load(path);
    CUSTODIAN_VERIFY_OK(reloaded);
    QVERIFY(reloaded->hasPending());
}

void KeyringTest::loadMissingOrOversized()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("none.keyring"));
    CUSTODIAN_VERIFY_ERROR(Keyring::load(missing), Error::Code::KeyringMissing);
    QVERIFY2(Keyring::load(missing).error().message().contains(missing), "the message does not name the file");

    const QString huge = dir.filePath(QStringLiteral("huge.keyring"));
    QFile file(huge);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray bytes = m_fixture.keyring->serialize();
    bytes.append(QByteArray(70 * 1024, 'x'));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();
    CUSTODIAN_VERIFY_ERROR(Keyring::load(huge), Error::Code::KeyringDamaged);

    const QString empty = dir.filePath(QStringLiteral("empty.keyring"));
    QFile emptyFile(empty);
    QVERIFY(emptyFile.open(QIODevice::WriteOnly));
    emptyFile.close();
    CUSTODIAN_VERIFY_ERROR(Keyring::load(empty), Error::Code::KeyringDamaged);
}

void KeyringTest::unlockWithPassphrase()
{
    auto keys = m_fixture.keyring->unlockWithPassphrase(Passphrase);
    CUSTODIAN_VERIFY_OK(keys);
    QVERIFY(keys->current.equals(m_fixture.dek));
    QCOMPARE(keys->currentGeneration, std::uint32_t(1));
    QVERIFY(keys->pending.isEmpty());
    QCOMPARE(keys->pendingGeneration, std::uint32_t(0));
    // The KEK is kept for a later rotation, with the slot's salt and parameters.
    QCOMPARE(keys->kek.kek.size(), std::size_t(32));
    QCOMPARE(keys->kek.salt, m_fixture.keyring->current().slots[0].salt());
    QCOMPARE(keys->kek.parameters.log2N, fast().log2N);
}

void KeyringTest::unlockWithRecoveryCode()
{
    auto keys = m_fixture.keyring->unlockWithRecoveryCode(m_fixture.recoveryCode.view());
    CUSTODIAN_VERIFY_OK(keys);
    QVERIFY(keys->current.equals(m_fixture.dek));
    QVERIFY2(keys->kek.kek.isEmpty(), "a recovery unlock produced a passphrase KEK");

    // Typed loosely: lowercase, spaces instead of dashes.
    QByteArray typed = bytesOf(m_fixture.recoveryCode).toLower();
    typed.replace('-', ' ');
    auto loose = m_fixture.keyring->unlockWithRecoveryCode(typed);
    CUSTODIAN_VERIFY_OK(loose);
    QVERIFY(loose->current.equals(m_fixture.dek));
}

void KeyringTest::wrongPassphrase()
{
    const Keyring& keyring = *m_fixture.keyring;
    for (const QByteArray& wrong :
         { QByteArray("correct horse battery staple"), QByteArray("Correct horse battery staple \xc3\xa9"),
           QByteArray(QByteArray(Passphrase) + '\n'), QByteArray(" "), QByteArray() }) {
        auto keys = keyring.unlockWithPassphrase(wrong);
        CUSTODIAN_VERIFY_ERROR(keys, Error::Code::WrongPassphrase);
        QVERIFY2(keys.error().message().contains(QLatin1String("passphrase")),
                 qPrintable(QStringLiteral("the message does not say what was wrong: ") + keys.error().message()));
    }
    // The recovery code is not a passphrase.
    CUSTODIAN_VERIFY_ERROR(keyring.unlockWithPassphrase(m_fixture.recoveryCode.view()), Error::Code::WrongPassphrase);
}

void KeyringTest::wrongRecoveryCode()
{
    const Keyring& keyring = *m_fixture.keyring;
    const SecureBuffer other = RecoveryCode::generate();
    auto keys = keyring.unlockWithRecoveryCode(other.view());
    CUSTODIAN_VERIFY_ERROR(keys, Error::Code::WrongRecoveryCode);
    QVERIFY2(keys.error().message().contains(QLatin1String("recovery code")), qPrintable(keys.error().message()));
    // Malformed codes and the passphrase are wrong recovery codes too, not crashes or other errors.
    CUSTODIAN_VERIFY_ERROR(keyring.unlockWithRecoveryCode(Passphrase), Error::Code::WrongRecoveryCode);
    CUSTODIAN_VERIFY_ERROR(keyring.unlockWithRecoveryCode(""), Error::Code::WrongRecoveryCode);
    QByteArray oneOff = bytesOf(m_fixture.recoveryCode);
    oneOff[0] = oneOff[0] == 'A' ? 'B' : 'A';
    CUSTODIAN_VERIFY_ERROR(keyring.unlockWithRecoveryCode(oneOff), Error::Code::WrongRecoveryCode);
}

void KeyringTest::changePassphraseKeepsRecovery()
{
    Keyring keyring = *m_fixture.keyring;
    const QByteArray recoverySlotBefore = keyring.current().slots[1].header() + keyring.current().slots[1].sealed();
    auto keys = keyring.unlockWithPassphrase(Passphrase);
    CUSTODIAN_VERIFY_OK(keys);
    auto kek = KeySlot::deriveKek("a new passphrase", fast());
    CUSTODIAN_VERIFY_OK(kek);
    CUSTODIAN_VERIFY_OK(keyring.changePassphrase(*keys, *kek));

    auto parsed = Keyring::parse(keyring.serialize());
    CUSTODIAN_VERIFY_OK(parsed);
    CUSTODIAN_VERIFY_ERROR(parsed->unlockWithPassphrase(Passphrase), Error::Code::WrongPassphrase);
    auto withNew = parsed->unlockWithPassphrase("a new passphrase");
    CUSTODIAN_VERIFY_OK(withNew);
    QVERIFY(withNew->current.equals(m_fixture.dek));
    auto withRecovery = parsed->unlockWithRecoveryCode(m_fixture.recoveryCode.view());
    CUSTODIAN_VERIFY_OK(withRecovery);
    QVERIFY(withRecovery->current.equals(m_fixture.dek));
    // Exactly one passphrase slot, and the recovery slot is untouched.
    int passphraseSlots = 0;
    for (const KeySlot& slot : parsed->current().slots)
        passphraseSlots += slot.kind() == KeySlot::Kind::Passphrase ? 1 : 0;
    QCOMPARE(passphraseSlots, 1);
    bool recoveryKept = false;
    for (const KeySlot& slot : parsed->current().slots)
        recoveryKept = recoveryKept || QByteArray(slot.header() + slot.sealed()) == recoverySlotBefore;
    QVERIFY2(recoveryKept, "the recovery slot changed with the passphrase");
}

void KeyringTest::pendingKeyLifecycle()
{
    Keyring keyring = *m_fixture.keyring;
    auto keys = keyring.unlockWithPassphrase(Passphrase);
    CUSTODIAN_VERIFY_OK(keys);
    const SecureBuffer next = SecureRandom::key(32);
    CUSTODIAN_VERIFY_OK(keyring.addPending(*keys, next));
    QVERIFY(keyring.hasPending());
    QCOMPARE(keyring.current().generation, std::uint32_t(1));

    // A keyring with a pending key survives a round trip, and both secrets open both keys.
    auto parsed = Keyring::parse(keyring.serialize());
    CUSTODIAN_VERIFY_OK(parsed);
    QVERIFY(parsed->hasPending());
    auto byPassphrase = parsed->unlockWithPassphrase(Passphrase);
    CUSTODIAN_VERIFY_OK(byPassphrase);
    QVERIFY(byPassphrase->current.equals(m_fixture.dek));
    QVERIFY(byPassphrase->pending.equals(next));
    QCOMPARE(byPassphrase->pendingGeneration, std::uint32_t(2));
    auto byRecovery = parsed->unlockWithRecoveryCode(m_fixture.recoveryCode.view());
    CUSTODIAN_VERIFY_OK(byRecovery);
    QVERIFY(byRecovery->current.equals(m_fixture.dek));
    QVERIFY2(byRecovery->pending.equals(next), "the recovery code cannot open the pending key");

    // Dropping forgets the pending key.
    Keyring dropped = *parsed;
    dropped.dropPending(m_fixture.dek);
    QVERIFY(!dropped.hasPending());
    auto afterDrop = Keyring::parse(dropped.serialize());
    CUSTODIAN_VERIFY_OK(afterDrop);
    auto afterDropKeys = afterDrop->unlockWithPassphrase(Passphrase);
    CUSTODIAN_VERIFY_OK(afterDropKeys);
    QVERIFY(afterDropKeys->current.equals(m_fixture.dek));
    QVERIFY(afterDropKeys->pending.isEmpty());

    // Promoting makes it current (generation 2) for both secrets.
    Keyring promoted = *parsed;
    promoted.promotePending(next);
    QVERIFY(!promoted.hasPending());
    QCOMPARE(promoted.current().generation, std::uint32_t(2));
    auto afterPromote = Keyring::parse(promoted.serialize());
    CUSTODIAN_VERIFY_OK(afterPromote);
    auto promotedKeys = afterPromote->unlockWithPassphrase(Passphrase);
    CUSTODIAN_VERIFY_OK(promotedKeys);
    QVERIFY(promotedKeys->current.equals(next));
    QCOMPARE(promotedKeys->currentGeneration, std::uint32_t(2));
    auto promotedRecovery = afterPromote->unlockWithRecoveryCode(m_fixture.recoveryCode.view());
    CUSTODIAN_VERIFY_OK(promotedRecovery);
    QVERIFY(promotedRecovery->current.equals(next));

    // Promote/drop without a pending key are no-ops.
    Keyring plain = *m_fixture.keyring;
    plain.promotePending(m_fixture.dek);
    plain.dropPending(m_fixture.dek);
    QCOMPARE(plain.serialize(), m_fixture.keyring->serialize());
}

void KeyringTest::changePassphraseWithPendingKey()
{
    Keyring keyring = *m_fixture.keyring;
    auto keys = keyring.unlockWithPassphrase(Passphrase);
    CUSTODIAN_VERIFY_OK(keys);
    const SecureBuffer next = SecureRandom::key(32);
    CUSTODIAN_VERIFY_OK(keyring.addPending(*keys, next));
    auto withPending = keyring.unlockWithPassphrase(Passphrase);
    CUSTODIAN_VERIFY_OK(withPending);
    auto kek = KeySlot::deriveKek("new", fast());
    CUSTODIAN_VERIFY_OK(kek);
    CUSTODIAN_VERIFY_OK(keyring.changePassphrase(*withPending, *kek));
    auto reopened = keyring.unlockWithPassphrase("new");
    CUSTODIAN_VERIFY_OK(reopened);
    QVERIFY(reopened->current.equals(m_fixture.dek));
    QVERIFY2(reopened->pending.equals(next), "the pending key was lost in a passphrase change");
    CUSTODIAN_VERIFY_ERROR(keyring.unlockWithPassphrase(Passphrase), Error::Code::WrongPassphrase);
}

// Flip every byte of the serialized keyring (three different masks) and demand, for each:
//  - never: the right passphrase or recovery code still opens a key;
//  - a specific error per region:
//      magic, format version                  -> KeyringDamaged (not our file / not our version)
//      slot header, sealed key, slot checksum -> KeyringTampered (the checksum catches it before any scrypt)
//      counts, role, size fields              -> KeyringDamaged or KeyringTampered (the walk goes off the rails)
//      store salt                             -> the keyring alone cannot know its store: it parses, and
//                                                unlocking must fail (the salt is part of the associated
//                                                data). Store::unlock reports KeyringMismatch before trying a
//                                                secret (StoreOpenTest::keyringAltered).
//      key generation                         -> must not be reported as a wrong passphrase/recovery code: the
//                                                user typed the right one. KeyringTampered (or Damaged).
//      keyring MAC                            -> parses (the MAC needs the key), and the right passphrase and
//                                                recovery code both report KeyringTampered once the key is open.
void KeyringTest::everyFlippedByteIsCaught()
{
    const QByteArray original = m_fixture.keyring->serialize();
    const KeyringLayout layout = KeyringLayout::of(original);
    QCOMPARE(layout.keys.size(), 1);
    QCOMPARE(layout.keys[0].slots.size(), 2);
    QCOMPARE(layout.version, 2);
    QCOMPARE(layout.keys[0].slots[1].checksumOffset + 32, layout.macOffset);
    QCOMPARE(layout.macOffset + 32, original.size());

    QMap<QString, int> violations; // "region: problem" -> cases
    QMap<QString, QString> examples;
    int parsedAnyway = 0;
    for (qsizetype offset = 0; offset < original.size(); ++offset) {
        const Region region = regionAt(layout, offset);
        for (const unsigned char mask : { 0x01, 0x80, 0xff }) {
            QByteArray bytes = original;
            bytes[offset] = char(bytes[offset] ^ mask);
            const QString where
                = QStringLiteral("offset %1 ^ 0x%2").arg(offset).arg(int(mask), 2, 16, QLatin1Char('0'));
            auto violation = [&](const QString& problem) {
                const QString key = regionName(region) + QStringLiteral(": ") + problem;
                if (!violations.contains(key))
                    examples.insert(key, where);
                violations[key] += 1;
            };
            auto parsed = Keyring::parse(bytes);
            if (!parsed) {
                const Error::Code code = parsed.error().code();
                if (parsed.error().message().trimmed().isEmpty())
                    violation(QStringLiteral("error without a message"));
                bool expected = false;
                switch (region) {
                case Region::Magic:
                case Region::Version:
                    expected = code == Error::Code::KeyringDamaged;
                    break;
                case Region::SlotHeader:
                case Region::Sealed:
                case Region::Checksum:
                case Region::StoreSalt:
                    expected = code == Error::Code::KeyringTampered;
                    break;
                case Region::KeyCount:
                case Region::Role:
                case Region::Generation:
                case Region::SlotCount:
                case Region::SizeField:
                    expected = code == Error::Code::KeyringDamaged || code == Error::Code::KeyringTampered;
                    break;
                case Region::Mac:
                    expected = false; // the MAC is checked once a key is open, not by the parser
                    break;
                }
                if (!expected)
                    violation(QStringLiteral("parse gave ") + describe(parsed.error()));
                continue;
            }
            ++parsedAnyway;
            if (region != Region::StoreSalt && region != Region::Generation && region != Region::Mac) {
                violation(QStringLiteral("an altered keyring parsed"));
            }
            auto byPassphrase = parsed->unlockWithPassphrase(Passphrase);
            auto byRecovery = parsed->unlockWithRecoveryCode(m_fixture.recoveryCode.view());
            if (byPassphrase || byRecovery) {
                violation(QStringLiteral("STILL UNLOCKS with the right %1")
                              .arg(byPassphrase ? QStringLiteral("passphrase") : QStringLiteral("recovery code")));
                continue;
            }
            const Error::Code passphraseCode = byPassphrase.error().code();
            const Error::Code recoveryCode = byRecovery.error().code();
            if (region == Region::StoreSalt) {
                const bool sensible
                    = (passphraseCode == Error::Code::WrongPassphrase || passphraseCode == Error::Code::KeyringTampered
                       || passphraseCode == Error::Code::KeyringMismatch)
                    && (recoveryCode == Error::Code::WrongRecoveryCode || recoveryCode == Error::Code::KeyringTampered
                        || recoveryCode == Error::Code::KeyringMismatch);
                if (!sensible)
                    violation(QStringLiteral("unlock gave ") + describe(byPassphrase.error()) + QStringLiteral(" / ")
                              + describe(byRecovery.error()));
            } else {
                auto tampered = [](Error::Code code) {
                    return code == Error::Code::KeyringTampered || code == Error::Code::KeyringDamaged;
                };
                if (!tampered(passphraseCode) || !tampered(recoveryCode))
                    violation(QStringLiteral("the RIGHT passphrase / recovery code are reported as %1 / %2")
                                  .arg(codeName(passphraseCode), codeName(recoveryCode)));
            }
        }
    }
    qInfo("%d of %lld altered keyrings still parsed (their unlock was checked instead)", parsedAnyway,
          qlonglong(original.size() * 3));
    QStringList report;
    for (auto it = violations.cbegin(); it != violations.cend(); ++it)
        report << QStringLiteral("%1 (%2 cases, e.g. %3)").arg(it.key()).arg(it.value()).arg(examples.value(it.key()));
    QVERIFY2(violations.isEmpty(), qPrintable(report.join(QStringLiteral("\n  "))));
}

void KeyringTest::everyTruncationIsDamaged()
{
    const QByteArray original = m_fixture.keyring->serialize();
    for (qsizetype length = 0; length < original.size(); ++length) {
        auto parsed = Keyring::parse(original.left(length));
        QVERIFY2(!parsed.ok(), qPrintable(QStringLiteral("a keyring cut to %1 bytes parsed").arg(length)));
        QVERIFY2(parsed.error().code() == Error::Code::KeyringDamaged,
                 qPrintable(QStringLiteral("cut to %1 bytes: ").arg(length) + describe(parsed.error())));
        QVERIFY(!parsed.error().message().isEmpty());
    }
}

void KeyringTest::trailingBytesAreDamaged()
{
    CUSTODIAN_VERIFY_ERROR(Keyring::parse(QByteArray(m_fixture.keyring->serialize() + '\0')),
                           Error::Code::KeyringDamaged);
    CUSTODIAN_VERIFY_ERROR(Keyring::parse(QByteArray(m_fixture.keyring->serialize() + m_fixture.keyring->serialize())),
                           Error::Code::KeyringDamaged);
}

// An attacker who rewrites a slot header *and* its checksum (the checksum is unkeyed) is stopped by the AEAD for
// that slot (the header is associated data of the wrapped key: the failure looks like a wrong secret —
// indistinguishable by design — but it never unwraps) and by the keyring MAC for the other secret: the intact slot
// opens its key, and the MAC under that key names the keyring as altered.
void KeyringTest::alteredSlotWithRecomputedChecksumFailsToUnwrap_data()
{
    QTest::addColumn<int>("slotIndex");
    QTest::addColumn<int>("headerOffset"); // within the slot header
    QTest::addColumn<int>("newByte"); // -1: flip the low bit

    // Passphrase slot header: kind, kdf, log2N, r (u32 BE), p (u32 BE), salt[16], nonce[12].
    QTest::newRow("scrypt log2N 10 -> 11") << 0 << 2 << 11;
    QTest::newRow("scrypt log2N 10 -> 9") << 0 << 2 << 9;
    QTest::newRow("scrypt r 8 -> 9") << 0 << 6 << 9;
    QTest::newRow("scrypt p 1 -> 2") << 0 << 10 << 2;
    QTest::newRow("slot salt") << 0 << 11 << -1;
    QTest::newRow("nonce") << 0 << 27 << -1;
    // Recovery slot header: kind, kdf, salt[16], recipient public key[32], ephemeral key[32], nonce[12].
    QTest::newRow("recovery salt") << 1 << 2 << -1;
    QTest::newRow("recovery public key") << 1 << 18 << -1;
    QTest::newRow("recovery ephemeral key") << 1 << 50 << -1;
    QTest::newRow("recovery nonce") << 1 << 82 << -1;
}

void KeyringTest::alteredSlotWithRecomputedChecksumFailsToUnwrap()
{
    QFETCH(int, slotIndex);
    QFETCH(int, headerOffset);
    QFETCH(int, newByte);

    QByteArray bytes = m_fixture.keyring->serialize();
    const auto scope = KeyringLayout::checksumScope(bytes);
    QVERIFY2(scope != KeyringLayout::ChecksumScope::Unknown, "cannot tell what the slot checksum covers");
    const KeyringLayout::Key key = KeyringLayout::of(bytes).keys[0];
    const KeyringLayout::Slot slot = key.slots[slotIndex];
    QVERIFY(headerOffset < slot.headerSize);
    const qsizetype at = slot.headerOffset + headerOffset;
    bytes[at] = newByte < 0 ? char(bytes[at] ^ 0x01) : char(newByte);
    KeyringLayout::recomputeChecksum(bytes, key, slot, scope);

    auto parsed = Keyring::parse(bytes);
    CUSTODIAN_VERIFY_OK(parsed); // the checksum matches: only the AEAD can notice
    auto byPassphrase = parsed->unlockWithPassphrase(Passphrase);
    auto byRecovery = parsed->unlockWithRecoveryCode(m_fixture.recoveryCode.view());
    if (slotIndex == 0) {
        QVERIFY2(!byPassphrase.ok(), "a passphrase slot with an altered header still unwraps");
        QVERIFY2(byPassphrase.error().code() == Error::Code::WrongPassphrase
                     || byPassphrase.error().code() == Error::Code::KeyringTampered,
                 qPrintable(describe(byPassphrase.error())));
        CUSTODIAN_VERIFY_ERROR(byRecovery, Error::Code::KeyringTampered); // its slot opens; the MAC does not match
    } else {
        QVERIFY2(!byRecovery.ok(), "a recovery slot with an altered header still unwraps");
        QVERIFY2(byRecovery.error().code() == Error::Code::WrongRecoveryCode
                     || byRecovery.error().code() == Error::Code::KeyringTampered,
                 qPrintable(describe(byRecovery.error())));
        CUSTODIAN_VERIFY_ERROR(byPassphrase, Error::Code::KeyringTampered);
    }
}

// Parameters outside the sane range are refused at parse time, before scrypt runs, even with a valid checksum.
void KeyringTest::insaneScryptParametersAreTampering()
{
    QByteArray bytes = m_fixture.keyring->serialize();
    const auto scope = KeyringLayout::checksumScope(bytes);
    QVERIFY2(scope != KeyringLayout::ChecksumScope::Unknown, "cannot tell what the slot checksum covers");
    const KeyringLayout::Key key = KeyringLayout::of(bytes).keys[0];
    const KeyringLayout::Slot slot = key.slots[0];
    bytes[slot.headerOffset + 2] = char(40); // N = 2^40
    KeyringLayout::recomputeChecksum(bytes, key, slot, scope);
    auto parsed = Keyring::parse(bytes);
    CUSTODIAN_VERIFY_ERROR(parsed, Error::Code::KeyringTampered);
    QVERIFY2(parsed.error().message().contains(QLatin1String("out of range")), qPrintable(parsed.error().message()));

    bytes = m_fixture.keyring->serialize();
    qToBigEndian(std::uint32_t(1u << 20), bytes.data() + slot.headerOffset + 3); // r = 2^20
    KeyringLayout::recomputeChecksum(bytes, key, slot, scope);
    CUSTODIAN_VERIFY_ERROR(Keyring::parse(bytes), Error::Code::KeyringTampered);
}

void KeyringTest::addedRecoverySlotIsRefusedBeforeAnySecret()
{
    const SecureBuffer attacker = SecureRandom::key(32);
    auto attackerPublic = SealedBox::publicKeyFor(attacker);
    CUSTODIAN_VERIFY_OK(attackerPublic);
    const QByteArray planted
        = KeyringLayout::plantRecoverySlot(m_fixture.keyring->serialize(), 0, *attackerPublic, false);
    auto parsed = Keyring::parse(planted);
    CUSTODIAN_VERIFY_OK(parsed); // well formed, checksums right: only the rules can tell
    QVERIFY(parsed->trustProblem().has_value());
    const std::uint64_t derivationsBefore = Scrypt::derivations();
    auto byPassphrase = parsed->unlockWithPassphrase(Passphrase);
    CUSTODIAN_VERIFY_ERROR(byPassphrase, Error::Code::KeyringTampered);
    QVERIFY2(byPassphrase.error().message().contains(QLatin1String("2 recovery slot")),
             qPrintable(byPassphrase.error().message()));
    QVERIFY2(byPassphrase.error().message().contains(QLatin1String("--rebuild-keyring")),
             qPrintable(byPassphrase.error().message()));
    CUSTODIAN_VERIFY_ERROR(parsed->unlockWithRecoveryCode(m_fixture.recoveryCode.view()), Error::Code::KeyringTampered);
    QCOMPARE(Scrypt::derivations(), derivationsBefore);
}

void KeyringTest::replacedRecoverySlotFailsTheMac()
{
    const SecureBuffer attacker = SecureRandom::key(32);
    auto attackerPublic = SealedBox::publicKeyFor(attacker);
    CUSTODIAN_VERIFY_OK(attackerPublic);
    const QByteArray planted
        = KeyringLayout::plantRecoverySlot(m_fixture.keyring->serialize(), 0, *attackerPublic, true);
    auto parsed = Keyring::parse(planted);
    CUSTODIAN_VERIFY_OK(parsed);
    QVERIFY(!parsed->trustProblem().has_value()); // one slot of each kind, as ever
    auto byPassphrase = parsed->unlockWithPassphrase(Passphrase);
    CUSTODIAN_VERIFY_ERROR(byPassphrase, Error::Code::KeyringTampered);
    QVERIFY2(byPassphrase.error().message().contains(QLatin1String("replaced")),
             qPrintable(byPassphrase.error().message()));
    // The real recovery code finds no slot of its own any more.
    CUSTODIAN_VERIFY_ERROR(parsed->unlockWithRecoveryCode(m_fixture.recoveryCode.view()),
                           Error::Code::WrongRecoveryCode);
}

// A pending key is vouched for by the current key's MAC: one added by someone without the current key — here with a
// data key and a passphrase of their own, sealed to the real recovery public key — is refused by either secret.
void KeyringTest::pendingKeyAddedWithoutTheKeyIsRefused()
{
    Keyring forged = *m_fixture.keyring;
    Keyring::UnlockedKeys theirs;
    theirs.current = SecureRandom::key(32); // not the store's key: the MAC they can compute is under this one
    auto theirKek = KeySlot::deriveKek("their passphrase", fast());
    CUSTODIAN_VERIFY_OK(theirKek);
    theirs.kek = std::move(theirKek).value();
    CUSTODIAN_VERIFY_OK(forged.addPending(theirs, SecureRandom::key(32)));
    auto parsed = Keyring::parse(forged.serialize());
    CUSTODIAN_VERIFY_OK(parsed);
    QVERIFY(parsed->hasPending());
    CUSTODIAN_VERIFY_ERROR(parsed->unlockWithPassphrase(Passphrase), Error::Code::KeyringTampered);
    CUSTODIAN_VERIFY_ERROR(parsed->unlockWithRecoveryCode(m_fixture.recoveryCode.view()), Error::Code::KeyringTampered);
}

void KeyringTest::recoverKeysFindsOnlyTheCodesSlot()
{
    const SecureBuffer attacker = SecureRandom::key(32);
    auto attackerPublic = SealedBox::publicKeyFor(attacker);
    CUSTODIAN_VERIFY_OK(attackerPublic);
    auto parsed
        = Keyring::parse(KeyringLayout::plantRecoverySlot(m_fixture.keyring->serialize(), 0, *attackerPublic, false));
    CUSTODIAN_VERIFY_OK(parsed);
    auto keys = parsed->recoverKeys(m_fixture.recoveryCode.view());
    CUSTODIAN_VERIFY_OK(keys);
    QCOMPARE(keys->size(), std::size_t(1));
    QVERIFY(keys->front().dek.equals(m_fixture.dek));
    QCOMPARE(keys->front().generation, 1u);
    CUSTODIAN_VERIFY_ERROR(parsed->recoverKeys(RecoveryCode::generate().view()), Error::Code::WrongRecoveryCode);
}

void KeyringTest::format1KeyringOpensAndUpgrades()
{
    const QByteArray format1 = KeyringLayout::asFormat1(m_fixture.keyring->serialize());
    auto parsed = Keyring::parse(format1);
    CUSTODIAN_VERIFY_OK(parsed);
    QCOMPARE(parsed->formatVersion(), std::uint16_t(1));
    QCOMPARE(parsed->serialize(), format1);
    auto keys = parsed->unlockWithPassphrase(Passphrase);
    CUSTODIAN_VERIFY_OK(keys);
    QVERIFY(keys->current.equals(m_fixture.dek));
    CUSTODIAN_VERIFY_OK(parsed->unlockWithRecoveryCode(m_fixture.recoveryCode.view()));

    Keyring upgraded = *parsed;
    upgraded.upgrade(keys->current);
    QCOMPARE(upgraded.formatVersion(), Keyring::Format);
    QCOMPARE(upgraded.serialize(), m_fixture.keyring->serialize()); // the same slots, the same MAC
    auto reparsed = Keyring::parse(upgraded.serialize());
    CUSTODIAN_VERIFY_OK(reparsed);
    CUSTODIAN_VERIFY_OK(reparsed->unlockWithRecoveryCode(m_fixture.recoveryCode.view()));
}

void KeyringTest::format1KeyringWithAnAddedSlotIsUntrusted()
{
    const SecureBuffer attacker = SecureRandom::key(32);
    auto attackerPublic = SealedBox::publicKeyFor(attacker);
    CUSTODIAN_VERIFY_OK(attackerPublic);
    auto parsed = Keyring::parse(KeyringLayout::plantRecoverySlot(
        KeyringLayout::asFormat1(m_fixture.keyring->serialize()), 0, *attackerPublic, false));
    CUSTODIAN_VERIFY_OK(parsed);
    const std::uint64_t derivationsBefore = Scrypt::derivations();
    auto keys = parsed->unlockWithPassphrase(Passphrase);
    CUSTODIAN_VERIFY_ERROR(keys, Error::Code::KeyringTampered);
    QVERIFY2(keys.error().message().contains(QLatin1String("format 1"))
                 && keys.error().message().contains(QLatin1String("--rebuild-keyring")),
             qPrintable(keys.error().message()));
    CUSTODIAN_VERIFY_ERROR(parsed->unlockWithRecoveryCode(m_fixture.recoveryCode.view()), Error::Code::KeyringTampered);
    QCOMPARE(Scrypt::derivations(), derivationsBefore);
}

void KeyringTest::onlyAuthenticatedKeyringsAreSaved()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("format1.keyring"));
    auto format1 = Keyring::parse(KeyringLayout::asFormat1(m_fixture.keyring->serialize()));
    CUSTODIAN_VERIFY_OK(format1);
    CUSTODIAN_VERIFY_ERROR(format1->save(path), Error::Code::InvalidArgument);
    QVERIFY(!QFileInfo::exists(path));
}

void KeyringTest::loadReadsOnlyRegularFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("fifo.keyring"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString zero = dir.filePath(QStringLiteral("zero.keyring"));
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero));
    const QString directory = dir.filePath(QStringLiteral("directory.keyring"));
    QVERIFY(QDir().mkdir(directory));
    for (const auto& [path, kind] :
         { std::pair { fifo, QStringLiteral("a FIFO") }, std::pair { zero, QStringLiteral("a character device") },
           std::pair { directory, QStringLiteral("a directory") } }) {
        auto loaded = Keyring::load(path); // a FIFO without a writer would block a plain open: this must not
        CUSTODIAN_VERIFY_ERROR(loaded, Error::Code::KeyringDamaged);
        QVERIFY2(loaded.error().message().contains(QLatin1String("not a regular file"))
                     && loaded.error().message().contains(kind),
                 qPrintable(loaded.error().message()));
    }
    // A symbolic link to a keyring is followed: what is checked is the file it opens.
    const QString real = dir.filePath(QStringLiteral("real.keyring"));
    CUSTODIAN_VERIFY_OK(m_fixture.keyring->save(real));
    const QString link = dir.filePath(QStringLiteral("link.keyring"));
    QVERIFY(QFile::link(real, link));
    CUSTODIAN_VERIFY_OK(Keyring::load(link));
}

void KeyringTest::loadReadsAtMostTheLimit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray keyring = m_fixture.keyring->serialize();
    const QString atLimit = dir.filePath(QStringLiteral("at-limit.keyring"));
    const QString overLimit = dir.filePath(QStringLiteral("over-limit.keyring"));
    for (const auto& [path, size] :
         { std::pair { atLimit, Keyring::MaxFileSize }, std::pair { overLimit, Keyring::MaxFileSize + 1 } }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(keyring + QByteArray(size - keyring.size(), '\0')), size);
    }
    auto loaded = Keyring::load(atLimit); // read whole, then refused by the parser for what it is
    CUSTODIAN_VERIFY_ERROR(loaded, Error::Code::KeyringDamaged);
    QVERIFY2(loaded.error().message().contains(QLatin1String("trailing bytes")), qPrintable(loaded.error().message()));
    loaded = Keyring::load(overLimit);
    CUSTODIAN_VERIFY_ERROR(loaded, Error::Code::KeyringDamaged);
    QVERIFY2(loaded.error().message().contains(QLatin1String("larger than any keyring")),
             qPrintable(loaded.error().message()));
}

void KeyringTest::unlockCostIsCappedBeforeDeriving_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("six more passphrase slots at N = 2^20 (format 1)") << "many"
                                                                      << "passphrase slot";
    QTest::newRow("one slot at N = 2^21") << "one"
                                          << "key-derivation work";
    QTest::newRow("current and pending at N = 2^20 with their own salts") << "pending"
                                                                          << "key-derivation work";
}

// A hostile keyring is refused before any scrypt runs: the count of derivations does not move (a single one at these
// parameters takes seconds and a GiB or two, so counting is exact where timing would be flaky).
void KeyringTest::unlockCostIsCappedBeforeDeriving()
{
    QFETCH(QString, shape);
    QFETCH(QString, phrase);
    QByteArray bytes = m_fixture.keyring->serialize();
    const auto scope = KeyringLayout::checksumScope(bytes);
    QVERIFY(scope != KeyringLayout::ChecksumScope::Unknown);
    auto setLog2N = [&](int keyIndex, int log2N, bool ownSalt) {
        const KeyringLayout::Key key = KeyringLayout::of(bytes).keys.at(keyIndex);
        const KeyringLayout::Slot slot = key.slots.at(0);
        bytes[slot.headerOffset + 2] = char(log2N);
        if (ownSalt)
            bytes.replace(slot.headerOffset + 11, 16, SecureRandom::bytes(16));
        KeyringLayout::recomputeChecksum(bytes, key, slot, scope);
    };
    if (shape == QLatin1String("many")) {
        bytes = KeyringLayout::addExpensivePassphraseSlots(KeyringLayout::asFormat1(bytes), 6, 20);
        QCOMPARE(KeyringLayout::of(bytes).keys[0].slots.size(), 8); // seven passphrase slots, then the recovery slot
    } else if (shape == QLatin1String("one")) {
        setLog2N(0, 21, false);
    } else {
        Keyring withPending = *m_fixture.keyring;
        auto keys = withPending.unlockWithPassphrase(Passphrase);
        CUSTODIAN_VERIFY_OK(keys);
        CUSTODIAN_VERIFY_OK(withPending.addPending(*keys, SecureRandom::key(32)));
        bytes = withPending.serialize();
        setLog2N(0, 20, false);
        setLog2N(1, 20, true);
    }
    auto parsed = Keyring::parse(bytes);
    CUSTODIAN_VERIFY_OK(parsed); // each slot alone is within the sane range
    const std::uint64_t derivationsBefore = Scrypt::derivations();
    auto keys = parsed->unlockWithPassphrase(Passphrase);
    CUSTODIAN_VERIFY_ERROR(keys, Error::Code::KeyringTampered);
    QVERIFY2(keys.error().message().contains(phrase), qPrintable(keys.error().message()));
    QCOMPARE(Scrypt::derivations(), derivationsBefore);
}

QTEST_GUILESS_MAIN(KeyringTest)
#include "KeyringTest.moc"
