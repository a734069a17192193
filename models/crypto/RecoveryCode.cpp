#include "crypto/RecoveryCode.h"

#include "crypto/SecureRandom.h"

#include <QCoreApplication>

namespace custodian {

namespace {
constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U
}

SecureBuffer RecoveryCode::generate()
{
    SecureBuffer random = SecureRandom::key(Characters);
    SecureBuffer code(Characters + Characters / 5 - 1);
    std::size_t out = 0;
    for (int i = 0; i < Characters; ++i) {
        if (i > 0 && i % 5 == 0)
            code.data()[out++] = '-';
        code.data()[out++] = static_cast<unsigned char>(Alphabet[random.data()[i] & 31]);
    }
    return code;
}

Result<SecureBuffer> RecoveryCode::normalise(QByteArrayView typed)
{
    SecureBuffer canonical(Characters);
    std::size_t count = 0;
    for (char c : typed) {
        if (c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
        if (c == 'O')
            c = '0';
        else if (c == 'I' || c == 'L')
            c = '1';
        bool valid = false;
        for (const char* a = Alphabet; *a; ++a)
            valid = valid || (*a == c);
        if (!valid || count == Characters)
            return Error(Error::Code::WrongRecoveryCode,
                         QCoreApplication::translate("RecoveryCode",
                                                     "This is not a recovery code: it has 25 letters and digits in "
                                                     "five groups, as shown when the store was created."));
        canonical.data()[count++] = static_cast<unsigned char>(c);
    }
    if (count != Characters)
        return Error(Error::Code::WrongRecoveryCode,
                     QCoreApplication::translate("RecoveryCode",
                                                 "The recovery code is incomplete: it has 25 letters and digits, "
                                                 "this one has %1.")
                         .arg(count));
    return canonical;
}

} // namespace custodian
