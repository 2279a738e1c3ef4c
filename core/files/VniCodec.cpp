#include "VniCodec.h"

#include "Windows1252.h"

#include <array>

namespace {

// Combining marks, as Unicode writes them after their letter.
constexpr char16_t Acute = 0x0301;
constexpr char16_t Grave = 0x0300;
constexpr char16_t Hook = 0x0309;
constexpr char16_t Tilde = 0x0303;
constexpr char16_t DotBelow = 0x0323;
constexpr char16_t Circumflex = 0x0302;
constexpr char16_t Breve = 0x0306;
constexpr char16_t Horn = 0x031B;

// The mark bytes of the chart, lower-case column (a capital's byte is 0x20 less): a tone,
// a circumflex or breve, or one of those with a tone.
struct MarkByte
{
    uchar byte;
    char16_t shape; ///< circumflex, breve or 0
    char16_t tone; ///< a tone mark or 0
};
constexpr std::array<MarkByte, 17> MarkBytes = {{
    {0xF9, 0, Acute},
    {0xF8, 0, Grave},
    {0xFB, 0, Hook},
    {0xF5, 0, Tilde},
    {0xEF, 0, DotBelow},
    {0xE2, Circumflex, 0},
    {0xE1, Circumflex, Acute},
    {0xE0, Circumflex, Grave},
    {0xE5, Circumflex, Hook},
    {0xE3, Circumflex, Tilde},
    {0xE4, Circumflex, DotBelow},
    {0xEA, Breve, 0},
    {0xE9, Breve, Acute},
    {0xE8, Breve, Grave},
    {0xFA, Breve, Hook},
    {0xFC, Breve, Tilde},
    {0xEB, Breve, DotBelow},
}};

// The letters with a byte of their own, lower case then capital.
struct LetterByte
{
    uchar byte;
    char16_t lower;
    char16_t upper; ///< at byte - 0x20
};
constexpr std::array<LetterByte, 9> LetterBytes = {{
    {0xF1, 0x0111, 0x0110}, // đ Đ
    {0xF4, 0x01A1, 0x01A0}, // ơ Ơ
    {0xF6, 0x01B0, 0x01AF}, // ư Ư
    {0xED, 0x00ED, 0x00CD}, // í Í
    {0xEC, 0x00EC, 0x00CC}, // ì Ì
    {0xE6, 0x1EC9, 0x1EC8}, // ỉ Ỉ
    {0xF3, 0x0129, 0x0128}, // ĩ Ĩ
    {0xF2, 0x1ECB, 0x1ECA}, // ị Ị
    {0xEE, 0x1EF5, 0x1EF4}, // ỵ Ỵ
}};

bool isTone(char16_t mark)
{
    return mark == Acute || mark == Grave || mark == Hook || mark == Tilde || mark == DotBelow;
}

} // namespace

QString VniCodec::decode(const QByteArray &bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char raw : bytes) {
        const auto byte = uchar(raw);
        if (byte < 0x80) {
            text.append(QLatin1Char(char(byte)));
            continue;
        }
        bool done = false;
        for (const MarkByte &mark : MarkBytes) {
            if (byte == mark.byte || byte == mark.byte - 0x20) {
                if (mark.shape)
                    text.append(QChar(mark.shape));
                if (mark.tone)
                    text.append(QChar(mark.tone));
                done = true;
                break;
            }
        }
        for (const LetterByte &letter : LetterBytes) {
            if (done)
                break;
            if (byte == letter.byte || byte == letter.byte - 0x20) {
                text.append(QChar(byte == letter.byte ? letter.lower : letter.upper));
                done = true;
            }
        }
        if (!done)
            text.append(Windows1252::toUnicode(byte));
    }
    return text.normalized(QString::NormalizationForm_C);
}

QByteArray VniCodec::encode(const QString &text)
{
    QByteArray bytes;
    bytes.reserve(text.size() * 2);
    const QString composed = text.normalized(QString::NormalizationForm_C);
    for (const QChar ch : composed) {
        if (ch.unicode() < 0x80) {
            bytes.append(char(ch.unicode()));
            continue;
        }
        bool done = false;
        for (const LetterByte &letter : LetterBytes) {
            if (ch.unicode() == letter.lower || ch.unicode() == letter.upper) {
                bytes.append(char(ch.unicode() == letter.lower ? letter.byte : letter.byte - 0x20));
                done = true;
                break;
            }
        }
        if (done)
            continue;
        // Any other Vietnamese letter: its base (the horn makes it ơ or ư), then one byte for
        // its circumflex or breve and its tone.
        const QString parts = QString(ch).normalized(QString::NormalizationForm_D);
        const QChar base = parts.front();
        char16_t shape = 0, tone = 0;
        bool horn = false;
        bool known = base.unicode() < 0x80 && base.isLetter();
        for (qsizetype i = 1; i < parts.size() && known; ++i) {
            const char16_t mark = parts.at(i).unicode();
            if (mark == Horn && !horn && !shape)
                horn = true;
            else if ((mark == Circumflex || mark == Breve) && !shape && !horn)
                shape = mark;
            else if (isTone(mark) && !tone)
                tone = mark;
            else
                known = false;
        }
        const bool upper = base.isUpper();
        const char lower = char(base.toLower().unicode());
        if (horn && lower != 'o' && lower != 'u')
            known = false;
        uchar markByte = 0;
        for (const MarkByte &mark : MarkBytes) {
            if (mark.shape == shape && mark.tone == tone)
                markByte = mark.byte;
        }
        if (known && (shape || tone) && !markByte)
            known = false;
        if (!known || parts.size() == 1) {
            // Not a Vietnamese letter: the Windows-1252 byte when it has one and VNI does not
            // use that byte for a letter or a mark, else "?".
            const auto single = Windows1252::fromUnicode(ch);
            const bool plain = single && decode(QByteArray(1, char(*single))) == QString(ch);
            bytes.append(plain ? char(*single) : '?');
            continue;
        }
        const uchar letter = !horn ? uchar(base.unicode())
            : lower == 'o'         ? uchar(upper ? 0xF4 - 0x20 : 0xF4)
                                   : uchar(upper ? 0xF6 - 0x20 : 0xF6);
        bytes.append(char(letter));
        if (markByte)
            bytes.append(char(upper ? markByte - 0x20 : markByte));
    }
    return bytes;
}
