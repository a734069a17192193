<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>CryptoSelfTest</name>
    <message>
        <source>Crypto self-test failed: %1</source>
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
        <source>Unlocked — locks after %1 min without activity; Ctrl+L locks now</source>
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
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Unlocking… (deriving the key takes about a second)</source>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Security console for contact-center supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store to open.</source>
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
        <source>There is no store at %1.

Create one with:
custodian-cli init --store %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
