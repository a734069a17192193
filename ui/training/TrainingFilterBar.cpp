#include "ui/training/TrainingFilterBar.h"

#include "domain/Clock.h"
#include "domain/TimeRange.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace custodian {

TrainingFilterBar::TrainingFilterBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("trainingFilterBar"));
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);

    m_groupBy = new QComboBox(this);
    m_groupBy->setObjectName(QStringLiteral("trainingGroupBy"));
    m_groupBy->addItem(tr("Team"), int(TrainingMatrix::GroupBy::Team));
    m_groupBy->addItem(tr("Site"), int(TrainingMatrix::GroupBy::Site));
    m_groupBy->addItem(tr("Role"), int(TrainingMatrix::GroupBy::Role));
    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("trainingTeamFilter"));
    m_site = new QComboBox(this);
    m_site->setObjectName(QStringLiteral("trainingSiteFilter"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("trainingRoleFilter"));
    for (QComboBox* combo : { m_team, m_site, m_role })
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_team->setMinimumContentsLength(16);
    m_site->setMinimumContentsLength(8);
    m_role->setMinimumContentsLength(16);
    fill(m_team, tr("Any team"), {});
    fill(m_site, tr("Any site"), {});
    fill(m_role, tr("Any role"), {});

    auto* who = new QHBoxLayout;
    auto addLabelled = [this](QBoxLayout* row, const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
    };
    addLabelled(who, tr("&Group by:"), m_groupBy);
    addLabelled(who, tr("Te&am:"), m_team);
    addLabelled(who, tr("S&ite:"), m_site);
    addLabelled(who, tr("Ro&le:"), m_role);
    who->addStretch(1);
    rows->addLayout(who);
    QHBoxLayout* period = who; // the period ends the first row: the second has the module names

    m_module = new QComboBox(this);
    m_module->setObjectName(QStringLiteral("trainingModuleFilter"));
    m_module->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_module->setMinimumContentsLength(18);
    m_module->addItem(tr("Every module"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("trainingStatusFilter"));
    m_status->addItem(tr("Any standing"), int(StatusFilter::Any));
    m_status->addItem(tr("Not complete"), int(StatusFilter::NotComplete));
    m_status->addItem(tr("Overdue or expired"), int(StatusFilter::OverdueOrExpired));
    m_status->addItem(tr("Due soon"), int(StatusFilter::DueSoon));
    m_status->addItem(tr("Not yet due"), int(StatusFilter::Pending));
    m_status->addItem(tr("Compliant"), int(StatusFilter::Compliant));
    m_within = new QSpinBox(this);
    m_within->setObjectName(QStringLiteral("trainingWithinDays"));
    m_within->setRange(1, 365);
    m_within->setValue(TrainingRules::DefaultDueSoonDays);
    m_within->setSuffix(tr(" days"));
    m_within->setToolTip(tr("Due soon and expiring mean within this many days"));
    m_asOf = new QDateEdit(this);
    m_asOf->setObjectName(QStringLiteral("trainingAsOf"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_today = Clock::today();
    m_asOf->setMaximumDate(m_today);
    m_asOf->setDate(m_today);
    m_asOf->setToolTip(tr("The end of the period: standing at the end of this day; today means now"));
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("trainingFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // No minimum beyond QDateEdit's own and no maximum but today: a start after the end is refused by name
    // (checkRange) rather than made impossible to type, so a supervisor who moves the start first loses nothing.
    m_from->setMaximumDate(m_today);
    m_from->setDate(m_today.addMonths(-DefaultMonths));
    m_from->setToolTip(tr("The start of the period: the charts over time, and what was completed or fell overdue, "
                          "from this day on"));
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("trainingRefresh"));
    m_refresh->setToolTip(tr("Read the training records again (F5)"));

    auto* what = new QHBoxLayout;
    addLabelled(what, tr("&Module:"), m_module);
    addLabelled(what, tr("S&tanding:"), m_status);
    addLabelled(what, tr("Due soon &within:"), m_within);
    what->addStretch(1);
    addLabelled(period, tr("Fr&om:"), m_from);
    addLabelled(period, tr("As o&f:"), m_asOf);
    what->addWidget(m_refresh);
    rows->addLayout(what);

    // A team and a site are one scope: choosing one clears the other, so the matrix never counts a team of another
    // site as if it were empty.
    connect(m_team, &QComboBox::activated, this, [this] {
        if (chosenId(m_team)) {
            const QSignalBlocker blocker(m_site);
            m_site->setCurrentIndex(0);
        }
        Q_EMIT readEdited();
    });
    connect(m_site, &QComboBox::activated, this, [this] {
        if (chosenId(m_site)) {
            const QSignalBlocker blocker(m_team);
            m_team->setCurrentIndex(0);
        }
        Q_EMIT readEdited();
    });
    connect(m_groupBy, &QComboBox::activated, this, &TrainingFilterBar::readEdited);
    connect(m_role, &QComboBox::activated, this, &TrainingFilterBar::readEdited);
    // Each step reads again; a newer read supersedes an older one on the worker (LatestResultRunner), so stepping
    // through days costs no waiting.
    connect(m_within, &QSpinBox::valueChanged, this, &TrainingFilterBar::readEdited);
    connect(m_asOf, &QDateEdit::dateChanged, this, [this] {
        followEnd();
        Q_EMIT readEdited();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        m_fromFollowsEnd = false;
        Q_EMIT readEdited();
    });
    connect(m_module, &QComboBox::activated, this, &TrainingFilterBar::viewEdited);
    connect(m_status, &QComboBox::activated, this, &TrainingFilterBar::viewEdited);
    connect(m_refresh, &QPushButton::clicked, this, &TrainingFilterBar::refreshRequested);
}

void TrainingFilterBar::fill(QComboBox* combo, const QString& anyText, const std::vector<ChoiceLists::Choice>& choices)
{
    const std::optional<qint64> chosen = chosenId(combo);
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(anyText);
    for (const ChoiceLists::Choice& choice : choices)
        combo->addItem(choice.label, choice.id);
    const int index = chosen ? combo->findData(*chosen) : 0;
    combo->setCurrentIndex(std::max(index, 0));
}

std::optional<qint64> TrainingFilterBar::chosenId(const QComboBox* combo)
{
    const QVariant data = combo->currentData();
    if (!data.isValid())
        return std::nullopt;
    return data.toLongLong();
}

void TrainingFilterBar::setChoices(std::vector<ChoiceLists::Choice> teams, std::vector<ChoiceLists::Choice> sites,
                                   std::vector<ChoiceLists::Choice> roles)
{
    fill(m_team, tr("Any team"), teams);
    fill(m_site, tr("Any site"), sites);
    fill(m_role, tr("Any role"), roles);
}

void TrainingFilterBar::setModules(const std::vector<TrainingFacts::Module>& modules)
{
    std::vector<ChoiceLists::Choice> choices;
    choices.reserve(modules.size());
    for (const TrainingFacts::Module& module : modules)
        choices.push_back({ module.id, tr("%1 — %2").arg(module.code, module.title) });
    fill(m_module, tr("Every module"), choices);
}

TrainingMatrix::GroupBy TrainingFilterBar::groupBy() const
{
    return TrainingMatrix::GroupBy(m_groupBy->currentData().toInt());
}

TrainingFactsReader::Scope TrainingFilterBar::scope() const
{
    if (const auto team = chosenId(m_team))
        return TrainingFactsReader::Scope::team(*team);
    if (const auto site = chosenId(m_site))
        return TrainingFactsReader::Scope::site(*site);
    return TrainingFactsReader::Scope::all();
}

std::optional<qint64> TrainingFilterBar::roleId() const
{
    return chosenId(m_role);
}

std::optional<qint64> TrainingFilterBar::moduleId() const
{
    return chosenId(m_module);
}

TrainingFilterBar::StatusFilter TrainingFilterBar::status() const
{
    return StatusFilter(m_status->currentData().toInt());
}

int TrainingFilterBar::withinDays() const
{
    return m_within->value();
}

void TrainingFilterBar::followToday()
{
    // The page may stay open past midnight: "today" (now) stays now, and a past day the supervisor chose stays theirs.
    const QDate today = Clock::today();
    if (today == m_today)
        return;
    const bool wasToday = m_asOf->date() >= m_today;
    const QSignalBlocker blocker(m_asOf);
    m_asOf->setMaximumDate(today);
    const QSignalBlocker blockFrom(m_from);
    m_from->setMaximumDate(today);
    if (wasToday)
        m_asOf->setDate(today);
    m_today = today;
    followEnd();
}

void TrainingFilterBar::followEnd()
{
    if (!m_fromFollowsEnd)
        return;
    const QSignalBlocker blocker(m_from);
    m_from->setDate(m_asOf->date().addMonths(-DefaultMonths));
}

qint64 TrainingFilterBar::fromMs() const
{
    return m_from->date().startOfDay().toMSecsSinceEpoch();
}

Status TrainingFilterBar::checkRange() const
{
    // Whole days, the end day included: [the start's midnight, the midnight after the end).
    const TimeRange range { fromMs(), m_asOf->date().addDays(1).startOfDay().toMSecsSinceEpoch() };
    if (auto valid = range.validate(TimeRange::Shown::Days); !valid)
        return valid;
    if (m_from->date() < m_asOf->date().addMonths(-MaxMonths))
        return Error(Error::Code::InvalidArgument,
                     tr("The date range %1 is longer than %2 months: choose a later start.")
                         .arg(range.describe(TimeRange::Shown::Days))
                         .arg(MaxMonths));
    return {};
}

std::optional<qint64> TrainingFilterBar::asOfMs() const
{
    const QDate day = m_asOf->date();
    if (day >= m_today)
        return std::nullopt;
    // The last instant of that day on the supervisor's clock: "as of 30 June" includes everything done on 30 June.
    return QDateTime(day.addDays(1), QTime(0, 0)).toMSecsSinceEpoch() - 1;
}

void TrainingFilterBar::showStatus(StatusFilter status)
{
    const QSignalBlocker blocker(m_status);
    m_status->setCurrentIndex(std::max(m_status->findData(int(status)), 0));
}

void TrainingFilterBar::showWithinDays(int days)
{
    const QSignalBlocker blocker(m_within);
    m_within->setValue(days);
}

void TrainingFilterBar::showEveryone()
{
    for (QComboBox* combo : { m_team, m_site, m_role }) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    const QSignalBlocker blocker(m_asOf);
    const QSignalBlocker blockFrom(m_from);
    m_today = Clock::today();
    m_asOf->setMaximumDate(m_today);
    m_asOf->setDate(m_today);
    m_from->setMaximumDate(m_today);
    m_fromFollowsEnd = true;
    followEnd();
}

void TrainingFilterBar::clearModule()
{
    const QSignalBlocker blocker(m_module);
    m_module->setCurrentIndex(0);
}

bool TrainingFilterBar::matches(StatusFilter filter, const TrainingStanding& standing)
{
    switch (filter) {
    case StatusFilter::Any:
        return true;
    case StatusFilter::NotComplete:
        return standing.required() && !standing.valid;
    case StatusFilter::OverdueOrExpired:
        return standing.state == TrainingState::Overdue || standing.state == TrainingState::Expired;
    case StatusFilter::DueSoon:
        return standing.state == TrainingState::DueSoon;
    case StatusFilter::Pending:
        return standing.state == TrainingState::Pending;
    case StatusFilter::Compliant:
        return standing.state == TrainingState::Compliant;
    }
    return true;
}

} // namespace custodian
