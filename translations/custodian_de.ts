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
    <name>CryptoSelfTest</name>
    <message>
        <source>Crypto self-test failed: %1</source>
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
</context>
<context>
    <name>FindingCatalogue</name>
    <message>
        <source>Off-hours access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed-login burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card data without PCI DSS training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access by inactive agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
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
    <name>custodian</name>
    <message>
        <source>The store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
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
        <source>Read the new passphrase from FILE (else a prompt, asked twice).</source>
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
        <source>Cannot create the recovery code file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the recovery code file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is damaged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is damaged: %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store already holds data (%1 agents, access events up to id %2; non-empty tables: %3). Demo data can only be seeded into a new store: create one with &apos;custodian-cli init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is cut short: it should hold %2 pages but the file has %3. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF file: %1</source>
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
        <source>The detection setting &apos;%1&apos; must be a whole number from %2 to %3 (got &apos;%4&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::AccessEventDetailRepository</name>
    <message>
        <source>Access event %1 is not in this store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::AccessEventModel</name>
    <message>
        <source>The store is locked.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::AccessExportArguments</name>
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
    <name>custodian::AccessExportColumns</name>
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
        <translation type="unfinished"></translation>
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
    <name>custodian::AccessExportJob</name>
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
        <source>Cannot create %1: %2</source>
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
    <message>
        <source>The export could not be recorded in the console audit, so no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be recorded in the console audit, so its file was removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::AccessFilterDescription</name>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>custodian::AccessPage</name>
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
        <translation type="unfinished"></translation>
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
        <source>Type a whole customer identifier (card, account, national id…) to see who opened that record. It is turned into its keyed token and replaced by its masked form; it is never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back office</source>
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
        <source>Off-hours access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed-login burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card data without training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended/departed agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workstation</source>
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
        <source>Change to choose a custom range</source>
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
        <source>Saved searches</source>
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
</context>
<context>
    <name>custodian::AccessPdfWriter</name>
    <message>
        <source>A PDF export needs the graphical application (for its fonts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file was not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access events match this filter.</source>
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
</context>
<context>
    <name>custodian::ConsoleAudit</name>
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
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>custodian::ConsoleAuditPage</name>
    <message>
        <source>Console audit</source>
        <translation type="unfinished"></translation>
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
        <source>Select an entry to see it in full.</source>
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
        <source>Actor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
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
</context>
<context>
    <name>custodian::Database</name>
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
        <source>The disk is full: re-encrypting the store needs about %1 MB free beside it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot re-encrypt the store: the re-encryption was rolled back. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell whether the store was re-encrypted (%1). The keyring keeps both keys; unlock again and it opens with whichever applies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::DemoGenerator</name>
    <message>
        <source>The store is locked.</source>
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
</context>
<context>
    <name>custodian::DetectionEngine</name>
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
        <source>Payment-card data accessed from %1 site time (%2) without valid PCI DSS awareness training: the last pass expired on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment-card data accessed from %1 site time (%2) without any passed PCI DSS awareness training on record.</source>
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
</context>
<context>
    <name>custodian::EventDetailPane</name>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1</source>
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
        <source>no customer data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment card data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data class %1</source>
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
    <message>
        <source>Reveal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data classes</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the store: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
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
        <source>%1 (sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — separation-of-duties exception: %2</source>
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
        <source>due %1</source>
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
        <source>Why do you need the full identifier of %1?
Your reason is written to the console audit with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reveal: %1</source>
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
</context>
<context>
    <name>custodian::FindingModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>custodian::FindingWorkflow</name>
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
        <source>&amp;Escalate</source>
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
        <translation type="unfinished"></translation>
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
        <source>Hand over to incident handling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a dismissed finding again; the reason is recorded in the console audit.</source>
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
        <translation type="unfinished"></translation>
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
        <source>Why does this finding need attention again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::KeySlot</name>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring has been altered: the recovery code is right but its sealed key does not open. Restore the keyring from a backup; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::Keyring</name>
    <message>
        <source>store salt must be 16 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring found at %1. A Custodian store needs its keyring file beside it; if this is a store, restore the keyring from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the keyring %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than any keyring (%1 bytes)</source>
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
        <source>Cannot write the keyring beside the store (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the keyring %1 could not be written. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the keyring %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring has no slot of the needed kind.</source>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>&amp;Open Another Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unlocked — locks after %n min without activity; Ctrl+L locks now</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::OverviewPage</name>
    <message>
        <source>Store overview</source>
        <translation>Speicherübersicht</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt …</translation>
    </message>
    <message>
        <source>Encrypted store of %1 (write-ahead log %2, keyring %3) · schema version %4 · data key generation %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::PassphraseStrength</name>
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
    <name>custodian::RecordReveal</name>
    <message>
        <source>A reason is required to reveal a customer identifier: say why you need it (for example the ticket or investigation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer record was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reveal needs the name of the supervisor who asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reveal record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer record %1 does not exist in this store.</source>
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
    <name>custodian::SecretInput</name>
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
    <name>custodian::SettingsPage</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2 minutes. Locking wipes the keys from memory and hides every page; Ctrl+L locks at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mask a revealed identifier again after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2 seconds. Every reveal needs a reason and is written to the console audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seconds (fixed by the security policy)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clear a copied identifier from the clipboard after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console must lock after %1 to %2 minutes without activity; %3 is not possible. The setting stays at %4 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revealed identifier must be masked again after %1 to %2 seconds; %3 is not possible. The setting stays at %4 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::Store</name>
    <message>
        <source>%1 already exists; Custodian never overwrites a store or its keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring %1 belongs to another store: it does not match %2. Put this store&apos;s own keyring beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is damaged: its keyring opened, but the store&apos;s pages do not decrypt with its key. Restore the store from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has no secret named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase WAS changed, but its audit entry could not be written now (it is recorded at the next unlock)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custodian::StoreCommands</name>
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
        <source>Read the recovery code from FILE (else a prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the store with its recovery code and sets a new passphrase. The recovery code stays valid.</source>
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
        <source>Export the access events of a filter to CSV or PDF (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the console-audit entries and check their chain.</source>
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
        <source>FILE</source>
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
        <source>%1 already exists; use --force to replace it.</source>
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
</context>
<context>
    <name>custodian::StoreFile</name>
    <message>
        <source>There is no store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file, so it is not a Custodian store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a Custodian store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Custodian store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cut short: its size (%2 bytes) is not a whole number of 4096-byte pages. The file was truncated or is not a Custodian store; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a text file, not a Custodian store.</source>
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
    <name>custodian::StoreSetupWizard</name>
    <message>
        <source>Set up Custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
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
        <source>&amp;Create a new store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open an existing store</source>
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
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It protects the store&apos;s key. Several unrelated words are strong and easy to type; nobody can reset a forgotten passphrase — only the recovery code opens the store then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
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
        <source>Open an existing store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the store file. Its keyring must be beside it, with the same name and &quot;.keyring&quot; added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
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
        <source>Type group %1 of %2 of the recovery code — the one marked with question marks:</source>
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
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n seconds or when this wizard closes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>That is not group %1 of the recovery code. Go Back to see the code again.</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the store&apos;s passphrase.</source>
        <translation>Geben Sie die Passphrase des Speichers ein.</translation>
    </message>
    <message>
        <source>Wait %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking… deriving the key takes about a second.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Security console for contact-center supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store to open (default: the one opened last; without one, a setup wizard creates or finds one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished">Befunde</translation>
    </message>
    <message>
        <source>Console audit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
