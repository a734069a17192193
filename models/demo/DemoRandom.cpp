#include "demo/DemoRandom.h"

namespace custodian {

namespace {
__extension__ using Wide = unsigned __int128;

constexpr quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}
} // namespace

quint64 DemoRandom::mix(quint64 value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

quint64 DemoRandom::hashLabel(std::string_view label)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (char c : label) {
        hash ^= quint64(static_cast<unsigned char>(c));
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

DemoRandom::DemoRandom(quint64 seed)
{
    quint64 x = seed;
    for (quint64& word : m_state) {
        x += 0x9e3779b97f4a7c15ULL;
        quint64 z = x;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        word = z ^ (z >> 31);
    }
}

DemoRandom::DemoRandom(quint64 seed, std::string_view stream)
    : DemoRandom(mix(seed) ^ hashLabel(stream))
{
}

quint64 DemoRandom::next()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

quint64 DemoRandom::below(quint64 bound)
{
    if (bound == 0)
        return 0;
    // Lemire, "Fast random integer generation in an interval" (2019).
    Wide product = static_cast<Wide>(next()) * bound;
    auto low = static_cast<quint64>(product);
    if (low < bound) {
        const quint64 threshold = (0 - bound) % bound;
        while (low < threshold) {
            product = static_cast<Wide>(next()) * bound;
            low = static_cast<quint64>(product);
        }
    }
    return static_cast<quint64>(product >> 64);
}

qint64 DemoRandom::range(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    return low + qint64(below(quint64(high - low) + 1));
}

double DemoRandom::uniform()
{
    return double(next() >> 11) * 0x1.0p-53;
}

bool DemoRandom::chance(double p)
{
    return uniform() < p;
}

double DemoRandom::normal()
{
    double sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += uniform();
    return sum - 6.0;
}

} // namespace custodian
