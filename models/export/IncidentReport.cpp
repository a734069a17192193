#include "export/IncidentReport.h"

#include "domain/Clock.h"
#include "domain/IncidentPhases.h"
#include "domain/Vocabulary.h"
#include "export/ExportFile.h"
#include "rules/IncidentSla.h"
#include "rules/IncidentTemplates.h"
#include "store/AuditNames.h"
#include "store/BreachRepository.h"
#include "store/Database.h"
#include "store/EvidenceRegister.h"
#include "store/IncidentLinkRepository.h"
#include "store/IncidentObservableReader.h"
#include "store/IncidentRepository.h"
#include "store/IncidentTimeline.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace custodian {

namespace {
QString when(std::optional<qint64> ms)
{
    if (!ms)
        return QString();
    return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString duration(qint64 ms)
{
    const qint64 hours = std::abs(ms) / IncidentSla::HourMs;
    return hours >= 48 ? IncidentReport::tr("%1 days %2 h").arg(hours / 24).arg(hours % 24)
                       : IncidentReport::tr("%1 h %2 min").arg(hours).arg((std::abs(ms) / 60'000) % 60);
}

QString slaText(const IncidentSla::Reading& sla)
{
    switch (sla.state) {
    case IncidentSla::State::OnTrack:
        return IncidentReport::tr("due %1, on track (%2 left)").arg(when(sla.dueAt), duration(sla.remainingMs));
    case IncidentSla::State::DueSoon:
        return IncidentReport::tr("due %1, due soon (%2 left)").arg(when(sla.dueAt), duration(sla.remainingMs));
    case IncidentSla::State::Breached:
        return IncidentReport::tr("due %1, BREACHED (%2 late)").arg(when(sla.dueAt), duration(sla.remainingMs));
    case IncidentSla::State::MetAt:
        return IncidentReport::tr("due %1, met").arg(when(sla.dueAt));
    case IncidentSla::State::ClosedLate:
        return IncidentReport::tr("due %1, closed %2 late").arg(when(sla.dueAt), duration(sla.remainingMs));
    }
    return QString();
}

QString categoryName(const QString& code)
{
    for (const IncidentTemplates::Category& category : IncidentTemplates::categories())
        if (category.code == code)
            return category.name;
    return code;
}

QString observableKind(IncidentObservable::Kind kind)
{
    switch (kind) {
    case IncidentObservable::Kind::Agent:
        return IncidentReport::tr("Agent");
    case IncidentObservable::Kind::Record:
        return IncidentReport::tr("Customer record (masked)");
    case IncidentObservable::Kind::Workstation:
        return IncidentReport::tr("Workstation");
    case IncidentObservable::Kind::Session:
        return IncidentReport::tr("Session");
    }
    return QString();
}

// Text a person typed (a title, a note, a reason) as Markdown text: backslash escapes keep HTML and entities in it
// text, so that the PDF (laid out from the Markdown, which would otherwise render tags and load images they name)
// shows what the .md file says. Backslashes first, so that the escapes added stay escapes.
QString text(QString typed)
{
    typed.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    typed.replace(QLatin1Char('<'), QStringLiteral("\\<"));
    typed.replace(QLatin1Char('&'), QStringLiteral("\\&"));
    return typed;
}

// The same in a Markdown table cell: one line, no column break.
QString cell(const QString& typed)
{
    QString out = text(typed);
    out.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    out.replace(QStringLiteral("\r\n"), QStringLiteral("<br>"));
    out.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return out;
}

struct Notification
{
    int phase = 1;
    qint64 sentAt = 0;
    QString recordedBy;
    QString authorityReference;
    QString delayReasons;
    QString nature;
    QString subjectCategories;
    std::optional<qint64> subjectsApprox;
    QString recordCategories;
    std::optional<qint64> recordsApprox;
    QString contactPoint;
    QString likelyConsequences;
    QString measures;
};

struct Art34
{
    bool notify = false;
    QString exemption;
    std::optional<qint64> communicatedAt;
    QString means;
    QString reason;
    qint64 decidedAt = 0;
    QString decidedBy;
};

// Read here rather than through BreachRepository, which keeps only what the workflow's decisions need (the last
// form): the report lists every phase as sent.
Result<std::vector<Notification>> notifications(Database& database, qint64 incidentId, AuditNames& names)
{
    auto statement = database.prepare(QStringLiteral(
        "SELECT phase, sent_at, recorded_by, authority_reference, delay_reasons, nature, subject_categories, "
        "subjects_approx, record_categories, records_approx, contact_point, likely_consequences, measures "
        "FROM incident_breach_notification WHERE incident_id = ? ORDER BY phase"));
    if (!statement)
        return statement.error();
    statement->bind(1, incidentId);
    std::vector<Notification> out;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.push_back({ int(statement->int64(0)), statement->int64(1), names.supervisor(statement->int64(2)),
                        statement->text(3), statement->text(4), statement->text(5), statement->text(6),
                        statement->optionalInt64(7), statement->text(8), statement->optionalInt64(9),
                        statement->text(10), statement->text(11), statement->text(12) });
    }
    return out;
}

// The decision in force: the latest.
Result<std::optional<Art34>> subjectDecision(Database& database, qint64 incidentId, AuditNames& names)
{
    auto statement = database.prepare(
        QStringLiteral("SELECT notify, exemption, communicated_at, means, reason, decided_at, decided_by "
                       "FROM incident_subject_decision WHERE incident_id = ? ORDER BY id DESC LIMIT 1"));
    if (!statement)
        return statement.error();
    statement->bind(1, incidentId);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Art34>();
    return std::optional<Art34>(Art34 { statement->int64(0) != 0, statement->text(1), statement->optionalInt64(2),
                                        statement->text(3), statement->text(4), statement->int64(5),
                                        names.supervisor(statement->int64(6)) });
}

QString exemptionText(const QString& code)
{
    if (code == QLatin1String("unintelligible"))
        return IncidentReport::tr("Art. 34(3)(a): the data was unintelligible to anyone not authorised");
    if (code == QLatin1String("measures_taken"))
        return IncidentReport::tr("Art. 34(3)(b): subsequent measures make the high risk no longer likely");
    if (code == QLatin1String("disproportionate_effort"))
        return IncidentReport::tr("Art. 34(3)(c): disproportionate effort, replaced by a public communication");
    if (code == QLatin1String("no_high_risk"))
        return IncidentReport::tr("Art. 34(1) does not apply: no high risk to the data subjects");
    return code;
}

struct Content
{
    IncidentRepository::Detail detail;
    IncidentTimeline::Verification chain;
    std::vector<IncidentObservable> observables;
    std::vector<EvidenceRegister::Item> evidence;
    std::vector<EvidenceRegister::Check> checks; // the same order as `evidence`
    std::vector<Notification> notifications;
    std::optional<Art34> art34;
    std::optional<qint64> authorityNotifiedAt; // also set by the central service, whose forms this store may not hold
    std::vector<IncidentLinkRepository::Link> links; // linked by a supervisor, with why
    std::vector<IncidentObservableReader::Related> related; // sharing agents, records or workstations
    QString generatedBy;
    qint64 now = 0;

    [[nodiscard]] int tampered() const
    {
        return int(std::count_if(checks.begin(), checks.end(), [](const auto& c) { return !c.intact(); }));
    }
};

Result<Content> gather(Database& database, qint64 incidentId, const QString& actor, qint64 now)
{
    Content content;
    content.now = now;
    auto detail = IncidentRepository(database).load(incidentId);
    if (!detail)
        return detail.error();
    if (!*detail)
        return Error(Error::Code::NotFound, IncidentReport::tr("There is no incident %1.").arg(incidentId));
    content.detail = std::move(**detail);
    auto chain = IncidentTimeline::verify(database, incidentId);
    if (!chain)
        return chain.error();
    content.chain = *chain;
    auto observables = IncidentObservableReader::observables(database, incidentId);
    if (!observables)
        return observables.error();
    content.observables = std::move(*observables);
    auto items = EvidenceRegister::items(database, incidentId);
    if (!items)
        return items.error();
    content.evidence = std::move(*items);
    // Re-verified now, each read recorded in its custody trail: the hashes the report prints are the ones the store
    // still holds, and a changed item is named rather than vouched for.
    auto checks = EvidenceRegister::verifyIncident(database, incidentId, actor, {}, now);
    if (!checks)
        return checks.error();
    content.checks = std::move(*checks);
    AuditNames names(database);
    auto sent = notifications(database, incidentId, names);
    if (!sent)
        return sent.error();
    content.notifications = std::move(*sent);
    auto art34 = subjectDecision(database, incidentId, names);
    if (!art34)
        return art34.error();
    content.art34 = std::move(*art34);
    auto facts = BreachRepository(database).incident(incidentId);
    if (!facts)
        return facts.error();
    if (*facts)
        content.authorityNotifiedAt = (*facts)->authorityNotifiedAt;
    auto related = IncidentObservableReader::related(database, incidentId);
    if (!related)
        return related.error();
    content.related = std::move(*related);
    auto links = IncidentLinkRepository(database).linksOf(incidentId);
    if (!links)
        return links.error();
    content.links = std::move(*links);
    content.generatedBy = names.actor(actor);
    return content;
}

QString render(const Content& c)
{
    const IncidentRepository::Incident& i = c.detail.incident;
    QString md;
    auto line = [&](const QString& text) { md += text + QLatin1Char('\n'); };
    auto fact = [&](const QString& label, const QString& value) {
        line(QStringLiteral("| %1 | %2 |").arg(cell(label), cell(value.isEmpty() ? QStringLiteral("—") : value)));
    };

    line(QStringLiteral("# %1").arg(IncidentReport::tr("Incident report %1: %2").arg(i.reference, cell(i.title))));
    line(QString());
    line(IncidentReport::tr("Generated %1 by %2.").arg(when(c.now), c.generatedBy));
    line(QString());

    line(QStringLiteral("## %1").arg(IncidentReport::tr("Summary")));
    line(QString());
    line(QStringLiteral("| %1 | %2 |").arg(IncidentReport::tr("Field"), IncidentReport::tr("Value")));
    line(QStringLiteral("|---|---|"));
    fact(IncidentReport::tr("Reference"), i.reference);
    fact(IncidentReport::tr("Title"), i.title);
    fact(IncidentReport::tr("Category"), categoryName(i.category));
    fact(IncidentReport::tr("Severity"), toString(i.severity));
    fact(IncidentReport::tr("Impact"),
         i.impact ? Vocabulary::incidentImpact(*i.impact) : IncidentReport::tr("not assessed"));
    fact(IncidentReport::tr("Owner"), i.assigneeName.isEmpty() ? IncidentReport::tr("none") : i.assigneeName);
    fact(IncidentReport::tr("Phase"),
         IncidentReport::tr("%1 (CSF %2)")
             .arg(Vocabulary::incidentPhase(i.phase), Vocabulary::csfFunction(IncidentPhases::csfFunction(i.phase))));
    fact(IncidentReport::tr("Detected"), when(i.detectedAt));
    fact(IncidentReport::tr("Opened"), when(i.openedAt));
    fact(IncidentReport::tr("Closed"),
         i.closedAt ? IncidentReport::tr("%1 by %2").arg(when(i.closedAt), i.closedBy) : IncidentReport::tr("open"));
    fact(IncidentReport::tr("SLA"), slaText(IncidentSla::at(i.openedAt, i.severity, i.closedAt, c.now)));
    fact(IncidentReport::tr("Outcome"), i.outcome ? Vocabulary::incidentOutcome(*i.outcome) : QString());
    if (i.duplicateOf)
        fact(IncidentReport::tr("Duplicate of"), i.duplicateOfReference);
    fact(IncidentReport::tr("Closing summary"), i.closureSummary);
    fact(IncidentReport::tr("Personal-data breach"),
         i.personalDataBreach ? IncidentReport::tr("yes, aware at %1").arg(when(i.breachEstablishedAt))
                              : IncidentReport::tr("no"));
    if (!i.description.isEmpty()) {
        line(QString());
        line(QStringLiteral("### %1").arg(IncidentReport::tr("Description")));
        line(QString());
        line(text(i.description));
    }
    line(QString());

    line(QStringLiteral("## %1").arg(IncidentReport::tr("Tasks")));
    line(QString());
    if (c.detail.tasks.empty()) {
        line(IncidentReport::tr("No tasks."));
    } else {
        line(QStringLiteral("| # | %1 | %2 | %3 | %4 | %5 |")
                 .arg(IncidentReport::tr("Task"), IncidentReport::tr("Mandatory"), IncidentReport::tr("State"),
                      IncidentReport::tr("Decided"), IncidentReport::tr("Reason")));
        line(QStringLiteral("|---|---|---|---|---|---|"));
        for (const IncidentRepository::Task& t : c.detail.tasks)
            line(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |")
                     .arg(t.position)
                     .arg(cell(t.title), t.mandatory ? IncidentReport::tr("yes") : IncidentReport::tr("no"),
                          toString(t.state),
                          t.decidedAt ? cell(IncidentReport::tr("%1 by %2").arg(when(t.decidedAt), t.decidedBy))
                                      : QString(),
                          cell(t.reason)));
    }
    line(QString());

    line(QStringLiteral("## %1").arg(IncidentReport::tr("Timeline")));
    line(QString());
    if (c.chain.intact)
        line(IncidentReport::tr("Chain verified: %1 entries intact; %2 from the central service, outside the chain.")
                 .arg(c.chain.chained)
                 .arg(c.chain.fromService));
    else
        line(IncidentReport::tr("CHAIN BROKEN: %1").arg(c.chain.reason));
    line(QString());
    line(QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
             .arg(IncidentReport::tr("Time"), IncidentReport::tr("Position"), IncidentReport::tr("Who"),
                  IncidentReport::tr("Kind"), IncidentReport::tr("Entry")));
    line(QStringLiteral("|---|---|---|---|---|"));
    for (const IncidentRepository::TimelineEntry& e : c.detail.timeline)
        line(QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                 .arg(when(e.at), e.position ? QString::number(*e.position) : IncidentReport::tr("central"),
                      cell(e.author),
                      e.phase ? QStringLiteral("%1 → %2").arg(e.kind, Vocabulary::incidentPhase(*e.phase)) : e.kind,
                      cell(e.text)));
    line(QString());

    line(QStringLiteral("## %1").arg(IncidentReport::tr("Observables")));
    line(QString());
    if (c.observables.empty()) {
        line(IncidentReport::tr("No access events are linked."));
    } else {
        line(QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                 .arg(IncidentReport::tr("Kind"), IncidentReport::tr("What"), IncidentReport::tr("Events"),
                      IncidentReport::tr("First"), IncidentReport::tr("Last")));
        line(QStringLiteral("|---|---|---:|---|---|"));
        for (const IncidentObservable& o : c.observables)
            line(QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                     .arg(observableKind(o.kind),
                          cell(o.label.isEmpty() ? IncidentReport::tr("not in this store") : o.label))
                     .arg(o.events)
                     .arg(when(o.firstAt), when(o.lastAt)));
    }
    line(QString());

    line(QStringLiteral("## %1").arg(IncidentReport::tr("Evidence")));
    line(QString());
    if (c.evidence.empty()) {
        line(IncidentReport::tr("No evidence is attached."));
    } else {
        const int tampered = c.tampered();
        line(tampered == 0
                 ? IncidentReport::tr("All %1 item(s) re-verified against their SHA-256 at %2.")
                       .arg(c.evidence.size())
                       .arg(when(c.now))
                 : IncidentReport::tr("TAMPERED: %1 of %2 item(s) differ from what was added (re-verified at %3).")
                       .arg(tampered)
                       .arg(c.evidence.size())
                       .arg(when(c.now)));
        line(QString());
        line(QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                 .arg(IncidentReport::tr("File"), IncidentReport::tr("Bytes"), IncidentReport::tr("SHA-256"),
                      IncidentReport::tr("Added"), IncidentReport::tr("Check")));
        line(QStringLiteral("|---|---:|---|---|---|"));
        for (std::size_t k = 0; k < c.evidence.size(); ++k) {
            const EvidenceRegister::Item& e = c.evidence[k];
            const EvidenceRegister::Check* check = k < c.checks.size() ? &c.checks[k] : nullptr;
            const QString verdict = !check ? IncidentReport::tr("not verified")
                : check->intact()          ? IncidentReport::tr("intact")
                                  : IncidentReport::tr("TAMPERED: %1").arg(check->problems.join(QStringLiteral("; ")));
            line(QStringLiteral("| %1 | %2 | `%3` | %4 | %5 |")
                     .arg(cell(e.fileName))
                     .arg(e.size)
                     .arg(QString::fromLatin1(e.sha256.toHex()),
                          cell(IncidentReport::tr("%1 by %2").arg(when(e.addedAt), e.addedBy)), cell(verdict)));
        }
    }
    line(QString());

    line(QStringLiteral("## %1").arg(IncidentReport::tr("GDPR notifications")));
    line(QString());
    if (!i.personalDataBreach && c.notifications.empty()) {
        line(IncidentReport::tr("Not recorded as a personal-data breach."));
    } else if (c.notifications.empty() && c.authorityNotifiedAt) {
        line(IncidentReport::tr("The supervisory authority was notified at %1; the notification's form is not held in "
                                "this store.")
                 .arg(when(c.authorityNotifiedAt)));
    } else if (c.notifications.empty()) {
        line(IncidentReport::tr("The supervisory authority has not been notified."));
    } else {
        for (const Notification& n : c.notifications) {
            line(
                QStringLiteral("### %1").arg(IncidentReport::tr("Phase %1, sent %2").arg(n.phase).arg(when(n.sentAt))));
            line(QString());
            line(QStringLiteral("| %1 | %2 |").arg(IncidentReport::tr("Field"), IncidentReport::tr("Value")));
            line(QStringLiteral("|---|---|"));
            fact(IncidentReport::tr("Recorded by"), n.recordedBy);
            fact(IncidentReport::tr("Authority's reference"), n.authorityReference);
            if (!n.delayReasons.isEmpty())
                fact(IncidentReport::tr("Reasons for the delay"), n.delayReasons);
            fact(IncidentReport::tr("Nature"), n.nature);
            fact(IncidentReport::tr("Data subjects"),
                 n.subjectsApprox ? IncidentReport::tr("%1 (about %2)").arg(n.subjectCategories).arg(*n.subjectsApprox)
                                  : n.subjectCategories);
            fact(IncidentReport::tr("Records"),
                 n.recordsApprox ? IncidentReport::tr("%1 (about %2)").arg(n.recordCategories).arg(*n.recordsApprox)
                                 : n.recordCategories);
            fact(IncidentReport::tr("Contact point"), n.contactPoint);
            fact(IncidentReport::tr("Likely consequences"), n.likelyConsequences);
            fact(IncidentReport::tr("Measures"), n.measures);
            line(QString());
        }
    }
    line(QString());
    line(QStringLiteral("### %1").arg(IncidentReport::tr("Art. 34 decision")));
    line(QString());
    if (!c.art34) {
        line(IncidentReport::tr("No decision recorded."));
    } else {
        const Art34& d = *c.art34;
        line(d.notify
                 ? IncidentReport::tr("Notify the data subjects: %1 by %2.").arg(when(d.communicatedAt), text(d.means))
                 : IncidentReport::tr("Not notified: %1.").arg(exemptionText(d.exemption)));
        line(QString());
        line(IncidentReport::tr("Decided %1 by %2: %3").arg(when(d.decidedAt), text(d.decidedBy), text(d.reason)));
    }
    line(QString());

    line(QStringLiteral("## %1").arg(IncidentReport::tr("Related incidents")));
    line(QString());
    if (!i.duplicateOf && c.related.empty() && c.links.empty()) {
        line(IncidentReport::tr("None."));
    } else {
        if (i.duplicateOf)
            line(IncidentReport::tr("Duplicate of %1.").arg(i.duplicateOfReference));
        if (!c.links.empty()) {
            line(QString());
            line(QStringLiteral("| %1 | %2 | %3 |")
                     .arg(IncidentReport::tr("Linked incident"), IncidentReport::tr("Linked"),
                          IncidentReport::tr("Why")));
            line(QStringLiteral("|---|---|---|"));
            for (const IncidentLinkRepository::Link& l : c.links)
                line(QStringLiteral("| %1 | %2 | %3 |")
                         .arg(l.otherReference, cell(IncidentReport::tr("%1 by %2").arg(when(l.at), l.byActor)),
                              cell(l.reason)));
        }
        if (!c.related.empty()) {
            line(QString());
            line(QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                     .arg(IncidentReport::tr("Incident"), IncidentReport::tr("Title"),
                          IncidentReport::tr("Shared agents"), IncidentReport::tr("Shared records"),
                          IncidentReport::tr("Shared workstations")));
            line(QStringLiteral("|---|---|---:|---:|---:|"));
            for (const auto& r : c.related)
                line(QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                         .arg(r.reference, cell(r.title))
                         .arg(r.sharedAgents)
                         .arg(r.sharedRecords)
                         .arg(r.sharedWorkstations));
        }
    }
    return md;
}
} // namespace

Result<IncidentReport::Format> IncidentReport::formatFromName(const QString& name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("md") || lower == QLatin1String("markdown"))
        return Format::Markdown;
    if (lower == QLatin1String("pdf"))
        return Format::Pdf;
    return Error(Error::Code::InvalidArgument,
                 tr("The report is written as Markdown (md) or PDF (pdf), not '%1'.").arg(name.left(32)));
}

Result<QString> IncidentReport::markdown(Database& database, qint64 incidentId, const QString& actor, qint64 now)
{
    auto content = gather(database, incidentId, actor, now < 0 ? Clock::nowMs() : now);
    if (!content)
        return content.error();
    return render(*content);
}

Result<IncidentReport::Summary> IncidentReport::write(Database& database, const Request& request)
{
    if (auto status = ExportFile::check(request.actor, request.path); !status)
        return status.error();
    const qint64 now = request.now < 0 ? Clock::nowMs() : request.now;
    auto content = gather(database, request.incidentId, request.actor, now);
    if (!content)
        return content.error();
    const QString text = render(*content);
    const IncidentRepository::Incident& incident = content->detail.incident;

    auto output = ExportFile::create(request.path, request.replace);
    if (!output)
        return output.error();
    ExportFile& file = *output;
    if (request.format == Format::Markdown) {
        const QByteArray bytes = text.toUtf8();
        if (file.device()->write(bytes) != bytes.size())
            return Error(
                Error::Code::Io,
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(request.path), file.device()->errorString()));
    } else {
        // The same Markdown, laid out by QTextDocument: the two formats cannot drift apart. print() numbers the pages.
        QPdfWriter pdf(file.device());
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Portrait);
        pdf.setTitle(tr("Incident report %1").arg(incident.reference));
        pdf.setCreator(QStringLiteral("Custodian"));
        QTextDocument document;
        document.setDefaultStyleSheet(QStringLiteral("table { border-collapse: collapse; } td, th { padding: 2px; }"));
        QFont font = document.defaultFont();
        font.setPointSizeF(8);
        document.setDefaultFont(font);
        document.setMarkdown(text);
        document.print(&pdf);
    }

    const int tampered = content->tampered();
    const QJsonObject detail { { QStringLiteral("format"),
                                 request.format == Format::Pdf ? QStringLiteral("pdf") : QStringLiteral("md") },
                               { QStringLiteral("file"), file.resolvedPath() },
                               { QStringLiteral("timeline_intact"), content->chain.intact },
                               { QStringLiteral("evidence"), int(content->evidence.size()) },
                               { QStringLiteral("tampered"), tampered } };
    auto seq = file.commit(database, request.actor, QStringLiteral("incident.report"),
                           QStringLiteral("incident:%1").arg(incident.id), detail, now);
    if (!seq)
        return seq.error();
    return Summary { QFileInfo(file.resolvedPath()).size(), *seq,     content->chain.intact,
                     int(content->evidence.size()),         tampered, file.resolvedPath() };
}

} // namespace custodian
