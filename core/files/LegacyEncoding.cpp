#include "LegacyEncoding.h"

#include "VniCodec.h"
#include "Windows1252.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QStringDecoder>

#include <iconv.h>

#include <array>
#include <cerrno>

using namespace Qt::StringLiterals;

namespace {

// UTF-16 saved without a byte-order mark: every other byte of Latin text is zero.
std::optional<QStringConverter::Encoding> guessUtf16(const QByteArray &data)
{
    const qsizetype sample = std::min<qsizetype>(data.size(), 512) & ~qsizetype(1);
    if (sample < 4)
        return std::nullopt;
    int zeroEven = 0, zeroOdd = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        zeroEven += data.at(i) == '\0';
        zeroOdd += data.at(i + 1) == '\0';
    }
    const int pairs = int(sample / 2);
    if (zeroOdd * 3 > pairs && zeroEven * 10 < pairs)
        return QStringConverter::Utf16LE;
    if (zeroEven * 3 > pairs && zeroOdd * 10 < pairs)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

// glibc's TCVN3 converter, opened once per thread (opening it loads a module).
class Tcvn3Converter
{
public:
    Tcvn3Converter()
        : m_handle(iconv_open("UTF-8", "TCVN5712-1"))
    {
    }
    ~Tcvn3Converter()
    {
        if (m_handle != iconv_t(-1))
            iconv_close(m_handle);
    }
    Tcvn3Converter(const Tcvn3Converter &) = delete;
    Tcvn3Converter &operator=(const Tcvn3Converter &) = delete;
    iconv_t handle() const { return m_handle; }

private:
    iconv_t m_handle;
};

// TCVN3 through glibc's iconv ("TCVN5712-1"), which also composes its combining tone marks.
QString decodeTcvn3(const QByteArray &bytes)
{
    thread_local Tcvn3Converter tcvn3;
    iconv_t converter = tcvn3.handle();
    if (converter == iconv_t(-1)) {
        // No converter on this system: show the bytes as they are rather than nothing.
        QString text;
        for (const char byte : bytes)
            text.append(Windows1252::toUnicode(uchar(byte)));
        return text;
    }
    // A fresh start: no tone mark left waiting from the text before.
    iconv(converter, nullptr, nullptr, nullptr, nullptr);
    QByteArray out(bytes.size() * 4 + 16, Qt::Uninitialized);
    char *input = const_cast<char *>(bytes.constData());
    std::size_t inputLeft = std::size_t(bytes.size());
    char *output = out.data();
    std::size_t outputLeft = std::size_t(out.size());
    while (inputLeft > 0) {
        if (iconv(converter, &input, &inputLeft, &output, &outputLeft) != std::size_t(-1))
            break;
        if (errno == EILSEQ || errno == EINVAL) {
            // A byte the table does not hold: skip it, as a font would show nothing.
            ++input;
            --inputLeft;
            continue;
        }
        break; // E2BIG cannot happen: four bytes out for each byte in is enough
    }
    iconv(converter, nullptr, nullptr, &output, &outputLeft);
    out.truncate(out.size() - qsizetype(outputLeft));
    return QString::fromUtf8(out).normalized(QString::NormalizationForm_C);
}

constexpr char16_t ToneMarks[] = {0x0301, 0x0300, 0x0309, 0x0303, 0x0323};

bool isToneMark(QChar ch)
{
    for (const char16_t mark : ToneMarks) {
        if (ch.unicode() == mark)
            return true;
    }
    return false;
}

// Each lower-case Vietnamese letter (tones and all) without its tone, and whether it had
// one: "ấ" is "â" with a tone, "ư" is "ư" without.
class Letters
{
public:
    struct Letter
    {
        QChar plain;
        bool toned = false;
    };

