// A console locked while a sync request is in flight: SyncService::stop() cancels the client and at once tells the
// sync thread to quit. The client must still end its wait promptly, as "Sync was stopped.", whatever order the
// cancel's abort and the quit reach the thread in. Against a server on 127.0.0.1 that accepts the connection and never
// answers (the TLS handshake never completes), so the reply can only end by the cancel or the transfer timeout (here
// 60 s). Before the fix, the wait spun in QEventLoop::exec(), which returns at once on a quitting thread, and the
// thread never ended (ConsoleSyncTest hung once in CI on exactly this).
#include "crypto/SecureBuffer.h"
#include "store/SyncSettings.h"
#include "sync/SyncHttpClient.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace custodian;

class SyncHttpClientCancelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cancelAndQuitEndAWaitInFlight_data();
    void cancelAndQuitEndAWaitInFlight();
};

void SyncHttpClientCancelTest::cancelAndQuitEndAWaitInFlight_data()
{
    QTest::addColumn<bool>("busy");
    // Stopped while the sync thread is busy between sending and waiting (writing the previous page, as the engine
    // does while the next one is in flight) — the order that hung — and while it is already waiting.
    QTest::newRow("while busy") << true;
    QTest::newRow("while waiting") << false;
}

void SyncHttpClientCancelTest::cancelAndQuitEndAWaitInFlight()
{
    QFETCH(bool, busy);
    // A silent server, served by this (the test's) thread: it accepts and keeps the socket, and never writes.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    std::vector<QTcpSocket*> kept;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket* socket = silent.nextPendingConnection())
            kept.push_back(socket);
    });

    SyncSettings settings;
    settings.serverUrl = QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort());
    settings.token = SecureBuffer::copyOf("test-token");
    settings.timeoutSeconds = 60;

    QThread thread;
    auto* client = new SyncHttpClient;
    client->moveToThread(&thread);
    connect(&thread, &QThread::finished, client, &QObject::deleteLater);
    std::atomic<bool> sent { false };
    std::atomic<bool> stopped { false };
    std::atomic<int> outcome { 0 }; // 1: cancelled, 2: anything else
    thread.start();
    QMetaObject::invokeMethod(client, [&] {
        if (!client->configure(settings, QStringLiteral("test"), QStringLiteral("key"))) {
            outcome = 2;
            return;
        }
        auto pending = client->get(QStringLiteral("session"));
        sent = true;
        while (busy && !stopped.load())
            QThread::msleep(5);
        auto response = client->wait(pending);
        outcome = !response && response.error().code() == Error::Code::Cancelled ? 1 : 2;
    });
    QTRY_VERIFY_WITH_TIMEOUT(sent.load(), 10'000);
    QTest::qWait(300); // the test's thread accepts the connection meanwhile

    // What SyncService::stop() does: cancel, quit, wait.
    QElapsedTimer stopping;
    stopping.start();
    client->cancel();
    thread.quit();
    stopped = true;
    if (!thread.wait(15'000)) // the thread cannot be ended any other way: nothing else would stop it
        qFatal("the sync thread did not end within 15 s of cancel and quit: its wait never returns");
    QVERIFY2(stopping.elapsed() < 15'000, qPrintable(QString::number(stopping.elapsed())));
    QCOMPARE(outcome.load(), 1);
    for (QTcpSocket* socket : kept)
        delete socket;
}

QTEST_GUILESS_MAIN(SyncHttpClientCancelTest)
#include "SyncHttpClientCancelTest.moc"
