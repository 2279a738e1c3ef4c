#include "StringKey.h"

#include "SipHash.h"

size_t qHash(const StringKey &key, size_t seed) noexcept
{
    // The second half of the key from the first: a table's seed is one word.
    const quint64 k0 = seed;
    const quint64 k1 = ((k0 << 32) | (k0 >> 32)) ^ 0x9e3779b97f4a7c15ULL;
    return size_t(Hashing::sipHash<1, 3>(key.text().constData(),
                                         size_t(key.text().size()) * sizeof(QChar), k0, k1));
}