    Letters()
    {
        const QString bases = u"aăâeêioôơuưy"_s;
        for (const QChar base : bases) {
            m_letters.insert(base.unicode(), {base, false});
            for (const char16_t mark : ToneMarks) {
                const QString toned =
                    QString(QString(base) + QChar(mark)).normalized(QString::NormalizationForm_C);
                if (toned.size() == 1)
                    m_letters.insert(toned.front().unicode(), {base, true});
            }
        }
        for (const QChar consonant : u"bcdđghklmnpqrstvx"_s)
            m_letters.insert(consonant.unicode(), {consonant, false});
        // f, j, w and z are in no Vietnamese syllable but in names and loan words.
        for (const QChar other : u"fjwz"_s)
            m_letters.insert(other.unicode(), {other, false});
    }

    const Letter *find(QChar ch) const
    {
        const auto it = m_letters.constFind(ch.unicode());
        return it == m_letters.constEnd() ? nullptr : &it.value();
    }

private:
    QHash<char16_t, Letter> m_letters;
};

const Letters &letters()
{
    static const Letters table;
    return table;
}

bool isVowel(QChar ch)
{
    return u"aăâeêioôơuưy"_s.contains(ch);
}

// The onsets, longest first, and the endings and vowel groups a syllable may have.
const std::array<QStringView, 27> Onsets = {
    u"ngh", u"ng", u"nh", u"ch", u"gh", u"gi", u"kh", u"ph", u"qu", u"th", u"tr", u"b", u"c", u"d",
    u"đ",   u"g",  u"h",  u"k",  u"l",  u"m",  u"n",  u"p",  u"r",  u"s",  u"t",  u"v", u"x"};
const std::array<QStringView, 9> Endings = {u"", u"c", u"ch", u"m", u"n", u"ng", u"nh", u"p", u"t"};

const QSet<QString> &vowelGroups()
{
    static const QSet<QString> groups = [] {
        QSet<QString> set;
        for (const QString &group :
             u"a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi oo ôi ơi ua "
             "uâ uê ui uô uơ uy ưa ưi ươ ưu yê iêu yêu oai oao oay oeo uây uôi uya uyê uyu ươi "
             "ươu"_s.split(u' '))
            set.insert(group);
        return set;
    }();
    return groups;
}

// A lower-case word, letters only, spelled as one Vietnamese syllable: an onset, one vowel
// group and an ending, with at most one tone.
bool isSyllable(const QString &word)
{
    QString plain;
    plain.reserve(word.size());
    int tones = 0;
    for (const QChar ch : word) {
        const Letters::Letter *letter = letters().find(ch);
        if (!letter)
            return false;
        plain.append(letter->plain);
        tones += letter->toned;
    }
    if (tones > 1)
        return false;
    qsizetype at = 0;
    for (const QStringView onset : Onsets) {
        if (!QStringView(plain).startsWith(onset))
            continue;
        // "gi" and "qu" are onsets only before another vowel ("gìn" is g + in).
        if ((onset == u"gi" || onset == u"qu")
            && (plain.size() <= onset.size() || !isVowel(plain.at(onset.size())))) {
            continue;
        }
        at = onset.size();
        break;
    }
    const qsizetype vowelsStart = at;
    while (at < plain.size() && isVowel(plain.at(at)))
        ++at;
    if (at == vowelsStart)
        return false;
    if (!vowelGroups().contains(plain.mid(vowelsStart, at - vowelsStart)))
        return false;
    const QStringView ending = QStringView(plain).mid(at);
    for (const QStringView allowed : Endings) {
        if (ending == allowed)
            return true;
    }
    return false;
}

bool isWordBreak(QChar ch)
{
    return ch.isSpace() || (ch.unicode() < 0x80 && !ch.isLetterOrNumber());
}

} // namespace

QString LegacyEncoding::key(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Unicode:
        return u"unicode"_s;
    case Encoding::Windows1258:
        return u"windows-1258"_s;
    case Encoding::Tcvn3:
        return u"tcvn3"_s;
    case Encoding::Vni:
        return u"vni"_s;
    }
    return {};
}

