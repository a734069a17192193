#include "item/ConsoleAuditModel.h"

#include "domain/Vocabulary.h"
#include "item/ItemRoles.h"
#include "rules/FindingCatalogue.h"
#include "store/AuditNames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <limits>
#include <utility>

namespace custodian {

namespace {
constexpr int MaxSummaryLength = 200;

QString localTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString utcIso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString oneLine(const QString& text)
{
    QString line = text.simplified();
    if (line.size() > MaxSummaryLength)
        line = line.left(MaxSummaryLength - 1) + QChar(0x2026);
    return line;
}

// The status codes FindingWorkflow writes into the detail.
QString findingStatusName(const QString& code)
{
    static const std::pair<const char*, FindingStatus> codes[] = {
        { "open", FindingStatus::Open },
        { "acknowledged", FindingStatus::Acknowledged },
        { "dismissed", FindingStatus::Dismissed },
        { "escalated", FindingStatus::Escalated },
    };
    for (const auto& [name, status] : codes) {
        if (code == QLatin1String(name))
            return FindingCatalogue::statusName(status);
    }
    return code;
}

QString findingKindTitle(const QString& code)
{
    for (const FindingCatalogue::Entry& entry : FindingCatalogue::all()) {
        if (code == QLatin1String(entry.code))
            return FindingCatalogue::title(entry.kind);
    }
    return code;
}

QString scalarText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QCoreApplication::translate("ConsoleAuditModel", "yes")
                              : QCoreApplication::translate("ConsoleAuditModel", "no");
    case QJsonValue::Double: {
        // Integers stay exact (event ids go past 2^53); others as the double they are.
        constexpr qint64 NotAnInteger = std::numeric_limits<qint64>::min();
        const qint64 integer = value.toInteger(NotAnInteger);
        return integer != NotAnInteger ? QString::number(integer) : QString::number(value.toDouble());
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QStringLiteral("[…]");
    case QJsonValue::Object:
        return QStringLiteral("{…}");
    default:
        return {};
    }
}

// Detail keys that hold an instant in milliseconds (valid_from, valid_until, new_valid_until, due_at, …).
bool isInstant(const QString& key, const QJsonValue& value)
{
    return value.isDouble()
        && (key.endsWith(QLatin1String("_at")) || key == QLatin1String("at") || key.startsWith(QLatin1String("valid_"))
            || key == QLatin1String("new_valid_until"));
}

// key: value, key: value — for actions this model does not know. Instants are written as dates with their zone, not
// as milliseconds.
QString genericSummary(const QJsonObject& object)
{
    QStringList parts;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString value = isInstant(it.key(), it.value())
            ? QDateTime::fromMSecsSinceEpoch(it->toInteger()).toString(QStringLiteral("yyyy-MM-dd HH:mm t"))
            : scalarText(it.value());
        parts << QStringLiteral("%1: %2").arg(it.key(), value);
    }
    return parts.join(QLatin1String(", "));
}

// Marks a change to the rows as in progress for its whole duration, signals included.
class ChangeGuard
{
public:
    explicit ChangeGuard(bool& flag)
        : m_flag(flag)
    {
        m_flag = true;
    }
    ~ChangeGuard() { m_flag = false; }
    ChangeGuard(const ChangeGuard&) = delete;
    ChangeGuard& operator=(const ChangeGuard&) = delete;

private:
    bool& m_flag;
};
} // namespace

ConsoleAuditModel::ConsoleAuditModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ConsoleAuditModel::setDatabase(Database* database)
{
    m_database = database;
    if (!m_database)
        clear();
}

void ConsoleAuditModel::setFilter(const ConsoleAuditLog::Filter& filter)
{
    m_filter = filter;
}

