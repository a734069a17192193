#include "ui/audit/ConsoleAuditPage.h"

#include "item/ConsoleAuditModel.h"
#include "item/ItemRoles.h"
#include "store/ConsoleAuditLog.h"
#include "store/Store.h"
#include "ui/session/StoreSession.h"
#include "ui/widgets/ItemViews.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/PageLayout.h"
#include "ui/widgets/Theme.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace custodian {

namespace {
constexpr int ActorDebounceMs = 250;
} // namespace

ConsoleAuditPage::ConsoleAuditPage(StoreSession* session, QWidget* parent)
    : SessionPage(session, parent)
{
    setObjectName(QStringLiteral("consoleAuditPage"));
    followSession();
}

ConsoleAuditPage::~ConsoleAuditPage()
{
    destroyUnlockedContent();
}

void ConsoleAuditPage::releaseUnlockedContent()
{
    // The replay holds a connection with the key: stop it (within microseconds) before the keys go.
    stopVerification();
    if (m_model)
        m_model->setDatabase(nullptr);
    m_model = nullptr;
    m_kind = nullptr;
    m_actor = nullptr;
    m_refresh = nullptr;
    m_count = nullptr;
    m_table = nullptr;
    m_entryDetail = nullptr;
    m_chainStatus = nullptr;
    m_message = nullptr;
    m_actorDebounce = nullptr;
}

