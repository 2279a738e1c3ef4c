#include "Text.h"

#include "UnitKind.h"

#include <QStringList>

#include <array>
#include <utility>
#include <vector>

namespace Text {

namespace {

// Whether composing (NFC) may change the text: when it holds a combining mark (as
// Windows-1258 and decomposing programs write tones), a character that NFC writes otherwise
// (U+2000 EN QUAD becomes U+2002, the Angstrom sign becomes Å), Hangul jamo, or a character
// beyond the first plane, left to NFC itself. Vietnamese letters (U+1E00-U+1EFF, and those
// below U+0300) never change.
bool mayChangeUnderNfc(const QString &text)
{
    for (const QChar ch : text) {
        const char16_t code = ch.unicode();
        if (code < 0x0300 || (code >= 0x1E00 && code <= 0x1EFF))
            continue;
        if (ch.isMark() || ch.isSurrogate() || (code >= 0x1100 && code <= 0x11FF)
            || ch.decompositionTag() == QChar::Canonical)
            return true;
    }
    return false;
}

// White space as simplified() takes it: QChar::isSpace(), the no-break space and the byte
// order mark. isSpace() looks up Unicode's tables for every letter beyond ASCII, and below
// U+1680 (OGHAM SPACE MARK) the only spaces are ASCII's, U+0085 and U+00A0.
inline bool isBlank(QChar ch)
{
    const char16_t code = ch.unicode();
    if (code > u' ' && code < 0x85) // letters, digits and signs of ASCII, controls after it
        return false;
    if (code < 0x1680)
        return code == u' ' || (code >= 0x09 && code <= 0x0D) || code == 0x85 || code == 0xA0;
    return ch.isSpace() || code == 0xFEFF;
}

} // namespace

QString composed(const QString &text)
{
    return mayChangeUnderNfc(text) ? text.normalized(QString::NormalizationForm_C) : text;
}

QString simplified(const QString &text)
{
    return simplifiedNfc(composed(text));
}

QString simplifiedNfc(const QString &text)
{
    // Most names are clean already: check before building a copy.
    bool clean = !text.isEmpty() && text.front() != u' ' && text.back() != u' ';
    for (qsizetype i = 0; clean && i < text.size(); ++i) {
        const QChar ch = text.at(i);
        clean = ch == u' ' ? text.at(i - 1) != u' ' : !isBlank(ch);
    }
    if (clean || text.isEmpty())
        return text;

    QString result;
    result.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar ch : text) {
        if (isBlank(ch)) {
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
    return cleanNameNfc(composed(name));
}

QString cleanNameNfc(const QString &name)
{
    return UnitKind::withStandardPrefix(simplifiedNfc(name));
}

namespace {

// searchKey() by the book: decompose, drop the marks, fold the case.
QString searchKeyDecomposed(const QString &text)
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

// What searchKeyDecomposed() makes of each precomposed Latin letter (U+00C0 to U+024F and
// U+1E00 to U+1EFF, all of Vietnamese among them) and of the punctuation names carry
// (U+2000 to U+206F: quotation marks, dashes), worked out once with the same rules; 0 where
// a character does not become a single character, or is a space.
class LatinFolding
{
public:
    LatinFolding()
    {
        for (const Block &block : Blocks) {
            for (char32_t ch = block.first; ch <= block.last; ++ch)
                m_folded.push_back(fold(char16_t(ch)));
        }
    }

    char16_t operator()(char16_t ch) const
    {
        std::size_t offset = 0;
        for (const Block &block : Blocks) {
            if (ch >= block.first && ch <= block.last)
                return m_folded[offset + (ch - block.first)];
            offset += block.last - block.first + 1;
        }
        return 0;
    }

private:
    struct Block
    {
        char16_t first;
        char16_t last;
    };
    static constexpr Block Blocks[] = {{0x00C0, 0x024F}, {0x1E00, 0x1EFF}, {0x2000, 0x206F}};

    static char16_t fold(char16_t ch)
    {
        const QString folded = searchKeyDecomposed(QString(QChar(ch)));
        return folded.size() == 1 && !folded.front().isSpace() ? folded.front().unicode() : 0;
    }

    std::vector<char16_t> m_folded;
};

} // namespace

QString searchKey(const QString &text)
{
    // Unit names are ASCII and precomposed Vietnamese letters: fold them a character at a
    // time, without decomposing the whole text. Anything else (combining marks, other
    // scripts, unusual spaces) takes the long way.
    static const LatinFolding latinFolding;
    QString result(text.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(result.data());
    qsizetype length = 0;
    bool pendingSpace = false;
    for (const QChar qch : text) {
        char16_t ch = qch.unicode();
        if (ch == u' ' || ch == u'\t' || ch == u'\n' || ch == u'\r' || ch == u'\v' || ch == u'\f') {
            pendingSpace = length > 0;
            continue;
        }
        if (ch < 0x80) {
            if (ch >= u'A' && ch <= u'Z')
                ch += u'a' - u'A';
        } else if (ch = latinFolding(ch); ch == 0) {
            return searchKeyDecomposed(text);
        }
        if (pendingSpace) {
            out[length++] = u' ';
            pendingSpace = false;
        }
        out[length++] = ch;
    }
    result.truncate(length);
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
    for (qsizetype at = 0; at + 1 < key.size(); ++at) {
        const QChar first = key.at(at);
        if (first != u'o' && first != u'u')
            continue;
        const qsizetype after = at + 2;
        if (after < key.size() && key.at(after).isLetter())
            continue;
        for (const auto &[oldForm, newForm] : oldToNew) {
            if (oldForm.at(0) == first && oldForm.at(1) == key.at(at + 1)) {
                key[at] = newForm.at(0);
                key[at + 1] = newForm.at(1);
                break;
            }
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

std::optional<qint64> digitsValue(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (const QChar ch : text) {
        if (ch < u'0' || ch > u'9')
            return std::nullopt;
        value = value * 10 + (ch.unicode() - u'0');
    }
    return value;
}

} // namespace Text
