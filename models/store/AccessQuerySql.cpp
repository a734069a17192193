#include "store/AccessQuerySql.h"

namespace custodian {

QStringList AccessQuerySql::rowConditions(const AccessQuery& q, Driven driven)
{
    QStringList where;
    const auto codes = [&where](const char* column, const QList<int>& values) {
        if (!values.isEmpty())
            where << QStringLiteral("+e.%1 IN (%2)").arg(QLatin1String(column), list(values));
    };
    codes("data_class", q.dataClasses);
    codes("action", q.actions);
    codes("outcome", q.outcomes);
    codes("channel", q.channels);
    if (q.agents && driven != Driven::Agents)
        where << QStringLiteral("+e.agent_id IN (%1)").arg(list(*q.agents));
    if (q.records && driven != Driven::Records)
        where << QStringLiteral("+e.record_id IN (%1)").arg(list(*q.records));
    if (q.workstations)
        where << QStringLiteral("+e.workstation_id IN (%1)").arg(list(*q.workstations));
    if (q.events && driven != Driven::Events)
        where << QStringLiteral("+e.id IN (%1)").arg(list(*q.events));
    if (q.text) {
        QStringList any;
        if (!q.text->agents.empty())
            any << QStringLiteral("+e.agent_id IN (%1)").arg(list(q.text->agents));
        if (!q.text->records.empty())
            any << QStringLiteral("+e.record_id IN (%1)").arg(list(q.text->records));
        if (!q.text->workstations.empty())
            any << QStringLiteral("+e.workstation_id IN (%1)").arg(list(q.text->workstations));
        where << QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    return where;
}

} // namespace custodian
