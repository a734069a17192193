#pragma once

#include "store/RecordAccessReader.h"
#include "ui/session/LatestResultRunner.h"

#include <QWidget>

#include <memory>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace custodian {

class WhoCouldModel;
class WhoDidModel;

class CardNumberLookup;
class Database;
class Store;

// "Who could, who did" for one customer record: the supervisor types the identifier as the customer gave it (turned
// into its keyed token at once, never kept; a card number is looked up by the central service, online, since only
// it can compute a card record's token) and a date range; the agents who held a role opening the record's data
// class in the range are listed next to the agents who accessed it, and an access without such a role stands out.
// The lists are read on a worker thread with a read-only connection of their own.
class WhoCouldWhoDidPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WhoCouldWhoDidPanel(Store* store, QWidget* parent = nullptr);
    ~WhoCouldWhoDidPanel() override;

    // What the Show button does, with the fields as given. False: refused at once (the reason is shown). True: the
    // answer (or why there is none) follows with answered().
    bool show(const QString& identifier, const QDate& from, const QDate& to);

    [[nodiscard]] QTableView* couldTable() const { return m_could; }
    [[nodiscard]] QTableView* didTable() const { return m_did; }
    [[nodiscard]] QString summary() const;

Q_SIGNALS:
    void answered();

private:
    // Starts reading the lists on the worker; false: refused (the reason is shown).
    bool read(qint64 recordId, const QString& masked, qint64 start, qint64 end);
    void finish(const Result<RecordAccessReader::Answer>& answer);

    Store* m_store;
    QLineEdit* m_identifier;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_show;
    QLabel* m_summary;
    WhoCouldModel* m_couldModel;
    WhoDidModel* m_didModel;
    QTableView* m_could;
    QTableView* m_did;
    LatestResultRunner m_reader;
    CardNumberLookup* m_cardLookup = nullptr;
    qint64 m_pendingStart = 0; // the range of a look-up in progress
    qint64 m_pendingEnd = 0;
};

} // namespace custodian
