#include "LearningRecordStore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace custodian::test {

namespace {
const QString InstallHint
    = QStringLiteral("install it as .ci/run does: apt-get install nodejs npm, then `npm ci` in tests/peers/lrs");
}

LearningRecordStore::LearningRecordStore() = default;

LearningRecordStore::~LearningRecordStore()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString LearningRecordStore::peerDirectory()
{
    return QDir(qEnvironmentVariable("CUSTODIAN_SOURCE_DIR")).filePath(QStringLiteral("tests/peers/lrs"));
}

QString LearningRecordStore::node()
{
    QString path = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(QStringLiteral("nodejs"));
    return path;
}

QString LearningRecordStore::start()
{
    if (node().isEmpty())
        return QStringLiteral("Node.js is not installed; ") + InstallHint;
    const QDir peer(peerDirectory());
    if (!QFileInfo::exists(peer.filePath(QStringLiteral("node_modules/xapi-statements/package.json")))
        || !QFileInfo::exists(peer.filePath(QStringLiteral("node_modules/@xapi/xapi/package.json"))))
        return QStringLiteral("The test LRS's packages are not installed in %1; ").arg(peer.path()) + InstallHint;
    m_process.setWorkingDirectory(peer.path());
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(node(), { peer.filePath(QStringLiteral("start-lrs.js")) });
    if (!m_process.waitForStarted(10'000))
        return QStringLiteral("node did not start: ") + m_process.errorString();
    QByteArray output;
    const QDeadlineTimer deadline(60'000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(200);
        output += m_process.readAllStandardOutput();
        const qsizetype at = output.indexOf("LRS_PORT=");
        const qsizetype end = output.indexOf('\n', at);
        if (at >= 0 && end > at) {
            m_port = output.mid(at + 9, end - at - 9).toInt();
            return m_port > 0 ? QString() : QStringLiteral("the LRS printed no port");
        }
    }
    return QStringLiteral("the LRS did not start: ") + QString::fromUtf8(m_process.readAllStandardError()).left(2000);
}

QString LearningRecordStore::endpoint() const
{
    return QStringLiteral("http://127.0.0.1:%1/xAPI/").arg(m_port);
}

QStringList LearningRecordStore::write(const QJsonArray& statements, QString* error, int batchSize)
{
    QTemporaryFile file;
    if (!file.open()) {
        *error = QStringLiteral("no temporary file");
        return {};
    }
    file.write(QJsonDocument(statements).toJson(QJsonDocument::Compact));
    file.flush();
    QProcess writer;
    writer.setWorkingDirectory(peerDirectory());
    QStringList arguments { QDir(peerDirectory()).filePath(QStringLiteral("write-statements.js")), endpoint(),
                            file.fileName() };
    if (batchSize > 1)
        arguments << QString::number(batchSize);
    writer.start(node(), arguments);
    // Two minutes, and a millisecond more per statement for the benchmark's tens of thousands.
    if (!writer.waitForFinished(120'000 + int(statements.size())) || writer.exitStatus() != QProcess::NormalExit
        || writer.exitCode() != 0) {
        *error = QStringLiteral("write-statements failed: ") + QString::fromUtf8(writer.readAllStandardError());
        return {};
    }
    QStringList ids = QString::fromUtf8(writer.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (ids.size() != statements.size()) {
        *error = QStringLiteral("the LRS returned %1 ids for %2 statements").arg(ids.size()).arg(statements.size());
        return {};
    }
    return ids;
}

} // namespace custodian::test