std::optional<LegacyEncoding::Encoding> LegacyEncoding::fromKey(const QString &key)
{
    const QString lower = key.trimmed().toLower();
    for (const Encoding encoding : all()) {
        if (LegacyEncoding::key(encoding) == lower)
            return encoding;
    }
    if (lower == "utf-8"_L1 || lower == "utf8"_L1)
        return Encoding::Unicode;
    if (lower == "cp1258"_L1)
        return Encoding::Windows1258;
    if (lower == "abc"_L1 || lower == "tcvn"_L1)
        return Encoding::Tcvn3;
    return std::nullopt;
}

QString LegacyEncoding::displayName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Unicode:
        return tr("Unicode");
    case Encoding::Windows1258:
        return u"Windows-1258"_s;
    case Encoding::Tcvn3:
        return tr("TCVN3 (ABC)");
    case Encoding::Vni:
        return u"VNI Windows"_s;
    }
    return {};
}

LegacyEncoding::FontEncoding LegacyEncoding::ofFont(const QString &fontName)
{
    const QString name = fontName.trimmed();
    if (name.startsWith(".Vn"_L1, Qt::CaseInsensitive)) {
        // ".VnTimeH", ".VnArialH", ".VnCentury SchoolbookH": the capitals of their family.
        return {Encoding::Tcvn3, name.size() > 4 && name.endsWith(u'H')};
    }
    if (name.startsWith("VNI-"_L1, Qt::CaseInsensitive)
        || name.startsWith("VNI "_L1, Qt::CaseInsensitive))
        return {Encoding::Vni, false};
    return {};
}

QString LegacyEncoding::decode(const QByteArray &bytes, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Unicode:
        return QString::fromUtf8(bytes).normalized(QString::NormalizationForm_C);
    case Encoding::Windows1258: {
        // ICU's decoder leaves the combining tone marks as they are: compose them.
        QStringDecoder decoder("windows-1258");
        if (decoder.isValid())
            return QString(decoder.decode(bytes)).normalized(QString::NormalizationForm_C);
        QString text;
        for (const char byte : bytes)
            text.append(Windows1252::toUnicode(uchar(byte)));
        return text;
    }
    case Encoding::Tcvn3:
        return decodeTcvn3(bytes);
    case Encoding::Vni:
        return VniCodec::decode(bytes);
    }
    return {};
}

std::optional<QString> LegacyEncoding::fromLookAlikes(const QString &text, Encoding encoding,
                                                      bool capitals)
{
    if (encoding == Encoding::Unicode)
        return text;
    QByteArray bytes;
    bytes.reserve(text.size());
    bool legacy = false;
    for (const QChar ch : text) {
        const auto byte = Windows1252::fromUnicode(ch);
        if (!byte)
            return std::nullopt;
        // TCVN3 also puts letters on control codes (its capitals with tones).
        legacy =
            legacy || *byte >= 0x80 || (*byte < 0x20 && ch != u'\t' && ch != u'\n' && ch != u'\r');
        bytes.append(char(*byte));
    }
    if (!legacy && !capitals)
        return text;
    QString decoded = decode(bytes, encoding);
    if (capitals)
        decoded = QLocale(QLocale::Vietnamese).toUpper(decoded);
    return decoded;
}

