<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessCsvWriter</name>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessEventDetailRepository</name>
    <message>
        <source>Access event %1 is not in this store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessExportArguments</name>
    <message>
        <source>--%1: unknown value &apos;%2&apos; (one of: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: no %2 &apos;%3&apos; in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2 %3s are named &apos;%4&apos;; give the id instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not an ISO 8601 date or date-time (for example 2026-02-01, 2026-02-01T08:30:00Z or 2026-02-01T09:30:00+01:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or add --site to say which site&apos;s team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workstation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessExportColumns</name>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished">Sitzung</translation>
    </message>
</context>
<context>
    <name>AccessExportJob</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access events</source>
        <translation type="unfinished">Zugriffsereignisse</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessFilterDescription</name>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 8 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished">Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2 (end excluded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished">Agenten</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished">Teams</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished">Standorte</translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence of finding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All access events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events linked to incident %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessPdfWriter</name>
    <message>
        <source>Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian access events · generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access events match this filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessTerms</name>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned, not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never trained</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AesGcm</name>
    <message>
        <source>AES-256-GCM failed in OpenSSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong key or nonce size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong key, nonce or message size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication failed: wrong key or altered data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentRules</name>
    <message>
        <source>The %1 is too long (%2 characters; at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agent with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no role with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; roles are granted to active agents only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role is granted only with a justification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exception reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validity ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validity starts in the past (%1); a grant starts now or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validity ends in the past (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is granted for at most %2 day(s); give the validity an end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is granted for at most %2 day(s); the requested validity is %3 day(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a pending request for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds %2 in that period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separation of duties: %1 %2 %3, which may not be combined with %4 — rule &quot;%5&quot;%6. This rule allows no exception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separation of duties: %1 %2 %3, which conflicts with %4 — rule &quot;%5&quot;%6. The rule allows an exception: give its reason to grant anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exception reason was given, but no separation-of-duties rule needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not passed the required training &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s required training &quot;%2&quot; expired on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires it before it is granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s training &quot;%2&quot; expires on %3, before this assignment ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment %1 is %2, not waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked for this assignment; a second supervisor must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked for this assignment; withdraw it with revoke instead of rejecting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request is rejected only with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested validity ended on %1; the request can no longer be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment %1 ended on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assignment is revoked only with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active assignment can be shortened; assignment %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new end (%1) is in the past; revoke the assignment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new end (%1) is before the assignment starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new end (%1) is not earlier than the current one (%2); validity can only be shortened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity is shortened only with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent not active</source>
        <translation>Agent nicht aktiv</translation>
    </message>
    <message>
        <source>already held</source>
        <translation>bereits vergeben</translation>
    </message>
    <message>
        <source>separation of duties</source>
        <translation>Funktionstrennung</translation>
    </message>
    <message>
        <source>training missing</source>
        <translation>Schulung fehlt</translation>
    </message>
</context>
<context>
    <name>AuditNames</name>
    <message>
        <source>Central service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachRegisterJob</name>
    <message>
        <source>Data subjects (Art. 34)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>told: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not told (%1) — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not told (%1), public communication: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries: %1, of which %2 withdrawn and %3 in force but not yet notified to the supervisory authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach register (GDPR Art. 33(5))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated: %1 by %2; clocks read at that instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian breach register · generated %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No personal-data breach has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records and subjects: the latest numbers a notification gave, or the linked events&apos; distinct records (subjects at most one per record) while none was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachRegisterTable</name>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aware at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects told (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 34 reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachWorkflow</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is %1 characters long; at most %2 are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A breach decision is taken by a supervisor this console knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 is not recorded as a personal-data breach; record when the organisation became aware of it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aware-at instant %1 is in the future; record it once the organisation is aware of the breach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aware-at instant %1 is before incident %2 was detected (%3); nobody could be aware of a breach in it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal data</source>
        <translation type="unfinished">personenbezogene Daten</translation>
    </message>
    <message>
        <source>payment card data</source>
        <translation type="unfinished">Zahlungskartendaten</translation>
    </message>
    <message>
        <source>communications</source>
        <translation type="unfinished">Kommunikationsdaten</translation>
    </message>
    <message>
        <source>no personal-data class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for treating the incident as a personal-data breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 is already a personal-data breach, aware at %2; change that instant instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for changing the aware-at instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 is already aware at %2; nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority was first notified at %1; aware at %2, that notification would be %3 late and it carries no reasons for a delay. Record the aware-at the notification was made against, or add a phase that explains the delay first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the incident is not a personal-data breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer records opened in the access events linked to the incident: %1 events, %2 distinct customer records, %3 events without a customer record (logins, searches).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (by kind — %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers whose records were opened (counted once per record, at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the nature of the breach (Art. 33(3)(a)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the contact point where the authority can obtain more information (Art. 33(3)(b)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text of the notification is %1 characters long; at most %2 are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority&apos;s reference is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approximate numbers cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification&apos;s sending time %1 is in the future; record it once it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1 cannot have been sent at %2, before phase %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification&apos;s sending time %1 is before the organisation became aware of the breach (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This first notification is sent at %1, %2 after the 72-hour deadline (%3). Art. 33(1) requires the reasons for the delay: give them to record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either the data subjects are told, or an exemption applies; not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the data subjects are told (letter, e-mail, phone call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not telling the data subjects needs its ground: an exemption of Art. 34(3), or no high risk to their rights and freedoms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under Art. 34(3)(c) a public communication replaces telling each data subject: say how the public is told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The means is %1 characters long; at most %2 are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the decision about the data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is already the decision about the data subjects of incident %1; nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 34: the data subjects are told (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 34: the data subjects are not told; the data was unintelligible (34(3)(a)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 34: the data subjects are not told; measures remove the high risk (34(3)(b)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 34: a public communication instead of telling each data subject (34(3)(c)): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 34: the data subjects are not told; no high risk to them (34(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal-data breach: aware at %1; the authority is to be notified by %2 (Art. 33(1)). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aware-at moved from %1 to %2; the authority is to be notified by %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer treated as a personal-data breach: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisory authority notified, phase %1, sent %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its reference: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late, with the reasons for the delay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralAssignmentChanges</name>
    <message>
        <source>An assignment change names its &apos;action&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignment change is invalid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assignment action &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new assignment is named &apos;request:&apos; and the request&apos;s own id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new assignment has no base version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignment request is invalid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assignment change names the assignment by its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assignment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment %1 was changed meanwhile (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request can no longer be approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralCommandLine</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a custodian-central data directory (no %2); create one with &apos;custodian-central init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the service&apos;s store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access events of the demo organisation (1 000 to 10 000 000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the demo data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days the demo log spans (default 90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the demo log, ISO 8601 (default: today 00:00 UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a data directory for custodian-central: an encrypted store holding the demo organisation (its passphrase in DIR/central.passphrase, readable by you only) and one bearer token per supervisor in DIR/tokens/USERNAME.token. Refuses an existing store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data DIR is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-events must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--end must be an ISO 8601 date or date-time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a service store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodian-central: %1 agents, %2 access events, %3 supervisors in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the token to FILE (mode 0600; must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days the new token is valid (1 to %1, default %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke instead: every token of --supervisor, or the token in --token-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --revoke: the token to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues a new bearer token for a supervisor, valid for --days days (the service keeps only its SHA-256 and its expiry), or revokes tokens: --revoke --supervisor USERNAME revokes every token of that supervisor that still works, --revoke --token-file FILE revokes that one. An expired or revoked token gets 401 with a message that says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--revoke takes either --supervisor USERNAME or --token-file FILE (and nothing else).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--supervisor USERNAME and --out FILE are required (or --revoke).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days must be from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the token file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s) of %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The token in %1 was not issued by this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked the token in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a token for %1 to %2, valid until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor whose role --role sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the supervisor&apos;s role: security_officer (changes the organisation&apos;s detection thresholds and review rule) or supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the supervisors with their role and their tokens that still work, or sets one supervisor&apos;s role (--supervisor USERNAME --role ROLE). A console learns its supervisor&apos;s role at its next session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--supervisor and --role go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role is security_officer or supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in force</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>next expiry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this supervisor&apos;s consoles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this console&apos;s current audit chain after a rollback: its key, the start of its key (8 hex digits or more) or its store id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONSOLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the rollback is resolved (recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the consoles as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the consoles registered to the supervisors (each console is known by its key, a fingerprint of its keyring, and bound to the supervisor whose token registered it), with the console-audit head the service holds and a rollback it saw. --resolve accepts a rolled-back console&apos;s current chain: the chain held so far is kept aside as evidence, the resolution is recorded with its reason, and the console&apos;s notice clears at its next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resolve needs --reason TEXT: a resolution is recorded with why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason goes with --resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason is at most 2000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no supervisor with the user name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registered console matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches %2 consoles; give more of the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console %1 (%2, store %3) has no rollback to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved the rollback of console %1 (%2, store %3), resolution %4: the chain the service held (%5 entries, up to entry %6) is kept aside as evidence; the console sends its current chain (entry %7 when the rollback was seen) at its next sync, and its notice clears then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No console has synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLLED BACK since %1: the service held entry %2, the console presented %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the newest N entries (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array instead of lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the reveals of customer identifiers the service was asked for, granted or refused, oldest first: when, who, from which console, which record and access event, the reason and the outcome. Never the identifiers themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--last must be from 1 to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (event %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reveals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory for the files (created; must not hold them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host name or IP address the server certificate is for (may repeat; default 127.0.0.1 and localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also issue a client certificate for mutual TLS with this name (may repeat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity of the server certificate (default 825).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a fresh certificate authority (ca.pem, ca-key.pem), a server certificate signed by it (server.pem, server-key.pem) and optional client certificates (client-NAME.pem, client-NAME-key.pem): for a demo or a test, not for production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out DIR is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days must be from 1 to 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 files to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s private key (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require a client certificate issued by this CA (mutual TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port (default 8443; 0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the port to FILE once the service listens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produce this many new access events per second (default 0: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second per supervisor before 429 (default 200; 0: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one line per request to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest request body; a larger one is refused (413) before it is read (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request bodies held at once, all connections together; beyond it 503 (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open connections in total; beyond it 503 (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open connections per IPv4 address or IPv6 /64; beyond it 429 (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a connection that starts no request for this long (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for the TLS handshake, and for a request&apos;s head from its first byte; then 408 (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest pause while a request body arrives (then 408) or an answer is sent (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves the sync API (docs/sync-api.md) over HTTPS — TLS 1.2 or 1.3 with ECDHE and AEAD suites only, never plain HTTP — until SIGTERM or SIGINT. Request size, connections and time per request are limited (docs/deployment.md for the reverse proxy in front).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data DIR, --tls-cert FILE and --tls-key FILE are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--live-rate must be from 0 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate-limit must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen must be an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-body-bytes must be from 1024 to 1073741824.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-buffered-bytes must be at least --max-body-bytes (and at most 2^40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-connections must be from 1 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-connections-per-address must be from 1 to --max-connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be from 1 to 3600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key %1 does not belong to the certificate %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s store has no organisation to serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodian-central: the live source stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up signal handling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodian-central listening on https://%1:%2/api/v1/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (client certificates required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodian-central: stopped (%1 live events produced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a data directory with the demo organisation and tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the sync API over HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a bearer token for a supervisor, or revoke tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the supervisors and roles; set a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the consoles; resolve a rollback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a demo CA, server and client certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the reveals of customer identifiers asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: custodian-central COMMAND [options]

The reference central service of Custodian (docs/sync-api.md). Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run `custodian-central COMMAND --help` for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LRS&apos;s xAPI endpoint, e.g. https://lrs.example.com/xAPI/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file holding the LRS&apos;s basic-auth KEY:SECRET on one line, mode 0600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate (PEM) the LRS&apos;s certificate must chain to (default: the system&apos;s CAs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity ids are this prefix followed by a training module&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors mailto:EMPLOYEE-NO@DOMAIN match the agent with that employee number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors with an account on this home page match the agent whose employee number is the account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements per page asked for (default 500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop with an error when the LRS has more than N pages (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the statements whose actor matched no agent, newest first, and pull nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulls training completions once from the organisation&apos;s xAPI learning record store (docs/xapi.md): completed, passed and failed statements become training records, voiding statements retract them, and statements whose actor matches no agent are listed. The whole pull is written in one transaction with its cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-pages must be from 1 to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The xAPI pull stopped; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched actor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmapped activity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull training completions from the organisation&apos;s xAPI LRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull training completions from the xAPI LRS this file configures (as xapi-pull --config) at start and then periodically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between xAPI pulls (1 to 1440, default 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--xapi-every must be from 1 to 1440 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the options above from a file of key = value lines (docs/xapi.md); options given on the command line win.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the demo&apos;s training completions out of the store: write them as the xAPI statements of a learning record store to DIR/demo-lms/statements.json, with the matching options in DIR/demo-lms/xapi.conf, for xapi-import (docs/demo-data.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1 completions applied, %2 voided, %3 already applied, %4 with other verbs ignored, %5 with an unmatched actor, %6 with an unmapped activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled %1 statements in %2 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Consistent through %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the matching options from an xapi-pull configuration file (docs/xapi.md); its endpoint and credentials are not used. Options given on the command line win.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to apply: a JSON list of xAPI statements, or a StatementResult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies a file of xAPI statements as xapi-pull applies a pull (docs/xapi.md): the same parser, matching and records, in one transaction; a statement applied before is not applied again. For statements saved from an LRS, and for the demo&apos;s training. The pull&apos;s cursor is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--statements FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 statements from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a file of xAPI statements as a pull applies them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly N incident tickets (10 to 100 000; default: 10 to 200 after the number of events).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About N timeline entries per incident, with investigation notes (4 to 50; default: milestones only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--incidents must be a number from 10 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--incident-timeline must be a number from 4 to 50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralConnection</name>
    <message numerus="yes">
        <source>This address holds %n connection(s) to the service already, the most it may; close some or try again later.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The service holds as many connections as it may; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The request&apos;s head did not arrive within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The request&apos;s line and headers are larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request body must come with a Content-Length or chunked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is receiving as many requests as it may; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The request&apos;s body stalled for %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The request&apos;s target is not a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not well-formed HTTP/1.1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralConsoles</name>
    <message>
        <source>The request must name its console&apos;s key (X-Custodian-Console-Key, 64 hex digits), which consoles of sync API version 2 send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodian-central: refused %1&apos;s token from console %2 (store %3), which is registered to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console is registered to another supervisor; a supervisor&apos;s token works only on the consoles registered to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodian-central: console %1 (store %2) registered to %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with the audit chain the service held for its store</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>custodian-central: %1 registered another console: %2 (store %3); %1 now has %n console(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Console %1 is not registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodian-central: console %1 of %2 now names store %3 (was %4): the same keyring under another store id, such as a restored copy with its id changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodian-central: console %1 of %2 (store %3) was rolled back or replaced: the service holds its console audit up to entry %4, the console presents entry %5. It stays so until an administrator resolves it (custodian-central consoles --resolve).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralEvidenceUploads</name>
    <message>
        <source>An upload&apos;s key is 8 to 128 characters of A-Z, a-z, 0-9 and . _ ~ -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service holds no upload %1 from this console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;incident&apos; must be an incident&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;file_name&apos; must be text of 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;media_type&apos; must be text of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;description&apos; must be text of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;size&apos; must be the file&apos;s size in bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;sha256&apos; must be the file&apos;s SHA-256 as 64 lowercase hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;chunk_size&apos; must be %1: this service takes evidence in chunks of 256 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;added_by&apos; must be text of 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;added_at&apos; must be a time in milliseconds since 1970.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload key %1 was used before for another file; choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service does not hold incident %1 yet; the upload waits until the incident reaches the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2, over this service&apos;s evidence size limit of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence received for upload %1 does not match its declaration: %2. The service kept none of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service holds no upload %1 from this console; declare it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Upload %1 has %n chunk(s); there is no chunk %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A chunk must carry its SHA-256 as 64 lowercase hex digits in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chunk %1 of upload %2 arrived with SHA-256 %3, not the %4 it was sent with: it was changed or cut on the way. It was not kept; send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chunk %1 of upload %2 holds %3 bytes, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chunk %1 of upload %2 is held already, with other content.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralHttpServer</name>
    <message>
        <source>Use GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request carries no bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service could not check the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests with unknown tokens; wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is not known to this service (mistyped, or from another service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many requests; try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The request must name its console (X-Custodian-Console).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send application/json or application/cbor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;limit&apos; must be a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use PUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use POST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use PUT or GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a chunk as application/octet-stream.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralIncidentChanges</name>
    <message>
        <source>This service does not keep incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident change names the incident by its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident change is invalid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service does not hold incident %1: its opening was refused or has not arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed meanwhile (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new incident has no base version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident is invalid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident&apos;s opening lists the ids of its tasks, at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening names task %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident&apos;s fields are invalid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An update names the fields it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident has no field &apos;%1&apos; a supervisor changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phase change is invalid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1 is not a phase of an incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task decision is invalid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is not a task of this incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is invalid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closure is invalid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reopening is invalid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking events lists the access events&apos; ids, 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident action &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aware-at is invalid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The withdrawal is invalid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification is invalid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision about the data subjects is invalid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ground of Art. 34 this service knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id %1 is taken already on the central service; ids are chosen at random, so this change was made for another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge is invalid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merge lists the ids of the tasks it carries over, at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service does not hold incident %1, which was to be merged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralRecords</name>
    <message>
        <source>%1: this console has no central service to ask (Settings → Central service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and it cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and the connection to it is not trusted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and asking it failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The service says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and it refused this console&apos;s token (HTTP 401). Check the token in Settings → Central service.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and it refused.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and it asks to wait (HTTP %2).%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and it failed to answer (HTTP %2).%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and this one does not offer it (HTTP 404): it speaks an older version of the sync API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and it refused the request (HTTP %2%3).%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and its answer is neither JSON nor CBOR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and its answer is malformed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealing a card number needs the central service (card numbers are kept there only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service&apos;s answer to the reveal of record %1 is not what the sync API says (identifier, record and reveal). Nothing is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the whole card number, without &apos;*&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching by a card number needs the central service (only it can tell which record a card number belongs to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer record has this card number (the central service looked it up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service&apos;s answer to the look-up names no record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service knows this card number as record %1 (%2), but this console has not pulled that record yet: sync, then search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service&apos;s answer to the look-up (record %1) does not match this console&apos;s record with that token (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralReviewChanges</name>
    <message>
        <source>A review change names the campaign or item by its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review change is invalid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign action &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new campaign has no base version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is invalid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s scope or default decision is not one this service knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign lists its items, at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id %1 is taken already; the console chooses another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of the campaign is invalid: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of the campaign repeats an id or an assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 refers to assignment %2, which this service does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 was changed meanwhile (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review decision is invalid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review decision is keep, revoke or shorten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no review item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review item %1 was decided meanwhile (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision by default gives an undecided item the campaign&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralService</name>
    <message>
        <source>The central service could not complete the request; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is valid for 1 to %1 days, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was revoked on %1; ask an administrator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token expired on %1; ask an administrator for a new one (custodian-central token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service has no stream named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An idempotency key is 8 to 128 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;~&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;kind&apos; must be the name of a change kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;entity&apos; must be text of 1 to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;base_version&apos; must be a whole number or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;payload&apos; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idempotency key %1 was used before for a different change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reveal needs the supervisor&apos;s reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;event&apos; must be the id of an access event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service has no customer record %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access event %1 is not an access to customer record %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer record %1 was opened in access event %2 by an agent outside your scope (neither at your site nor managed by you): the central service does not reveal it to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent at your site or managed by you has opened customer record %1: the central service does not reveal it to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A look-up needs the identifier, at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the whole identifier, without &apos;*&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many look-ups by card or customer number; the central service answers one a minute after the first %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service does not accept changes of the kind &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding decision is invalid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another supervisor decided on this finding first (version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finding cannot go from status %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This decision on a finding needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a security officer changes the organisation&apos;s detection thresholds and review rule; %1 is a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection settings are one entity, &apos;detection_settings&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;values&apos; must be an object of settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The detection settings were changed meanwhile (version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no detection setting &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The detection settings are invalid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit push has &apos;previous&apos; and &apos;entries&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;rollback&apos; is true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rollback report carries no entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;previous&apos; names the last entry the service holds: its seq and its mac in hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 audit entries per push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1: &apos;mac&apos; must be 64 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries must follow each other without gaps: expected %1, got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console&apos;s audit chain does not continue the one the central service holds (up to entry %1): the store was rolled back to an older copy or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An escalation goes to a supervisor this service knows; &apos;to&apos; names none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The detection settings are invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralTrainingReminders</name>
    <message>
        <source>A training reminder is named by its id (1 to 2^53 − 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A training reminder is never changed once sent: it has no base version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training reminder is invalid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A training reminder&apos;s level is agent, team_lead or manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder to the agent alone names no team lead or manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder escalated to the team lead names no manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only overdue training escalates; &apos;days_overdue&apos; is 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another training reminder has the id %1; the console chooses another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agent %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no training module %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training record %1 is not this agent&apos;s in this module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training campaign %1 is not of this module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder is copied to a supervisor this service does not know.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateFactory</name>
    <message>
        <source>Cannot make the certificate: %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority&apos;s certificate or key is not PEM.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: custodian-cli COMMAND [options]

Administration of a Custodian store. Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run `custodian-cli COMMAND --help` for a command&apos;s options.
The passphrase comes from --passphrase-file FILE, else the CUSTODIAN_PASSPHRASE environment variable, else a prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.

</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandSupport</name>
    <message>
        <source>The store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished">PFAD</translation>
    </message>
    <message>
        <source>Read the passphrase from FILE (else CUSTODIAN_PASSPHRASE, else a prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store PATH is required.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot unlock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date or time such as 2027-03-01 or 2027-03-01T14:00Z, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleAudit</name>
    <message>
        <source>The console-audit chain has no state row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain&apos;s first key is missing from the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries %1 to %2 were deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 appears out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was changed, or entries were reordered before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain was truncated: entries %1 to %2 are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain state does not match its last entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleAuditModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsolePages</name>
    <message>
        <source>Access audit</source>
        <translation>Zugriffsprotokoll</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Access reviews</source>
        <translation>Zugriffsprüfungen</translation>
    </message>
    <message>
        <source>Console audit</source>
        <translation>Konsolenprotokoll</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished">Sicherheitsvorfälle</translation>
    </message>
</context>
<context>
    <name>ConsoleTime</name>
    <message>
        <source>The change is dated more than 5 minutes after the central service&apos;s clock; check the console&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatedPaths</name>
    <message>
        <source>%1 is a symbolic link; name the directory itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the directory %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty; use a new or empty directory (nothing in it was changed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CryptoSelfTest</name>
    <message>
        <source>Crypto self-test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerRecordWriter</name>
    <message>
        <source>%1 is not a customer record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the identifier is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carries a full payment card number. Card numbers stay on the central service and this console never stores one; nothing of the page was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has neither an identifier nor a token of 64 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its masked form is not BIN + &apos;*&apos; + last 4 (or &apos;****&apos; + last 4); a masked card number may show no more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the store refused it (another record has the same identifier, or its data class is unknown).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store or its directory cannot be written (check permissions and free space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be decrypted as a Custodian store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store or its directory cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input/output error on the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot key the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher did not accept cipher_page_size 4096</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not switch to WAL mode (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot re-encrypt the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell whether the store was re-encrypted (%1). The keyring keeps both keys; unlock again and it opens with whichever applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: re-encrypting the store needs about %1 MB free beside it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot re-encrypt the store: the re-encryption was rolled back. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The store already holds data (%1 agents, access events up to id %2; non-empty tables: %3). Demo data can only be seeded into a new store: create one with &apos;custodian-cli init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of access events must be from %1 to %2 (got %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log must span 7 to 3650 days (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the demo log must lie between 2000 and 2200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is locked.</source>
        <translation type="unfinished">Der Speicher ist gesperrt.</translation>
    </message>
    <message>
        <source>The number of incidents must be from 10 to 100000 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s evidence must be at most %1 bytes (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident&apos;s timeline must hold 4 to 50 entries (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetectionEngine</name>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity from %1 to %2 site time (%3), outside the agent&apos;s shift (%4–%5, starting %6) and its %7-minute grace period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity from %1 to %2 site time (%3) by an agent who departed on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity from %1 to %2 site time (%3) by an agent suspended since %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First use of workstation %1 at another site (%2) from %3 site time (%4), %5 days after the agent&apos;s first recorded activity; the agent works at %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First use of workstation %1 from %2 site time (%3), %4 days after the agent&apos;s first recorded activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 distinct customer records in one clock hour, %2 to %3 site time (%4); the threshold is %5 per hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed logins from %1 to %2 site time (%3): %4 or more within %5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>%1 opened from %2 to %3 site time (%4), though no role the agent held at that moment grants it. Roles held then: %5.</source>
        <translation>%1 geöffnet von %2 bis %3 Standortzeit (%4), obwohl keine der Rollen, die der Agent zu diesem Zeitpunkt hatte, dies erlaubt. Rollen zu diesem Zeitpunkt: %5.</translation>
    </message>
    <message>
        <source>%1 accessed from %2 site time (%3) without valid PCI DSS awareness training: the last pass expired on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accessed from %2 site time (%3) without any passed PCI DSS awareness training on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, UTC%2%3:%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 site time (%2) is outside %3 shift %4–%5 (starting %6) and its %7-minute grace period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 distinct customer records by %2 in the clock hour %3 to %4 site time (%5), more than the threshold of %6 per hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed logins by %2 from %3 to %4 site time (%5): at least %6 within %7 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment-card data opened at %1 site time (%2), when %3 held no valid PCI DSS awareness training: the last pass expired on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment-card data opened at %1 site time (%2); %3 has no passed PCI DSS awareness training on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 site time (%2) is after %3 departed on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 site time (%2) is after %3 was suspended on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this session is the first use of workstation %1 by %2, at %3 site time (%4), %5 days after %6 first recorded activity (the baseline is %7 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation belongs to %1; %2 works at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened at %2 site time (%3), though no role %4 held at that moment grants it. Roles held then: %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetectionSettings</name>
    <message>
        <source>The detection setting &apos;%1&apos; must be a whole number from %2 to %3 (got &apos;%4&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A training reminder escalates to the team lead before the manager: &apos;training_escalate_lead_days&apos; (%1) must be fewer days than &apos;training_escalate_manager_days&apos; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetectionSettingsSection</name>
    <message>
        <source>Bulk access: more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> distinct records per agent and hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed-login burst:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> failed logins or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-hours: grace around a shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workstation: usual ones are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days from an agent&apos;s first event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access reviews:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reviewer must be someone other than the campaign&apos;s creator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceExport</name>
    <message>
        <source>%1 The export was refused; nothing was written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceRegister</name>
    <message>
        <source>Stopped; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (evidence %2) is intact: %3, SHA-256 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (evidence %2) has been tampered with: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding evidence needs the name of who adds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident %1 to add evidence to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2, over the evidence size limit of %3; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “%1” failed after %2: %3. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” changed while it was read: it had %2 when the add began, %3 could be read. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunks %1 to %2 are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>chunk %1 is extra: the file was stored in %n chunk(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>chunk %1 holds %2 bytes, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds %1 bytes, not the %2 recorded when it was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its SHA-256 is %1, not the %2 recorded when it was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading evidence needs the name of who reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying evidence needs the name of who verifies it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no evidence %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence needs its size and SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chunk %1 of evidence %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 is on record (it has a custody trail) and is never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceSettings</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence size limit stored in this store (%1) is not a valid size; set it again in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the evidence size limit needs the name of who does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence size limit must be between %1 and %2; %3 is not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>An export needs the name of who exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was given to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be recorded in the console audit, so no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be recorded in the console audit, so its file was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be recorded, so no file was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFolder</name>
    <message>
        <source>Open</source>
        <translation type="unfinished">Offen</translation>
    </message>
    <message>
        <source>Open %1 with the desktop&apos;s viewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingCatalogue</name>
    <message>
        <source>Off-hours access</source>
        <translation>Zugriff außerhalb der Arbeitszeit</translation>
    </message>
    <message>
        <source>Bulk access</source>
        <translation>Massenzugriff</translation>
    </message>
    <message>
        <source>Failed-login burst</source>
        <translation>Häufung fehlgeschlagener Anmeldungen</translation>
    </message>
    <message>
        <source>Access by inactive agent</source>
        <translation>Zugriff durch inaktiven Agenten</translation>
    </message>
    <message>
        <source>New workstation</source>
        <translation>Neuer Arbeitsplatz</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Zur Kenntnis genommen</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Access beyond role</source>
        <translation>Zugriff über die Rolle hinaus</translation>
    </message>
    <message>
        <source>Payment card data without PCI DSS training</source>
        <translation>Zahlungskartendaten ohne PCI-DSS-Schulung</translation>
    </message>
    <message>
        <source>Role held without required training</source>
        <translation>Rolle ohne erforderliche Schulung</translation>
    </message>
</context>
<context>
    <name>FindingWorkflow</name>
    <message>
        <source>A finding can only be dismissed with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finding can only be reopened with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finding that is %1 cannot be changed to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1 was changed by someone else meanwhile; look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An escalation needs a note: what should the recipient know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the supervisor the escalation goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor %1 is not known to this console; choose another or sync first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1 is already in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1 was escalated into %2 already; merge or link the incidents instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentBulkAction</name>
    <message>
        <source>Select the incidents to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of several incidents needs a reason: it is recorded on each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the supervisor who owns the incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing needs a summary: what happened, what was done, what is left to learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentCommands</name>
    <message>
        <source>--%1 must be one of %2, not &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the incident: its reference (INC-2026-0042), incident:&lt;id&gt; or its id (see `custodian-cli incident list`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident &apos;%1&apos; (see `custodian-cli incident list`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supervisor is called &apos;%1&apos; in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose --open or --closed, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a whole number of at least 1, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, SLA BREACHED since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, GDPR: notify by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  category %1, severity %2, impact %3, owner %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  phase %1 (CSF %2); detected %3, opened %4; due %5 (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  closed %1 by %2: %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  personal-data breach, aware at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (mandatory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline (chain intact, %1 entries):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline (CHAIN BROKEN: %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 (%2 event(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--title, --category and --owner are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 (incident:%2) with %3 task(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to PHASE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--task N is required (see `custodian-cli incident show`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --done or --not-applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident has no task &apos;%1&apos; (see `custodian-cli incident show`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 (%2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to attach: incident attach INCIDENT FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1 as evidence:%2: %3 bytes, SHA-256 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format pdf|md and --output FILE are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 bytes (console audit #%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the incident&apos;s timeline chain is broken; the report says where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 evidence item(s) differ from what was added; the report names them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format csv|pdf and --output FILE are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 breach(es), %3 not notified, %4 withdrawn; %5 bytes (console audit #%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown incident command &apos;%1&apos;: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INCIDENT is its reference (INC-2026-0042), incident:&lt;id&gt; or its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists incidents, the newest first, with the Incidents page&apos;s filters: the SLA and the GDPR clock of each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows an incident: its fields, tasks, timeline (with the chain&apos;s verification) and observables (records masked). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens an incident with its category&apos;s tasks (audited). Categories: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes an incident&apos;s title, description, severity, owner or impact (audited). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves an incident to another phase: forward freely, back or reopened (closed → analysing) with --reason (audited). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides one of an incident&apos;s tasks: done, or not applicable with --reason (audited). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds FILE to an incident&apos;s evidence register: stored encrypted in the store, its SHA-256 recorded (audited). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the incident report as PDF or Markdown (--format pdf|md): summary, tasks, timeline, observables, evidence re-verified, GDPR notifications (readable by you only; an existing file is replaced only with --force; audited). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the GDPR Art. 33(5) breach register as CSV or PDF (--format csv|pdf; audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the incident. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More incidents match than --limit %1 shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 incidents assigned; %3 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 incidents closed; %3 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--owner and --reason are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing several incidents needs --reason, recorded on each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes one or more incidents with an outcome and a summary; refused while a mandatory task is open. Several incidents need --reason: each is closed on its own, one refused does not stop the others (audited). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives one or more incidents a new owner, with --reason recorded on each; each is changed on its own, one refused does not stop the others (audited). </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentEventLink</name>
    <message>
        <source>Select at least one access event to link to the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 is not in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected events are not in this store; nothing was linked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>An incident holds at most %1 access events. This one holds %2 and the selection would add %3; narrow the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter matches more than %1 access events, more than an incident holds; narrow it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentFromEvidence</name>
    <message>
        <source>%1 was changed by someone else meanwhile; look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds every one of these events already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agent this console does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, session %2 (%3 – %4 UTC): %n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n customer record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n export(s), print(s) or bulk search(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n refused or failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select at least one access event to open the incident with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed; reopen it to add events to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least one finding to escalate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other finding kind(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no owner to escalate the findings to; choose one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated into incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) escalated into this incident.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is closed; reopen it to add findings to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging needs a reason: why are these the same incident?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed; reopen it before merging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into %1, which carries this task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merged %1 into this incident: %n event(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n agent(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n finding(s) moved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; open tasks carried over: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; open tasks this incident had already: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into %1. Reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking needs a reason: how are these incidents related?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident cannot be linked to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are linked already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to %1 as related. Reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinking needs a reason: why are these incidents not related after all?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are not linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer linked to %1. Reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentObservableReader</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <source>%1 days %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1, on track (%2 left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1, due soon (%2 left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1, BREACHED (%2 late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1, met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1, closed %2 late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer record (masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished">Sitzung</translation>
    </message>
    <message>
        <source>Art. 34(3)(a): the data was unintelligible to anyone not authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 34(3)(b): subsequent measures make the high risk no longer likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 34(3)(c): disproportionate effort, replaced by a public communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 34(1) does not apply: no high risk to the data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident report %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished">Schweregrad</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (CSF %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal-data breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, aware at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain verified: %1 entries intact; %2 from the central service, outside the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHAIN BROKEN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access events are linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence is attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 item(s) re-verified against their SHA-256 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAMPERED: %1 of %2 item(s) differ from what was added (re-verified at %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAMPERED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded as a personal-data breach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisory authority was notified at %1; the notification&apos;s form is not held in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisory authority has not been notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1, sent %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for the delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (about %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 34 decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify the data subjects: %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not notified: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared workstations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is written as Markdown (md) or PDF (pdf), not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentTemplates</name>
    <message>
        <source>Vishing or social engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number exposed (PCI DSS 12.10.7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account takeover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misuse of customer records by an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost workstation or device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misdirected e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the call or contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When, on which line or channel, the number or address it came from, and what was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establish what was disclosed or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which customer data the caller learned and which account changes were made on their request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the targeted customer accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag them for step-up verification and undo changes made on the impostor&apos;s request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block or report the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report the number to the telecom provider or block the address; warn the other teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go through the call with the agent: what gave it away, what would have stopped it earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the pretext with all agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short note or briefing so that the same script fails on the next agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate every copy of the card numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the PAN was found (notes, e-mail, recording, export, screenshot) and every copy made of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Determine what to do with the stored PAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCI DSS 12.10.7: decide, with the security officer, whether to delete it or move it into the CDE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieve, securely delete or migrate the PAN into the CDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCI DSS 12.10.7: remove it from where it was found; record how and who checked it is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify where the data came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCI DSS 12.10.7: the agent, process, tool or integration that put the PAN there, and since when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the gaps that let it be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCI DSS 12.10.7: change the process, masking, DLP rule or tool so that it cannot happen again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide whether the acquirer must be told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If cardholder data may have left the organisation, follow the card brands&apos; notification rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the affected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend the customer&apos;s or agent&apos;s account and end its sessions before anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset credentials and second factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password, re-enrolled second factor, revoked tokens; confirm the owner through a known channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the account&apos;s activity during the takeover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logins, record views, changes and payments from the first suspicious access to the lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find how access was gained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phished password, SIM swap, social engineering of an agent, reused credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the account to its owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the intruder&apos;s changes and give the account back once the owner is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establish which records were accessed without a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the agent&apos;s record views with the contacts they handled; keep the access log extract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict the agent&apos;s access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend the roles that give access to the records while the case is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involve HR and the agent&apos;s manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over the facts for the disciplinary process; the console records decisions, not sanctions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide whether personal data was breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the data protection officer: whether the views amount to a personal data breach (GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the controls that let it happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role scope, detections and sampling: why it was not caught sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify the device and what it held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation or token, its last user, whether it was encrypted, what data and sessions it had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the device&apos;s access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates, VPN profile, tokens and saved sessions of the device and its last user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe the device remotely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the remote wipe and record whether the device confirmed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report the loss or theft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A police report for a theft; the reference goes in a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new device for the agent, enrolled and checked before use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentTerms</name>
    <message>
        <source>Low</source>
        <translation type="unfinished">Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished">Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished">Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished">Kritisch</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon (%1 left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached (%1 late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentTimeline</name>
    <message>
        <source>Incident %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the timeline is missing (deleted): the chain goes on with entry %2 (%3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the timeline appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the timeline (%2, %3) was changed, or entries were reordered before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries %1 to %2 at the end of the timeline are missing (deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline has entries past its recorded last entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline&apos;s recorded head does not match its last entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentWorkflow</name>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the incident&apos;s category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the incident&apos;s severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the supervisor who owns the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When was it detected? The time must not be after the incident is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor %1 is not known to this console; choose another or sync first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Incident declared: %1. Owner: %2; severity: %3; %n task(s) from the category&apos;s template.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is closed; reopen it to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impact: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile; look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1 is not a phase of an incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing %1 needs an outcome and a summary: close it rather than change its phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed: it can only be reopened, to analysing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving %1 back from %2 to %3 needs a reason: what was found that reopens the work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from %1 to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task can be marked done or not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the task does not apply to this incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed; reopen it to change its tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task “%1” was already decided by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task done: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task not applicable: %1. Reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note cannot be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the outcome: true positive with or without impact, false positive, duplicate, or benign activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing needs a summary: what happened, what was done, what is left to learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the incident this one duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot duplicate itself; name the other incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1, which this one would duplicate, does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be closed while %n mandatory task(s) are open: %2. Mark each done, or not applicable with a reason.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>duplicate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopening needs a reason: what was found after the incident was closed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened, back to analysing (closed as %1). Reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The category&apos;s template has %n task(s); the opening names %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already owned by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: %1. %2 Reason: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message>
        <source>Key rotation needs the store unlocked with its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: rotating the key needs about %1 MB free beside the store. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key rotation did not finish; unlock again to continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeySlot</name>
    <message>
        <source>The keyring is damaged: %1.</source>
        <translation>Der Schlüsselbund ist beschädigt: %1.</translation>
    </message>
    <message>
        <source>a key slot is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring has been altered: a key slot does not match its checksum. Restore the keyring from a backup; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key slot header is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a passphrase slot has the wrong size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring has been altered: its key-derivation parameters are out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recovery slot has the wrong size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key slot of unknown kind %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a passphrase slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>Die Passphrase ist falsch.</translation>
    </message>
    <message>
        <source>not a recovery slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code is wrong.</source>
        <translation>Der Wiederherstellungscode ist falsch.</translation>
    </message>
    <message>
        <source>The keyring has been altered: the recovery code is right but its sealed key does not open. Restore the keyring from a backup; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The keyring is damaged: %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not used and was not changed. Put back the store&apos;s keyring from a backup, or have the holder of the recovery code rebuild it from the slot that code opens: custodian-cli recover --store STORE --rebuild-keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring has been altered: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store salt must be 16 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring found at %1. A Custodian store needs its keyring file beside it; if this is a store, restore the keyring from a backup.</source>
        <translation>Unter %1 wurde kein Schlüsselbund gefunden. Ein Custodian-Speicher braucht seine Schlüsselbunddatei daneben; wenn dies ein Speicher ist, stellen Sie den Schlüsselbund aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The keyring %1 is not a regular file (%2): Custodian reads a keyring only from a regular file. Nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the keyring %1: %2</source>
        <translation>Der Schlüsselbund %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The keyring %1 is larger than any keyring (more than %2 bytes): it is not a Custodian keyring. Nothing beyond that was read and nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Custodian keyring file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version %1 is not supported by this version of Custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds %1 keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key has %1 slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has an unexpected key role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no current key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has trailing bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to write a keyring that is not authenticated (format %1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the keyring %1 could not be written. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the keyring beside the store (%1): %2 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key holds %1 passphrase slot(s) and %2 recovery slot(s), but Custodian only ever writes one of each, so a slot was added or removed by someone else — a recovery slot sealed to their own key would receive every future data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring (format 1, written by an earlier Custodian) cannot be trusted: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its pending key has generation %1 beside current generation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring has no slot of the needed kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key slot or key was added, removed or replaced since Custodian last wrote it (its authentication code does not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its pending key does not open with the secret that opens its current key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring has no passphrase slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring asks for more key-derivation work than Custodian ever sets (scrypt N·r·p of %1 for this unlock; the limit is %2): it was altered or not written by Custodian. Nothing was derived and nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code is wrong.</source>
        <translation>Der Wiederherstellungscode ist falsch.</translation>
    </message>
    <message>
        <source>The pending key is not open: cannot re-wrap it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pending key needs the passphrase KEK and a recovery slot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>The disk is full: %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link; Custodian never writes through one. Name the file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not name a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory %1 does not exist.</source>
        <translation type="unfinished">Das Verzeichnis %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create a file in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was committed already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>a common word, name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a common word with letters swapped for look-alike digits or symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your user name, the store&apos;s name or the product&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeated characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sequence such as abc or 123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a keyboard pattern such as qwerty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date or year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfTablePainter</name>
    <message>
        <source>Cannot write the PDF file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF export needs the graphical application (for its fonts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file was not started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordAccessReader</name>
    <message>
        <source>There is no customer record %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordReveal</name>
    <message>
        <source>No customer record was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reveal needs the name of the supervisor who asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required to reveal a customer identifier: say why you need it (for example the ticket or investigation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer record %1 does not exist in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the reveal in the console audit, so nothing is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service answered with a number that does not belong to record %1 (%2). Nothing is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reveal record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 (%2) is payment card data: its number is kept by the central service only, and revealing it asks the service (online).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store holds only the masked form of record %1 (%2): there is no identifier to reveal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has no sealing key: no identifier can be revealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sealed identifier of record %1 does not authenticate: it was altered or damaged. Nothing was revealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the reveal in the console audit, so nothing was revealed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <source>This is not a recovery code: it has 25 letters and digits in five groups, as shown when the store was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code is incomplete: it has 25 letters and digits, this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Name the campaign: review:&lt;id&gt; or its name (see `custodian-cli review list`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single campaign is called &apos;%1&apos; (see `custodian-cli review list`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 decided (%3 kept, %4 revoked, %5 shortened, %6 by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access-review campaigns yet (create one with `custodian-cli review create`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due soon: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one scope: --team, --site, --role or --sensitive-roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single %1 is called &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no supervisor &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--due DATE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--evidence-days must be a number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--default is keep or revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created campaign review:%1 “%2” with %3 item(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--decision is keep, revoke or shorten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the items with exactly one of --item, --agent or --undecided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign has no item &apos;%1&apos; (see `custodian-cli review show`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item of the campaign is decided already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign has no undecided item of agent &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided %1 item(s): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed review:%1; the default decided %2 item(s) and revoked %3 assignment(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output FILE is required (.csv or .pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 item(s), %3 bytes (console audit #%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown review command &apos;%1&apos;: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the access-review campaigns with their scope, reviewer, due date and progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a campaign&apos;s items: the agent and role, the evidence (use of the role&apos;s data in the evidence window, training, open findings, incidents) and the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a campaign over the assignments in force of a team, a site, a role or every sensitive role (audited, sent to the central service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides items of a campaign: keep, revoke (revokes the assignment now) or shorten (ends it earlier), with a justification; all chosen items or none (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes a campaign: undecided items get its default decision (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the campaign report as CSV or PDF (readable by you only; an existing file is replaced only with --force; audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review:&lt;id&gt; or the campaign&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewEvidenceReader</name>
    <message>
        <source>%1 not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 event(s) on %3 day(s), last %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 export(s) or bulk search(es)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training missing or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no open findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open finding(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 incident(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewListReader</name>
    <message>
        <source>sensitive roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>none required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expired %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: never passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; … and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished">%1 (%2) {1 %2 ?} {3)?}</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default decision at close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 decided: %3 kept, %4 revoked, %5 shortened, %6 by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is written as CSV or PDF; name the file …%1 or …%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewRules</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign&apos;s name has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the %1 the campaign covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no supervisor %1 to review the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation requires a reviewer other than the campaign&apos;s creator: choose another supervisor to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date %1 is not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign is due within a year; %1 is later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence window is 1 to %1 days, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default decision at close is keep or revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review: no assignment in this scope is in force and known to the central service (a grant made here is reviewable once it has synced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign “%1” closed on %2; its decisions can no longer be made or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the campaign&apos;s reviewer decides on its items, and you are not the reviewer of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 was decided already (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review decision needs a justification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A justification has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortening needs the new end of the validity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a shortening decision has a new end of the validity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign “%1” closed on %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the campaign&apos;s reviewer or the supervisor who created it closes “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is due on %2 and %n item(s) are not decided yet: decide them first, or close it once it is due (the default then decides what is left).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The default decision is “revoke”: closing the campaign revokes every assignment nobody decided on (%n now), whether or not the agent still needs it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not decided by the due date; the campaign&apos;s default (%1) applied at close.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWorkflow</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 refers to assignment %2, which is not in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access review “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the item was changed meanwhile (by a sync); look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the items to decide on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no review item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign was changed meanwhile (by a sync); look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleAssignment</name>
    <message>
        <source>The request was not decided before its validity ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity period ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleAssignmentWorkflow</name>
    <message>
        <source>There is no assignment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment %1 was changed meanwhile (by a sync); look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console does not know yet which supervisor you are. Sync with the central service once: its session names the supervisor your token belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service named supervisor %1, who is not in this store yet; sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request can no longer be approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleCommands</name>
    <message>
        <source>--assignment ID is required (see `custodian-cli roles agent`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--agent EMPLOYEE_NO is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agent with employee number &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (waiting for the central service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown roles command &apos;%1&apos;: use list, agent or pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the roles: permissions, data classes, required training, maximum duration, whether a second supervisor must approve, and how many agents hold each now; then the separation-of-duties rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one agent&apos;s permissions in force now and the roles they come from, every assignment, and the history of every role change with who, when and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the role requests waiting for a second supervisor&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)%3
  holders %4, pending %5; max duration %6; training (%7): %8
  data classes: %9
  permissions: %10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — sensitive: a second supervisor approves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Separation of duties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 ✕ %3 (%4)%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, exception with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, no exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests are waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 (%3) asks for %4 by %5 on %6: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions in force now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Assignments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
History (newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role&apos;s code (see `custodian-cli roles list`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the validity (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the validity (exclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity of N days from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the agent needs the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for an exception to a separation-of-duties rule that allows one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants a role to an agent, or requests it when the role is sensitive (a second supervisor approves it on their console). The separation-of-duties rules, the required training and the role&apos;s maximum duration are checked first; a refusal says why and writes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --until or --days, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days must be a whole number from 1 to 36500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role CODE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no role &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested: assignment %1 waits for a second supervisor&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted: assignment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revokes an assignment now, or withdraws a pending request, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked: assignment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approves another supervisor&apos;s request for a sensitive role (see `custodian-cli roles pending`). The rules are checked again as of now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: assignment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejects another supervisor&apos;s request for a sensitive role, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: assignment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new, earlier end of the validity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the end of an active assignment earlier, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until WHEN is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortened: assignment %1 now ends %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The store has schema version %1, written by a newer Custodian; this version understands up to %2. Update Custodian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration to schema version %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrypt</name>
    <message>
        <source>scrypt parameters out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL has no scrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create scrypt context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrypt failed (not enough memory for its parameters?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SealedBox</name>
    <message>
        <source>X25519 failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>Cannot read the %1 file %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file %2 is too long (over %3 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file %2 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal to ask for the secret on; use the --passphrase-file option or the CUSTODIAN_PASSPHRASE variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerTlsContext</name>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up TLS: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum protocol version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.2 cipher list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3 cipher suites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key exchange groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key does not belong to the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client CA&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlCentralRepository</name>
    <message>
        <source>The cursor was not issued by this service for the stream %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s data directory has central schema version %1; this custodian-central knows versions 1 to %2. Use a newer custodian-central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the service&apos;s data to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation is already published on the change feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no supervisor with the user name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sealed identifier of customer record %1 does not authenticate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service holds only the masked form of customer record %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console has no rollback to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New access events must come after the last one (%1); %2 does not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The store is locked.</source>
        <translation>Der Speicher ist gesperrt.</translation>
    </message>
    <message>
        <source>The store %1 is cut short: it should hold %2 pages but the file has %3. Restore it from a backup.</source>
        <translation>Der Speicher %1 ist unvollständig: Er sollte %2 Seiten enthalten, die Datei hat aber %3. Stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The keyring %1 belongs to another store: it does not match %2. Put this store&apos;s own keyring beside it.</source>
        <translation>Der Schlüsselbund %1 gehört zu einem anderen Speicher: Er passt nicht zu %2. Legen Sie den eigenen Schlüsselbund dieses Speichers daneben.</translation>
    </message>
    <message>
        <source>%1 already exists; Custodian never overwrites a store or its keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory %1 does not exist.</source>
        <translation>Das Verzeichnis %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Die Passphrase ist leer.</translation>
    </message>
    <message>
        <source>Cannot create the store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is damaged: its key is right (its other pages decrypt), but its first page does not. Restore the store from a backup.</source>
        <translation>Der Speicher %1 ist beschädigt: Sein Schlüssel ist richtig (seine übrigen Seiten lassen sich entschlüsseln), seine erste Seite aber nicht. Stellen Sie den Speicher aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The keyring %1 opened, but its key does not open the store %2: not one of its pages decrypts with it. The keyring is from another moment than the store — a key change made elsewhere (through another path to the store, or on a copy), or a keyring or a store put back from a backup without the other — or, less likely, the whole store file is damaged. Put the keyring that belongs to this store beside it (look beside other copies of the store, and in the backup taken together with it). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring %1 is in the old format 1, but this store&apos;s keyring was already upgraded to format %2: this keyring is an older copy, or was rewritten by someone else to drop its authentication code. It was not used and was not changed. Put back the store&apos;s current keyring from a backup, or have the holder of the recovery code rebuild it: custodian-cli recover --store STORE --rebuild-keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is empty.</source>
        <translation>Die neue Passphrase ist leer.</translation>
    </message>
    <message>
        <source>The keyring cannot be rebuilt: the recovery slot cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code opens a key in the keyring %1, but that key does not open the store %2: the keyring cannot be rebuilt from it. Put back a keyring that belongs to this store. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring was not rebuilt: the old keyring could not be kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring WAS rebuilt (the old one is kept as %1), but its audit entry could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has no secret named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase WAS changed, but its audit entry could not be written now (it is recorded at the next unlock)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreCommands</name>
    <message>
        <source>Read the new passphrase from FILE (else a prompt, asked twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new encrypted store and its keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a new store with deterministic demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row counts per table and store size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every page and the console-audit chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase (re-wraps the key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new passphrase using the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the data key (re-encrypts the store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the access events of a filter to CSV or PDF (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the console-audit entries and check their chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync once with the central service (JSON summary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or change how the store syncs with the central service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles catalog, one agent&apos;s access and history, pending requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant (or request) a role for an agent (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke an assignment or withdraw a request (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve another supervisor&apos;s role request (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject another supervisor&apos;s role request (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End an assignment earlier (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access-review campaigns: list, show, create, decide, close, export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the recovery code to FILE (created with mode 0600; must not exist) instead of printing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an encrypted store at PATH and its keyring PATH.keyring. The data key is wrapped by the passphrase and by a recovery code, which is shown once (or written to --recovery-code-file): give it to your data protection officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code file %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store was created, but: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code (shown once — store it safely): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 and its keyring %2.
The recovery code is in %3 (mode 0600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 and its keyring %2.

Recovery code (shown once — store it safely, it is the only way in if the passphrase is lost):

    %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly N access events (1000 to 10000000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed; same seed, same data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of activity, ISO 8601 (default: start of today, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of access log to generate (default 90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills a new store with a deterministic demo contact center: sites, teams, agents, roles with SoD conflicts, training, incidents, and exactly N access events with planted anomalies. Same --seed and --end, same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--events must be a number from 1000 to 10000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days must be a number from 7 to 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--end must be an ISO 8601 date or time, e.g. 2026-11-27 or 2026-11-27T00:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seeding: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeded %1: %2 agents at %3 sites in %4 teams, %5 customer records, %6 access events, %7 roles, %8 assignments, %9 training records, %10 incidents in %11 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the row count of every table and the sizes of the store, its WAL and its keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1
  size %2 bytes (WAL %3 bytes), keyring %4 bytes, schema version %5, key generation %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s integrity check over every page (each page&apos;s HMAC is verified as it is decrypted) and replays the console-audit chain. Exit status 1 and the first bad entry when anything is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check FAILED:
  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console audit chain BROKEN at entry %1: %2 (%3 entries verified before it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console audit chain: intact, %1 entries, head %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the passphrase: the data key is re-wrapped under the new passphrase; the store itself is not re-encrypted and the recovery code stays valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a new keyring from the slot the recovery code opens, for a keyring that cannot be trusted (a slot was added or replaced). The old keyring is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the recovery code from FILE (else a prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the store with its recovery code and sets a new passphrase. The recovery code stays valid. With --rebuild-keyring, writes a new keyring holding only a slot for the new passphrase and one for the recovery code, from the key that code opens and that opens the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rebuild the keyring of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilt the keyring of %1 from the recovery code, with the new passphrase. The keyring it replaced is kept beside it (%2.replaced-…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recover %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase set for %1 with the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotates the data key: a new random key re-encrypts every page of the store (PRAGMA rekey) and the keyring is re-wrapped. Safe to interrupt: the store always opens with the passphrase and the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated the data key of %1 (generation %2) in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export: access (the access events).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the time range, ISO 8601 date or date-time (UTC without an offset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the time range, excluded; a date alone includes that whole day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this agent: employee number or id (repeat or separate with commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only agents of this team: name (with --site when several sites have it) or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only agents of this site: code or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SITE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this workstation: host name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this data class: none, pii, payment_card, communications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this action: view, search, update, export, print, login, logout, bulk_search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this outcome: success, denied, failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this channel: voice, chat, email, back_office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search over agents, teams, sites, workstations and masked records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or pdf (default: from the --out extension, else csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oldest (default), newest or agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (readable by you only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace --out if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the access events that match a filter — all of them — to a CSV or PDF file, the same filters as the console&apos;s access page. Customer records appear masked. The export is recorded in the console audit (actor cli:$USER); the file appears only once it is complete and recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--what is required (--what access).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --what &apos;%1&apos;: only &apos;access&apos; can be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to are required (ISO 8601, e.g. --from 2026-02-01 --to 2026-02-07).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is not before --to %2: the time range is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --format &apos;%1&apos;: use csv or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --order &apos;%1&apos;: use oldest, newest or agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out %1 is a folder; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporting: %1% (%2 events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 access events to %2 (pdf, %3 pages, %4 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 access events to %2 (csv, %3 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the newest N entries (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only actions that start with PREFIX, e.g. record., export, finding., unlock (repeat or separate with commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only actors that contain TEXT (any case), e.g. cli: or alice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the console-audit entries — seq, time (UTC), actor, action, target and detail — oldest first and newest last, then replays the tamper-evident chain over the whole audit. Exit status 1 when the chain is broken, naming the first bad entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--last must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No console-audit entry matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the newest %1 of %2 matching entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training standing: the completion matrix, one agent, the overdue list, the evidence export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents: list, show, open, update, phase, task, close, attach, report, breach-register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly N incident tickets (10 to 100000; default: 10 to 200 after the number of events).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About N timeline entries per incident, with investigation notes (4 to 50; default: milestones only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add MB of evidence (1 to 100) to one incident through the evidence register (default: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--incidents must be a number from 10 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--incident-timeline must be a number from 4 to 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--evidence-mb must be a number from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreFile</name>
    <message>
        <source>There is no store at %1.</source>
        <translation>Unter %1 gibt es keinen Speicher.</translation>
    </message>
    <message>
        <source>%1 is not a file, so it is not a Custodian store.</source>
        <translation>%1 ist keine Datei und damit kein Custodian-Speicher.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a Custodian store.</source>
        <translation>%1 ist eine unverschlüsselte SQLite-Datenbank, kein Custodian-Speicher.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Custodian store.</source>
        <translation>%1 ist leer und damit kein Custodian-Speicher.</translation>
    </message>
    <message>
        <source>%1 is a text file, not a Custodian store.</source>
        <translation>%1 ist eine Textdatei, kein Custodian-Speicher.</translation>
    </message>
    <message>
        <source>%1 is cut short: its size (%2 bytes) is not a whole number of 4096-byte pages. The file was truncated or is not a Custodian store; restore it from a backup.</source>
        <translation>%1 ist unvollständig: Seine Größe (%2 Bytes) ist kein ganzzahliges Vielfaches von 4096-Byte-Seiten. Die Datei wurde abgeschnitten oder ist kein Custodian-Speicher; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>StoreLock</name>
    <message>
        <source>A key change is in progress on this store: another program is rotating its key or changing its passphrase (custodian-cli rekey, passwd or recover). Try again when it has finished; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program has this store open (the console or another custodian-cli command): its key cannot change while it is in use. Close the store there and try again; nothing was changed.</source>
        <translation>Ein anderes Programm hat diesen Speicher geöffnet (die Konsole oder ein anderer custodian-cli-Befehl): Sein Schlüssel kann nicht geändert werden, solange er verwendet wird. Schließen Sie den Speicher dort und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The disk is full: the store&apos;s lock file %1 cannot be created. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s directory cannot be written: its lock file %1 cannot be created (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s lock file %1 is not a regular file. Remove it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s lock file %1 cannot be locked (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s directory cannot be written: its lock file %1 cannot be opened for writing (%2), and a key change needs it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s directory cannot be written: its lock file %1 is open for reading only, and a key change needs to write-lock it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreOverviewModel</name>
    <message>
        <source>Access events</source>
        <translation>Zugriffsereignisse</translation>
    </message>
    <message>
        <source>Customer record references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Role assignments</source>
        <translation>Rollenzuweisungen</translation>
    </message>
    <message>
        <source>Separation-of-duties rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access-review campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>Schulungsnachweise</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Sicherheitsvorfälle</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Console audit entries</source>
        <translation>Einträge im Konsolenprotokoll</translation>
    </message>
</context>
<context>
    <name>SupervisorRole</name>
    <message>
        <source>security officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>Cannot read the %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-cert and --client-key go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs one sync with the central service: pushes this store&apos;s waiting changes and console-audit entries, then pulls every stream. Uses the store&apos;s sync settings; a flag overrides one for this run only (sync-config saves them). Prints a JSON summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the system&apos;s CAs instead of a CA of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every pin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the client certificate and key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync every S seconds while the console is unlocked (5 to 86400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the settings as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the store&apos;s sync settings, or changes those given (checked, then saved with a console-audit entry). The token and the client key are never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca and --system-ca exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-cert and --no-client-cert exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval must be a whole number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pin(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>The finding of this conflict no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console has no %1 stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service&apos;s version cannot be taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role assignment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict %1 does not exist or is resolved already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn: the central service&apos;s version was taken when a conflict was resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role assignment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review campaign &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Its audit entries are not sent until an administrator resolves it on the central service (custodian-central consoles --resolve).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service recorded that this console&apos;s audit went back to an older copy or was replaced: it holds entries up to %1, and the console presented entry %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store&apos;s console audit differs from the one the central service received (entry %1): the store was restored from an older copy and used since, or replaced by another. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is older than what the central service has seen of it: the service holds console-audit entries up to %1, the store only up to %2. The store was rolled back to an older copy. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (store %2, key %3…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another console was registered for your account on the central service: %1. If it is not yours, tell an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync token expired on %1; ask an administrator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The sync token expires on %1 (in %n day(s)); ask an administrator for a new one before then.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> The server says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service does not allow this supervisor %1 (HTTP 403, forbidden).%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service refused this console&apos;s credentials (HTTP %1) for %2. Check the token (and the client certificate) in the sync settings.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service did not receive %1 in time (HTTP 408): the connection stalled.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service is too busy to answer %1 (HTTP %2), even after waiting.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service failed to answer %1 (HTTP %2).%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service reports a conflict for %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service refused %1 (HTTP %2%3).%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service answered %1 with the unexpected HTTP status %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service asks to wait %1 s before trying again (HTTP %2); sync will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service answered %1 with a body that is neither JSON nor CBOR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service&apos;s answer to %1 is malformed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service does not say which version of the sync API it speaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service speaks version %1 of the sync API; this console speaks version %2 and does not sync with an older service (version 1 sends full card numbers to every console). Update the central service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service speaks version %1 of the sync API; this console speaks version %2. Update the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service&apos;s session names no supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service&apos;s session has no valid console-audit head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service&apos;s session does not describe this console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service&apos;s session has an invalid rollback record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service&apos;s session has an invalid rollback resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator resolved this console&apos;s rollback on the central service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service&apos;s session has an invalid list of consoles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rollback report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this change was about no longer exists here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service applied %1 but gave no version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the console-audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service acknowledged other audit entries than were sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service does not offer the stream %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page of the %1 stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service sent an invalid page of the %1 stream: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service&apos;s %1 stream does not advance (the same cursor again, or an empty page with more to come).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items of unknown types in the %2 stream were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The detection settings need a &apos;version&apos; and &apos;values&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every detection setting must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upload of evidence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service&apos;s answer to %1 does not describe this upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service verified %1 but gave no evidence id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service&apos;s answer to %1 names a chunk the file does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service holds every chunk of %1 but did not say whether the file is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service does not take evidence uploads (HTTP %1%2): it is older than this console. The upload waits until the service is updated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncItemWriter</name>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, outside %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 characters long, more than %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 entries, more than %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 of &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 of &apos;%2&apos; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store refused it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store refused an entry of &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &apos;type&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, a withdrawn code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>The store&apos;s keyring has no recovery slot, so the console cannot name itself to the central service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncWire</name>
    <message>
        <source>access event %1 of the page: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, outside %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 does not encode the event&apos;s time %2 (id = time × 65536 + n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text value was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text value is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed CBOR text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CBOR body is malformed or cut short at byte %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each access event must be a list of %1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 values instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more than %1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;source_address&apos; must be text of at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1 must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page is not a CBOR map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page&apos;s keys must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;items&apos; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page holds %1 items, more than the %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page holds more than the %1 items allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;stream&apos; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;cursor&apos; must be text of at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;more&apos; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body goes on after the page (%1 extra bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON body is malformed at byte %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON body is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body goes on after the document (%1 extra bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CBOR body is not a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page does not say which stream it belongs to (&apos;stream&apos; is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered a request for the stream &apos;%1&apos; with a page of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page has no &apos;items&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page says there is more but gives no cursor to continue from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>No central service is configured (server URL).</source>
        <translation>Es ist kein zentraler Dienst eingerichtet (Server-URL).</translation>
    </message>
    <message>
        <source>The server URL must be https://HOST[:PORT] (got &apos;%1&apos;); plain http is never used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server URL must not carry a user name, password, query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token for the central service is set.</source>
        <translation>Für den zentralen Dienst ist kein Token hinterlegt.</translation>
    </message>
    <message>
        <source>The token is longer than 512 characters.</source>
        <translation>Das Token ist länger als 512 Zeichen.</translation>
    </message>
    <message>
        <source>The token may only contain printable ASCII characters without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync must run every %1 to %2 seconds (got %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer timeout must be %1 to %2 seconds (got %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file holds no PEM certificate.</source>
        <translation>Die CA-Datei enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The pin &apos;%1&apos; is not a SHA-256 in base64 (44 characters) or hex (64 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client key is set, but the client certificate is missing or not PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate&apos;s private key is missing, encrypted or not PEM (EC or RSA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key does not belong to the client certificate.</source>
        <translation>Der Client-Schlüssel gehört nicht zum Client-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>TrainingCommands</name>
    <message>
        <source>Give --team or --site, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single team is called &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--within must be a whole number of days from 0 to %1, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% (%2/%3, %4 overdue, %5 expired, %6 due soon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by must be team, site or role, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training at %1, %2 agent(s), due soon = within %3 day(s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the agent: `training agent EMPLOYEE_NO` (or the agent&apos;s id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agent with employee number or id &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3, %4 — training at %5:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned individually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  %2  due %3; completed %4, score %5, expires %6%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished">nie</translation>
    </message>
    <message>
        <source>; required by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue or expired at %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training completion matrix: per team, site or role and module, how many agents must hold the module, how many hold a valid pass (% complete), and how many are due soon, pending, overdue or expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s employee number (or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One agent&apos;s standing in every training module: why it is required (roles, campaigns), assigned, due, completed, score, expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agents whose required training is overdue or expired, with the days since it was due, most first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent &apos;%1&apos; has no team or site on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agent &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no training module &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent %1, module %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither overdue nor due soon in any module; there is nothing to remind them of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is overdue; no reminder was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue list, team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue list, site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reminder(s) recorded (%2 copied to a team lead, %3 to a manager); they reach the central service at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 escalation(s) name nobody: the agent has no supervisor or the site no manager in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record training reminders, audited and sent to the central service at the next sync: to one agent (one module, or every module they are overdue or due soon in), or to everyone on the overdue list. Overdue training escalates to the team lead and the manager by the organisation&apos;s thresholds. Delivery by mail is not part of Custodian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an agent or --overdue (one of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--module goes with an agent, not with --overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--team and --site go with --overdue, not with an agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder is sent now; --at does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  %2  %3  %4  %5 day(s) since %6%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 reminder(s), last %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown training command &apos;%1&apos;: use matrix, agent, overdue, remind or export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingComplianceSweep</name>
    <message>
        <source>Holds the role %1, which requires the training %2; the agent&apos;s pass expired on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds the role %1, which requires the training %2; it was due on %3 and has not been passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested action: suspend the role until the training is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training now complete: %1 passed on %2. The agent held the role %3 without it from %4; the finding can be closed, and a role suspended for it restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingEvidence</name>
    <message>
        <source>Employee no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State at end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingEvidenceJob</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completions from %1 to %2 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completions up to %1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated: %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1; state at the period&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agents, %2 rows: %3 required, %4 complete at the end, %5 overdue, %6 expired; %7 completed in the period, %8 passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence export covers everyone, a team or a site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s start must come before its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no training module %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian training evidence · generated %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingEvidencePdfWriter</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State at end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent in this scope needs these modules or completed one in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingExportCommand</name>
    <message>
        <source>Writes the training evidence for auditors, CSV or PDF: per agent and module, the completion in the period (date, score, passed, expiry, certificate reference) and the state at the period&apos;s end, with who generated it, the scope, the period and the counts. Audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format csv or --format pdf is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv or pdf, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --team or --site, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must come before --to (and before now when --to is not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single team is called &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no training module &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 row(s) for %3 agent(s) — %4 required, %5 complete at the end, %6 overdue, %7 expired; %8 completed in the period — %9 bytes (console audit #%10).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingFactsReader</name>
    <message>
        <source>There is no %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingReminderWorkflow</name>
    <message>
        <source>Choose the agents and modules to remind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 reminders go at once; %2 were chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is %1 characters long; at most %2 are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection&apos;s description is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder is sent by a supervisor this console knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agent %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no training module %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the module is not required of this agent; there is nothing to remind them of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the training is %2, neither overdue nor due within %3 days; there is nothing to remind them of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was reminded less than %2 hours ago (%3 UTC); send again only on purpose (force).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingStandingRow</name>
    <message>
        <source>role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned individually</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UntrainedAccessWorkflow</name>
    <message>
        <source>The role was suspended for this finding on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training %1 is complete now: there is nothing to suspend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent no longer holds the role %1: there is nothing to suspend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role was not suspended for this finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role&apos;s restoration was already asked for on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training %1 is not complete yet: the role stays suspended until it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role&apos;s assignment would have ended on %1: grant it anew on the Roles page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent holds the role %1 again already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for suspending the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1 is not about a role held without its training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended until the training %1 is complete (finding %2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 suspended until the training %2 is complete. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored after the training %1 was completed; suspended for finding %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>no customer data</source>
        <translation>keine Kundendaten</translation>
    </message>
    <message>
        <source>personal data</source>
        <translation>personenbezogene Daten</translation>
    </message>
    <message>
        <source>payment card data</source>
        <translation>Zahlungskartendaten</translation>
    </message>
    <message>
        <source>communications</source>
        <translation>Kommunikationsdaten</translation>
    </message>
    <message>
        <source>data class %1</source>
        <translation>Datenklasse %1</translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulk search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <source>not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analysing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>containing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eradicating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true positive with impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true positive without impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benign or expected activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XapiPull</name>
    <message>
        <source>A statement has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verb id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid &apos;stored&apos; time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a voiding statement whose object is not a StatementRef</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no object id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result.score.scaled is not a number from -1 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result.success is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LRS sent a page larger than %1 MiB; the pull stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS with the LRS failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the LRS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LRS refused the key and secret (HTTP %1); check the credentials file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LRS failed to answer (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LRS answered HTTP %1 where 200 was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LRS&apos;s answer has no X-Experience-API-Version header: it is not an xAPI LRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LRS speaks xAPI %1; this service reads 1.0.x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LRS&apos;s first page has no valid X-Experience-API-Consistent-Through header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 is not valid JSON (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 is not a StatementResult (no &apos;statements&apos; list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1&apos;s &apos;more&apos; is not a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1&apos;s &apos;more&apos; link points to another host (%2); the pull stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1&apos;s &apos;more&apos; link repeats an earlier page: the LRS is looping; the pull stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LRS still had more after %1 pages; the pull stops (--max-pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1 of the list is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1 of the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XapiSettings</name>
    <message>
        <source>The LRS endpoint &apos;%1&apos; is not a URL with a host (e.g. https://lrs.example.com/xAPI/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LRS endpoint must not carry a user name, password, query or fragment; the key and secret go in the credentials file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LRS endpoint must use https; http:// is allowed for 127.0.0.1 and localhost only, for tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LRS endpoint must be an https:// URL (got &apos;%1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--credentials FILE is required: a file holding KEY:SECRET, mode 0600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the credentials file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials file %1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials file %1 can be read by others (mode %2); it must be 0600 (chmod 600 %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials file %1 belongs to another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials file %1 must hold one line KEY:SECRET (neither empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CA file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be 1 to %1 (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--activity-prefix is required: activity ids are this prefix followed by a training module&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --mail-domain, --account-home-page or both: without them no actor can match an agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the xAPI configuration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: expected key = value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: limit must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: unknown key &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XapiStatementFile</name>
    <message>
        <source>Cannot read the statements file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statements file %1 is larger than %2 MiB; split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statements file %1 is not valid JSON (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statements file %1 is one page of a longer result (it has a &apos;more&apos; link); save every page&apos;s statements into one list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statements file %1 is neither a list of statements nor a StatementResult.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::AccessByAgentModel</name>
    <message>
        <source>Unknown agent #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 site time (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::AccessEventModel</name>
    <message>
        <source>The store is locked.</source>
        <translation type="unfinished">Der Speicher ist gesperrt.</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, masked. Select the event and use Reveal to see it in clear (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by this column with the filter bar; the log sorts by time or agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished">Sitzung</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::AccessExportController</name>
    <message>
        <source>Unknown export format &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is locked; unlock it to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting access events to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting access events to %1…
%2 written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 access events to %2 (%3 pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 access events to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::AccessFilterBar</name>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shift (8 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished">Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search agents, teams, sites, workstations, masked records… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current filter as a named search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent (name or E-number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a whole customer identifier (card, account, national id…) to see who opened that record. It is turned into its keyed token and replaced by its masked form; it is never stored. A card number is looked up by the central service (online), the only place card numbers are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events that are evidence of a finding of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every filter except the time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to choose a custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::AccessPage</name>
    <message>
        <source>Show all events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the time range: drag to jump to a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log sorts by time or by agent; use the filters to narrow by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the evidence events of finding #%1, over all time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the whole identifier to find a record; for part of one (e.g. the last four digits) use the search box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events match this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 rows in the window · first rows in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Ctrl+Home/Ctrl+End: newest/oldest end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the search &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a saved search first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export access events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was a customer identifier: now filtering by its record, %1. Identifiers typed in clear are looked up by their keyed token and not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That looked like a customer identifier, but no record has it. It was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a card number: asking the central service which record it belongs to (card numbers are kept there only). It was not kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was a card number: now filtering by its record, %1, which the central service looked up. The number was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access audit</source>
        <translation type="unfinished">Zugriffsprotokoll</translation>
    </message>
    <message>
        <source>Access events</source>
        <translation type="unfinished">Zugriffsereignisse</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one row per agent for the current filter: events, first and last. Double-click an agent to list their events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events by agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting events by agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the events by agent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents: %1, events: %2. Double-click an agent to list their events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New events have arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the events linked to incident #%1, over all time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an incident with the selected events as its evidence; with no row selected, every event the filter matches (at most %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected events (with none selected, the whole filter&apos;s) to an open incident; those already holding some of them are offered first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous incident change is still being written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::AccessTimelineChart</name>
    <message>
        <source>Events over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag across the chart to look at that time range; double-click to go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the range before the last zoom (or double-click the chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished">Wird gezählt …</translation>
    </message>
    <message>
        <source>The chart could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events · one step per %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart not narrowed by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting these filters over this range would take too long; the chart counts every event that matches the other filters. Narrow the time range or the agents for exact counts. The table below is always exact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2: %3 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2; the busiest step starts %3 with %4 events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::AgentAssignmentModel</name>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force, expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — waiting for the central service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ended: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::AgentHistoryModel</name>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::AgentPermissionModel</name>
    <message>
        <source>Permission in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::BreachAwarenessDialog</name>
    <message>
        <source>Record aware-at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Aware at is when there was reasonable certainty that personal data was compromised. The 72-hour notification deadline (GDPR Art. 33) runs from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aware at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aware at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What made it certain (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished">&amp;Grund:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::BreachClockIndicator</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A personal-data breach must be notified to the supervisory authority within 72 hours of becoming aware of it (GDPR Art. 33). Click to open the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GDPR notification due in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GDPR notification overdue by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::BreachNotificationDialog</name>
    <message>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature of the breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate number of data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate number of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures taken or proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for the delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record notification, phase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The notification to the supervisory authority as sent (GDPR Art. 33(3)). The counts are pre-filled from the incident&apos;s linked events; correct them before recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;subjects, categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects, &amp;approx.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records, categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records, a&amp;pprox.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPO or another contact point (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely c&amp;onsequences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ent at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority&apos;s re&amp;ference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a first notification after the 72-hour deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for the &amp;delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late: the 72-hour deadline was %1. GDPR Art. 33(1) requires the reasons for the delay with a notification made after it; they are required below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the notification comes after the deadline (required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::BreachPanel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the data subjects (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not told: data unintelligible (Art. 34(3)(a))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not told: measures remove the high risk (Art. 34(3)(b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public communication instead (Art. 34(3)(c)): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not told: no high risk (Art. 34(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal-data breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aware at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>72-hour clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 34 decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;aware-at…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;notification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. &amp;34 decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport breach register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal-data breach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aware at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>72-hour clock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a personal-data breach after all: the clock stops; the breach register keeps it as withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident is no longer in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded as a personal-data breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases sent: %1; the first at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;aware-at…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running (no aware-at)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: %1 left to notify (deadline %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent: %1 left to notify (deadline %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late: the deadline passed %1 ago (%2); a notification now needs the reasons for the delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified in time, %1 before the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified late, %1 after the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is locked; unlock it to record this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw personal-data breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a personal-data breach after all: the 72-hour clock stops. What was sent stays sent, and the breach register keeps this incident as withdrawn, with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export breach register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the breach register to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach register exported to %1 (entries: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::CardNumberLookup</name>
    <message>
        <source>The store is locked.</source>
        <translation type="unfinished">Der Speicher ist gesperrt.</translation>
    </message>
</context>
<context>
    <name>custodian::CentralTransport</name>
    <message>
        <source>--max-connections %1 needs %2 open files, but this process may open only %3 (ulimit -n).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is not set up; the service never serves plain HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::ChartPanel</name>
    <message>
        <source>%1 (table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the numbers behind “%1” as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::ChooseStorePage</name>
    <message>
        <source>&amp;Create a new store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open an existing store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian keeps access logs, role assignments, training records and incidents in an encrypted store on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where it goes and a passphrase. You get a recovery code for your data protection officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A store file (.custodian) with its keyring (.custodian.keyring) beside it, created earlier or copied from elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation type="unfinished">Unter %1 gibt es keinen Speicher.</translation>
    </message>
</context>
<context>
    <name>custodian::ConfirmRecoveryCodePage</name>
    <message>
        <source>Confirm the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To make sure the code was stored, type one group of it. The store is created after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group of the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type group %1 of %2 of the recovery code — the one marked with question marks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not group %1 of the recovery code. Go Back to see the code again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the store and deriving its keys… this takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::ConsoleAuditModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock / lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished">Befunde</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished">Gesperrt</translation>
    </message>
    <message>
        <source>Identifier revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data key rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved search %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access events</source>
        <translation type="unfinished">Zugriffsereignisse</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After inactivity (auto-lock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right after the store was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key generation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded at the next unlock (the change was interrupted before it was audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events up to %2, seed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles and reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal refused by the central service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role request approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role request rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role validity shortened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access review started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access review closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review report exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the central service (reveal %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment not yet synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not yet synced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (assignment %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal-data breach: aware at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal-data breach withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach notified to the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach: data subjects decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::ConsoleAuditPage</name>
    <message>
        <source>Console audit</source>
        <translation type="unfinished">Konsolenprotokoll</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor (e.g. console:alice, cli:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the audit again and re-check the chain (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the console audit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 entries (scroll for older)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Entry #%1 at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the console-audit chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entries, head #%1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every entry&apos;s HMAC verifies against the one before it; head MAC %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain BROKEN at entry #%1: %2. Entries before it verify (%3); this one and what follows cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console-audit chain could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console audit entries</source>
        <translation type="unfinished">Einträge im Konsolenprotokoll</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::ConsoleSync</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::DetectionSettingsSection</name>
    <message>
        <source>Detections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings are computed as events arrive: new thresholds apply to events from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a security officer changes the organisation&apos;s thresholds and review rule; the central service says you are a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n threshold(s); recorded in the console audit.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custodian::EscalateFindingDialog</name>
    <message>
        <source>Escalate finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The supervisor you choose takes it over; your note and their name are kept with the finding and in the console audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a supervisor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goes to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the recipient should know (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished">&amp;Notiz:</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::EventDetailPane</name>
    <message>
        <source>Reveal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the full identifier. You are asked for a reason, and the reveal is written to the console audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the revealed identifier. Clipboard managers are asked not to keep it, and the clipboard is cleared after 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished">Sitzung</translation>
    </message>
    <message>
        <source>Roles held at that moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training at that moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is locked.</source>
        <translation type="unfinished">Der Speicher ist gesperrt.</translation>
    </message>
    <message>
        <source>Cannot load the event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 site time %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · supervisor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown agent #%1 (not in this store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Had left the company on %1 — this access came after departure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was suspended since %1 at that moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was not yet hired at that moment (hired %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — at %1, not the agent&apos;s site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 · %2 channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store holds only the masked form of this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record #%1 (not in this store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 events around this one; the session has more before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the last %1 events up to this one; the session has more before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 events from this one on; the session has more after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal customer identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revealed and recorded in the console audit; masked again in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied; the clipboard is cleared in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the central service for the full card number (card numbers are kept there only; this needs a connection). You are asked for a reason; the service checks that the record is within your scope and records the reveal, and so does the console audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the central service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revealed by the central service, recorded there and in the console audit; masked again in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Customer record %1</source>
        <translation>Kundendatensatz %1</translation>
    </message>
    <message>
        <source>Customer record %1 (%2)</source>
        <translation>Kundendatensatz %1 (%2)</translation>
    </message>
    <message>
        <source>The central service reveals the full card number if the record is within your scope. Your reason is recorded there and in the console audit with your name.</source>
        <translation>Der zentrale Dienst zeigt die vollständige Kartennummer, wenn der Datensatz in Ihrem Zuständigkeitsbereich liegt. Ihr Grund wird dort und im Konsolen-Audit mit Ihrem Namen festgehalten.</translation>
    </message>
    <message>
        <source>Your reason is written to the console audit with your name.</source>
        <translation>Ihr Grund wird mit Ihrem Namen im Konsolen-Audit festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Why do you need the full card number? (required)</source>
        <translation>Warum brauchen Sie die vollständige Kartennummer? (erforderlich)</translation>
    </message>
    <message>
        <source>Why do you need the full identifier? (required)</source>
        <translation>Warum brauchen Sie die vollständige Kennung? (erforderlich)</translation>
    </message>
    <message>
        <source>Open agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is notable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this agent&apos;s roles, permissions and history on the Roles page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show finding No. %1 (%2, %3) on the Findings page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open finding No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 No finding holds this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: evidence of finding No. %2; with the thresholds in force now, the rule no longer flags it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot say why this event is notable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No detection flags this event, and it belongs to no finding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::EvidenceCustodyModel</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampering detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 chunks, SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1, SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While viewing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While verifying: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While exporting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Aktion</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded, verified by the central service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 on the central service, SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 (console %2), SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::EvidenceItemModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued for upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading: %1 of %2 chunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting (%1 of %2 chunks, tries again at %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded, verified by the central service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::EvidencePanel</name>
    <message>
        <source>Evidence items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file to the incident; it is stored encrypted with its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected item to a file, after checking it against its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-read every item of the incident and compare it with what was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files attached to the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody trail of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the incident&apos;s evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the custody trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is “%1”? (a short description, may be empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was added to the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was exported to %2; its SHA-256 matches what was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the incident&apos;s evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident has no evidence to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n item(s) are intact: each matches the SHA-256 recorded when it was added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custodian::EvidenceSettingsSection</name>
    <message>
        <source>Incident evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files attached to an incident are kept encrypted in this store. A file over the limit is refused with nothing added. At most %1 MiB: a larger add would hold the store longer than other work waits for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest evidence file, in MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest evidence &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply evidence limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the evidence limit, %1; recorded in the console audit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::FindingModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished">Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::FindingsPage</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished">Befunde</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium or higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High or higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished">Kritisch</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone is looking into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a problem; the reason is recorded in the console audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access events behind this finding, on the access page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the agents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the findings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No finding selected.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished">Schweregrad</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 access events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this finding not a problem? The reason is kept with the finding and in the console audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over to another supervisor, with a note; both are recorded in the console audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a dismissed or escalated finding again; the reason is recorded in the console audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the teams and sites: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded before this console version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does finding %1 need attention again? The reason is kept with the finding and in the console audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the supervisors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1 is now escalated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found since the store was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uspend role…</source>
        <translation>Rolle a&amp;ussetzen…</translation>
    </message>
    <message>
        <source>Restore r&amp;ole…</source>
        <translation>R&amp;olle wiederherstellen…</translation>
    </message>
    <message>
        <source>Cannot read what finding %1 is about: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sensitive: restoring it needs a second supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the role now, until the training is complete; recorded in the agent&apos;s history and the console audit, and sent to the central service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the role again until its original end; a sensitive role waits for a second supervisor&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1 is not about a role held without its training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend role</source>
        <translation>Rolle aussetzen</translation>
    </message>
    <message>
        <source>Finding %1: %2 (%3) — role %4, training %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role is revoked now, with a reason naming this finding and the training. Once the training is complete, Restore role asks for it again until its original end%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a sensitive role: a second supervisor approves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why now, for the agent&apos;s history and the console audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 suspended until the training %2 is complete; recorded in the agent&apos;s history and the console audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore role</source>
        <translation>Rolle wiederherstellen</translation>
    </message>
    <message>
        <source>The training is complete. The role is asked for again from now until %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it is sensitive, so a second supervisor approves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, added to the request&apos;s justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 requested again; it waits for a second supervisor&apos;s approval on the Roles page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 granted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to &amp;incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to incide&amp;nt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an incident from the selected findings, with their events as its evidence; each finding is escalated to the incident&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate the selected findings into an open incident, with their events.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::GrantRoleDialog</name>
    <message>
        <source>Open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the agent need this role? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when a separation-of-duties rule allows an exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant a role to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Opens: %2. Training (%3): %4. %5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer data</source>
        <translation type="unfinished">keine Kundendaten</translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 day(s). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive: a second supervisor must approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>SoD e&amp;xception:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested; a second supervisor must approve it on their console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not eligible: %2</source>
        <translation>%1 — nicht zulässig: %2</translation>
    </message>
    <message>
        <source>%1 — needs a separation-of-duties exception</source>
        <translation>%1 — braucht eine Ausnahme von der Funktionstrennung</translation>
    </message>
    <message>
        <source>Grant %1 to %2 from %3 until %4?</source>
        <translation>%1 an %2 vergeben, gültig von %3 bis %4?</translation>
    </message>
    <message>
        <source>Grant %1 to %2 from %3, open-ended?</source>
        <translation>%1 an %2 vergeben, gültig ab %3, unbefristet?</translation>
    </message>
    <message>
        <source>It is in force at once and recorded in the console audit.</source>
        <translation>Die Rolle gilt sofort und wird im Konsolen-Audit festgehalten.</translation>
    </message>
    <message>
        <source>Grant role now</source>
        <translation>Rolle jetzt vergeben</translation>
    </message>
</context>
<context>
    <name>custodian::IncidentBulkDialog</name>
    <message>
        <source>Assign 1 incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assign %n incidents</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close 1 incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Close %n incidents</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 incident selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incidents selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Each gets the new owner on its own, with the reason in its timeline and audit; one that cannot be changed is listed afterwards and the others go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each is closed on its own with the same outcome and summary, and the reason in its timeline and audit; one that cannot be closed (an open mandatory task) is listed afterwards and the others go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, what was done, what was learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason shared by every incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Marta is on leave until the 14th (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. weekly triage of the awareness campaign&apos;s test mails (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished">&amp;Grund:</translation>
    </message>
</context>
<context>
    <name>custodian::IncidentCloseDialog</name>
    <message>
        <source>Close %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, what was done, what was learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INC-YYYY-NNNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing needs an outcome and a summary; open mandatory tasks keep the incident open. The summary goes into the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate of:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::IncidentEditDialog</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::IncidentFilterBar</name>
    <message>
        <source>GDPR &amp;clock running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium or higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High or higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished">Kritisch</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any SLA state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;LA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::IncidentFromEvidenceController</name>
    <message>
        <source>Select the findings to escalate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter matches no access event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), with %1 access events behind them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n access event(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) escalated into %1, with %2 new events.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 opened from %n finding(s), with %2 events.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) added to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 opened with %n event(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custodian::IncidentLinkModel</name>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is related to this incident: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This incident was merged into %1 (closed as its duplicate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was merged into this incident (closed as its duplicate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::IncidentListModel</name>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished">Schweregrad</translation>
    </message>
    <message>
        <source>Phase (CSF function)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR clock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::IncidentObservableModel</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished">Sitzung</translation>
    </message>
    <message>
        <source>(not in this store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::IncidentRelatedModel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared workstations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::IncidentTargetDialog</name>
    <message>
        <source>Open incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the owner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detected at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished">Schweregrad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an open incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (holds %n of these events)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished">Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Choose the incident to add to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the supervisor who owns the incident.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::IncidentTaskModel</name>
    <message>
        <source>Mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::IncidentTimelineChart</name>
    <message>
        <source>Timeline entries over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident selected: no timeline to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timeline entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n timeline entries from %1 to %2, per %3 and kind; most in one %3: %4.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custodian::IncidentTimelineModel</name>
    <message>
        <source>from the central service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::IncidentsPage</name>
    <message>
        <source>Incidents</source>
        <translation type="unfinished">Sicherheitsvorfälle</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, severity, owner, impact and description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward at once; back asks for a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not applicable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the related incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access events linked to this incident, on the access page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the linked events involve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related incidents (sharing a record, an agent or a workstation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the incidents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 incidents shown; narrow the filter to see older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the incident: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No incident selected.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished">Schweregrad</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory tasks open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Timeline chain intact: %n entries verified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline chain broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries from the central service are outside the chain.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the incident go back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the containment did not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident is now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a task first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does this task not apply?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added to the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident %1 to be a duplicate of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the incident need work again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reopened, back in analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the supervisors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the incident report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident report as PDF or Markdown (by the file&apos;s suffix): summary, tasks, timeline, observables, evidence re-verified, notifications. Audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked and merged incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the linked or merged incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write incident report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of %1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) failed verification; the report names them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The timeline chain is broken; the report says where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report of %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the selected incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new owner for every selected incident, with one reason recorded on each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the selected incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One outcome, summary and reason for every selected incident; one with an open mandatory task stays open and is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk change progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the bulk change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops after the incident being changed; those changed stay changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Assign %n…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close &amp;%n selected…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select the incidents first (Shift or Ctrl to select several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning 1 incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assigning %n incidents…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Closing 1 incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Closing %n incidents…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was assigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 incident assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incidents assigned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 incident closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incidents closed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n refused:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n not changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Closed: reopen to change its phase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Custodian — %1</source>
        <translation>Custodian — %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Speicher</translation>
    </message>
    <message>
        <source>Store size: %1</source>
        <translation>Speichergröße: %1</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>&amp;Open Another Store…</source>
        <translation>Anderen Speicher ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Unlocked — locks after %n min without activity; Ctrl+L locks now</source>
        <translation>
            <numerusform>Entsperrt — sperrt nach %n Minute ohne Aktivität; Strg+L sperrt sofort</numerusform>
            <numerusform>Entsperrt — sperrt nach %n Minuten ohne Aktivität; Strg+L sperrt sofort</numerusform>
        </translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Gehe zu %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschaften …</translation>
    </message>
</context>
<context>
    <name>custodian::MessageBanner</name>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::NewCampaignDialog</name>
    <message>
        <source>New access review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Payments team — Q1 review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sensitive role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence from the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecided at close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) in force to review.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (you: the organisation requires another reviewer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who reviews it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who reviews the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::NewPassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It protects the store&apos;s key. Several unrelated words are strong and easy to type; nobody can reset a forgotten passphrase — only the recovery code opens the store then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: at least %1 bits are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: %1 (about %2 bits; at least %3 are needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy to guess: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: about %1 bits, and a store needs at least %2. Add more unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::OpenStorePage</name>
    <message>
        <source>Open an existing store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the store file. Its keyring must be beside it, with the same name and &quot;.keyring&quot; added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished">Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Custodian store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian stores (*.custodian);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring %1 is missing. A store cannot be opened without the keyring created with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::OrganisationSettingsSection</name>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::PendingRequestModel</name>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoD exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::ReasonDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>New &amp;end:</source>
        <translation>Neues &amp;Ende:</translation>
    </message>
</context>
<context>
    <name>custodian::ReviewCampaignModel</name>
    <message>
        <source>Closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due %1 (in %n day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default at close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::ReviewDecisionDialog</name>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The assignments stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignments are revoked now; the agents lose what the roles open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignments end earlier, at the new end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why — recorded with every decision (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Begründung:</translation>
    </message>
</context>
<context>
    <name>custodian::ReviewItemModel</name>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 access(es)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln export(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use in window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished">Befunde</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished">Sicherheitsvorfälle</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::ReviewsPage</name>
    <message>
        <source>Access reviews</source>
        <translation type="unfinished">Zugriffsprüfungen</translation>
    </message>
    <message>
        <source>New review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecided only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the campaigns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” was due on %2: %n item(s) still undecided. Decide them or close the review (its default then decides).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is due on %2: %n item(s) still undecided.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the campaign&apos;s items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>No access reviews yet. Start one with “New review…”: choose a team, a site, a role or every sensitive role, a reviewer and a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Covers %2 · reviewer %3 · created %4 by %5&lt;br/&gt;%6 · evidence from the last %7 days · undecided items at close: &lt;b&gt;%8&lt;/b&gt;&lt;br/&gt;%9 of %10 decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, %3)&lt;br/&gt;%4, since %5%6&lt;br/&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Use of what the role opens&lt;/b&gt;, %1 to %2:&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: %2 access(es) on %3 day(s), last on %4%5&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;The role opens no customer data.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Exports, prints and bulk searches: %1&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Training&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: valid until %2&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;None required.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Open findings&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;%1 (%2, %3)&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;… and %1 more on the Findings page&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;None.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Incidents&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;%1 %2 (%3, %4)&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Decided:&lt;/b&gt; %1 by %2 on %3: %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is locked.</source>
        <translation type="unfinished">Der Speicher ist gesperrt.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) decided.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review closed. The default decided %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n assignment(s) revoked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close “%1”? Its decisions can no longer change afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n undecided item(s) will be kept by default.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1: %n item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export review report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;CSV for spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items of the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 item(s) decided: %3 kept, %4 revoked, %5 shortened, %6 undecided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expired on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: never passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one or many items (Ctrl, Shift) to decide them at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item to see its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Only my reviews due within 3 days or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) undecided</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only the campaign&apos;s reviewer or the supervisor who created it closes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the reviewer, %1, decides on the items of this review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::RoleAtTimeModel</name>
    <message>
        <source>%1 (sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role held at that moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — separation-of-duties exception: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until (then)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished">Heute</translation>
    </message>
    <message>
        <source>Data classes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::RoleCatalogModel</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: second supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max. duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::RoleCharts</name>
    <message>
        <source>Agents holding each role now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holders of sensitive roles, week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n role(s); the most held is %1 with %2 agent(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents holding it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sensitive roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sensitive role(s) from %1 to %2, at most %3 holder(s) of one role in a week. Latest week: %4.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custodian::RolesPage</name>
    <message>
        <source>Roles and access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished">Rollen</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent name or employee number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;horten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive roles are in force only once a supervisor other than the requester approves them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who could, who did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 role(s) in force, %2 permission(s), %3 change(s) in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an agent to see their access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approvals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked; recorded in the agent&apos;s history and the console audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity shortened to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved; in force once the central service has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this assignment revoked? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve request</source>
        <translation>Antrag genehmigen</translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>Antrag ablehnen</translation>
    </message>
    <message>
        <source>Why is the request rejected? (required)</source>
        <translation>Warum wird der Antrag abgelehnt? (erforderlich)</translation>
    </message>
    <message>
        <source>Separation-of-duties rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments of the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions of the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the agent&apos;s roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 To withdraw it, revoke it on the Agent tab.</source>
        <translation>%1 Um sie zurückzuziehen, widerrufen Sie sie im Reiter Agent.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>valid from %1 until %2</source>
        <translation>gültig von %1 bis %2</translation>
    </message>
    <message>
        <source>valid from %1, open-ended</source>
        <translation>gültig ab %1, unbefristet</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Requested by %1 on %2</source>
        <translation>Beantragt von %1 am %2</translation>
    </message>
    <message>
        <source>The store is locked.</source>
        <translation type="unfinished">Der Speicher ist gesperrt.</translation>
    </message>
    <message>
        <source>Withdraw request</source>
        <translation>Antrag zurückziehen</translation>
    </message>
    <message>
        <source>The request is withdrawn; nobody can approve it any more.</source>
        <translation>Der Antrag wird zurückgezogen; niemand kann ihn mehr genehmigen.</translation>
    </message>
    <message>
        <source>The agent loses what the role opens at once.</source>
        <translation>Der Agent verliert sofort, was die Rolle freigibt.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>The assignment ends earlier, at the new end.</source>
        <translation>Die Zuweisung endet früher, zum neuen Ende.</translation>
    </message>
    <message>
        <source>Why is the validity shortened? (required)</source>
        <translation>Warum wird die Gültigkeit verkürzt? (erforderlich)</translation>
    </message>
    <message>
        <source>S&amp;horten</source>
        <translation>&amp;Verkürzen</translation>
    </message>
    <message>
        <source>The agent gets what the role opens once the central service has the approval.</source>
        <translation>Der Agent erhält, was die Rolle freigibt, sobald der zentrale Dienst die Genehmigung hat.</translation>
    </message>
    <message>
        <source>The request ends; the agent does not get the role.</source>
        <translation>Der Antrag endet; der Agent erhält die Rolle nicht.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Note for the history (optional)</source>
        <translation>Notiz für den Verlauf (optional)</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Only requests I may decide (not my own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent&apos;s name or employee number contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agents match “%1”: choose one from the list.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custodian::SessionEventModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::SettingsPage</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation>&amp;Sperren nach Inaktivität von:</translation>
    </message>
    <message>
        <source>From %1 to %2 minutes. Locking wipes the keys from memory and hides every page; Ctrl+L locks at once.</source>
        <translation>%1 bis %2 Minuten. Beim Sperren werden die Schlüssel aus dem Arbeitsspeicher gelöscht und alle Seiten verborgen; Strg+L sperrt sofort.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>&amp;Mask a revealed identifier again after:</source>
        <translation>Aufgedeckte Kennung wieder &amp;maskieren nach:</translation>
    </message>
    <message>
        <source>From %1 to %2 seconds. Every reveal needs a reason and is written to the console audit.</source>
        <translation>%1 bis %2 Sekunden. Jedes Aufdecken braucht eine Begründung und wird im Konsolenprotokoll festgehalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds (fixed by the security policy)</source>
        <translation>
            <numerusform>%n Sekunde (von der Sicherheitsrichtlinie festgelegt)</numerusform>
            <numerusform>%n Sekunden (von der Sicherheitsrichtlinie festgelegt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear a copied identifier from the clipboard after:</source>
        <translation>Kopierte Kennung aus der Zwischenablage löschen nach:</translation>
    </message>
    <message>
        <source>The console must lock after %1 to %2 minutes without activity; %3 is not possible. The setting stays at %4 minutes.</source>
        <translation>Die Konsole muss nach %1 bis %2 Minuten ohne Aktivität sperren; %3 ist nicht möglich. Die Einstellung bleibt bei %4 Minuten.</translation>
    </message>
    <message>
        <source>A revealed identifier must be masked again after %1 to %2 seconds; %3 is not possible. The setting stays at %4 seconds.</source>
        <translation>Eine aufgedeckte Kennung muss nach %1 bis %2 Sekunden wieder maskiert werden; %3 ist nicht möglich. Die Einstellung bleibt bei %4 Sekunden.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Console &amp;language:</source>
        <translation>&amp;Konsolensprache:</translation>
    </message>
    <message>
        <source>Applies when Custodian is started again.</source>
        <translation>Gilt ab dem nächsten Start von Custodian.</translation>
    </message>
</context>
<context>
    <name>custodian::ShortcutModel</name>
    <message>
        <source>Action</source>
        <translation type="unfinished">Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished">Tastenkürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Wo</translation>
    </message>
</context>
<context>
    <name>custodian::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished">Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::ShowRecoveryCodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only way into the store if the passphrase is lost. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copies the code for a password manager; the clipboard is cleared after %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Write it down or keep it in a password manager, and hand it to your data protection officer. Keep it apart from this computer: anyone who has the code and the store file can open the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing is forgiving: case, spaces and dashes do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n seconds or when this wizard closes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custodian::SodRuleModel</name>
    <message>
        <source>%1 ✕ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a recorded reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished">nie</translation>
    </message>
    <message>
        <source>Separation-of-duties rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished">Rollen</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::StoreLocationPage</name>
    <message>
        <source>Where to keep the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file and its keyring are created side by side. Back up both: neither opens without the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter where the store file goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Add a file name, e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file already exists at %1. Custodian never overwrites a store: choose another name, or go Back and open the existing store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A keyring already exists at %1 although its store is missing. Choose another name; the old keyring may still be needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create files in %1: choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Custodian store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian stores (*.custodian)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::StoreOverviewModel</name>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
</context>
<context>
    <name>custodian::StorePropertiesDialog</name>
    <message>
        <source>Store properties</source>
        <translation>Speichereigenschaften</translation>
    </message>
    <message>
        <source>Rows per kind of data</source>
        <translation>Zeilen je Art von Daten</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished">Wird gezählt …</translation>
    </message>
    <message>
        <source>Encrypted store of %1 (write-ahead log %2, keyring %3) · schema version %4 · data key generation %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the store: %1</source>
        <translation>Der Speicher kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>custodian::StoreSetupWizard</name>
    <message>
        <source>Set up Custodian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::SubjectDecisionDialog</name>
    <message>
        <source>Art. 34 decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Whether the data subjects are told of the breach (GDPR Art. 34), or on which ground not. A change is kept beside the decision it replaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not told: the data was unintelligible, e.g. encrypted (Art. 34(3)(a))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not told: measures taken remove the high risk (Art. 34(3)(b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public communication instead: disproportionate effort (Art. 34(3)(c))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not told: no high risk (Art. 34(1) does not apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told at, done or planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Told at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they are told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter, e-mail, call, a notice on the website (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished">&amp;Grund:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::SyncConflictModel</name>
    <message>
        <source>Keep mine is not possible: the finding is %1 on the central service, and a %1 finding cannot become %2. Take theirs, then change the finding again if it needs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, severity %2, impact %3: “%4” (version %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; closed as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task marked done%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task marked not applicable%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed as %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n access event(s) linked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Opened: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::SyncHttpClient</name>
    <message>
        <source>Sync was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 presented a key that matches none of the pinned keys (its key&apos;s SHA-256 is %2). Nothing was sent. If the server&apos;s certificate was renewed with a new key on purpose, update the pins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than the %1 MiB this console accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not accepted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service at %1 refused the connection (not running?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service at %1 did not answer within %2 s (connection or transfer stalled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service at %1 closed the connection before its answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The server may require a client certificate (mutual TLS): set one in the sync settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The server offers only TLS versions older than 1.2, which this console refuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 was cut short (%2 of %3 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 requires a client certificate (mutual TLS) and this console has none: it closed the connection after the TLS handshake. Set the client certificate and key in the sync settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 asks for a client certificate and closed the connection after this console showed its own: it does not accept it. Check that the certificate is issued by a CA the server trusts and still valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::SyncPage</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You know about this console; the notice is cleared and that is recorded in the console audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull what is new and push the changes waiting (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync requested; recorded in the console audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service refused these changes because someone changed the same thing first. Keep mine sends this console&apos;s change again on top of theirs; take theirs replaces this console&apos;s value with the service&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No central service is configured: set its address, the CA to trust and your token in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1 — signed in as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync: %1 · changes waiting: %2 · conflicts: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished">nie</translation>
    </message>
    <message>
        <source>Next sync at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This store was rolled back to an older copy.&lt;/b&gt; %1 Changes made after that copy was taken are missing here; the central service still has what it received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot dismiss the notice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice dismissed; recorded in the console audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the sync history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resolve the conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept this console&apos;s change to %1; it is sent again at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took the central service&apos;s value for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting: %1 · conflicts: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::SyncRunModel</name>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running or interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::SyncSettingsSection</name>
    <message>
        <source>%1 (valid until %2, SHA-256 %3…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Central service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this console syncs with, over HTTPS (TLS 1.2 or later). Kept in the encrypted store; every change is recorded in the console audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use system CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: one SPKI SHA-256 per line (base64), any of which the server must show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import certificate and key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is stored — type or import one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bearer token your central service issued to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"> s</translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up a stalled transfer after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save sync settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: not a certificate, key or token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate; the trusted CA is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA read from %1 — Save to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s CAs will be trusted — Save to use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate; the client certificate is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the client certificate&apos;s private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate and key read — Save to use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client certificate will be shown — Save to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens (*.token *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token read from %1 — Save to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync settings were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved (%1); recorded in the console audit. Sync uses them from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved (%1); sync starts once a server and a token are set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::SyncStatusIndicator</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>Synchronisierung nicht eingerichtet</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert …</translation>
    </message>
    <message>
        <source>Syncing %1… %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert: %1</translation>
    </message>
    <message>
        <source>Offline · last sync %1</source>
        <translation>Offline · zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <source>Sync failed · last sync %1</source>
        <translation>Synchronisierung fehlgeschlagen · zuletzt synchronisiert: %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n change(s) waiting</source>
        <translation>
            <numerusform> · %n Änderung wartet</numerusform>
            <numerusform> · %n Änderungen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n conflict(s)</source>
        <translation>
            <numerusform> · %n Konflikt</numerusform>
            <numerusform> · %n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source> · another console registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · token expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · token expires in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Store rolled back!</source>
        <translation>Speicher zurückgesetzt!</translation>
    </message>
    <message>
        <source>No central service is configured. Set the server and token in Settings → Central service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Server: %1, as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Letzte erfolgreiche Synchronisierung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Next sync in %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Click for the sync page.</source>
        <translation>Klicken, um die Synchronisierungsseite zu öffnen.</translation>
    </message>
</context>
<context>
    <name>custodian::TodayAttentionModel</name>
    <message>
        <source>Critical finding: %1</source>
        <translation>Kritischer Befund: %1</translation>
    </message>
    <message>
        <source>Approve or reject: %1</source>
        <translation>Genehmigen oder ablehnen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Access review “%1”: %n item(s) undecided</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflict(s) to resolve</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>What needs you</source>
        <translation>Was Sie braucht</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
</context>
<context>
    <name>custodian::TodayPage</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Needs you now</source>
        <translation>Braucht Sie jetzt</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Cannot count what needs you: %1</source>
        <translation>Kann nicht zählen, was Sie braucht: %1</translation>
    </message>
    <message>
        <source>New findings since your last unlock (%1)</source>
        <translation>Neue Befunde seit Ihrem letzten Entsperren (%1)</translation>
    </message>
    <message>
        <source>New findings since this store was created (this is its first unlock)</source>
        <translation>Neue Befunde seit der Erstellung dieses Speichers (dies ist sein erstes Entsperren)</translation>
    </message>
    <message>
        <source>Critical findings needing attention</source>
        <translation>Kritische Befunde, die Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <source>Role requests waiting for your approval</source>
        <translation>Rollenanträge, die auf Ihre Genehmigung warten</translation>
    </message>
    <message numerus="yes">
        <source>Your access reviews due within 3 days or overdue (%n overdue)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your access reviews due within 3 days or overdue</source>
        <translation>Ihre Zugriffsprüfungen, fällig in 3 Tagen oder überfällig</translation>
    </message>
    <message>
        <source>Undecided items in those reviews</source>
        <translation>Unentschiedene Einträge in diesen Prüfungen</translation>
    </message>
    <message>
        <source>Changes waiting to be sent to the central service</source>
        <translation>Änderungen, die auf den Versand an den zentralen Dienst warten</translation>
    </message>
    <message>
        <source>Sync conflicts to resolve</source>
        <translation>Zu lösende Sync-Konflikte</translation>
    </message>
    <message>
        <source>Since the newest access event (%1)</source>
        <translation>Seit dem neuesten Zugriffsereignis (%1)</translation>
    </message>
    <message>
        <source>No access events yet</source>
        <translation>Noch keine Zugriffsereignisse</translation>
    </message>
    <message>
        <source>Sync: not set up — Settings → Central service.</source>
        <translation>Sync: nicht eingerichtet — Einstellungen → Zentraler Dienst.</translation>
    </message>
    <message>
        <source>Sync: set up; last success %1 (%2 ago).</source>
        <translation>Sync: eingerichtet; zuletzt erfolgreich %1 (vor %2).</translation>
    </message>
    <message>
        <source>Sync: set up, but no run has succeeded yet.</source>
        <translation>Sync: eingerichtet, aber noch kein Lauf erfolgreich.</translation>
    </message>
    <message>
        <source>Required security training complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required trainings overdue or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes expiring within %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the training standings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required security training complete (%1 of %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents past their due date (SLA breached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR notification clocks running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nearest: %1, due in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nearest: %1, overdue by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR notification clocks running (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::TrainingAgentModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (passed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::TrainingAtTimeModel</name>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At that moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires / due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::TrainingCampaignModel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::TrainingFilterBar</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon and expiring mean within this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the training records again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tanding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon &amp;within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As o&amp;f:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the period: standing at the end of this day; today means now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the period: the charts over time, and what was completed or fell overdue, from this day on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date range %1 is longer than %2 months: choose a later start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::TrainingMatrixModel</name>
    <message>
        <source>Everyone in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1 % · %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 agents hold a valid pass.
Compliant %5, due soon %6, not yet due %7, overdue %8, expired %9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: nobody here needs this module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation type="unfinished">%1 (%2) {1 ?} {2 %3)?}</translation>
    </message>
</context>
<context>
    <name>custodian::TrainingPage</name>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue and expired training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training due soon, never passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training completion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cell to see the agents behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents behind the chosen cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an agent to see all their training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or employee number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an agent, or double-click one in a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s training, every module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the teams, sites, roles and agents to choose from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts could not be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the training records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 agent in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agents in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of the end of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due soon means within %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the training records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: nobody here needs this module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 agents shown (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standing filter on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agent is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read this agent&apos;s training: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), team %3 (%4), as of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;reminder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind the agents chosen in this list (or everyone it lists) of the training they are late with; overdue training is copied to the team lead and then the manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders sent to the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due-soon list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiring list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the escalation thresholds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to remind here: no one listed is overdue, expired or due soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 listed line(s) are compliant or not yet due and get none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send training reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 reminder(s): %2 copied to a team lead, %3 to a manager. They reach the central service with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 escalation(s) name nobody: this store knows no team lead or manager for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 reminder(s) for %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 to the agent only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 also to the team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 also to the team lead and the manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are records shared through the central service;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian sends no mail. Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the reminders sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the months from %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month by month from %1 to %2 for the agents in scope at the end, as their records stood at each point. Someone who has left since is not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1: %2 passes completed, %3 of %4 overdue lines fell due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::TrainingReminderModel</name>
    <message>
        <source>the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::TrainingReminderSettingsSection</name>
    <message>
        <source>Training reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder for overdue training is copied to the agent&apos;s team lead, and later also to the site&apos;s manager. Reminders are records kept and shared through the central service; Custodian does not send mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days overdue or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to the team lead from this many days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to the team lead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy also to the manager from this many days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy also to the manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply reminder escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a security officer changes the organisation&apos;s reminder escalation; the central service says you are a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the reminder escalation; recorded in the console audit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::TrainingStandingListModel</name>
    <message>
        <source>1 day overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1, %2 days overdue then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1, not yet overdue then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::TrainingTrendCharts</name>
    <message>
        <source>Completion by module, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion by group, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue or expired, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (% complete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage of required training complete per module, from %1 to %2. Latest: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion by team, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion by site, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion by role, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Percentage of required training complete per group (%1 groups), from %2 to %3. Lowest in the latest month: %4 at %5 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required trainings overdue (never passed) and expired (pass ended), from %1 to %2. Latest: %3 overdue, %4 expired; most in a month: %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::UnlockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Custodian is locked</source>
        <translation>Custodian ist gesperrt</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Enter the store&apos;s passphrase.</source>
        <translation>Geben Sie die Passphrase des Speichers ein.</translation>
    </message>
    <message>
        <source>Wait %1 s</source>
        <translation>Noch %1 s warten</translation>
    </message>
    <message>
        <source>Open another store…</source>
        <translation>Anderen Speicher öffnen …</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Unlocking… deriving the key takes about a second.</source>
        <translation>Wird entsperrt … das Ableiten des Schlüssels dauert etwa eine Sekunde.</translation>
    </message>
</context>
<context>
    <name>custodian::WhoCouldModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished">Rollen</translation>
    </message>
</context>
<context>
    <name>custodian::WhoCouldWhoDidPanel</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For one customer record: the agents who held a role opening its data, and the agents who actually opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card, account or ID number as the customer gave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Who could&lt;/b&gt;: held a role opening the record&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Who did&lt;/b&gt;: accessed the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is locked.</source>
        <translation type="unfinished">Der Speicher ist gesperrt.</translation>
    </message>
    <message>
        <source>Still reading the previous answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the record&apos;s identifier: a card, account or ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still asking the central service about the previous card number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the central service which record this card number belongs to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer record has this identifier in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading who could and who did open %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Record %1 (%2): %n agent(s) could open it in the range</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n did.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them held no role opening its data.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Who could</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::WhoDidModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO — no role opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::XapiPullSchedule</name>
    <message>
        <source>xapi-pull: cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xapi-pull: the previous pull is still running; this one is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xapi-pull: failed (exit status %1); the next pull starts again from the same cursor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Security console for contact-center supervisors.</source>
        <translation>Sicherheitskonsole für Teamleitungen im Contact-Center.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <source>The store to open (default: the one opened last; without one, a setup wizard creates or finds one).</source>
        <translation>Der zu öffnende Speicher (Vorgabe: der zuletzt geöffnete; ohne einen solchen legt ein Einrichtungsassistent einen an oder findet einen).</translation>
    </message>
</context>
</TS>
