#pragma once

#include <QtGlobal>

#include <array>
#include <cstdint>
#include <string_view>

namespace custodian {

// The demo data's only source of randomness: xoshiro256** seeded through splitmix64, with its own uniform,
// range and approximately-normal helpers. std:: distributions are implementation-defined (libstdc++ and
// libc++ give different streams for the same engine), so none is used: the same seed gives the same numbers
// with every compiler and library. Independent streams (organisation, records, events, ...) are derived from
// the seed and a label, so that a change in how one part of the data is drawn does not reshuffle the others.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed);
    DemoRandom(quint64 seed, std::string_view stream);

    // 64 uniformly distributed bits.
    quint64 next();
    // Uniform in [0, bound) without modulo bias (Lemire's multiply-and-reject); bound 0 gives 0.
    quint64 below(quint64 bound);
    // Uniform in [low, high], both inclusive.
    qint64 range(qint64 low, qint64 high);
    // Uniform in [0, 1) with 53 bits of precision.
    double uniform();
    // True with probability p.
    bool chance(double p);
    // Approximately standard normal (Irwin-Hall: sum of 12 uniforms minus 6, in [-6, 6]): only additions, so
    // the result is bit-identical everywhere, unlike anything built on log/cos.
    double normal();
    // An index drawn with the given non-negative integer weights (at least one positive).
    template <std::size_t N> std::size_t weighted(const std::array<int, N>& weights)
    {
        quint64 total = 0;
        for (int w : weights)
            total += quint64(w);
        quint64 pick = below(total);
        for (std::size_t i = 0; i < N; ++i) {
            if (pick < quint64(weights[i]))
                return i;
            pick -= quint64(weights[i]);
        }
        return N - 1;
    }

    // splitmix64 step, also useful as a stateless 64-bit mixer.
    static quint64 mix(quint64 value);
    // FNV-1a of a label, to derive stream seeds.
    static quint64 hashLabel(std::string_view label);

private:
    std::array<quint64, 4> m_state {};
};

} // namespace custodian
