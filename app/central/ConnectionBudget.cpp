#include "central/ConnectionBudget.h"

namespace custodian {

ConnectionBudget::ConnectionBudget(const TransportLimits& limits)
    : m_limits(limits)
{
}

ConnectionBudget::Admission ConnectionBudget::admit(const std::string& address)
{
    const std::lock_guard lock(m_mutex);
    Admission admission = Admission::Admitted;
    if (m_total >= m_limits.maxConnections)
        admission = Admission::ServiceFull;
    else if (auto it = m_perAddress.find(address);
             it != m_perAddress.end() && it->second >= m_limits.maxConnectionsPerAddress)
        admission = Admission::AddressFull;
    if (admission == Admission::Admitted) {
        ++m_total;
        ++m_perAddress[address];
        return admission;
    }
    if (m_refusing >= m_limits.maxRefusing)
        return Admission::Dropped;
    ++m_refusing;
    return admission;
}

void ConnectionBudget::leave(const std::string& address, Admission admission)
{
    const std::lock_guard lock(m_mutex);
    switch (admission) {
    case Admission::Admitted:
        if (auto it = m_perAddress.find(address); it != m_perAddress.end() && --it->second <= 0)
            m_perAddress.erase(it);
        --m_total;
        break;
    case Admission::AddressFull:
    case Admission::ServiceFull:
        --m_refusing;
        break;
    case Admission::Dropped:
        break;
    }
}

bool ConnectionBudget::reserveBody(qint64 bytes)
{
    const std::lock_guard lock(m_mutex);
    if (bytes > m_limits.maxBufferedBytes - m_buffered)
        return false;
    m_buffered += bytes;
    return true;
}

void ConnectionBudget::releaseBody(qint64 bytes)
{
    const std::lock_guard lock(m_mutex);
    m_buffered -= bytes;
}

int ConnectionBudget::connections() const
{
    const std::lock_guard lock(m_mutex);
    return m_total;
}

} // namespace custodian
