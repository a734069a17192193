#include "ui/access/AccessFilterBar.h"

#include "domain/AccessFilter.h"
#include "domain/Enums.h"
#include "domain/Vocabulary.h"
#include "rules/FindingCatalogue.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace custodian {

namespace {
// Every kind of finding whose evidence is access events, under the name the findings page gives it
// (FindingCatalogue). "Role held without required training" is about a standing, not events: as a filter of the
// access log it could only ever select nothing.
QList<std::pair<int, QString>> findingKinds()
{
    QList<std::pair<int, QString>> kinds;
    for (const FindingCatalogue::Entry& entry : FindingCatalogue::all()) {
        if (entry.kind != FindingKind::UntrainedRoleHolder)
            kinds.push_back({ int(entry.kind), FindingCatalogue::title(entry.kind) });
    }
    return kinds;
}

// A code's one word (Vocabulary), capitalised as a choice in a list.
QString choice(const QString& words)
{
    return Vocabulary::sentence(words);
}

QComboBox* makeChoice(QWidget* parent, const QString& name, const QString& anyLabel,
                      const QList<std::pair<int, QString>>& choices)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->addItem(anyLabel, 0);
    for (const auto& [code, label] : choices)
        combo->addItem(label, code);
    return combo;
}

void selectData(QComboBox* combo, qint64 value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

QList<int> comboCodes(const QComboBox* combo)
{
    const int code = combo->currentData().toInt();
    return code ? QList<int> { code } : QList<int> {};
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
    connectEdits();
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
    auto* exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("CSV…"), this, [this] { Q_EMIT exportRequested(QStringLiteral("csv")); })
        ->setObjectName(QStringLiteral("exportCsv"));
    exportMenu->addAction(tr("PDF…"), this, [this] { Q_EMIT exportRequested(QStringLiteral("pdf")); })
        ->setObjectName(QStringLiteral("exportPdf"));
    exportButton->setMenu(exportMenu);
    row->addWidget(m_timePreset);
    row->addWidget(m_from);
    row->addWidget(new QLabel(QStringLiteral("–"), this));
    row->addWidget(m_to);
    row->addWidget(m_search, 1);
    row->addWidget(m_savedSearches);
    row->addWidget(saveButton);
    row->addWidget(exportButton);
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
    m_dataClass
        = makeChoice(this, QStringLiteral("dataClassFilter"), tr("Any data"),
                     { { int(DataClass::Pii), choice(Vocabulary::dataClass(DataClass::Pii)) },
                       { int(DataClass::PaymentCard), choice(Vocabulary::dataClass(DataClass::PaymentCard)) },
                       { int(DataClass::Communications), choice(Vocabulary::dataClass(DataClass::Communications)) } });
    m_action = makeChoice(this, QStringLiteral("actionFilter"), tr("Any action"),
                          { { int(AccessAction::View), choice(Vocabulary::action(AccessAction::View)) },
                            { int(AccessAction::Search), choice(Vocabulary::action(AccessAction::Search)) },
                            { int(AccessAction::Update), choice(Vocabulary::action(AccessAction::Update)) },
                            { int(AccessAction::Export), choice(Vocabulary::action(AccessAction::Export)) },
                            { int(AccessAction::Print), choice(Vocabulary::action(AccessAction::Print)) },
                            { int(AccessAction::BulkSearch), choice(Vocabulary::action(AccessAction::BulkSearch)) },
                            { int(AccessAction::Login), choice(Vocabulary::action(AccessAction::Login)) },
                            { int(AccessAction::Logout), choice(Vocabulary::action(AccessAction::Logout)) } });
    m_outcome = makeChoice(this, QStringLiteral("outcomeFilter"), tr("Any outcome"),
                           { { int(AccessOutcome::Success), choice(Vocabulary::outcome(AccessOutcome::Success)) },
                             { int(AccessOutcome::Denied), choice(Vocabulary::outcome(AccessOutcome::Denied)) },
                             { int(AccessOutcome::Failed), choice(Vocabulary::outcome(AccessOutcome::Failed)) } });
    m_channel = makeChoice(this, QStringLiteral("channelFilter"), tr("Any channel"),
                           { { int(Channel::Voice), choice(Vocabulary::channel(Channel::Voice)) },
                             { int(Channel::Chat), choice(Vocabulary::channel(Channel::Chat)) },
                             { int(Channel::Email), choice(Vocabulary::channel(Channel::Email)) },
                             { int(Channel::BackOffice), choice(Vocabulary::channel(Channel::BackOffice)) } });
    m_workstation = new QLineEdit(this);
    m_workstation->setObjectName(QStringLiteral("workstationFilter"));
    m_workstation->setAccessibleName(tr("Workstation"));
    m_workstation->setPlaceholderText(tr("Workstation"));
    m_workstation->setClearButtonEnabled(true);
    m_detection = makeChoice(this, QStringLiteral("detectionFilter"), tr("Any event"), findingKinds());
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

void AccessFilterBar::connectEdits()
{
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &AccessFilterBar::edited);
    connect(m_timePreset, &QComboBox::currentIndexChanged, this, &AccessFilterBar::editFinished);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &AccessFilterBar::rangeEdited);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &AccessFilterBar::rangeEdited);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (!m_settingControls)
            m_debounce->start();
    });
    for (QComboBox* combo : { m_team, m_site, m_dataClass, m_action, m_outcome, m_channel, m_detection })
        connect(combo, &QComboBox::currentIndexChanged, this, &AccessFilterBar::editFinished);
    for (QLineEdit* edit : { m_agent, m_workstation })
        connect(edit, &QLineEdit::editingFinished, this, &AccessFilterBar::editFinished);
    connect(m_record, &QLineEdit::editingFinished, this, &AccessFilterBar::recordEdited);
    connect(m_savedSearches, &QComboBox::activated, this, [this](int index) {
        const QVariant id = m_savedSearches->itemData(index);
        if (id.isValid())
            Q_EMIT savedSearchChosen(id.toLongLong());
    });
}

