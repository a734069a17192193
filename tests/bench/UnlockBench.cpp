#include "UnlockBench.h"

#include "BenchCommandLine.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace custodian::bench {

namespace {
double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}
} // namespace

int UnlockBench::run(const QStringList& arguments)
{
    BenchCommandLine parser(QStringLiteral("Times Store::unlock on an existing store."));
    const QCommandLineOption store = BenchCommandLine::existingStoreOption();
    const QCommandLineOption passphraseFile = BenchCommandLine::passphraseFileOption();
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Number of unlocks (default 5)."),
                                  QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    if (auto exit = parser.parse(arguments, { store, passphraseFile, runs, json }))
        return *exit;
    const std::optional<QString> path = parser.existingStore(store);
    if (!path)
        return 2;
    const std::optional<QByteArray> passphrase = parser.passphrase(passphraseFile);
    if (!passphrase)
        return 1;
    const int count = std::max(1, parser.value(runs).toInt());
    std::vector<double> total, derivation, open;
    for (int i = 0; i < count; ++i) {
        auto unlocked = Store::unlock(*path, *passphrase);
        if (!unlocked) {
            std::fprintf(stderr, "%s\n", unlocked.error().message().toLocal8Bit().constData());
            return 1;
        }
        const auto& timing = unlocked->unlockTiming();
        derivation.push_back(double(timing.keyDerivationUs) / 1000.0);
        open.push_back(double(timing.openUs) / 1000.0);
        total.push_back(double(timing.keyDerivationUs + timing.openUs) / 1000.0);
    }
    const QJsonObject result {
        { QStringLiteral("runs"), count },
        { QStringLiteral("unlock_ms"), median(total) },
        { QStringLiteral("key_derivation_ms"), median(derivation) },
        { QStringLiteral("open_rest_ms"), median(open) },
    };
    if (parser.isSet(json))
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    else
        std::printf("unlock %.1f ms (key derivation %.1f ms, opening the rest %.1f ms), median of %d\n", median(total),
                    median(derivation), median(open), count);
    return 0;
}

} // namespace custodian::bench
