#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace custodian {

// `custodian-cli training export`: the training evidence for auditors (TrainingEvidenceJob; docs/training.md,
// "Evidence for auditors") as CSV or PDF, for everyone, a team or a site, every module or one, completions of a
// period. Audited like every export: the file appears together with its console-audit entry, or not at all.
class TrainingExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(TrainingExportCommand)

public:
    // `arguments` as TrainingCommands::training got them, without the word "export".
    static int run(const QStringList& arguments);
};

} // namespace custodian