void AccessFilterBar::editFinished()
{
    if (m_settingControls)
        return;
    m_debounce->stop();
    Q_EMIT edited();
}

void AccessFilterBar::rangeEdited()
{
    if (m_settingControls)
        return;
    // A range of one's own is a custom one; switching the preset to say so is part of this edit, not one more.
    m_settingControls = true;
    m_timePreset->setCurrentIndex(m_timePreset->findData(int(AccessFilter::TimePreset::Custom)));
    m_settingControls = false;
    m_debounce->start();
}

void AccessFilterBar::setChoices(AccessLookups lookups)
{
    // Called again when a sync brings agents, teams or sites (a store's first sync brings them all): the lists are
    // replaced, and what the supervisor had chosen stays chosen.
    m_lookups = std::move(lookups);
    QStringList agentNames;
    for (const auto& agent : m_lookups.agents)
        agentNames << QStringLiteral("%1 (%2)").arg(agent.name, agent.employeeNo);
    const auto replaceCompleter = [this](QLineEdit* field, const QStringList& entries) {
        if (QCompleter* old = field->completer())
            old->deleteLater();
        auto* completer = new QCompleter(entries, field);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        field->setCompleter(completer);
        connect(completer, qOverload<const QString&>(&QCompleter::activated), this, &AccessFilterBar::editFinished);
    };
    replaceCompleter(m_agent, agentNames);
    QStringList hosts;
    for (const auto& workstation : m_lookups.workstations)
        hosts << workstation.hostname;
    replaceCompleter(m_workstation, hosts);
    QSignalBlocker blockTeam(m_team);
    QSignalBlocker blockSite(m_site);
    const QVariant team = m_team->currentData();
    const QVariant site = m_site->currentData();
    // Item 0 is "Any team" / "Any site".
    while (m_site->count() > 1)
        m_site->removeItem(m_site->count() - 1);
    while (m_team->count() > 1)
        m_team->removeItem(m_team->count() - 1);
    for (const auto& s : m_lookups.sites)
        m_site->addItem(s.name, s.id);
    for (const auto& t : m_lookups.teams) {
        QString siteCode;
        for (const auto& s : m_lookups.sites) {
            if (s.id == t.siteId)
                siteCode = s.code;
        }
        m_team->addItem(QStringLiteral("%1 · %2").arg(siteCode, t.name), t.id);
    }
    m_team->setCurrentIndex(std::max(0, m_team->findData(team)));
    m_site->setCurrentIndex(std::max(0, m_site->findData(site)));
}

void AccessFilterBar::showFilter(const AccessFilter& filter)
{
    m_settingControls = true;
    const QSignalBlocker blockers[]
        = { QSignalBlocker(m_timePreset), QSignalBlocker(m_team),      QSignalBlocker(m_site),
            QSignalBlocker(m_dataClass),  QSignalBlocker(m_action),    QSignalBlocker(m_outcome),
            QSignalBlocker(m_channel),    QSignalBlocker(m_detection), QSignalBlocker(m_from),
            QSignalBlocker(m_to),         QSignalBlocker(m_search) };
    m_timePreset->setCurrentIndex(m_timePreset->findData(int(filter.preset)));
    const bool custom = filter.preset == AccessFilter::TimePreset::Custom;
    m_from->setEnabled(true);
    m_to->setEnabled(true);
    m_from->setToolTip(custom ? QString() : tr("Change to choose a custom range"));
    m_search->setText(filter.text);
    QString agentText;
    if (filter.agentIds.size() == 1) {
        for (const auto& agent : m_lookups.agents) {
            if (agent.id == filter.agentIds.first())
                agentText = QStringLiteral("%1 (%2)").arg(agent.name, agent.employeeNo);
        }
    }
    m_agent->setText(agentText);
    selectData(m_team, filter.teamIds.size() == 1 ? filter.teamIds.first() : 0);
    selectData(m_site, filter.siteIds.size() == 1 ? filter.siteIds.first() : 0);
    selectData(m_dataClass, filter.dataClasses.size() == 1 ? filter.dataClasses.first() : 0);
    selectData(m_action, filter.actions.size() == 1 ? filter.actions.first() : 0);
    selectData(m_outcome, filter.outcomes.size() == 1 ? filter.outcomes.first() : 0);
    selectData(m_channel, filter.channels.size() == 1 ? filter.channels.first() : 0);
    selectData(m_detection, filter.findingKinds.size() == 1 ? filter.findingKinds.first() : 0);
    QString host;
    if (filter.workstationIds.size() == 1) {
        for (const auto& workstation : m_lookups.workstations) {
            if (workstation.id == filter.workstationIds.first())
                host = workstation.hostname;
        }
    }
    m_workstation->setText(host);
    m_settingControls = false;
}

