#pragma once

#include "domain/Result.h"
#include "domain/TrainingFacts.h"
#include "domain/TrainingStanding.h"
#include "rules/TrainingMatrix.h"
#include "store/ChoiceLists.h"
#include "store/TrainingFactsReader.h"

#include <QDate>
#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QPushButton;
class QSpinBox;

namespace custodian {

// The Training page's filters, two rows that fit a 1 280-pixel screen beside the navigation: how the matrix groups
// (team, site, role), whom it counts (a team, a site, the holders of a role) and the period; which module and which
// standing the lists show, and the due-soon window. The period is a date range whose END is the instant standings
// are decided at ("as of" a past day's end, or now) and whose START (12 months before the end unless chosen) bounds
// the history shown: the charts over time, what was completed and what fell overdue in the period. Two signals,
// because they cost differently: readEdited() needs the facts read again (scope, end) or the matrix rebuilt
// (grouping, role, window, start), on a worker; viewEdited() only filters what is on screen (module, standing).
class TrainingFilterBar : public QWidget
{
    Q_OBJECT
public:
    // Which standings the lists show.
    enum class StatusFilter { Any, NotComplete, OverdueOrExpired, DueSoon, Pending, Compliant };

    explicit TrainingFilterBar(QWidget* parent = nullptr);

    // Teams, sites and roles to offer, from the store's small tables; keeps what is chosen when it is still there.
    void setChoices(std::vector<ChoiceLists::Choice> teams, std::vector<ChoiceLists::Choice> sites,
                    std::vector<ChoiceLists::Choice> roles);
    // The modules of the catalogue (known once the facts are read); keeps the chosen one when it is still there.
    void setModules(const std::vector<TrainingFacts::Module>& modules);

    [[nodiscard]] TrainingMatrix::GroupBy groupBy() const;
    [[nodiscard]] TrainingFactsReader::Scope scope() const;
    [[nodiscard]] std::optional<qint64> roleId() const;
    [[nodiscard]] std::optional<qint64> moduleId() const;
    [[nodiscard]] StatusFilter status() const;
    [[nodiscard]] int withinDays() const;
    // The end of the chosen day (console time), or nothing for "now" (today chosen).
    [[nodiscard]] std::optional<qint64> asOfMs() const;
    // The start of the period: the first instant of the chosen day (console time).
    [[nodiscard]] qint64 fromMs() const;
    // Refuses a period that is no range (starting after its end, before 1970) or longer than MaxMonths, with a
    // message that names it; the page then keeps what it shows and the fields keep what was typed.
    [[nodiscard]] Status checkRange() const;
    // The period unless chosen otherwise, and the longest one: each month of the charts decides every standing
    // again (about half a second per month at 20 000 agents × 40 modules, on a worker), and the demo keeps three
    // years of history.
    static constexpr int DefaultMonths = 12;
    static constexpr int MaxMonths = 36;
    // Moves "today" on when the day has changed since it was shown (before a refresh).
    void followToday();

    // For the Today page's numbers and tests: show exactly these without emitting the signals.
    void showStatus(StatusFilter status);
    void showWithinDays(int days);
    // Everyone, now, over the default period.
    void showEveryone();
    void clearModule();

    [[nodiscard]] static bool matches(StatusFilter filter, const TrainingStanding& standing);

Q_SIGNALS:
    void readEdited();
    void viewEdited();
    void refreshRequested();

private:
    static void fill(QComboBox* combo, const QString& anyText, const std::vector<ChoiceLists::Choice>& choices);
    [[nodiscard]] static std::optional<qint64> chosenId(const QComboBox* combo);
    // Moves the start to DefaultMonths before the end, if it follows the end.
    void followEnd();

    QComboBox* m_groupBy = nullptr;
    QComboBox* m_team = nullptr;
    QComboBox* m_site = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_module = nullptr;
    QComboBox* m_status = nullptr;
    QSpinBox* m_within = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_asOf = nullptr;
    QPushButton* m_refresh = nullptr;
    QDate m_today; // the day the date field takes for "now"
    // The start stays DefaultMonths before the end until the supervisor chooses a start of their own.
    bool m_fromFollowsEnd = true;
};

} // namespace custodian
