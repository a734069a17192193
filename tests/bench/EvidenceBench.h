#pragma once

#include <QStringList>

namespace custodian::bench {

// `custodian-bench evidence --json`: adding a large file (50 MB by default) to the incidents' evidence register
// (`evidence_add_mb_per_s`: read in chunks, SHA-256, chunk rows, custody and audit in one transaction) against, in
// the same run and on the same file, plain `sha256sum` (the hashing ceiling) and the store's own raw write rate (the
// same bytes inserted as chunk rows with no hashing and no audit: the encryption and write ceiling). Medians of
// --rounds rounds. To be folded into `custodian-bench incidents`.
class EvidenceBench
{
public:
    static int run(const QStringList& arguments);
};

} // namespace custodian::bench
