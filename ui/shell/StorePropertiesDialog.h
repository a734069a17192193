#pragma once

#include "store/StoreStats.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace custodian {

class StoreOverviewModel;

// Store → Properties: what the unlocked store holds — rows per kind of data — and the store's file sizes, schema
// version and data-key generation. It shows a StoreStats snapshot that StoreSession collected on a worker (counting
// 10 M access events takes a while); it runs no query itself. The window closes it on lock.
class StorePropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StorePropertiesDialog(QWidget* parent = nullptr);

    void showLoading();
    void showSnapshot(const StoreStats::Snapshot& snapshot);
    void showError(const QString& message);

private:
    StoreOverviewModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
};

} // namespace custodian
