#include "demo/DemoRecords.h"

#include "crypto/AesGcm.h"
#include "crypto/Digest.h"
#include "crypto/SecureRandom.h"
#include "demo/DemoIdentifiers.h"
#include "demo/DemoRandom.h"
#include "demo/DemoSql.h"
#include "domain/IdentifierMasking.h"
#include "store/Store.h"
#include "store/Transaction.h"

namespace custodian {

Result<qint64> DemoRecords::write(Store& store, DemoWorld& world, qint64 count, DemoRandom& random,
                                  bool cardNumbersSealed, const std::function<void(qint64)>& progress)
{
    auto tokenKey = store.secret(QStringLiteral("token_key"));
    DEMO_TRY(tokenKey);
    auto sealKey = store.secret(QStringLiteral("seal_key"));
    DEMO_TRY(sealKey);
    const SecureBuffer throwawayKey = SecureRandom::key(32); // wiped when this returns
    Database& database = store.database();
    auto insert = DemoSql::prepare(database,
                                   "INSERT INTO customer_record (id, token, data_class, kind, masked, "
                                   "sealed_value) VALUES (?,?,?,?,?,?)");
    DEMO_TRY(insert);
    for (auto& ids : world.recordsByClass) {
        ids.clear();
        ids.reserve(std::size_t(count / 2));
    }
    constexpr qint64 PerTransaction = 100'000;
    constexpr std::array<int, 3> classWeights { 55, 25, 20 }; // PII, payment card, communications
    for (qint64 first = 1; first <= count; first += PerTransaction) {
        auto transaction = Transaction::begin(database);
        DEMO_TRY(transaction);
        const qint64 last = std::min(count, first + PerTransaction - 1);
        for (qint64 id = first; id <= last; ++id) {
            const auto dataClass = DataClass(1 + random.weighted(classWeights));
            auto& ids = world.recordsByClass[std::size_t(dataClass)];
            const DemoIdentifiers::Identifier identifier = DemoIdentifiers::make(dataClass, qint64(ids.size()), random);
            ids.push_back(qint32(id));
            if (!cardNumbersSealed && IdentifierMasking::isCardData(identifier.kind, qint64(dataClass))) {
                DEMO_TRY(DemoSql::run(*insert, id, Digest::hmacSha256(throwawayKey, identifier.canonical),
                                      int(dataClass), identifier.kind, identifier.masked, nullptr));
                continue;
            }
            const QByteArray nonce = SecureRandom::bytes(AesGcm::NonceSize);
            auto sealed = AesGcm::seal(*sealKey, nonce, identifier.canonical, {});
            DEMO_TRY(sealed);
            DEMO_TRY(DemoSql::run(*insert, id, Digest::hmacSha256(*tokenKey, identifier.canonical), int(dataClass),
                                  identifier.kind, identifier.masked, QByteArray(nonce + *sealed)));
        }
        DEMO_TRY(transaction->commit());
        if (progress)
            progress(last);
    }
    world.recordCount = count;
    return count;
}

} // namespace custodian
