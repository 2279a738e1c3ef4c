#include "Text.h"

#include "UnitKind.h"

#include <QStringList>

#include <array>
#include <utility>

namespace Text {

QString simplified(const QString &text)
{
    return simplifiedNfc(text.normalized(QString::NormalizationForm_C));
}

QString simplifiedNfc(const QString &text)
{
    // Most names are clean already: check before building a copy.
    bool clean = !text.isEmpty() && text.front() != u' ' && text.back() != u' ';
    for (qsizetype i = 0; clean && i < text.size(); ++i) {
        const QChar ch = text.at(i);
        clean = ch == u' ' ? text.at(i - 1) != u' '
                           : !(ch.isSpace() || ch == QChar(0x00A0) || ch == QChar(0xFEFF));
    }
    if (clean || text.isEmpty())
        return text;

    QString result;
    result.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar ch : text) {
        if (ch.isSpace() || ch == QChar(0x00A0) || ch == QChar(0xFEFF)) {
            pendingSpace = !result.isEmpty();
            continue;
        }
        if (pendingSpace) {
            result.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        result.append(ch);
    }
    return result;
}

QString cleanName(const QString &name)
{
    return cleanNameNfc(name.normalized(QString::NormalizationForm_C));
}

QString cleanNameNfc(const QString &name)
{
    QString result = simplifiedNfc(name);
    const QString prefix = UnitKind::prefixOf(result);
    if (!prefix.isEmpty())
        result.replace(0, prefix.size(), UnitKind::standardPrefix(prefix));
    return result;
}

QString searchKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        if (ch.isSpace()) {
            pendingSpace = !result.isEmpty();
            continue;
        }
        if (pendingSpace) {
            result.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        // NFD leaves đ/Đ whole: they are letters of their own, not d with a mark.
        if (ch == QChar(0x0111) || ch == QChar(0x0110))
            result.append(QLatin1Char('d'));
        else
            result.append(ch.toLower());
    }
    return result;
}

QString nameKey(const QString &name)
{
    // Old placement on the second vowel of a syllable-final "oa", "oe", "uy" (hoà, thuỷ)
    // becomes the new placement on the first (hòa, thủy).
    static const std::array<std::pair<QStringView, QStringView>, 15> oldToNew{{
        {u"oà", u"òa"},
        {u"oá", u"óa"},
        {u"oả", u"ỏa"},
        {u"oã", u"õa"},
        {u"oạ", u"ọa"},
        {u"oè", u"òe"},
        {u"oé", u"óe"},
        {u"oẻ", u"ỏe"},
        {u"oẽ", u"õe"},
        {u"oẹ", u"ọe"},
        {u"uỳ", u"ùy"},
        {u"uý", u"úy"},
        {u"uỷ", u"ủy"},
        {u"uỹ", u"ũy"},
        {u"uỵ", u"ụy"},
    }};
    QString key = simplified(name).toLower();
    for (const auto &[oldForm, newForm] : oldToNew) {
        for (qsizetype at = key.indexOf(oldForm); at >= 0; at = key.indexOf(oldForm, at + 2)) {
            const qsizetype after = at + 2;
            if (after == key.size() || !key.at(after).isLetter())
                key.replace(at, 2, newForm.data(), newForm.size());
        }
    }
    return key;
}

bool matchesKey(const QString &textKey, const QString &queryKey)
{
    const auto words = QStringView(queryKey).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QStringView word : words) {
        bool found = false;
        for (qsizetype at = textKey.indexOf(word); at >= 0 && !found;
             at = textKey.indexOf(word, at + 1)) {
            found = at == 0 || textKey.at(at - 1) == QLatin1Char(' ');
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace Text
