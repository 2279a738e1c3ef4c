#include "Windows1252.h"

#include <array>

namespace Windows1252 {

namespace {

// Bytes 0x80 to 0x9F; the rest of the code page is Latin-1.
constexpr std::array<char16_t, 32> High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, //
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, //
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, //
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Where Windows-1258 differs from Windows-1252: its letters and combining tone marks.
struct Difference
{
    char16_t unicode;
    uchar byte;
};
constexpr std::array<Difference, 13> Windows1258 = {{
    {0x0102, 0xC3}, // Ă
    {0x0300, 0xCC}, // combining grave
    {0x0110, 0xD0}, // Đ
    {0x0309, 0xD2}, // combining hook above
    {0x01A0, 0xD5}, // Ơ
    {0x01AF, 0xDD}, // Ư
    {0x0303, 0xDE}, // combining tilde
    {0x0103, 0xE3}, // ă
    {0x0301, 0xEC}, // combining acute
    {0x0111, 0xF0}, // đ
    {0x0323, 0xF2}, // combining dot below
    {0x01A1, 0xF5}, // ơ
    {0x01B0, 0xFD}, // ư
}};

} // namespace

QChar toUnicode(uchar byte)
{
    if (byte >= 0x80 && byte < 0xA0)
        return QChar(High[byte - 0x80]);
    return QChar(char16_t(byte));
}

std::optional<uchar> fromUnicode(QChar ch)
{
    const char16_t code = ch.unicode();
    if (code < 0x80 || (code >= 0xA0 && code <= 0xFF))
        return uchar(code);
    for (std::size_t i = 0; i < High.size(); ++i) {
        if (High[i] == code)
            return uchar(0x80 + i);
    }
    for (const Difference &difference : Windows1258) {
        if (difference.unicode == code)
            return difference.byte;
    }
    if (code == 0x20AB) // ₫, Windows-1258's 0xFE
        return uchar(0xFE);
    return std::nullopt;
}

} // namespace Windows1252