Status ConsoleAuditModel::reload()
{
    if (!m_database) {
        clear();
        return {};
    }
    ConsoleAuditLog log(*m_database);
    auto total = log.count(m_filter);
    if (!total)
        return total.error();
    auto rows = log.page(m_filter, std::nullopt, PageSize + 1);
    if (!rows)
        return rows.error();
    const ChangeGuard guard(m_changing);
    beginResetModel();
    m_rows = std::move(rows).value();
    m_more = m_rows.size() > std::size_t(PageSize);
    if (m_more)
        m_rows.pop_back();
    AuditNames names(*m_database);
    m_shown.clear();
    m_shown.reserve(m_rows.size());
    for (const auto& entry : m_rows)
        m_shown.push_back(describe(entry, names));
    m_total = *total;
    endResetModel();
    return {};
}

void ConsoleAuditModel::clear()
{
    m_total = 0;
    m_more = false;
    m_firstBadSeq = 0;
    if (m_rows.empty())
        return;
    const ChangeGuard guard(m_changing);
    beginResetModel();
    m_rows.clear();
    m_shown.clear();
    endResetModel();
}

QString ConsoleAuditModel::actorText(int row) const
{
    return row >= 0 && row < int(m_shown.size()) ? m_shown[std::size_t(row)].actor : QString();
}

QString ConsoleAuditModel::targetText(int row) const
{
    return row >= 0 && row < int(m_shown.size()) ? m_shown[std::size_t(row)].target : QString();
}

ConsoleAuditModel::Shown ConsoleAuditModel::describe(const ConsoleAuditLog::Entry& entry, AuditNames& names)
{
    return { names.actor(entry.actor), targetLabel(entry, names), detailSummary(entry.action, entry.detail, &names) };
}

const ConsoleAuditLog::Entry* ConsoleAuditModel::entry(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int ConsoleAuditModel::rowOfSeq(qint64 seq) const
{
    // Newest first: seq falls along the rows.
    auto it = std::lower_bound(m_rows.begin(), m_rows.end(), seq,
                               [](const ConsoleAuditLog::Entry& entry, qint64 value) { return entry.seq > value; });
    return it != m_rows.end() && it->seq == seq ? int(it - m_rows.begin()) : -1;
}

void ConsoleAuditModel::setFirstBadSeq(qint64 seq)
{
    if (seq == m_firstBadSeq)
        return;
    m_firstBadSeq = seq;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), { ToneRole });
}

int ConsoleAuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConsoleAuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ConsoleAuditModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_database && m_more;
}

void ConsoleAuditModel::fetchMore(const QModelIndex& parent)
{
    // Called again from a slot of the reset or insertion being announced (QAbstractItemModelTester does): a fetch
    // now would nest a change inside another.
    if (m_changing || !canFetchMore(parent) || m_rows.empty())
        return;
    ConsoleAuditLog log(*m_database);
    auto rows = log.page(m_filter, m_rows.back().seq, PageSize + 1);
    if (!rows) {
        m_more = false;
        Q_EMIT loadFailed(rows.error().message());
        return;
    }
    std::vector<ConsoleAuditLog::Entry>& older = *rows;
    m_more = older.size() > std::size_t(PageSize);
    if (m_more)
        older.pop_back();
    if (older.empty())
        return;
    const int first = int(m_rows.size());
    const ChangeGuard guard(m_changing);
    beginInsertRows({}, first, first + int(older.size()) - 1);
    AuditNames names(*m_database);
    for (auto& entry : older) {
        m_shown.push_back(describe(entry, names));
        m_rows.push_back(std::move(entry));
    }
    endInsertRows();
}

