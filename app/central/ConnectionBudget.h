#pragma once

#include "central/TransportLimits.h"

#include <mutex>
#include <string>
#include <unordered_map>

namespace custodian {

// Counts what custodian-central's connections hold against TransportLimits: open connections per remote address and
// in total, connections being turned away, and request bodies held in memory. A connection asks once when it is
// accepted and leaves once when it is destroyed; a request reserves its body's bytes before a byte of it is read.
// Thread-safe, because a connection may end on the service's thread when the service shuts down.
class ConnectionBudget
{
public:
    enum class Admission {
        Admitted,
        AddressFull, // turned away with 429: this address holds its share
        ServiceFull, // turned away with 503: the service holds its total
        Dropped, // closed unanswered: too many are being turned away already
    };

    explicit ConnectionBudget(const TransportLimits& limits);

    // `address` is the key connections are counted by: an IPv4 address, or an IPv6 /64 prefix.
    [[nodiscard]] Admission admit(const std::string& address);
    void leave(const std::string& address, Admission admission);

    // False when holding `bytes` more would pass maxBufferedBytes (nothing reserved then).
    [[nodiscard]] bool reserveBody(qint64 bytes);
    void releaseBody(qint64 bytes);

    [[nodiscard]] int connections() const;

private:
    const TransportLimits& m_limits;
    mutable std::mutex m_mutex;
    std::unordered_map<std::string, int> m_perAddress;
    int m_total = 0;
    int m_refusing = 0;
    qint64 m_buffered = 0;
};

} // namespace custodian
