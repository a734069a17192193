#pragma once

#include <QWidget>

class QBoxLayout;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QToolButton;

namespace custodian {

// The access page's filter bar, three rows that fit a 1 280-pixel screen beside the navigation: the time range,
// full-text search, saved searches and export; who and where (agent, team, site, workstation, customer record); and
// what (data class, action, outcome, channel, detection) with "Clear". It only builds and lays out the controls and
// turns its buttons and menus into signals: the page owns the filter, reads the controls into it and shows it in
// them, because that needs the store's lookups (agents, teams, workstations) and the record field's keyed look-up.
class AccessFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit AccessFilterBar(QWidget* parent = nullptr);

    [[nodiscard]] QComboBox* timePreset() const { return m_timePreset; }
    [[nodiscard]] QDateTimeEdit* from() const { return m_from; }
    [[nodiscard]] QDateTimeEdit* to() const { return m_to; }
    [[nodiscard]] QLineEdit* search() const { return m_search; }
    [[nodiscard]] QComboBox* savedSearches() const { return m_savedSearches; }
    [[nodiscard]] QToolButton* exportButton() const { return m_exportButton; }
    [[nodiscard]] QLineEdit* agent() const { return m_agent; }
    [[nodiscard]] QComboBox* team() const { return m_team; }
    [[nodiscard]] QComboBox* site() const { return m_site; }
    [[nodiscard]] QLineEdit* record() const { return m_record; }
    [[nodiscard]] QComboBox* dataClass() const { return m_dataClass; }
    [[nodiscard]] QComboBox* action() const { return m_action; }
    [[nodiscard]] QComboBox* outcome() const { return m_outcome; }
    [[nodiscard]] QComboBox* channel() const { return m_channel; }
    [[nodiscard]] QLineEdit* workstation() const { return m_workstation; }
    [[nodiscard]] QComboBox* detection() const { return m_detection; }

Q_SIGNALS:
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

    QComboBox* m_timePreset = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_savedSearches = nullptr;
    QToolButton* m_exportButton = nullptr;
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
