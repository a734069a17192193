#include "SyncFixture.h"

#include "crypto/RecoveryCode.h"
#include "store/SyncSettingsRepository.h"
#include "store/SyncState.h"
#include "support/TestStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTimeZone>

#include <utility>

namespace custodian::test {

namespace {
QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 queryOne(Store& store, const QString& sql)
{
    auto value = store.database().queryInt(sql);
    if (!value) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(value.error().message()));
        return -1;
    }
    return *value;
}
} // namespace

QStringList SyncFixture::Console::args(const QString& command) const
{
    return { command, QStringLiteral("--store"), path, QStringLiteral("--passphrase-file"), passphraseFile };
}

Result<Store> SyncFixture::Console::unlock() const
{
    return Store::unlock(path, QByteArrayView(Passphrase));
}

QString SyncFixture::Console::key() const
{
    auto store = unlock();
    if (!store) {
        qWarning("cannot unlock %s: %s", qPrintable(path), qPrintable(store.error().message()));
        return {};
    }
    auto key = SyncState(store->database()).consoleKey();
    if (!key) {
        qWarning("no console key for %s: %s", qPrintable(path), qPrintable(key.error().message()));
        return {};
    }
    return *key;
}

qint64 SyncFixture::Synced::pulled(const QString& stream) const
{
    return summary.value(QStringLiteral("pulled")).toObject().value(stream).toInteger();
}

QString SyncFixture::Synced::describe() const
{
    return QStringLiteral("exit %1%2\nstdout: %3\nstderr: %4")
        .arg(outcome.exitCode)
        .arg(outcome.crashed ? QStringLiteral(" (crashed)") : QString())
        .arg(outcome.out.left(3000), outcome.err.left(3000));
}

QString SyncFixture::path(const QString& name) const
{
    return m_dir.filePath(name);
}

QString SyncFixture::initialise(qint64 events)
{
    if (!m_dir.isValid())
        return QStringLiteral("no temporary directory");
    return m_central.initialise(m_dir.filePath(QStringLiteral("central")), events,
                                QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC));
}

QString SyncFixture::startWithTwoConsoles(qint64 events, Console& a, Console& b)
{
    if (QString problem = initialise(events); !problem.isEmpty())
        return problem;
    if (QString problem = m_central.start(); !problem.isEmpty())
        return problem;
    int supervisor = 0;
    for (auto [name, console] : { std::pair { "a", &a }, std::pair { "b", &b } }) {
        auto made = makeConsole(QString::fromLatin1(name), supervisor++);
        if (!made)
            return made.error().message();
        *console = *made;
        if (const Synced synced = sync(*console); !synced.ok())
            return QStringLiteral("the first sync of console %1 failed: %2")
                .arg(QString::fromLatin1(name), synced.describe());
    }
    return {};
}

Result<SyncFixture::Console> SyncFixture::makeConsole(const QString& name, int supervisor)
{
    Console console;
    console.path = m_dir.filePath(name + QStringLiteral(".custodian"));
    console.passphraseFile = m_dir.filePath(name + QStringLiteral(".passphrase"));
    QFile file(console.passphraseFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(Passphrase) < 0)
        return Error(Error::Code::Io, QStringLiteral("cannot write %1").arg(console.passphraseFile));
    file.close();
    auto store = Store::create(console.path, QByteArrayView(Passphrase), RecoveryCode::generate(),
                               TestStore::fastParameters());
    if (!store)
        return store.error();
    SyncSettings settings;
    settings.serverUrl = m_central.url();
    settings.caPem = readAll(m_central.tlsFile(QStringLiteral("ca.pem")));
    settings.token
        = SecureBuffer::copyOf(readAll(m_central.tokenFile(m_central.supervisors().value(supervisor))).trimmed());
    settings.timeoutSeconds = 10;
    if (auto saved = SyncSettingsRepository(store->database()).save(settings, QStringLiteral("test")); !saved)
        return saved.error();
    return console;
}

SyncFixture::Synced SyncFixture::sync(const Console& console, const QStringList& extra,
                                      const QProcessEnvironment& environment, int timeoutMs)
{
    Synced synced;
    synced.outcome = CliRunner::run(console.args(QStringLiteral("sync")) + extra, environment, timeoutMs);
    synced.summary = QJsonDocument::fromJson(synced.outcome.out.toUtf8()).object();
    return synced;
}

SyncFixture::Synced SyncFixture::syncWithEventLoop(const Console& console, const QStringList& extra, int timeoutMs)
{
    Synced synced;
    synced.outcome = CliRunner::runWithEventLoop(console.args(QStringLiteral("sync")) + extra,
                                                 CliRunner::defaultEnvironment(), timeoutMs);
    synced.summary = QJsonDocument::fromJson(synced.outcome.out.toUtf8()).object();
    return synced;
}

QString SyncFixture::verify(const Console& console)
{
    const CliRunner::Outcome outcome = CliRunner::run(console.args(QStringLiteral("verify")));
    if (outcome.exitCode == 0 && !outcome.crashed)
        return {};
    return QStringLiteral("verify failed (exit %1): %2 %3").arg(outcome.exitCode).arg(outcome.out, outcome.err);
}

qint64 SyncFixture::count(const Console& console, const QString& sql)
{
    auto store = console.unlock();
    if (!store) {
        qWarning("cannot unlock %s: %s", qPrintable(console.path), qPrintable(store.error().message()));
        return -1;
    }
    return queryOne(*store, sql);
}

Result<Store> SyncFixture::centralStore()
{
    const QString data = m_central.dataDirectory();
    const QByteArray passphrase = readAll(QDir(data).filePath(QStringLiteral("central.passphrase"))).trimmed();
    return Store::unlock(QDir(data).filePath(QStringLiteral("central.custodian")), passphrase);
}

qint64 SyncFixture::centralCount(const QString& sql)
{
    auto store = centralStore();
    if (!store) {
        qWarning("cannot open the service's store: %s", qPrintable(store.error().message()));
        return -1;
    }
    return queryOne(*store, sql);
}

} // namespace custodian::test
