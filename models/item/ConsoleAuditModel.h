#pragma once

#include "domain/Result.h"
#include "store/ConsoleAuditLog.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace custodian {

class AuditNames;
class Database;

// The console audit for people: one row per entry of a filter, newest first, with a label for the action and a
// one-line summary of its JSON detail (the reason of a reveal, rows/format/file of an export, old → new status of
// a finding, ...), people and things named rather than given by login or id (AuditNames). The first page comes with
// reload(); older pages of PageSize entries arrive through canFetchMore()/fetchMore() as the view scrolls. It reads on
// the calling (GUI) thread from the main connection because the chain is small (thousands of entries): a page is a
// keyset read by primary key and the count a scan of a few thousand rows, a few milliseconds at most. The chain's
// replay (an HMAC per entry) belongs on a worker (ConsoleAuditLog::verify). No SQL here.
class ConsoleAuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeqColumn, TimeColumn, ActorColumn, ActionColumn, TargetColumn, DetailColumn, ColumnCount };

    // The groups of actions the audit page filters by.
    enum class Kind { All, Session, Reveals, Exports, Findings, SavedSearches, KeyChanges, RolesAndReviews };

    static constexpr int PageSize = 500;

    explicit ConsoleAuditModel(QObject* parent = nullptr);

    // nullptr (the store is locked): the model empties. The database must outlive its use here.
    void setDatabase(Database* database);
    void setFilter(const ConsoleAuditLog::Filter& filter);
    [[nodiscard]] const ConsoleAuditLog::Filter& filter() const { return m_filter; }
    // Reads the newest page of the filter and the number of entries it matches.
    [[nodiscard]] Status reload();
    void clear();

    // Entries the filter matches (as of the last reload), loaded or not.
    [[nodiscard]] qint64 totalCount() const { return m_total; }
    [[nodiscard]] const ConsoleAuditLog::Entry* entry(int row) const;
    [[nodiscard]] int rowOfSeq(qint64 seq) const;
    // Where a replay of the chain found it broken (0: intact): that entry and the ones after it are shown in red,
    // because the chain no longer vouches for them.
    void setFirstBadSeq(qint64 seq);
    [[nodiscard]] qint64 firstBadSeq() const { return m_firstBadSeq; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // The action prefixes of a group (empty for All).
    [[nodiscard]] static QStringList actionPrefixes(Kind kind);
    [[nodiscard]] static QString kindName(Kind kind);
    // "record.reveal" -> "Record revealed"; an unknown action is shown as it is.
    [[nodiscard]] static QString actionLabel(const QString& action);
    // "record:42" -> "Record 42"; others as they are.
    [[nodiscard]] static QString targetLabel(const QString& target);
    // The same with names: "Record ****0326 (account)", "Payments agent for Trisha Lim (E105229)". An assignment
    // made here and not yet synced has a temporary negative id, which means nothing to a reader: it is said so.
    [[nodiscard]] static QString targetLabel(const ConsoleAuditLog::Entry& entry, AuditNames& names);
    // One line from an entry's JSON detail, for the table; with `names`, agents and roles are named rather than
    // given by id and code.
    [[nodiscard]] static QString detailSummary(const QString& action, const QString& detail,
                                               AuditNames* names = nullptr);

    // What row `row` shows for who acted ("Pedro Soares") and what it acted on, names resolved.
    [[nodiscard]] QString actorText(int row) const;
    [[nodiscard]] QString targetText(int row) const;

Q_SIGNALS:
    // An older page could not be read (the first page's failure is reload()'s result).
    void loadFailed(const QString& message);

private:
    Database* m_database = nullptr;
    ConsoleAuditLog::Filter m_filter;
    std::vector<ConsoleAuditLog::Entry> m_rows;
    // What each row shows beside its entry, names resolved once per page.
    struct Shown
    {
        QString actor;
        QString target;
        QString summary;
    };
    [[nodiscard]] static Shown describe(const ConsoleAuditLog::Entry& entry, AuditNames& names);
    std::vector<Shown> m_shown;
    qint64 m_total = 0;
    qint64 m_firstBadSeq = 0;
    bool m_more = false;
    bool m_changing = false; // a reset or an insertion is under way
};

} // namespace custodian
