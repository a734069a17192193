#pragma once

#include <QJsonArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace custodian::test {

// The real xAPI learning record store for the tests (docs/xapi.md): Learning Locker's xapi-statements under Node.js,
// in memory, on 127.0.0.1 and a port the system picks, from tests/peers/lrs (installed by `npm ci` there; .ci/run
// does it). Statements are written into it with the @xapi/xapi client. Missing Node or packages are an error the
// test reports as a failure, never a skip.
class LearningRecordStore
{
public:
    LearningRecordStore();
    ~LearningRecordStore();
    LearningRecordStore(const LearningRecordStore&) = delete;
    LearningRecordStore& operator=(const LearningRecordStore&) = delete;

    // Empty on success, otherwise why it could not start.
    [[nodiscard]] QString start();
    // http://127.0.0.1:PORT/xAPI/
    [[nodiscard]] QString endpoint() const;
    // Sends the statements in order and returns the ids the LRS gave; empty and `error` set on failure. One request
    // each by default (each gets its own `stored` time); `batchSize` > 1 sends arrays of that many per request, which
    // tens of thousands of statements (the benchmark) need to be written in seconds rather than minutes.
    [[nodiscard]] QStringList write(const QJsonArray& statements, QString* error, int batchSize = 1);

    // Where the peer lives and what to run when it is missing.
    static QString peerDirectory();
    static QString node();

private:
    QProcess m_process;
    int m_port = 0;
};

} // namespace custodian::test
