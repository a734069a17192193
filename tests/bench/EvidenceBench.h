#pragma once

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace custodian::bench {

// `custodian-bench evidence --json`: adding a large file (50 MB by default) to the incidents' evidence register
// (`evidence_add_mb_per_s`: read in chunks, SHA-256, chunk rows, custody and audit in one transaction) against, in
// the same run and on the same file, plain `sha256sum` (the hashing ceiling) and the store's own raw write rate (the
// same bytes inserted as chunk rows with no hashing and no audit: the encryption and write ceiling). Medians of
// --rounds rounds. `custodian-bench incidents` reports the same measurement (measure()) beside the page's figures.
class EvidenceBench
{
public:
    static int run(const QStringList& arguments);
    // A file of `megabytes` MB added `rounds` times: file_mb, rounds, chunk_bytes, evidence_add_mb_per_s,
    // sha256sum_mb_per_s, store_raw_write_mb_per_s, evidence_add_ms. nullopt after printing what failed to stderr.
    [[nodiscard]] static std::optional<QJsonObject> measure(double megabytes, int rounds);
};

} // namespace custodian::bench
