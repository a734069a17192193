#include "ui/incidents/EvidencePanel.h"

#include "export/EvidenceExport.h"
#include "item/EvidenceCustodyModel.h"
#include "item/EvidenceItemModel.h"
#include "store/EvidenceSettings.h"
#include "store/EvidenceUploadQueue.h"
#include "store/Store.h"
#include "ui/session/LatestResultRunner.h"
#include "ui/session/StoreSession.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/ReadOnlyTable.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMimeDatabase>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace custodian {

namespace {
// The progress bar counts in KiB: QProgressBar takes an int, and a 1 GiB item in bytes would not fit.
int kib(qint64 bytes)
{
    return int(bytes / 1024);
}

// Hands the register's progress to the panel on the GUI thread, and stops the work once the request is cancelled.
EvidenceRegister::Progress postProgress(const LatestResultRunner::Job& job, QPointer<EvidencePanel> panel,
                                        std::function<void(EvidencePanel*, qint64, qint64)> step)
{
    return [&job, panel, step](qint64 done, qint64 total) {
        job.post([panel, step, done, total] {
            if (panel)
                step(panel, done, total);
        });
        return !job.isCancelled();
    };
}
} // namespace

EvidencePanel::EvidencePanel(StoreSession* session, QString actor, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_actor(std::move(actor))
    , m_items(new EvidenceItemModel(this))
    , m_custody(new EvidenceCustodyModel(this))
    , m_itemRunner(new LatestResultRunner(this))
    , m_custodyRunner(new LatestResultRunner(this))
    , m_workRunner(new LatestResultRunner(this))
{
    setObjectName(QStringLiteral("evidencePanel"));
    m_itemTable = ReadOnlyTable::view(tr("Evidence items"), m_items, this);
    m_itemTable->setObjectName(QStringLiteral("evidenceItems"));
    m_custodyTable = ReadOnlyTable::view(tr("Custody trail"), m_custody, this);
    m_custodyTable->setObjectName(QStringLiteral("evidenceCustody"));

    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("evidenceAdd"));
    m_add->setToolTip(tr("Attach a file to the incident; it is stored encrypted with its SHA-256."));
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("evidenceExport"));
    m_export->setToolTip(tr("Write the selected item to a file, after checking it against its SHA-256."));
    m_verify = new QPushButton(tr("&Verify all"), this);
    m_verify->setObjectName(QStringLiteral("evidenceVerify"));
    m_verify->setToolTip(tr("Re-read every item of the incident and compare it with what was added."));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("evidenceCancel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("evidenceProgress"));
    m_progress->setAccessibleName(tr("Evidence progress"));
    m_working = new QLabel(this);
    m_working->setObjectName(QStringLiteral("evidenceWorking"));
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("evidenceMessage"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_export);
    buttons->addWidget(m_verify);
    buttons->addStretch(1);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_working);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    auto* itemsCaption = new QLabel(tr("Files attached to the incident"), this);
    itemsCaption->setBuddy(m_itemTable);
    auto* custodyCaption = new QLabel(tr("Custody trail of the selected item"), this);
    custodyCaption->setBuddy(m_custodyTable);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(itemsCaption);
    layout->addWidget(m_itemTable, 2);
    layout->addLayout(buttons);
    layout->addLayout(progressRow);
    layout->addWidget(custodyCaption);
    layout->addWidget(m_custodyTable, 1);
    layout->addWidget(m_message);

    connect(m_itemTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        loadCustody();
        updateButtons();
    });
    connect(m_add, &QPushButton::clicked, this, &EvidencePanel::addFile);
    connect(m_export, &QPushButton::clicked, this, &EvidencePanel::exportItem);
    connect(m_verify, &QPushButton::clicked, this, &EvidencePanel::verifyAll);
    connect(m_cancel, &QPushButton::clicked, this, &EvidencePanel::cancelWork);

    finished();
}

EvidencePanel::~EvidencePanel()
{
    // An add in flight stops with nothing written; its result has nobody to go to.
    m_workRunner->cancel();
    m_itemRunner->cancel();
    m_custodyRunner->cancel();
}

bool EvidencePanel::isBusy() const
{
    return m_itemRunner->isRunning() || m_custodyRunner->isRunning() || m_workRunner->isRunning();
}

void EvidencePanel::setIncident(qint64 incidentId)
{
    if (incidentId == m_incidentId)
        return;
    // Work started for the previous incident goes on (a large add is not lost by a click in the list); its result
    // is not shown against another incident, and the buttons stay off until it is done.
    m_incidentId = incidentId;
    m_items->clear();
    m_items->setChecks({});
    m_custody->clear();
    m_message->clearMessage();
    loadItems();
}

