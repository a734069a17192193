#include "ui/widgets/CardNumberLookup.h"

#include "store/Database.h"
#include "store/RecordLookup.h"
#include "store/Store.h"
#include "sync/CentralRecords.h"

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
    if (m_central)
        m_central->cancel(); // the request to the central service returns at once
    m_runner.cancel(); // an answer still on its way is dropped
    m_central.reset();
}

Status CardNumberLookup::start(Store& store, const QString& typed)
{
    stop();
    if (!store.isOpen())
        return Error(Error::Code::InvalidArgument, tr("The store is locked."));
    auto central = std::make_shared<CentralRecords>();
    m_central = central;
    m_runner.runOnStore(
        store, Database::Mode::ReadOnly,
        [central, typed](Database& database, const LatestResultRunner::Job&) {
            return central->lookUp(database, typed);
        },
        [this](const Result<RecordLookup::Match>& answer) {
            m_central.reset();
            if (answer)
                Q_EMIT found(answer->recordId, answer->masked);
            else
                Q_EMIT failed(answer.error().message());
        });
    return {};
}

} // namespace custodian
