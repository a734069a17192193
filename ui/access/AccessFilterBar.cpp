#include "ui/access/AccessFilterBar.h"

#include "domain/AccessFilter.h"
#include "domain/Enums.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace custodian {

namespace {
QComboBox* makeChoice(QWidget* parent, const QString& name, const QString& anyLabel,
                      std::initializer_list<std::pair<int, QString>> choices)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->addItem(anyLabel, 0);
    for (const auto& [code, label] : choices)
        combo->addItem(label, code);
    return combo;
}
} // namespace

AccessFilterBar::AccessFilterBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("accessFilterBar"));
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(6);
    buildRangeRow(rows);
    buildWhoAndWhatRows(rows);
}

void AccessFilterBar::buildRangeRow(QBoxLayout* rows)
{
    // Time, search, saved searches, export.
    auto* row = new QHBoxLayout;
    m_timePreset = new QComboBox(this);
    m_timePreset->setObjectName(QStringLiteral("timePreset"));
    m_timePreset->addItem(tr("Last hour"), int(AccessFilter::TimePreset::LastHour));
    m_timePreset->addItem(tr("This shift (8 h)"), int(AccessFilter::TimePreset::Shift));
    m_timePreset->addItem(tr("Today"), int(AccessFilter::TimePreset::Today));
    m_timePreset->addItem(tr("Last 7 days"), int(AccessFilter::TimePreset::Last7Days));
    m_timePreset->addItem(tr("All time"), int(AccessFilter::TimePreset::All));
    m_timePreset->addItem(tr("Custom range"), int(AccessFilter::TimePreset::Custom));
    m_from = new QDateTimeEdit(this);
    m_from->setObjectName(QStringLiteral("timeFrom"));
    m_to = new QDateTimeEdit(this);
    m_to->setObjectName(QStringLiteral("timeTo"));
    // The fields of the filter bar have placeholders or a dash beside them, no label: their names are set here.
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    for (QDateTimeEdit* edit : { m_from, m_to }) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
    }
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setPlaceholderText(tr("Search agents, teams, sites, workstations, masked records… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_savedSearches = new QComboBox(this);
    m_savedSearches->setObjectName(QStringLiteral("savedSearches"));
    m_savedSearches->setMinimumContentsLength(12);
    auto* saveButton = new QToolButton(this);
    saveButton->setObjectName(QStringLiteral("saveSearch"));
    saveButton->setText(tr("Save…"));
    saveButton->setToolTip(tr("Save the current filter as a named search"));
    auto* savedMenu = new QMenu(saveButton);
    savedMenu->addAction(tr("Delete the selected saved search"), this, &AccessFilterBar::deleteSavedSearchRequested);
    saveButton->setMenu(savedMenu);
    saveButton->setPopupMode(QToolButton::MenuButtonPopup);
    connect(saveButton, &QToolButton::clicked, this, &AccessFilterBar::saveSearchRequested);
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setText(tr("Export"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(tr("CSV…"), this, [this] { Q_EMIT exportRequested(QStringLiteral("csv")); })
        ->setObjectName(QStringLiteral("exportCsv"));
    exportMenu->addAction(tr("PDF…"), this, [this] { Q_EMIT exportRequested(QStringLiteral("pdf")); })
        ->setObjectName(QStringLiteral("exportPdf"));
    m_exportButton->setMenu(exportMenu);
    row->addWidget(m_timePreset);
    row->addWidget(m_from);
    row->addWidget(new QLabel(QStringLiteral("–"), this));
    row->addWidget(m_to);
    row->addWidget(m_search, 1);
    row->addWidget(m_savedSearches);
    row->addWidget(saveButton);
    row->addWidget(m_exportButton);
    rows->addLayout(row);
}

void AccessFilterBar::createWhoControls()
{
    m_agent = new QLineEdit(this);
    m_agent->setObjectName(QStringLiteral("agentFilter"));
    m_agent->setAccessibleName(tr("Agent"));
    m_agent->setPlaceholderText(tr("Agent (name or E-number)"));
    m_agent->setClearButtonEnabled(true);
    m_team = makeChoice(this, QStringLiteral("teamFilter"), tr("Any team"), {});
    m_site = makeChoice(this, QStringLiteral("siteFilter"), tr("Any site"), {});
    m_record = new QLineEdit(this);
    m_record->setObjectName(QStringLiteral("recordFilter"));
    m_record->setAccessibleName(tr("Record identifier"));
    m_record->setPlaceholderText(tr("Record identifier"));
    m_record->setToolTip(tr("Type a whole customer identifier (card, account, national id…) to see who opened that "
                            "record. It is turned into its keyed token and replaced by its masked form; it is "
                            "never stored. A card number is looked up by the central service (online), the only "
                            "place card numbers are kept."));
    m_record->setClearButtonEnabled(true);
}

void AccessFilterBar::buildWhoAndWhatRows(QBoxLayout* rows)
{
    // Created in the order Tab walks them (agent, team, site, record, then the "what" choices and workstation).
    createWhoControls();
    m_dataClass = makeChoice(this, QStringLiteral("dataClassFilter"), tr("Any data"),
                             { { int(DataClass::Pii), tr("Personal data") },
                               { int(DataClass::PaymentCard), tr("Payment card") },
                               { int(DataClass::Communications), tr("Communications") } });
    m_action = makeChoice(this, QStringLiteral("actionFilter"), tr("Any action"),
                          { { int(AccessAction::View), tr("View") },
                            { int(AccessAction::Search), tr("Search") },
                            { int(AccessAction::Update), tr("Update") },
                            { int(AccessAction::Export), tr("Export") },
                            { int(AccessAction::Print), tr("Print") },
                            { int(AccessAction::BulkSearch), tr("Bulk search") },
                            { int(AccessAction::Login), tr("Login") },
                            { int(AccessAction::Logout), tr("Logout") } });
    m_outcome = makeChoice(this, QStringLiteral("outcomeFilter"), tr("Any outcome"),
                           { { int(AccessOutcome::Success), tr("Success") },
                             { int(AccessOutcome::Denied), tr("Denied") },
                             { int(AccessOutcome::Failed), tr("Failed") } });
    m_channel = makeChoice(this, QStringLiteral("channelFilter"), tr("Any channel"),
                           { { int(Channel::Voice), tr("Voice") },
                             { int(Channel::Chat), tr("Chat") },
                             { int(Channel::Email), tr("E-mail") },
                             { int(Channel::BackOffice), tr("Back office") } });
    m_workstation = new QLineEdit(this);
    m_workstation->setObjectName(QStringLiteral("workstationFilter"));
    m_workstation->setAccessibleName(tr("Workstation"));
    m_workstation->setPlaceholderText(tr("Workstation"));
    m_workstation->setClearButtonEnabled(true);
    m_detection = makeChoice(this, QStringLiteral("detectionFilter"), tr("Any event"),
                             { { int(FindingKind::OffHours), tr("Off-hours access") },
                               { int(FindingKind::BulkAccess), tr("Bulk access") },
                               { int(FindingKind::FailedLoginBurst), tr("Failed-login burst") },
                               { int(FindingKind::PaymentDataWithoutTraining), tr("Card data without training") },
                               { int(FindingKind::InactiveAgentAccess), tr("Suspended/departed agent") },
                               { int(FindingKind::NewWorkstation), tr("New workstation") } });
    m_detection->setToolTip(tr("Only events that are evidence of a finding of this kind"));
    for (QComboBox* combo : { m_team, m_site, m_dataClass, m_action, m_outcome, m_channel, m_detection }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(combo == m_team || combo == m_detection ? 14 : 10);
    }
    auto* clearButton = new QToolButton(this);
    clearButton->setObjectName(QStringLiteral("clearFilters"));
    clearButton->setText(tr("Clear"));
    clearButton->setToolTip(tr("Clear every filter except the time range"));
    connect(clearButton, &QToolButton::clicked, this, &AccessFilterBar::clearRequested);
    // Free-text fields get the room; the choices are as wide as their longest entry, up to a limit.
    // Small enough for a 1 280-pixel laptop screen with the navigation beside it; wider windows stretch the fields.
    m_agent->setMinimumWidth(140);
    m_record->setMinimumWidth(100);
    m_workstation->setMinimumWidth(90);
    // Who and where on one row, what on the next: each fits a 1 280-pixel screen beside the navigation.
    auto* who = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*> { m_agent, m_team, m_site, m_workstation, m_record })
        who->addWidget(w, w == m_agent ? 3 : (w == m_record || w == m_workstation) ? 2 : 1);
    rows->addLayout(who);
    auto* row = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*> { m_dataClass, m_action, m_outcome, m_channel, m_detection })
        row->addWidget(w, 1);
    row->addStretch(2);
    row->addWidget(clearButton);
    rows->addLayout(row);
}

} // namespace custodian
