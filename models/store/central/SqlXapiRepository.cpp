#include "store/central/SqlXapiRepository.h"

#include "store/Database.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QDateTime>

#include <cmath>
#include <optional>

namespace custodian {

namespace {
constexpr qint64 MsPerDay = 24LL * 60 * 60 * 1000;

QString outcomeName(XapiStatement::Verb verb)
{
    switch (verb) {
    case XapiStatement::Verb::Completed:
        return QStringLiteral("completed");
    case XapiStatement::Verb::Passed:
        return QStringLiteral("passed");
    case XapiStatement::Verb::Failed:
        return QStringLiteral("failed");
    case XapiStatement::Verb::Voided:
        return QStringLiteral("voided");
    case XapiStatement::Verb::Other:
        break;
    }
    return QStringLiteral("other");
}

// The employee number an actor names under `matching`, if its form is one the organisation uses.
std::optional<QString> employeeNumber(const XapiStatement& statement, const XapiMatching& matching)
{
    if (!statement.mbox.isEmpty()) {
        if (matching.mailDomain.isEmpty() || !statement.mbox.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
            return std::nullopt;
        const QString address = statement.mbox.mid(7);
        const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
        if (at <= 0 || address.mid(at + 1).compare(matching.mailDomain, Qt::CaseInsensitive) != 0)
            return std::nullopt;
        return address.left(at);
    }
    if (!statement.accountName.isEmpty() && !matching.accountHomePage.isEmpty()
        && statement.accountHomePage == matching.accountHomePage)
        return statement.accountName;
    return std::nullopt;
}
} // namespace

SqlXapiRepository::SqlXapiRepository(Store& store)
    : m_store(store)
{
}

Result<QString> SqlXapiRepository::consistentThrough()
{
    return m_store.database().queryText(
        QStringLiteral("SELECT value FROM central_meta WHERE key = 'xapi_consistent_through'"));
}

Result<XapiPullReport> SqlXapiRepository::apply(const std::vector<XapiStatement>& statements,
                                                const QString& consistentThrough, const XapiMatching& matching,
                                                qint64 now)
{
    Database& database = m_store.database();
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    auto seen = database.prepare(
        QStringLiteral("SELECT outcome, training_record_id, created_record FROM central_xapi_statement WHERE "
                       "statement_id = ?"));
    auto remember = database.prepare(
        QStringLiteral("INSERT INTO central_xapi_statement (statement_id, verb, outcome, training_record_id, "
                       "created_record, stored_at, pulled_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    auto markVoided = database.prepare(
        QStringLiteral("UPDATE central_xapi_statement SET outcome = 'voided' WHERE statement_id = ?"));
    // A record the voided completion made of its own was never an assignment: withdrawn (schema 13), not reopened.
    auto retract = database.prepare(
        QStringLiteral("UPDATE training_record SET completed_at = NULL, score = NULL, passed = NULL, "
                       "expires_at = NULL, certificate_ref = NULL, withdrawn_at = CASE WHEN ?2 THEN ?3 END "
                       "WHERE id = ?1"));
    // Served by the index central_agent_employee_no_lower (central schema 7): the expression must stay the same.
    auto agent = database.prepare(QStringLiteral("SELECT id FROM agent WHERE lower(employee_no) = lower(?)"));
    auto module = database.prepare(QStringLiteral("SELECT id, validity_days FROM training_module WHERE code = ?"));
    auto open = database.prepare(
        QStringLiteral("SELECT id FROM training_record WHERE agent_id = ? AND module_id = ? AND completed_at IS NULL "
                       "AND withdrawn_at IS NULL ORDER BY due_at, id LIMIT 1"));
    auto complete = database.prepare(QStringLiteral(
        "UPDATE training_record SET completed_at = ?, score = ?, passed = ?, expires_at = ?, certificate_ref = ? "
        "WHERE id = ?"));
    auto insert = database.prepare(QStringLiteral(
        "INSERT INTO training_record (agent_id, module_id, campaign_id, assigned_at, due_at, "
        "completed_at, score, passed, expires_at, certificate_ref) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)"));
    auto unmatched = database.prepare(
        QStringLiteral("INSERT OR REPLACE INTO central_xapi_unmatched (statement_id, actor, activity_id, verb, "
                       "happened_at, pulled_at) VALUES (?, ?, ?, ?, ?, ?)"));
    // The feed's revision counter and a record's place on the feed. An UPDATE or an INSERT OR REPLACE inside a
    // transaction writes the pages it changes to a statement journal first, which SQLCipher encrypts: tens of
    // microseconds each, most of a large pull's time when done per record. The transaction (BEGIN IMMEDIATE) keeps
    // other writers out, so the counter is read once, counted here and written once; a record's earlier place is
    // deleted and its new one inserted, which needs no statement journal and has the effect of the REPLACE (the new
    // revision is unused, so only the record's own row can conflict).
    auto unpublish = database.prepare(
        QStringLiteral("DELETE FROM central_revision WHERE stream = 'training' AND type = 'training_record' AND "
                       "entity_id = ?"));
    auto publish = database.prepare(
        QStringLiteral("INSERT INTO central_revision (stream, type, entity_id, rev) VALUES ('training', "
                       "'training_record', ?, ?)"));
    auto saveRev = database.prepare(QStringLiteral("UPDATE central_meta SET value = ? WHERE key = 'next_rev'"));
    auto cursor
        = database.prepare(QStringLiteral("UPDATE central_meta SET value = ? WHERE key = 'xapi_consistent_through'"));
    for (auto* statement : { &seen, &remember, &markVoided, &retract, &agent, &module, &open, &complete, &insert,
                             &unmatched, &unpublish, &publish, &saveRev, &cursor }) {
        if (!*statement)
            return statement->error();
    }
    auto readRev
        = database.prepare(QStringLiteral("SELECT CAST(value AS INTEGER) FROM central_meta WHERE key = 'next_rev'"));
    if (!readRev)
        return readRev.error();
    auto revRow = readRev->step();
    if (!revRow)
        return revRow.error();
    if (!*revRow)
        return Error(Error::Code::Database, QStringLiteral("central_meta has no next_rev"));
    const qint64 firstRev = readRev->int64(0);
    readRev->reset();
    qint64 nextRev = firstRev;

    // Puts the record on the training feed: consoles receive the row as it now is.
    auto touch = [&](qint64 recordId) -> Status {
        unpublish->reset();
        unpublish->bind(1, recordId);
        if (auto status = unpublish->run(); !status)
            return status;
        publish->reset();
        publish->bind(1, recordId).bind(2, nextRev);
        if (auto status = publish->run(); !status)
            return status;
        ++nextRev;
        return {};
    };
    auto record = [&](const QString& id, const QString& verb, const QString& outcome, std::optional<qint64> recordId,
                      bool created, qint64 stored) -> Status {
        remember->reset();
        remember->bind(1, id).bind(2, verb).bind(3, outcome).bindOptional(4, recordId).bind(5, created ? 1 : 0);
        remember->bind(6, stored).bind(7, now);
        return remember->run();
    };
    // One row of a single-row query, or nothing.
    auto lookUp = [](Statement& query) -> Result<std::optional<qint64>> {
        auto row = query.step();
        if (!row)
            return row.error();
        std::optional<qint64> value;
        if (*row)
            value = query.int64(0);
        return value;
    };

    XapiPullReport report;
    report.received = int(statements.size());
    report.consistentThrough = consistentThrough;
    for (const XapiStatement& statement : statements) {
        seen->reset();
        seen->bind(1, statement.id);
        auto known = seen->step();
        if (!known)
            return known.error();
        seen->reset();
        if (*known) {
            ++report.duplicates;
            continue;
        }
        const QString verb = outcomeName(statement.verb);
        if (statement.verb == XapiStatement::Verb::Voided) {
            // A voided statement is no longer served by the LRS, so its target was either applied by an earlier
            // pull (retract it) or has not been seen (remember it as voided: it is never applied later).
            seen->bind(1, statement.voidedStatementId);
            auto target = seen->step();
            if (!target)
                return target.error();
            const bool targetKnown = *target;
            const QString targetOutcome = targetKnown ? seen->text(0) : QString();
            const std::optional<qint64> targetRecord = targetKnown ? seen->optionalInt64(1) : std::optional<qint64>();
            const bool targetCreatedRecord = targetKnown && seen->int64(2) != 0;
            seen->reset();
            if (targetKnown) {
                if (targetOutcome != QLatin1String("voided") && targetRecord) {
                    retract->reset();
                    retract->bind(1, *targetRecord).bind(2, targetCreatedRecord ? 1 : 0).bind(3, now);
                    if (auto status = retract->run(); !status)
                        return status.error();
                    if (auto status = touch(*targetRecord); !status)
                        return status.error();
                }
                markVoided->reset();
                markVoided->bind(1, statement.voidedStatementId);
                if (auto status = markVoided->run(); !status)
                    return status.error();
            } else if (auto status = record(statement.voidedStatementId, QStringLiteral("unknown"),
                                            QStringLiteral("voided"), std::nullopt, false, statement.stored);
                       !status) {
                return status.error();
            }
            ++report.voided;
            if (auto status
                = record(statement.id, verb, QStringLiteral("applied"), targetRecord, false, statement.stored);
                !status)
                return status.error();
            continue;
        }
        if (statement.verb == XapiStatement::Verb::Other) {
            ++report.ignoredVerbs;
            if (auto status = record(statement.id, statement.verbId.left(200), QStringLiteral("ignored_verb"),
                                     std::nullopt, false, statement.stored);
                !status)
                return status.error();
            continue;
        }
        std::optional<qint64> agentId;
        if (const auto employee = employeeNumber(statement, matching)) {
            agent->reset();
            agent->bind(1, *employee);
            auto found = lookUp(*agent);
            agent->reset();
            if (!found)
                return found.error();
            agentId = *found;
        }
        if (!agentId) {
            ++report.unmatchedActors;
            report.unmatched.append(statement.id + QStringLiteral(": ") + statement.actorText());
            unmatched->reset();
            unmatched->bind(1, statement.id).bind(2, statement.actorText()).bind(3, statement.activityId);
            unmatched->bind(4, verb).bind(5, statement.timestamp).bind(6, now);
            if (auto status = unmatched->run(); !status)
                return status.error();
            if (auto status
                = record(statement.id, verb, QStringLiteral("unmatched_actor"), std::nullopt, false, statement.stored);
                !status)
                return status.error();
            continue;
        }
        std::optional<qint64> moduleId;
        qint64 validityDays = 0;
        if (!matching.activityPrefix.isEmpty() && statement.activityId.startsWith(matching.activityPrefix)) {
            module->reset();
            module->bind(1, statement.activityId.mid(matching.activityPrefix.size()));
            auto row = module->step();
            if (!row)
                return row.error();
            if (*row) {
                moduleId = module->int64(0);
                validityDays = module->int64(1);
            }
            module->reset();
        }
        if (!moduleId) {
            ++report.unmappedActivities;
            report.unmapped.append(statement.id + QStringLiteral(": ") + statement.activityId);
            if (auto status = record(statement.id, verb, QStringLiteral("unmapped_activity"), std::nullopt, false,
                                     statement.stored);
                !status)
                return status.error();
            continue;
        }

        // result.success decides when present; otherwise the verb: passed and completed count as passed (a course
        // without an assessment), failed as not passed.
        const bool passed = statement.success.value_or(statement.verb != XapiStatement::Verb::Failed);
        std::optional<qint64> score;
        if (statement.scaledScore)
            score = qBound(qint64(0), qint64(std::lround(*statement.scaledScore * 100.0)), qint64(100));
        const std::optional<qint64> expires
            = passed ? std::optional<qint64>(statement.timestamp + validityDays * MsPerDay) : std::nullopt;
        // The certificate reference of a pass is the id of the statement that passed: an auditor finds it in the
        // LRS (GET statements?statementId=…). xAPI defines no certificate field, and a failed attempt certifies
        // nothing.
        const auto bindCertificate = [&](Statement& query, int index) {
            if (passed)
                query.bind(index, statement.id);
            else
                query.bindNull(index);
        };

        // An open assignment of this module is what the completion completes; without one it is a record of its
        // own, assigned and due when it happened.
        open->reset();
        open->bind(1, *agentId).bind(2, *moduleId);
        auto openRecord = lookUp(*open);
        open->reset();
        if (!openRecord)
            return openRecord.error();
        qint64 recordId = 0;
        const bool created = !*openRecord;
        if (*openRecord) {
            recordId = **openRecord;
            complete->reset();
            complete->bind(1, statement.timestamp).bindOptional(2, score).bind(3, passed ? 1 : 0);
            complete->bindOptional(4, expires).bind(6, recordId);
            bindCertificate(*complete, 5);
            if (auto status = complete->run(); !status)
                return status.error();
        } else {
            insert->reset();
            insert->bind(1, *agentId).bind(2, *moduleId).bind(3, statement.timestamp).bind(4, statement.timestamp);
            insert->bind(5, statement.timestamp).bindOptional(6, score).bind(7, passed ? 1 : 0);
            insert->bindOptional(8, expires);
            bindCertificate(*insert, 9);
            if (auto status = insert->run(); !status)
                return status.error();
            recordId = database.lastInsertRowId();
        }
        if (auto status = touch(recordId); !status)
            return status.error();
        if (auto status = record(statement.id, verb, QStringLiteral("applied"), recordId, created, statement.stored);
            !status)
            return status.error();
        ++report.applied;
    }
    if (nextRev != firstRev) {
        saveRev->bind(1, QString::number(nextRev));
        if (auto status = saveRev->run(); !status)
            return status.error();
    }
    cursor->bind(1, consistentThrough);
    if (auto status = cursor->run(); !status)
        return status.error();
    if (auto status = transaction->commit(); !status)
        return status.error();
    return report;
}

Result<QStringList> SqlXapiRepository::unmatched(int limit)
{
    auto query = m_store.database().prepare(
        QStringLiteral("SELECT pulled_at, statement_id, actor, verb, activity_id FROM central_xapi_unmatched "
                       "ORDER BY pulled_at DESC, statement_id LIMIT ?"));
    if (!query)
        return query.error();
    query->bind(1, qint64(limit));
    QStringList lines;
    auto status = query->forEachRow([&](const Statement& row) {
        lines.append(QStringLiteral("%1 | %2 | %3 | %4 | %5")
                         .arg(QDateTime::fromMSecsSinceEpoch(row.int64(0), Qt::UTC).toString(Qt::ISODate), row.text(1),
                              row.text(2), row.text(3), row.text(4)));
    });
    if (!status)
        return status.error();
    return lines;
}

} // namespace custodian