void AccessFilterBar::showRange(qint64 fromMs, qint64 toMs)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(fromMs));
    m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(toMs));
}

AccessFilter AccessFilterBar::filter() const
{
    AccessFilter f;
    f.preset = AccessFilter::TimePreset(m_timePreset->currentData().toInt());
    if (f.preset == AccessFilter::TimePreset::Custom) {
        // The edits show minutes: drop the seconds a preset left behind, so the range is what is shown.
        const auto toMinute
            = [](const QDateTime& t) { return QDateTime(t.date(), QTime(t.time().hour(), t.time().minute())); };
        f.fromMs = toMinute(m_from->dateTime()).toMSecsSinceEpoch();
        f.toMs = toMinute(m_to->dateTime()).toMSecsSinceEpoch();
    }
    f.text = m_search->text().trimmed();
    const QString agentText = m_agent->text().trimmed();
    if (!agentText.isEmpty()) {
        for (const auto& agent : m_lookups.agents) {
            const QString label = QStringLiteral("%1 (%2)").arg(agent.name, agent.employeeNo);
            if (label.compare(agentText, Qt::CaseInsensitive) == 0
                || agent.employeeNo.compare(agentText, Qt::CaseInsensitive) == 0) {
                f.agentIds = { agent.id };
                break;
            }
        }
        if (f.agentIds.isEmpty()) {
            // Not one agent: search for the words instead, so "Silva" shows every Silva.
            f.text = QString(f.text + QLatin1Char(' ') + agentText).trimmed();
        }
    }
    if (const qint64 team = m_team->currentData().toLongLong())
        f.teamIds = { team };
    if (const qint64 site = m_site->currentData().toLongLong())
        f.siteIds = { site };
    f.dataClasses = comboCodes(m_dataClass);
    f.actions = comboCodes(m_action);
    f.outcomes = comboCodes(m_outcome);
    f.channels = comboCodes(m_channel);
    f.findingKinds = comboCodes(m_detection);
    const QString host = m_workstation->text().trimmed();
    if (!host.isEmpty()) {
        for (const auto& workstation : m_lookups.workstations) {
            if (workstation.hostname.compare(host, Qt::CaseInsensitive) == 0)
                f.workstationIds = { workstation.id };
        }
        if (f.workstationIds.isEmpty())
            f.text = QString(f.text + QLatin1Char(' ') + host).trimmed();
    }
    return f;
}

QString AccessFilterBar::recordText() const
{
    return m_record->text();
}

void AccessFilterBar::showRecord(const QString& text)
{
    m_record->setText(text);
}

void AccessFilterBar::clearRecord()
{
    m_record->clear();
}

QStringList AccessFilterBar::takeIdentifiers()
{
    QStringList identifiers;
    for (QLineEdit* field : { m_search, m_agent, m_workstation }) {
        QString text = field->text();
        for (QString found = AccessFilter::findIdentifier(text); !found.isEmpty();
             found = AccessFilter::findIdentifier(text)) {
            text.remove(found);
            identifiers << found;
        }
        if (text != field->text()) {
            const QSignalBlocker block(field);
            field->setText(text.simplified());
        }
    }
    return identifiers;
}

void AccessFilterBar::setSavedSearches(const std::vector<SavedSearchRepository::SavedSearch>& searches)
{
    QSignalBlocker block(m_savedSearches);
    m_savedSearches->clear();
    m_savedSearches->addItem(tr("Saved searches"), QVariant());
    for (const auto& search : searches)
        m_savedSearches->addItem(search.name, search.id);
}

void AccessFilterBar::selectSavedSearch(qint64 id)
{
    m_savedSearches->setCurrentIndex(m_savedSearches->findData(id));
}

std::optional<qint64> AccessFilterBar::chosenSavedSearch() const
{
    const QVariant id = m_savedSearches->currentData();
    if (!id.isValid())
        return std::nullopt;
    return id.toLongLong();
}

QString AccessFilterBar::chosenSavedSearchName() const
{
    return m_savedSearches->currentIndex() > 0 ? m_savedSearches->currentText() : QString();
}

void AccessFilterBar::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

} // namespace custodian
