#pragma once

#include "domain/BreachRegisterEntry.h"

#include <QCoreApplication>
#include <QString>

namespace custodian {

// The columns of the breach register's export (GDPR Art. 33(5), docs/incidents-gdpr.md) and each line's text in
// them: the same cells in the CSV and the PDF, with stable keys for the CSV's header row and headings for the PDF.
// The clock's state and a first notification's timeliness are decided here, with BreachNotificationClock at `now`,
// from the entry's facts.
class BreachRegisterTable
{
    Q_DECLARE_TR_FUNCTIONS(BreachRegisterTable)

public:
    enum class Column {
        Reference,
        Title,
        State, // not_started, running, urgent, overdue, notified_in_time, notified_late; withdrawn
        AwareAt,
        Deadline,
        FirstNotifiedAt,
        Timeliness, // in_time, late; empty until notified
        DelayReasons,
        Phases,
        AuthorityReference,
        RecordsApprox,
        SubjectsApprox,
        CountsFrom, // notification (the last phase's numbers) or linked_events (counted now)
        SubjectsDecision, // notify, not_notified; empty while undecided
        Exemption,
        SubjectsCommunicatedAt,
        SubjectsMeans,
        DecisionReason,
        WithdrawnAt,
        WithdrawalReason,
    };
    static constexpr int ColumnCount = int(Column::WithdrawalReason) + 1;

    [[nodiscard]] static QString key(Column column); // "aware_at_utc"
    [[nodiscard]] static QString heading(Column column); // "Aware at (UTC)"
    [[nodiscard]] static QString text(const BreachRegisterEntry& entry, Column column, qint64 now);
    // The clock's state in words of the CSV ("overdue", "withdrawn").
    [[nodiscard]] static QString state(const BreachRegisterEntry& entry, qint64 now);
    [[nodiscard]] static QString isoTime(qint64 ms); // "2026-12-01T14:00:00Z"
};

} // namespace custodian
