#include "UnitKind.h"

#include "Text.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {

struct KnownKind
{
    const char16_t *key; // lower-case stored form
    const char *english; // source text for translation
    bool commune;
};

// Longest first, so that "thị xã" is recognised before "xã" could be tried.
constexpr std::array<KnownKind, 10> knownKinds{{
    {u"thành phố", QT_TRANSLATE_NOOP("UnitKind", "city"), false},
    {u"thị trấn", QT_TRANSLATE_NOOP("UnitKind", "township"), true},
    {u"đảng bộ", QT_TRANSLATE_NOOP("UnitKind", "Party committee"), false},
    {u"đặc khu", QT_TRANSLATE_NOOP("UnitKind", "special zone"), true},
    {u"phường", QT_TRANSLATE_NOOP("UnitKind", "ward"), true},
    {u"thị xã", QT_TRANSLATE_NOOP("UnitKind", "town"), false},
    {u"huyện", QT_TRANSLATE_NOOP("UnitKind", "district"), false},
    {u"tỉnh", QT_TRANSLATE_NOOP("UnitKind", "province"), false},
    {u"quận", QT_TRANSLATE_NOOP("UnitKind", "urban district"), false},
    {u"xã", QT_TRANSLATE_NOOP("UnitKind", "commune"), true},
}};

const KnownKind *findKind(const QString &key)
{
    for (const KnownKind &kind : knownKinds) {
        if (key == QStringView(kind.key))
            return &kind;
    }
    return nullptr;
}

/// The known kind a name starts with (a kind word and a space, in any case), or nullptr.
const KnownKind *kindStarting(QStringView name)
{
    if (name.isEmpty())
        return nullptr;
    const QChar first = name.front().toLower();
    for (const KnownKind &kind : knownKinds) {
        const QStringView key(kind.key);
        if (name.size() > key.size() && first == key.front() && name.at(key.size()) == u' '
            && name.left(key.size()).compare(key, Qt::CaseInsensitive) == 0) {
            return &kind;
        }
    }
    return nullptr;
}

} // namespace

QString UnitKind::prefixOf(const QString &name)
{
    const KnownKind *kind = kindStarting(name);
    return kind ? name.left(QStringView(kind->key).size()) : QString();
}

QString UnitKind::withStandardPrefix(const QString &name)
{
    const KnownKind *kind = kindStarting(name);
    if (!kind)
        return name;
    // The standard spelling: the stored form with its first letter in upper case.
    const QStringView key(kind->key);
    const QChar first = key.front().toUpper();
    if (name.front() == first && QStringView(name).sliced(1, key.size() - 1) == key.sliced(1))
        return name;
    QString result = name;
    result[0] = first;
    for (qsizetype i = 1; i < key.size(); ++i)
        result[i] = key.at(i);
    return result;
}

QString UnitKind::standardPrefix(const QString &prefix)
{
    QString result = prefix.toLower();
    if (!result.isEmpty())
        result[0] = result.at(0).toUpper();
    return result;
}

QString UnitKind::fromName(const QString &name)
{
    return prefixOf(name).toLower();
}

QString UnitKind::normalized(const QString &kind)
{
    return Text::simplified(kind).toLower();
}

QString UnitKind::displayName(const QString &kind)
{
    if (const KnownKind *known = findKind(kind))
        return tr(known->english);
    return kind;
}

bool UnitKind::isCommuneKind(const QString &kind)
{
    const KnownKind *known = findKind(kind);
    return known && known->commune;
}
