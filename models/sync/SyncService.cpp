#include "sync/SyncService.h"

#include "store/Store.h"
#include "sync/SyncWorker.h"

namespace custodian {

SyncService::SyncService(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<custodian::SyncStatus>();
    qRegisterMetaType<custodian::SyncEngine::Options>();
    qRegisterMetaType<custodian::SyncEngine::Report>();
}

SyncService::~SyncService()
{
    stop();
}

Status SyncService::start(const Store& store)
{
    if (m_thread)
        return {};
    auto connection = store.openConnection(Database::Mode::ReadWrite);
    if (!connection)
        return connection.error();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("sync"));
    auto* worker = new SyncWorker(std::move(connection).value());
    worker->setOptions(m_options); // before it moves: no other thread touches it yet
    worker->moveToThread(m_thread);
    m_worker = worker;
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &SyncWorker::statusChanged, this, [this](const SyncStatus& status) {
        m_status = status;
        Q_EMIT statusChanged(status);
    });
    connect(worker, &SyncWorker::streamsCommitted, this, &SyncService::streamsCommitted);
    connect(worker, &SyncWorker::runFinished, this, &SyncService::runFinished);
    connect(worker, &SyncWorker::runReported, this, &SyncService::runReported);
    m_thread->start();
    QMetaObject::invokeMethod(worker, &SyncWorker::begin, Qt::QueuedConnection);
    return {};
}

void SyncService::stop()
{
    if (!m_thread)
        return;
    if (m_worker)
        m_worker->cancel();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_status = SyncStatus();
}

void SyncService::syncNow(const QString& actor)
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, "runNow", Qt::QueuedConnection, Q_ARG(QString, actor));
}

void SyncService::localChangesMade()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, "localChange", Qt::QueuedConnection, Q_ARG(int, LocalChangeDelayMs));
}

void SyncService::settingsChanged()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, "reloadSettings", Qt::QueuedConnection);
}

void SyncService::setEngineOptions(const SyncEngine::Options& options)
{
    m_options = options; // for the next start
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, "setOptions", Qt::QueuedConnection,
                                  Q_ARG(custodian::SyncEngine::Options, options));
}

} // namespace custodian
