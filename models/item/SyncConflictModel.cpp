#include "item/SyncConflictModel.h"

#include "domain/IncidentPhases.h"
#include "domain/Vocabulary.h"
#include "item/ItemRoles.h"
#include "rules/FindingCatalogue.h"
#include "rules/FindingWorkflow.h"
#include "store/AuditNames.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace custodian {

namespace {

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

QString SyncConflictModel::keepMineRefusal(int row) const
{
    if (row < 0 || row >= int(rows().size()))
        return {};
    const auto& conflict = rows()[std::size_t(row)];
    return keepMineRefusal(conflict.kind, conflict.mine, conflict.theirs);
}

int SyncConflictModel::rowOf(qint64 conflictId) const
{
    for (int row = 0; row < int(rows().size()); ++row) {
        if (rows()[std::size_t(row)].id == conflictId)
            return row;
    }
    return -1;
}

QString SyncConflictModel::keepMineRefusal(const QString& kind, const QString& mineJson, const QString& theirsJson)
{
    if (kind != QLatin1String("finding.status"))
        return {};
    // Keep mine sends this console's status on top of the service's: the service applies it only where the
    // workflow allows that step (an escalated finding is only reopened), so an impossible one is refused here.
    const int mine = QJsonDocument::fromJson(mineJson.toUtf8()).object().value(QStringLiteral("status")).toInt();
    const int theirs = QJsonDocument::fromJson(theirsJson.toUtf8()).object().value(QStringLiteral("status")).toInt();
    if (mine < 1 || mine > 4 || theirs < 1 || theirs > 4 || mine == theirs
        || FindingWorkflow::isAllowed(FindingStatus(theirs), FindingStatus(mine)))
        return {};
    return tr("Keep mine is not possible: the finding is %1 on the central service, and a %1 finding cannot become %2. "
              "Take theirs, then change the finding again if it needs to.")
        .arg(FindingCatalogue::statusName(FindingStatus(theirs)).toLower(),
             FindingCatalogue::statusName(FindingStatus(mine)).toLower());
}

void SyncConflictModel::setConflicts(std::vector<SyncConflicts::Conflict> rows, AuditNames* names)
{
    m_people.clear();
    if (names) {
        for (const auto& row : rows) {
            for (const QString* json : { &row.mine, &row.theirs }) {
                const QString by
                    = QJsonDocument::fromJson(json->toUtf8()).object().value(QStringLiteral("by")).toString();
                if (!by.isEmpty() && !m_people.count(by))
                    m_people.emplace(by, names->person(by));
            }
        }
    }
    setRows(std::move(rows));
}

QString SyncConflictModel::personOf(const QString& who) const
{
    const auto known = m_people.find(who);
    return known == m_people.end() ? who : known->second;
}

QString SyncConflictModel::describeValue(const QString& kind, const QString& json,
                                         const std::function<QString(const QString&)>& person)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    if (object.isEmpty())
        return json;
    if (kind == QLatin1String("finding.status")) {
        const int status = object.value(QStringLiteral("status")).toInt();
        QString text = status >= 1 && status <= 4 ? FindingCatalogue::statusName(FindingStatus(status))
                                                  : tr("status %1").arg(status);
        const QString reason = object.value(QStringLiteral("reason")).toString();
        if (!reason.isEmpty())
            text += QStringLiteral(" — ") + reason;
        const QString by = object.value(QStringLiteral("by")).toString();
        if (!by.isEmpty())
            text += tr(" (by %1)").arg(person ? person(by) : by);
        return text;
    }
    if (kind == QLatin1String("detection.settings")) {
        const QJsonObject values
            = object.contains(QStringLiteral("values")) ? object.value(QStringLiteral("values")).toObject() : object;
        QStringList parts;
        for (auto it = values.begin(); it != values.end(); ++it)
            if (it->isDouble())
                parts << QStringLiteral("%1 = %2").arg(it.key()).arg(it->toInteger());
        return parts.join(QStringLiteral(", "));
    }
    if (kind == QLatin1String("incident.change"))
        return describeIncident(object);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString SyncConflictModel::describeIncident(const QJsonObject& object)
{
    auto phase = [](const QJsonValue& code) {
        const auto known = IncidentPhases::fromCode(code.toInteger());
        return known ? Vocabulary::incidentPhase(*known) : tr("phase %1").arg(code.toInteger());
    };
    auto severity = [](const QJsonValue& code) {
        const qint64 value = code.toInteger();
        return value >= 1 && value <= 4 ? toString(Severity(value)) : tr("severity %1").arg(value);
    };
    auto impact = [](const QJsonValue& code) {
        const qint64 value = code.toInteger();
        return value >= 1 && value <= 4 ? Vocabulary::incidentImpact(IncidentImpact(value)) : tr("not assessed");
    };
    auto outcome = [](const QJsonValue& code) {
        const qint64 value = code.toInteger();
        return value >= 1 && value <= 5 ? Vocabulary::incidentOutcome(IncidentOutcome(value))
                                        : tr("outcome %1").arg(value);
    };
    const QString action = object.value(QStringLiteral("action")).toString();
    if (action.isEmpty()) {
        // The service's incident, as the incidents stream carries it.
        QString text
            = tr("%1, severity %2, impact %3: “%4” (version %5)")
                  .arg(Vocabulary::sentence(phase(object.value(QStringLiteral("phase")))),
                       severity(object.value(QStringLiteral("severity"))),
                       impact(object.value(QStringLiteral("impact"))), object.value(QStringLiteral("title")).toString())
                  .arg(object.value(QStringLiteral("version")).toInteger());
        if (!object.value(QStringLiteral("closure_outcome")).isNull()
            && object.contains(QStringLiteral("closure_outcome")))
            text += tr("; closed as %1").arg(outcome(object.value(QStringLiteral("closure_outcome"))));
        return text;
    }
    const QString reason = object.value(QStringLiteral("reason")).toString();
    const QString because = reason.isEmpty() ? QString() : tr(" — %1").arg(reason);
    if (action == QLatin1String("update")) {
        QStringList parts;
        for (const QJsonValue& field : object.value(QStringLiteral("changed")).toArray()) {
            const QString name = field.toString();
            if (name == QLatin1String("severity"))
                parts << tr("severity %1").arg(severity(object.value(QStringLiteral("severity"))));
            else if (name == QLatin1String("impact"))
                parts << tr("impact %1").arg(impact(object.value(QStringLiteral("impact"))));
            else if (name == QLatin1String("title"))
                parts << tr("title “%1”").arg(object.value(QStringLiteral("title")).toString());
            else if (name == QLatin1String("description"))
                parts << tr("the description");
            else if (name == QLatin1String("owner"))
                parts << tr("the owner");
        }
        return tr("Changed %1").arg(parts.join(QStringLiteral(", ")));
    }
    if (action == QLatin1String("phase"))
        return tr("Moved to %1%2").arg(phase(object.value(QStringLiteral("to"))), because);
    if (action == QLatin1String("task"))
        return object.value(QStringLiteral("state")).toInt() == int(IncidentTaskState::Done)
            ? tr("A task marked done%1").arg(because)
            : tr("A task marked not applicable%1").arg(because);
    if (action == QLatin1String("note"))
        return tr("A note: %1").arg(object.value(QStringLiteral("text")).toString().left(200));
    if (action == QLatin1String("close"))
        return tr("Closed as %1 — %2")
            .arg(outcome(object.value(QStringLiteral("outcome"))),
                 object.value(QStringLiteral("summary")).toString().left(200));
    if (action == QLatin1String("reopen"))
        return tr("Reopened%1").arg(because);
    if (action == QLatin1String("events"))
        return tr("%n access event(s) linked", nullptr, int(object.value(QStringLiteral("events")).toArray().size()));
    if (action == QLatin1String("open"))
        return tr("Opened: “%1”").arg(object.value(QStringLiteral("title")).toString());
    return action;
}

int SyncConflictModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SyncConflictModel::text(const SyncConflicts::Conflict& row, int column) const
{
    switch (Column(column)) {
    case DetectedColumn:
        return timeText(row.detectedAt);
    case WhatColumn:
        return row.entityLabel;
    case MineColumn:
        return describeValue(row.kind, row.mine, [this](const QString& who) { return personOf(who); });
    case TheirsColumn:
        return describeValue(row.kind, row.theirs, [this](const QString& who) { return personOf(who); });
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SyncConflictModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = rows()[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: // the text again, for cut-off cells
        return text(row, index.column());
    case IdRole:
        return row.id;
    case SortKeyRole:
        return row.detectedAt;
    default:
        return {};
    }
}

QVariant SyncConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case DetectedColumn:
        return Vocabulary::timeHeader(tr("Detected"));
    case WhatColumn:
        return tr("What");
    case MineColumn:
        return tr("Mine");
    case TheirsColumn:
        return tr("Theirs");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custodian
