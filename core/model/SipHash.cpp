#include "SipHash.h"

#include <QtEndian>

namespace {

constexpr quint64 rotated(quint64 value, int bits)
{
    return (value << bits) | (value >> (64 - bits));
}

struct SipState
{
    quint64 v0;
    quint64 v1;
    quint64 v2;
    quint64 v3;

    void round()
    {
        v0 += v1;
        v1 = rotated(v1, 13);
        v1 ^= v0;
        v0 = rotated(v0, 32);
        v2 += v3;
        v3 = rotated(v3, 16);
        v3 ^= v2;
        v0 += v3;
        v3 = rotated(v3, 21);
        v3 ^= v0;
        v2 += v1;
        v1 = rotated(v1, 17);
        v1 ^= v2;
        v2 = rotated(v2, 32);
    }
};

} // namespace

namespace Hashing {

template<int CompressionRounds, int FinalRounds>
quint64 sipHash(const void *data, size_t size, quint64 k0, quint64 k1) noexcept
{
    // "somepseudorandomlygeneratedbytes", the algorithm's constants.
    SipState state{k0 ^ 0x736f6d6570736575ULL, k1 ^ 0x646f72616e646f6dULL,
                   k0 ^ 0x6c7967656e657261ULL, k1 ^ 0x7465646279746573ULL};
    const auto *bytes = static_cast<const uchar *>(data);
    const size_t whole = size - size % 8;
    const auto compress = [&state](quint64 word) {
        state.v3 ^= word;
        for (int i = 0; i < CompressionRounds; ++i)
            state.round();
        state.v0 ^= word;
    };
    for (size_t at = 0; at < whole; at += 8)
        compress(qFromLittleEndian<quint64>(bytes + at));
    // The last word: the bytes left over, and the length's lowest byte on top.
    quint64 last = quint64(size & 0xff) << 56;
    for (size_t at = whole; at < size; ++at)
        last |= quint64(bytes[at]) << (8 * (at - whole));
    compress(last);
    state.v2 ^= 0xff;
    for (int i = 0; i < FinalRounds; ++i)
        state.round();
    return state.v0 ^ state.v1 ^ state.v2 ^ state.v3;
}

template quint64 sipHash<1, 3>(const void *, size_t, quint64, quint64) noexcept;
template quint64 sipHash<2, 4>(const void *, size_t, quint64, quint64) noexcept;

} // namespace Hashing
