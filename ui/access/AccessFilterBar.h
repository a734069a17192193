#pragma once

#include "domain/AccessFilter.h"
#include "store/AccessLookups.h"
#include "store/SavedSearchRepository.h"

#include <QWidget>

#include <optional>
#include <vector>

class QBoxLayout;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QTimer;

namespace custodian {

// The access page's filter bar, three rows that fit a 1 280-pixel screen beside the navigation: the time range,
// full-text search, saved searches and export; who and where (agent, team, site, workstation, customer record); and
// what (data class, action, outcome, channel, detection) with "Clear". It shows a filter in its controls and reads
// one back, naming agents and workstations by the store's small tables, and tells the page when the user changed
// it. The page owns the filter and keeps what needs the store itself: the record field and customer identifiers
// typed elsewhere are looked up by their keyed token, and the finding whose evidence is shown has no control.
class AccessFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit AccessFilterBar(QWidget* parent = nullptr);

    // The agents, teams, sites and workstations to offer and to name filters by; set once, when the store is open.
    void setChoices(AccessLookups lookups);
    // Fills the controls without emitting edited(). The range and the record field are shown apart: showRange(),
    // showRecord().
    void showFilter(const AccessFilter& filter);
    // The range a filter stands for now, in ms since the epoch: the page resolves presets against its clock.
    void showRange(qint64 fromMs, qint64 toMs);
    // What the controls say, but for the record and the finding, which only the page knows. An agent or a
    // workstation that names none of the store's is searched for as text instead.
    [[nodiscard]] AccessFilter filter() const;

    // The record field: what the user typed (the page looks it up), or a record the page shows in it.
    [[nodiscard]] QString recordText() const;
    void showRecord(const QString& text);
    // As the user's own clearing would, unlike showRecord(QString()).
    void clearRecord();
    // Removes whatever looks like a whole customer identifier from the search, agent and workstation fields and
    // returns it for the page to look up: typed in clear, it must never land in a filter.
    [[nodiscard]] QStringList takeIdentifiers();

    void setSavedSearches(const std::vector<SavedSearchRepository::SavedSearch>& searches);
    void selectSavedSearch(qint64 id);
    // The saved search chosen in the list, if any.
    [[nodiscard]] std::optional<qint64> chosenSavedSearch() const;
    [[nodiscard]] QString chosenSavedSearchName() const;

    void focusSearch();

Q_SIGNALS:
    // The user changed the filter: at once for a choice or a finished field, a moment after the last keystroke or
    // step of the range.
    void edited();
    // The user finished typing in the record field.
    void recordEdited();
    void savedSearchChosen(qint64 id);
    void saveSearchRequested();
    void deleteSavedSearchRequested();
    // `format`: "csv" or "pdf".
    void exportRequested(const QString& format);
    // Every filter except the time range is to be cleared.
    void clearRequested();

private:
    void buildRangeRow(QBoxLayout* rows);
    void createWhoControls();
    void buildWhoAndWhatRows(QBoxLayout* rows);
    void connectEdits();
    void editFinished();
    void rangeEdited();

    AccessLookups m_lookups;
    // True while the bar sets its controls itself: their change signals are then not the user's edits.
    bool m_settingControls = false;
    // Typing in the search and stepping through the range read the filter once the user pauses.
    QTimer* m_debounce = nullptr;
    QComboBox* m_timePreset = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_savedSearches = nullptr;
    QLineEdit* m_agent = nullptr;
    QComboBox* m_team = nullptr;
    QComboBox* m_site = nullptr;
    QLineEdit* m_record = nullptr;
    QComboBox* m_dataClass = nullptr;
    QComboBox* m_action = nullptr;
    QComboBox* m_outcome = nullptr;
    QComboBox* m_channel = nullptr;
    QLineEdit* m_workstation = nullptr;
    QComboBox* m_detection = nullptr;
};

} // namespace custodian
