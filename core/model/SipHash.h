#pragma once

#include <QtGlobal>

#include <cstddef>

namespace Hashing {

/// SipHash-c-d (Aumasson and Bernstein) of `size` bytes under the 128-bit key k0, k1: c
/// rounds a word of the message, d rounds at the end. SipHash-1-3 hashes StringKey;
/// SipHash-2-4 is the one the algorithm's published test vectors are for.
template<int CompressionRounds, int FinalRounds>
quint64 sipHash(const void *data, size_t size, quint64 k0, quint64 k1) noexcept;

extern template quint64 sipHash<1, 3>(const void *, size_t, quint64, quint64) noexcept;
extern template quint64 sipHash<2, 4>(const void *, size_t, quint64, quint64) noexcept;

} // namespace Hashing
