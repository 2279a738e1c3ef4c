#pragma once

#include <QString>

#include <cstddef>
#include <utility>

/// A QString as the key of a QHash or a QSet, hashed by SipHash-1-3 under the seed the
/// container gives (Qt's per-process random seed, unless QT_HASH_SEED sets it).
///
/// Qt 6.4 hashes a seeded QString with AES instructions. On processors and virtual machines
/// that pay for switching between the two encodings of vector instructions that costs about
/// 150 ns a hash, where this one costs a few (docs/performance.md, "Qt's seeded string hash,
/// and StringKey"). The seed keeps what Qt's seeded hash gives: keys crafted to collide
/// cannot be made in advance. The containers looked up once a unit or a row by code, name or
/// level (the unit importers, UnitTree, the summary's counts, the units list) use it; a key
/// converts from a QString where one is given. (Inside a QPair or std::pair, Qt 6.4 hashes
/// the parts without the seed: a StringKey gains nothing there.)
class StringKey
{
public:
    StringKey() = default;
    /// The key of a text. Implicit on purpose: a QHash<StringKey, T> is looked up and filled
    /// with QStrings.
    StringKey(const QString &text) // NOLINT(google-explicit-constructor)
        : m_text(text)
    {
    }
    StringKey(QString &&text) noexcept // NOLINT(google-explicit-constructor)
        : m_text(std::move(text))
    {
    }

    /// The text the key was made of.
    const QString &text() const { return m_text; }

    friend bool operator==(const StringKey &a, const StringKey &b) noexcept
    {
        return a.m_text == b.m_text;
    }
    friend bool operator!=(const StringKey &a, const StringKey &b) noexcept
    {
        return a.m_text != b.m_text;
    }

private:
    QString m_text;
};

/// SipHash-1-3 of the key's UTF-16 text under a 128-bit key made of `seed`.
size_t qHash(const StringKey &key, size_t seed = 0) noexcept;
