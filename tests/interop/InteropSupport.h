#pragma once

// Helpers shared by the interop tests: stores made by the real custodian-cli, sample data written through the
// store library, row counts, raw file access, and the Debian `sqlcipher` shell.

#include "domain/Result.h"
#include "store/Store.h"
#include "support/CliRunner.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace custodian::test {

// A store created by `custodian-cli init` (real scrypt parameters) in `<root>/store/`; the passphrase and the
// recovery code live in files in `<root>/`, outside the store's directory, so that a FileSnapshot of
// storeDir() sees only the store's own files.
class CliStore
{
public:
    static constexpr char Passphrase[] = "interop passphrase \xc3\xa9\xe2\x82\xac 7"; // non-ASCII on purpose

    CliStore();
    // Runs `custodian-cli init`. Returns an empty string on success, else what went wrong.
    [[nodiscard]] QString init();

    [[nodiscard]] QString root() const { return m_root.path(); }
    [[nodiscard]] QString storeDir() const { return m_storeDir; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString keyringPath() const { return Keyring::pathFor(m_path); }
    [[nodiscard]] QString passphraseFile() const { return m_passphraseFile; }
    [[nodiscard]] QString recoveryCodeFile() const { return m_recoveryCodeFile; }
    [[nodiscard]] QByteArray recoveryCode() const;
    // {command, --store, path, --passphrase-file, passphraseFile}
    [[nodiscard]] QStringList args(const QString& command) const;

    [[nodiscard]] Result<Store> unlock() const { return Store::unlock(m_path, QByteArrayView(Passphrase)); }
    [[nodiscard]] Result<Store> unlockWithRecoveryCode() const;

private:
    QTemporaryDir m_root;
    QString m_storeDir;
    QString m_path;
    QString m_passphraseFile;
    QString m_recoveryCodeFile;
};

// Recognisable, distinctive plaintext put into a store by fillSample: the strings the encryption must hide.
struct SampleData
{
    QString marker;
    QStringList agentNames;
    QStringList employeeNumbers;
    QStringList maskedRecords;
    QStringList supervisorNames;
    QStringList teamNames;
    QStringList siteNames;
    QStringList hostnames;
    [[nodiscard]] QStringList all() const;
};

struct FillOptions
{
    int agents = 24;
    int records = 120;
    qint64 events = 2000;
    QString marker = QStringLiteral("CANARY-Plaintext-7f3e9a1c");
    int auditEntries = 3;
    qint64 idBase = 0; // added to every id, so that the sample can go beside other data (e.g. `seed`)
};

// Sites, teams, supervisors, agents, workstations, customer records (masked forms), an incident, a setting,
// full-text search rows, console-audit entries and `events` access events (AccessEventWriter), all carrying
// distinctive text. Writes through the library into an open store; commits every 50 000 events.
[[nodiscard]] Result<SampleData> fillSample(Store& store, const FillOptions& options = {});
// Appends access events number first .. first + count - 1 (ids idBase + n) of the sample fillSample(options)
// made, in transactions of 50 000.
[[nodiscard]] Status appendEvents(Database& database, const FillOptions& options, qint64 first, qint64 count);

struct RowCounts
{
    qint64 agents = -1;
    qint64 records = -1;
    qint64 events = -1;
    qint64 hourlyEvents = -1; // sum(access_hourly.events): must equal events
    qint64 audit = -1;
    bool operator==(const RowCounts& other) const = default;
    [[nodiscard]] QString toString() const;
};
[[nodiscard]] Result<RowCounts> countRows(Database& database);

[[nodiscard]] QByteArray readFile(const QString& path);
[[nodiscard]] bool writeFile(const QString& path, const QByteArray& bytes);
// Copies every regular file of `from` into `to` (created if needed). Returns the names copied.
[[nodiscard]] QStringList copyFiles(const QString& from, const QString& to);
[[nodiscard]] QString hex(QByteArrayView bytes);

// The byte forms a string can take on disk: UTF-8, UTF-16LE and UTF-16BE.
[[nodiscard]] QList<QByteArray> encodings(const QString& text);
// Which of `needles` occur in `haystack` (indices into needles). Needles must be at least 8 bytes long; a
// single pass over the haystack, so thousands of needles over megabytes stay fast.
[[nodiscard]] QList<qsizetype> findNeedles(const QByteArray& haystack, const QList<QByteArray>& needles);

// Runs Debian's /usr/bin/sqlcipher shell on `database` with `script` on stdin.
CliRunner::Outcome runSqlcipherShell(const QString& database, const QByteArray& script, int timeoutMs = 60000);

// Makes a (closed) store look as an earlier Custodian left it: its keyring in format 1 (no MAC; the slots are the same)
// and no record in the store of a newer keyring format. Opens it with `passphrase` to drop that record.
[[nodiscard]] Status makeFormat1Store(const QString& storePath, QByteArrayView passphrase);
// How many console-audit entries have `action`.
[[nodiscard]] Result<qint64> countAuditAction(Database& database, const QString& action);

} // namespace custodian::test
