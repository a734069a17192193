#pragma once

#include "domain/Result.h"
#include "ui/session/LatestResultRunner.h"

#include <QObject>
#include <QString>

#include <memory>

namespace custodian {

class CentralRecords;
class Store;

// Finds the record of a card number the supervisor typed, by asking the central service (CentralRecords::lookUp):
// card records carry the service's keyed token, which this console cannot compute, so a card number cannot be found
// locally. Runs on a worker with its own connection; the GUI thread only starts it and receives one of the signals.
// A newer start() supersedes the look-up in progress; stop() (and the destructor, on lock) aborts the request at once
// and drops its answer without waiting for the worker.
class CardNumberLookup : public QObject
{
    Q_OBJECT
public:
    explicit CardNumberLookup(QObject* parent = nullptr);
    ~CardNumberLookup() override;

    [[nodiscard]] Status start(Store& store, const QString& typed);
    void stop();
    [[nodiscard]] bool isRunning() const { return m_runner.isRunning(); }

Q_SIGNALS:
    void found(qint64 recordId, const QString& masked);
    void failed(const QString& message);

private:
    LatestResultRunner m_runner;
    std::shared_ptr<CentralRecords> m_central;
};

} // namespace custodian
