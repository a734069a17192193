#pragma once

#include "store/StoreStats.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace custodian {

class StoreOverviewModel;

// What the unlocked store holds: counts per kind of data, and the store's size, schema and key generation.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget* parent = nullptr);

    void showLoading();
    void showSnapshot(const StoreStats::Snapshot& snapshot);
    void showError(const QString& message);
    void clear();

private:
    StoreOverviewModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
};

} // namespace custodian
