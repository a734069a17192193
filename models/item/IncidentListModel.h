#pragma once

#include "item/RowTableModel.h"
#include "rules/IncidentSla.h"
#include "store/IncidentListReader.h"

namespace custodian {

// The Incidents page's list: one row per incident the filter selected (IncidentListReader, read on a worker), with its
// SLA state and GDPR clock as of `now` (IncidentSla, BreachNotificationClock). A breached or due-soon SLA and a running
// or late clock say so in words and carry a ToneRole, so that they do not rely on colour. No SQL here.
class IncidentListModel : public RowTableModel<IncidentListReader::Row>
{
    Q_OBJECT
public:
    enum Column {
        ReferenceColumn,
        TitleColumn,
        SeverityColumn,
        // The clocks next to the severity, so that a 1 280 px screen shows them beside the detail.
        SlaColumn,
        GdprColumn,
        PhaseColumn, // with its CSF function
        OwnerColumn,
        CategoryColumn,
        AgeColumn,
        DueColumn,
        ColumnCount
    };

    explicit IncidentListModel(QObject* parent = nullptr);

    // The rows and the instant their ages and clocks are read at.
    void setIncidents(std::vector<IncidentListReader::Row> rows, qint64 now);
    void setSlaWindows(const IncidentSla::Windows& windows) { m_windows = windows; }

    [[nodiscard]] const IncidentListReader::Row* incident(int row) const;
    [[nodiscard]] int rowOf(qint64 incidentId) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    qint64 m_now = 0;
    IncidentSla::Windows m_windows;
};

} // namespace custodian