void ConsoleAuditPage::createUnlockedContent(QWidget* content)
{
    Store* store = m_session->store();
    if (!store)
        return;
    QVBoxLayout* outer = PageLayout::open(content, tr("Console audit"));

    auto* filters = new QHBoxLayout;
    m_kind = new QComboBox(content);
    m_kind->setObjectName(QStringLiteral("auditKindFilter"));
    for (ConsoleAuditModel::Kind kind :
         { ConsoleAuditModel::Kind::All, ConsoleAuditModel::Kind::Session, ConsoleAuditModel::Kind::Reveals,
           ConsoleAuditModel::Kind::Exports, ConsoleAuditModel::Kind::Findings, ConsoleAuditModel::Kind::SavedSearches,
           ConsoleAuditModel::Kind::KeyChanges, ConsoleAuditModel::Kind::RolesAndReviews })
        m_kind->addItem(ConsoleAuditModel::kindName(kind), int(kind));
    auto* kindCaption = new QLabel(tr("&Show:"), content);
    kindCaption->setBuddy(m_kind);
    m_actor = new QLineEdit(content);
    m_actor->setObjectName(QStringLiteral("auditActorFilter"));
    m_actor->setAccessibleName(tr("Actor"));
    m_actor->setPlaceholderText(tr("Actor (e.g. console:alice, cli:)"));
    m_actor->setClearButtonEnabled(true);
    m_actor->setMaximumWidth(320);
    m_count = new QLabel(content);
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_refresh = new QPushButton(tr("&Refresh"), content);
    m_refresh->setObjectName(QStringLiteral("auditRefresh"));
    m_refresh->setToolTip(tr("Read the audit again and re-check the chain (F5)"));
    filters->addWidget(kindCaption);
    filters->addWidget(m_kind);
    filters->addWidget(m_actor, 1);
    filters->addStretch(1);
    filters->addWidget(m_count);
    filters->addWidget(m_refresh);
    outer->addLayout(filters);

    m_model = new ConsoleAuditModel(content);
    m_model->setDatabase(&store->database());
    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("auditTable"));
    ItemViews::prepare(m_table, tr("Console audit entries"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(ConsoleAuditModel::SeqColumn, 60);
    m_table->setColumnWidth(ConsoleAuditModel::TimeColumn, 150);
    m_table->setColumnWidth(ConsoleAuditModel::ActorColumn, 150);
    m_table->setColumnWidth(ConsoleAuditModel::ActionColumn, 170);
    m_table->setColumnWidth(ConsoleAuditModel::TargetColumn, 130);

    m_entryDetail = new QPlainTextEdit(content);
    m_entryDetail->setObjectName(QStringLiteral("auditEntryDetail"));
    m_entryDetail->setAccessibleName(tr("Selected entry"));
    m_entryDetail->setReadOnly(true);
    m_entryDetail->setPlaceholderText(tr("Choose an entry to see it in full."));
    auto* splitter = new QSplitter(Qt::Vertical, content);
    splitter->addWidget(m_table);
    splitter->addWidget(m_entryDetail);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    outer->addWidget(splitter, 1);

    m_chainStatus = new QLabel(content);
    m_chainStatus->setObjectName(QStringLiteral("auditChainStatus"));
    m_chainStatus->setWordWrap(true);
    m_chainStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new MessageBanner(content);
    m_message->setObjectName(QStringLiteral("auditMessage"));
    outer->addWidget(m_chainStatus);
    outer->addWidget(m_message);

    m_actorDebounce = new QTimer(content);
    m_actorDebounce->setSingleShot(true);
    m_actorDebounce->setInterval(ActorDebounceMs);
    connect(m_actorDebounce, &QTimer::timeout, this, &ConsoleAuditPage::applyFilter);
    connect(m_actor, &QLineEdit::textChanged, m_actorDebounce, qOverload<>(&QTimer::start));
    connect(m_actor, &QLineEdit::returnPressed, this, &ConsoleAuditPage::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConsoleAuditPage::applyFilter);
    connect(m_refresh, &QPushButton::clicked, this, &ConsoleAuditPage::refresh);
    connect(m_model, &ConsoleAuditModel::loadFailed, this, [this](const QString& text) { showMessage(text, true); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ConsoleAuditPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConsoleAuditPage::updateEntryDetail);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConsoleAuditPage::updateEntryDetail);

    applyFilter();
    // Replaying thousands of HMACs is work: only for a page someone looks at (showEvent covers the rest).
    if (isVisible())
        startVerification();
}

bool ConsoleAuditPage::isRefreshKey(const QKeyEvent* event)
{
    return event->matches(QKeySequence::Refresh)
        || (event->key() == Qt::Key_F5 && event->modifiers() == Qt::NoModifier);
}

bool ConsoleAuditPage::event(QEvent* event)
{
    // F5 is the main window's Refresh too; a second shortcut for the same key would make both ambiguous and neither
    // fire. Claiming the key while the focus is on this page turns it into a key press that keyPressEvent takes.
    if (event->type() == QEvent::ShortcutOverride && unlockedContent()
        && isRefreshKey(static_cast<QKeyEvent*>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void ConsoleAuditPage::keyPressEvent(QKeyEvent* event)
{
    if (unlockedContent() && isRefreshKey(event)) {
        event->accept();
        refresh();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ConsoleAuditPage::showEvent(QShowEvent* event)
{
    SessionPage::showEvent(event);
    if (unlockedContent())
        refresh();
}

void ConsoleAuditPage::refresh()
{
    if (!unlockedContent())
        return;
    reloadEntries();
    startVerification();
}

void ConsoleAuditPage::applyFilter()
{
    if (!m_model)
        return;
    m_actorDebounce->stop();
    ConsoleAuditLog::Filter filter;
    filter.actionPrefixes = ConsoleAuditModel::actionPrefixes(ConsoleAuditModel::Kind(m_kind->currentData().toInt()));
    filter.actor = m_actor->text().trimmed();
    m_model->setFilter(filter);
    reloadEntries();
}

void ConsoleAuditPage::reloadEntries()
{
    if (!m_model)
        return;
    const qint64 selected = m_table->currentIndex().isValid() ? m_table->currentIndex().data(IdRole).toLongLong() : 0;
    if (auto status = m_model->reload(); !status) {
        showMessage(tr("Cannot read the console audit: %1").arg(status.error().message()), true);
        return;
    }
    showMessage({}, false);
    updateCount();
    const int row = selected > 0 ? m_model->rowOfSeq(selected) : -1;
    if (row >= 0)
        m_table->selectRow(row);
    else
        m_table->scrollToTop();
}

void ConsoleAuditPage::updateCount()
{
    if (!m_model)
        return;
    const qint64 total = m_model->totalCount();
    const int loaded = m_model->rowCount();
    m_count->setText(
        loaded < total
            ? tr("%1 of %2 entries (scroll for older)").arg(QLocale().toString(loaded), QLocale().toString(total))
            : tr("%n entries", "", int(std::min<qint64>(total, INT_MAX))));
}

void ConsoleAuditPage::updateEntryDetail()
{
    if (!m_entryDetail)
        return;
    const ConsoleAuditLog::Entry* entry = m_model->entry(m_table->currentIndex().row());
    if (!entry) {
        m_entryDetail->clear();
        return;
    }
    QString detail = entry->detail;
    if (const QJsonDocument json = QJsonDocument::fromJson(entry->detail.toUtf8()); !json.isNull())
        detail = QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed();
    QStringList lines {
        tr("Entry #%1 at %2 (%3)")
            .arg(entry->seq)
            .arg(QDateTime::fromMSecsSinceEpoch(entry->atMs, Qt::UTC).toString(Qt::ISODateWithMs),
                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry->atMs), QLocale::LongFormat)),
        tr("Actor: %1 (%2)").arg(m_model->actorText(m_table->currentIndex().row()), entry->actor),
        tr("Action: %1 (%2)").arg(ConsoleAuditModel::actionLabel(entry->action), entry->action),
    };
    if (!entry->target.isEmpty())
        lines << tr("Target: %1 (%2)").arg(m_model->targetText(m_table->currentIndex().row()), entry->target);
    if (!detail.isEmpty())
        lines << tr("Detail:") << detail;
    m_entryDetail->setPlainText(lines.join(QLatin1Char('\n')));
}

void ConsoleAuditPage::startVerification()
{
    Store* store = m_session->store();
    if (!unlockedContent() || !store)
        return;
    if (m_verifier.isRunning()) {
        m_verifyAgain = true; // entries appended since it began are replayed on the next run
        return;
    }
    m_verifyAgain = false;
    if (m_chainStatus->text().isEmpty())
        m_chainStatus->setText(tr("Checking the console-audit chain…"));
    m_chainStatus->setToolTip(tr("Checking the chain…"));

    m_verifier.runOnStore(
        *store, Database::Mode::ReadOnly,
        [](Database& database, const LatestResultRunner::Job&) { return ConsoleAuditLog(database).verify(); },
        [this](const Result<ConsoleAudit::Verification>& result) {
            if (result)
                showVerification(*result);
            else
                showVerificationError(result.error().message());
            if (m_verifyAgain)
                startVerification();
        });
}

void ConsoleAuditPage::stopVerification()
{
    m_verifyAgain = false;
    m_verifier.cancel(); // a result still on its way is dropped
}

void ConsoleAuditPage::showVerification(const ConsoleAudit::Verification& verification)
{
    m_chainStatus->setToolTip({});
    if (verification.intact) {
        Theme::setTone(m_chainStatus, Theme::Tone::Normal);
        Theme::setEmphasised(m_chainStatus, false);
        m_chainStatus->setText(
            tr("Chain intact: %n entries, head #%1", "", int(std::min<qint64>(verification.entries, INT_MAX)))
                .arg(verification.head.seq));
        m_chainStatus->setToolTip(tr("Every entry's HMAC verifies against the one before it; head MAC %1…")
                                      .arg(QString::fromLatin1(verification.head.mac.toHex().left(16))));
    } else {
        Theme::setTone(m_chainStatus, Theme::Tone::Error);
        Theme::setEmphasised(m_chainStatus);
        m_chainStatus->setText(tr("Chain BROKEN at entry #%1: %2. Entries before it verify (%3); this one and what "
                                  "follows cannot be trusted.")
                                   .arg(verification.firstBadSeq)
                                   .arg(verification.reason)
                                   .arg(verification.entries));
    }
    m_model->setFirstBadSeq(verification.intact ? 0 : verification.firstBadSeq);
    Q_EMIT chainChecked(verification.intact, verification.intact ? 0 : verification.firstBadSeq);
}

void ConsoleAuditPage::showVerificationError(const QString& message)
{
    m_chainStatus->setToolTip({});
    Theme::setTone(m_chainStatus, Theme::Tone::Error);
    Theme::setEmphasised(m_chainStatus);
    m_chainStatus->setText(tr("The console-audit chain could not be checked: %1").arg(message));
    Q_EMIT chainChecked(false, 0);
}

void ConsoleAuditPage::showMessage(const QString& text, bool error)
{
    if (!m_message)
        return;
    m_message->showMessage(text, error ? MessageBanner::Level::Error : MessageBanner::Level::Information);
}

} // namespace custodian