QVariant ConsoleAuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConsoleAuditLog::Entry& entry = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeqColumn:
            return entry.seq;
        case TimeColumn:
            return localTime(entry.atMs);
        case ActorColumn:
            return m_shown[std::size_t(index.row())].actor;
        case ActionColumn:
            return actionLabel(entry.action);
        case TargetColumn:
            return m_shown[std::size_t(index.row())].target;
        case DetailColumn:
            return m_shown[std::size_t(index.row())].summary;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return utcIso(entry.atMs);
        case ActorColumn: // the login as the chain recorded it
            return entry.actor;
        case ActionColumn:
            return entry.action;
        case TargetColumn:
            return entry.target;
        case DetailColumn:
            return entry.detail;
        default:
            return {};
        }
    case ToneRole:
        if (m_firstBadSeq > 0 && entry.seq >= m_firstBadSeq)
            return QVariant::fromValue(CellTone::Error);
        return QVariant::fromValue(CellTone::Normal);
    case Qt::TextAlignmentRole:
        return index.column() == SeqColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case IdRole:
        return entry.seq;
    case SortKeyRole:
        switch (index.column()) {
        case SeqColumn:
            return entry.seq;
        case TimeColumn:
            return entry.atMs;
        case ActorColumn:
            return entry.actor;
        case ActionColumn:
            return entry.action;
        case TargetColumn:
            return entry.target;
        case DetailColumn:
            return entry.detail;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ConsoleAuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeqColumn:
        return tr("#");
    case TimeColumn:
        return Vocabulary::timeHeader(tr("Time"));
    case ActorColumn:
        return tr("Actor");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

QStringList ConsoleAuditModel::actionPrefixes(Kind kind)
{
    switch (kind) {
    case Kind::All:
        return {};
    case Kind::Session:
        return { QStringLiteral("unlock"), QStringLiteral("lock") };
    case Kind::Reveals:
        return { QStringLiteral("record.") };
    case Kind::Exports:
        return { QStringLiteral("export") };
    case Kind::Findings:
        return { QStringLiteral("finding.") };
    case Kind::SavedSearches:
        return { QStringLiteral("search.") };
    case Kind::KeyChanges:
        return { QStringLiteral("passphrase."), QStringLiteral("key.") };
    case Kind::RolesAndReviews:
        return { QStringLiteral("assignment."), QStringLiteral("review.") };
    }
    return {};
}

QString ConsoleAuditModel::kindName(Kind kind)
{
    switch (kind) {
    case Kind::All:
        return tr("All actions");
    case Kind::Session:
        return tr("Unlock / lock");
    case Kind::Reveals:
        return tr("Reveals");
    case Kind::Exports:
        return tr("Exports");
    case Kind::Findings:
        return tr("Findings");
    case Kind::SavedSearches:
        return tr("Saved searches");
    case Kind::KeyChanges:
        return tr("Key changes");
    case Kind::RolesAndReviews:
        return tr("Roles and reviews");
    }
    return {};
}

QString ConsoleAuditModel::actionLabel(const QString& action)
{
    static const struct
    {
        const char* action;
        const char* label;
    } labels[] = {
        { "store.created", QT_TR_NOOP("Store created") },
        { "unlock", QT_TR_NOOP("Unlocked") },
        { "unlock.failed", QT_TR_NOOP("Unlock failed") },
        { "lock", QT_TR_NOOP("Locked") },
        { "record.reveal", QT_TR_NOOP("Identifier revealed") },
        { "record.reveal.failed", QT_TR_NOOP("Reveal failed") },
        { "record.reveal.refused", QT_TR_NOOP("Reveal refused by the central service") },
        { "export", QT_TR_NOOP("Exported") },
        { "finding.status", QT_TR_NOOP("Finding status changed") },
        { "search.save", QT_TR_NOOP("Search saved") },
        { "search.delete", QT_TR_NOOP("Search deleted") },
        { "passphrase.changed", QT_TR_NOOP("Passphrase changed") },
        { "key.rotated", QT_TR_NOOP("Data key rotated") },
        { "demo.seeded", QT_TR_NOOP("Demo data added") },
        { "assignment.grant", QT_TR_NOOP("Role granted") },
        { "assignment.request", QT_TR_NOOP("Role requested") },
        { "assignment.approve", QT_TR_NOOP("Role request approved") },
        { "assignment.reject", QT_TR_NOOP("Role request rejected") },
        { "assignment.revoke", QT_TR_NOOP("Role revoked") },
        { "assignment.shorten", QT_TR_NOOP("Role validity shortened") },
        { "assignment.expired", QT_TR_NOOP("Role expired") },
        { "review.create", QT_TR_NOOP("Access review started") },
        { "review.decide", QT_TR_NOOP("Review decision") },
        { "review.close", QT_TR_NOOP("Access review closed") },
        { "review.export", QT_TR_NOOP("Review report exported") },
        { "incident.breach.aware", QT_TR_NOOP("Personal-data breach: aware at") },
        { "incident.breach.withdraw", QT_TR_NOOP("Personal-data breach withdrawn") },
        { "incident.breach.notify", QT_TR_NOOP("Breach notified to the authority") },
        { "incident.breach.subjects", QT_TR_NOOP("Breach: data subjects decision") },
    };
    for (const auto& label : labels) {
        if (action == QLatin1String(label.action))
            return tr(label.label);
    }
    return action;
}

QString ConsoleAuditModel::targetLabel(const QString& target)
{
    static const struct
    {
        const char* prefix;
        const char* label;
    } kinds[] = {
        { "record:", QT_TR_NOOP("Record %1") },
        { "finding:", QT_TR_NOOP("Finding %1") },
        { "saved_search:", QT_TR_NOOP("Saved search %1") },
        { "assignment:", QT_TR_NOOP("Assignment %1") },
        { "review:", QT_TR_NOOP("Access review %1") },
        { "review_item:", QT_TR_NOOP("Review item %1") },
    };
    for (const auto& kind : kinds) {
        const QLatin1String prefix(kind.prefix);
        if (target.startsWith(prefix))
            return tr(kind.label).arg(target.mid(prefix.size()));
    }
    if (target == QLatin1String("access"))
        return tr("Access events");
    if (target == QLatin1String("training"))
        return tr("Training evidence");
    if (target == QLatin1String("breach_register"))
        return tr("Breach register");
    return target;
}

QString ConsoleAuditModel::targetLabel(const ConsoleAuditLog::Entry& entry, AuditNames& names)
{
    const QString kind = entry.target.section(QLatin1Char(':'), 0, 0);
    bool numeric = false;
    const qint64 id = entry.target.section(QLatin1Char(':'), 1).toLongLong(&numeric);
    if (!numeric)
        return targetLabel(entry.target);
    if (kind == QLatin1String("record"))
        return tr("Record %1").arg(names.record(id));
    if (kind != QLatin1String("assignment") && kind != QLatin1String("review_item"))
        return targetLabel(entry.target);
    // Assignments and review items say whose role they are about; the detail names the agent and the role.
    const QJsonObject detail = QJsonDocument::fromJson(entry.detail.toUtf8()).object();
    const qint64 agent = detail.value(QLatin1String("agent_id")).toInteger();
    const QString role = detail.value(QLatin1String("role")).toString();
    if (!agent || role.isEmpty())
        return id < 0 ? tr("Assignment not yet synced") : targetLabel(entry.target);
    const QString what = tr("%1 for %2").arg(names.role(role), names.agent(agent));
    if (kind == QLatin1String("review_item"))
        return tr("Review item %1: %2").arg(id).arg(what);
    // A negative id is the console's own until the central service numbers the assignment (RoleAssignmentRepository).
    return id < 0 ? tr("%1 (not yet synced)").arg(what) : tr("%1 (assignment %2)").arg(what).arg(id);
}

QString ConsoleAuditModel::detailSummary(const QString& action, const QString& detail, AuditNames* names)
{
    if (detail.trimmed().isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(detail.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return oneLine(detail);
    const QJsonObject object = document.object();
    const QString reason = object.value(QLatin1String("reason")).toString();

    if (action == QLatin1String("record.reveal") || action == QLatin1String("record.reveal.failed")
        || action == QLatin1String("record.reveal.refused")) {
        QStringList parts;
        parts << tr("Reason: %1").arg(reason);
        if (object.contains(QLatin1String("event")))
            parts << tr("event %1").arg(scalarText(object.value(QLatin1String("event"))));
        if (object.value(QLatin1String("via")).toString() == QLatin1String("central"))
            parts << tr("by the central service (reveal %1)")
                         .arg(scalarText(object.value(QLatin1String("central_reveal"))));
        if (const QString failure = object.value(QLatin1String("error")).toString(); !failure.isEmpty())
            parts << failure;
        return oneLine(parts.join(QStringLiteral(" · ")));
    }
    if (action == QLatin1String("export")) {
        QStringList parts;
        if (object.contains(QLatin1String("rows")))
            parts << tr("%1 rows").arg(QLocale().toString(object.value(QLatin1String("rows")).toInteger()));
        if (const QString format = object.value(QLatin1String("format")).toString(); !format.isEmpty())
            parts << format.toUpper();
        if (const QString file = object.value(QLatin1String("file")).toString(); !file.isEmpty())
            parts << file;
        return oneLine(parts.join(QStringLiteral(" · ")));
    }
    if (action == QLatin1String("finding.status")) {
        QString text
            = QStringLiteral("%1 → %2").arg(findingStatusName(object.value(QLatin1String("old_status")).toString()),
                                            findingStatusName(object.value(QLatin1String("new_status")).toString()));
        // An escalation says whom it went to (FindingWorkflow::escalate).
        if (const QString to = object.value(QLatin1String("escalated_to")).toString(); !to.isEmpty())
            text += tr(" (to %1)").arg(to);
        if (!reason.isEmpty())
            text += QStringLiteral(": ") + reason;
        if (const QString kind = object.value(QLatin1String("kind")).toString(); !kind.isEmpty())
            text += QStringLiteral(" · ") + findingKindTitle(kind);
        return oneLine(text);
    }
    if (action == QLatin1String("lock")) {
        if (reason == QLatin1String("idle"))
            return tr("After inactivity (auto-lock)");
        if (reason == QLatin1String("manual"))
            return tr("On demand");
        if (reason == QLatin1String("shutdown"))
            return tr("Console closed");
        return oneLine(tr("Reason: %1").arg(reason));
    }
    if (action == QLatin1String("unlock") || action == QLatin1String("unlock.failed")) {
        if (reason == QLatin1String("wrong passphrase"))
            return tr("Wrong passphrase");
        if (reason == QLatin1String("store created"))
            return tr("Right after the store was created");
        if (!reason.isEmpty())
            return oneLine(tr("Reason: %1").arg(reason));
    }
    if (action == QLatin1String("search.save") && object.contains(QLatin1String("name")))
        return oneLine(tr("“%1”").arg(object.value(QLatin1String("name")).toString()));
    if (action == QLatin1String("key.rotated") && object.contains(QLatin1String("generation")))
        return tr("Key generation %1").arg(scalarText(object.value(QLatin1String("generation"))));
    if (action == QLatin1String("passphrase.changed")) {
        if (object.value(QLatin1String("via")).toString() == QLatin1String("recovery_code"))
            return tr("With the recovery code");
        if (object.value(QLatin1String("recorded_at_unlock")).toBool())
            return tr("Recorded at the next unlock (the change was interrupted before it was audited)");
    }
    if (action == QLatin1String("demo.seeded") && object.contains(QLatin1String("events")))
        return tr("%1 events up to %2, seed %3")
            .arg(QLocale().toString(object.value(QLatin1String("events")).toInteger()),
                 object.value(QLatin1String("end")).toString(), scalarText(object.value(QLatin1String("seed"))));
    if (names) {
        // Ids and codes a reader cannot look up: the agent and the role by name, the assignment already in the target.
        QJsonObject named = object;
        if (const qint64 agent = named.value(QLatin1String("agent_id")).toInteger(); agent) {
            named.remove(QLatin1String("agent_id"));
            named.insert(QLatin1String("agent"), names->agent(agent));
        }
        if (const QString role = named.value(QLatin1String("role")).toString(); !role.isEmpty())
            named.insert(QLatin1String("role"), names->role(role));
        named.remove(QLatin1String("assignment_id"));
        return oneLine(genericSummary(named));
    }
    return oneLine(genericSummary(object));
}

} // namespace custodian
