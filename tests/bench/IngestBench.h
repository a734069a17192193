#pragma once

#include <QStringList>

namespace custodian::bench {

// `custodian-bench ingest`: how fast AccessEventWriter ingests N access events into a keyed SQLCipher store,
// against the same library without a key. Rounds alternate keyed and unkeyed on fresh stores; medians are
// reported. The timing covers every batch's transaction and commit plus a final wal_checkpoint(TRUNCATE),
// so that encrypting the main file is counted too.
class IngestBench
{
public:
    static int run(const QStringList& arguments);
    // One keyed round with the product's settings: events per wall-clock second (the sync benchmark's baseline).
    static double keyedEventsPerSecond(qint64 events, qint64 batch, const QString& directory);
};

} // namespace custodian::bench