Result<LegacyEncoding::DecodedText> LegacyEncoding::decodeFile(const QByteArray &data,
                                                               std::optional<Encoding> forced,
                                                               const QString &fileName)
{
    std::optional<QStringConverter::Encoding> unicode = QStringConverter::encodingForData(data);
    if (!unicode)
        unicode = guessUtf16(data);
    const bool hasBom = data.startsWith("\xEF\xBB\xBF");
    if (unicode && *unicode != QStringConverter::Utf8
        && (!forced || *forced == Encoding::Unicode)) {
        QStringDecoder decoder(*unicode, QStringConverter::Flag::Stateless);
        QString text = decoder.decode(data);
        if (decoder.hasError() || data.size() % 2 != 0) {
            return Failure{tr("%1: the file looks like UTF-16 text but cannot be decoded. Save it "
                              "from the spreadsheet as “CSV UTF-8”.")
                               .arg(fileName)};
        }
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        const bool littleEndian = *unicode == QStringConverter::Utf16LE
            || (*unicode == QStringConverter::Utf16
                && QSysInfo::ByteOrder == QSysInfo::LittleEndian);
        return DecodedText{text.normalized(QString::NormalizationForm_C),
                           littleEndian ? u"UTF-16 LE"_s : u"UTF-16 BE"_s, Encoding::Unicode};
    }
    if (const qsizetype nul = data.indexOf('\0'); nul >= 0) {
        return Failure{tr("%1, line %2: the file contains a NUL byte, so it is not a text file. "
                          "Save it from the spreadsheet as “CSV UTF-8”.")
                           .arg(fileName)
                           .arg(data.left(nul).count('\n') + 1)};
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(data);
    const bool validUtf8 = !utf8.hasError();
    if (validUtf8 && (!forced || *forced == Encoding::Unicode)) {
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        return DecodedText{text.normalized(QString::NormalizationForm_C),
                           hasBom ? tr("UTF-8 (with a byte-order mark)") : u"UTF-8"_s,
                           Encoding::Unicode};
    }
    if (forced && *forced == Encoding::Unicode) {
        return Failure{tr("%1: the file is not Unicode (UTF-8 or UTF-16) text. Choose its "
                          "encoding (Windows-1258, TCVN3 or VNI), or save it from the "
                          "spreadsheet as “CSV UTF-8”.")
                           .arg(fileName)};
    }
    const Encoding encoding = forced ? *forced : guessBytes(data);
    return DecodedText{decode(data, encoding), displayName(encoding), encoding};
}

LegacyEncoding::Encoding LegacyEncoding::guessBytes(const QByteArray &bytes)
{
    Encoding best = Encoding::Windows1258;
    int bestScore = 0;
    bool first = true;
    for (const Encoding encoding : {Encoding::Windows1258, Encoding::Tcvn3, Encoding::Vni}) {
        const int score = plausibility(decode(bytes, encoding));
        if (first || score > bestScore) {
            best = encoding;
            bestScore = score;
            first = false;
        }
    }
    return best;
}

LegacyEncoding::Encoding LegacyEncoding::guessLookAlikes(const QStringList &texts)
{
    // Each text read as it is, against the same text turned back from TCVN3's or VNI's
    // look-alikes; a text that cannot be turned back counts the same either way.
    int asIs = 0, tcvn3 = 0, vni = 0;
    for (const QString &text : texts) {
        const int plain = plausibility(text);
        asIs += plain;
        const auto fromTcvn3 = fromLookAlikes(text, Encoding::Tcvn3);
        tcvn3 += fromTcvn3 ? plausibility(*fromTcvn3) : plain;
        const auto fromVni = fromLookAlikes(text, Encoding::Vni);
        vni += fromVni ? plausibility(*fromVni) : plain;
    }
    if (tcvn3 > asIs && tcvn3 >= vni)
        return Encoding::Tcvn3;
    if (vni > asIs && vni > tcvn3)
        return Encoding::Vni;
    return Encoding::Unicode;
}

int LegacyEncoding::plausibility(const QString &text)
{
    int score = 0;
    const QString lower = text.toLower();
    qsizetype start = 0;
    const qsizetype size = lower.size();
    while (start < size) {
        while (start < size && isWordBreak(lower.at(start)))
            ++start;
        qsizetype end = start;
        bool ascii = true;
        while (end < size && !isWordBreak(lower.at(end))) {
            ascii = ascii && lower.at(end).unicode() < 0x80;
            ++end;
        }
        if (end > start && !ascii) {
            QString word = lower.mid(start, end - start);
            // Combining marks left after composing (Windows-1258) belong to the letter.
            bool marks = false;
            for (const QChar ch : word)
                marks = marks || isToneMark(ch) || ch.category() == QChar::Mark_NonSpacing;
            if (marks)
                word = word.normalized(QString::NormalizationForm_C);
            score += isSyllable(word) ? 1 : -2;
        }
        start = end;
    }
    return score;
}
