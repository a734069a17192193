#include "ui/widgets/CardNumberLookup.h"

#include "store/Database.h"
#include "store/RecordLookup.h"
#include "store/Store.h"
#include "sync/CentralRecords.h"

#include <QThread>

namespace custodian {

CardNumberLookup::CardNumberLookup(QObject* parent)
    : QObject(parent)
{
}

CardNumberLookup::~CardNumberLookup()
{
    stop();
}

void CardNumberLookup::stop()
{
    ++m_generation; // an answer still on its way is dropped
    if (m_central)
        m_central->cancel();
    if (m_thread)
        m_thread->wait();
    m_thread = nullptr;
    m_central.reset();
}

Status CardNumberLookup::start(Store& store, const QString& typed)
{
    stop();
    if (!store.isOpen())
        return Error(Error::Code::InvalidArgument, tr("The store is locked."));
    auto connection = store.openConnection(Database::Mode::ReadOnly);
    if (!connection)
        return connection.error();
    auto database = std::make_shared<Database>(std::move(connection).value());
    auto central = std::make_shared<CentralRecords>();
    using Answer = Result<RecordLookup::Match>;
    auto answer = std::make_shared<Answer>(Error(Error::Code::Cancelled, QString()));
    QThread* thread = QThread::create([database, central, answer, typed]() {
        *answer = central->lookUp(*database, typed);
        database->close();
    });
    thread->setParent(this);
    const quint64 generation = ++m_generation;
    connect(thread, &QThread::finished, this, [this, thread, answer, generation]() {
        thread->deleteLater();
        if (generation != m_generation)
            return;
        m_thread = nullptr;
        m_central.reset();
        if (*answer)
            Q_EMIT found((*answer)->recordId, (*answer)->masked);
        else
            Q_EMIT failed(answer->error().message());
    });
    m_thread = thread;
    m_central = central;
    thread->start();
    return {};
}

} // namespace custodian