void EvidencePanel::loadItems(qint64 selectItemId)
{
    updateButtons();
    const qint64 incidentId = m_incidentId;
    if (incidentId <= 0 || !m_session->store()) {
        m_itemRunner->cancel();
        return;
    }
    if (selectItemId <= 0)
        selectItemId = currentItemId();
    using Loaded = std::pair<std::vector<EvidenceRegister::Item>, std::vector<EvidenceUploadQueue::Upload>>;
    m_itemRunner->runOnStore(
        *m_session->store(), Database::Mode::ReadOnly,
        [incidentId](Database& database, const LatestResultRunner::Job&) -> Result<Loaded> {
            auto items = EvidenceRegister::items(database, incidentId);
            if (!items)
                return items.error();
            auto uploads = EvidenceUploadQueue::forIncident(database, incidentId);
            if (!uploads)
                return uploads.error();
            return Loaded { std::move(*items), std::move(*uploads) };
        },
        [this, incidentId, selectItemId](Result<Loaded> loaded) {
            if (incidentId != m_incidentId)
                return;
            if (!loaded) {
                showMessage(tr("Cannot read the incident's evidence: %1").arg(loaded.error().message()), true);
                return;
            }
            m_items->setRows(std::move(loaded->first));
            m_items->setUploads(loaded->second);
            ReadOnlyTable::fit(m_itemTable);
            const int row = m_items->rowOf(selectItemId);
            if (row >= 0)
                m_itemTable->setCurrentIndex(m_items->index(row, 0));
            else
                m_custody->clear();
            updateButtons();
        });
}

void EvidencePanel::refreshUploads()
{
    // Sync moved an upload on: the list (and the selected item's trail, which may have gained `uploaded`) again.
    if (m_incidentId <= 0)
        return;
    loadItems();
    loadCustody();
}

void EvidencePanel::loadCustody()
{
    const qint64 itemId = currentItemId();
    if (itemId <= 0 || !m_session->store()) {
        m_custodyRunner->cancel();
        m_custody->clear();
        return;
    }
    m_custodyRunner->runOnStore(
        *m_session->store(), Database::Mode::ReadOnly,
        [itemId](Database& database, const LatestResultRunner::Job&) {
            return EvidenceRegister::custody(database, itemId);
        },
        [this, itemId](Result<std::vector<EvidenceRegister::CustodyEntry>> entries) {
            if (itemId != currentItemId())
                return;
            if (!entries) {
                showMessage(tr("Cannot read the custody trail: %1").arg(entries.error().message()), true);
                return;
            }
            m_custody->setRows(std::move(*entries));
            ReadOnlyTable::fit(m_custodyTable);
        });
}

void EvidencePanel::addFile()
{
    const qint64 incidentId = m_incidentId;
    if (incidentId <= 0 || !m_session->store())
        return;
    const QString path = Dialogs::openFileName(this, tr("Add evidence"), QDir::homePath(), tr("All files (*)"));
    if (path.isEmpty())
        return;
    const std::optional<QString> description
        = Dialogs::text(this, tr("Add evidence"),
                        tr("What is “%1”? (a short description, may be empty)").arg(QFileInfo(path).fileName()));
    if (!description)
        return;

    EvidenceRegister::NewItem item;
    item.incidentId = incidentId;
    item.fileName = QFileInfo(path).fileName();
    item.mediaType = QMimeDatabase().mimeTypeForFile(path).name();
    item.description = description->trimmed();
    const QString actor = m_actor;
    QPointer<EvidencePanel> panel(this);

    startWork(tr("Adding “%1”…").arg(item.fileName));
    m_workRunner->runOnStore(
        *m_session->store(), Database::Mode::ReadWrite,
        [item, path, actor, panel](Database& database, const LatestResultRunner::Job& job) -> Result<qint64> {
            // The file is opened on the worker: a file on a slow share must not hold the GUI thread either.
            QFile source(path);
            if (!source.open(QIODevice::ReadOnly))
                return Error(Error::Code::Io,
                             tr("Cannot open “%1”: %2. Nothing was added.").arg(item.fileName, source.errorString()));
            return EvidenceRegister::add(database, item, source, actor,
                                         postProgress(job, panel, [](EvidencePanel* to, qint64 done, qint64 total) {
                                             to->progressed(done, total);
                                         }));
        },
        [this, incidentId, item](Result<qint64> added) {
            finished();
            if (incidentId != m_incidentId)
                return;
            if (!added) {
                showMessage(added.error().message(), true);
                return;
            }
            showMessage(tr("“%1” was added to the incident.").arg(item.fileName), false);
            loadItems(*added);
            Q_EMIT evidenceAdded(incidentId, *added);
        });
    // The buttons stay off until the work is delivered (isRunning() holds from here).
    updateButtons();
}

void EvidencePanel::exportItem()
{
    const EvidenceRegister::Item* selected = m_items->item(m_itemTable->currentIndex().row());
    if (!selected || !m_session->store())
        return;
    const qint64 itemId = selected->id;
    const QString fileName = selected->fileName;
    const QString path
        = Dialogs::saveFileName(this, tr("Export evidence"), QDir::home().filePath(fileName), tr("All files (*)"));
    if (path.isEmpty())
        return;
    const QString actor = m_actor;
    QPointer<EvidencePanel> panel(this);

    startWork(tr("Exporting “%1”…").arg(fileName));
    // The file dialog has already asked whether to replace an existing file.
    m_workRunner->runOnStore(
        *m_session->store(), Database::Mode::ReadWrite,
        [itemId, path, actor, panel](Database& database,
                                     const LatestResultRunner::Job& job) -> Result<EvidenceRegister::Check> {
            return EvidenceExport::exportTo(database, itemId, path, true, actor,
                                            postProgress(job, panel, [](EvidencePanel* to, qint64 done, qint64 total) {
                                                to->progressed(done, total);
                                            }));
        },
        [this, itemId, fileName, path](Result<EvidenceRegister::Check> exported) {
            finished();
            if (!exported) {
                showMessage(exported.error().message(), true);
            } else {
                showMessage(tr("“%1” was exported to %2; its SHA-256 matches what was added.")
                                .arg(fileName, QDir::toNativeSeparators(path)),
                            false);
            }
            // The custody trail has a new entry either way (exported, or tamper_detected).
            loadItems(itemId);
            if (itemId == currentItemId())
                loadCustody();
        });
    // The buttons stay off until the work is delivered (isRunning() holds from here).
    updateButtons();
}

void EvidencePanel::verifyAll()
{
    const qint64 incidentId = m_incidentId;
    if (incidentId <= 0 || !m_session->store())
        return;
    const QString actor = m_actor;
    QPointer<EvidencePanel> panel(this);

    startWork(tr("Verifying the incident's evidence…"));
    m_workRunner->runOnStore(
        *m_session->store(), Database::Mode::ReadWrite,
        [incidentId, actor, panel](Database& database,
                                   const LatestResultRunner::Job& job) -> Result<std::vector<EvidenceRegister::Check>> {
            return EvidenceRegister::verifyIncident(
                database, incidentId, actor, postProgress(job, panel, [](EvidencePanel* to, qint64 done, qint64 total) {
                    to->progressed(done, total);
                }));
        },
        [this, incidentId](Result<std::vector<EvidenceRegister::Check>> checks) {
            finished();
            if (incidentId != m_incidentId)
                return;
            if (!checks) {
                showMessage(checks.error().message(), true);
                return;
            }
            m_items->setChecks(*checks);
            QStringList tampered;
            for (const EvidenceRegister::Check& check : *checks) {
                if (!check.intact())
                    tampered << check.summary();
            }
            if (checks->empty())
                showMessage(tr("The incident has no evidence to verify."), false);
            else if (tampered.isEmpty())
                showMessage(tr("All %n item(s) are intact: each matches the SHA-256 recorded when it was added.",
                               nullptr, int(checks->size())),
                            false);
            else
                showMessage(tampered.join(QLatin1Char('\n')), true);
            loadCustody();
        });
    // The buttons stay off until the work is delivered (isRunning() holds from here).
    updateButtons();
}

void EvidencePanel::cancelWork()
{
    // interrupt(), not cancel(): the register stops with nothing written and says so, and the supervisor is told.
    m_workRunner->interrupt();
    m_cancel->setEnabled(false);
}

void EvidencePanel::startWork(const QString& what)
{
    m_message->clearMessage();
    m_working->setText(what);
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_working->show();
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
}

void EvidencePanel::progressed(qint64 done, qint64 total)
{
    if (!m_workRunner->isRunning())
        return;
    if (total > 0) {
        m_progress->setRange(0, qMax(1, kib(total)));
        m_progress->setValue(kib(done));
    }
}

void EvidencePanel::finished()
{
    m_working->clear();
    m_working->hide();
    m_progress->hide();
    m_cancel->hide();
    updateButtons();
}

void EvidencePanel::updateButtons()
{
    const bool idle = !m_workRunner->isRunning();
    const bool shown = m_incidentId > 0;
    m_add->setEnabled(idle && shown);
    m_verify->setEnabled(idle && shown && m_items->rowCount() > 0);
    m_export->setEnabled(idle && shown && currentItemId() > 0);
}

qint64 EvidencePanel::currentItemId() const
{
    const EvidenceRegister::Item* selected = m_items->item(m_itemTable->currentIndex().row());
    return selected ? selected->id : 0;
}

void EvidencePanel::showMessage(const QString& text, bool error)
{
    m_message->showMessage(text, error ? MessageBanner::Level::Error : MessageBanner::Level::Success);
}

} // namespace custodian
