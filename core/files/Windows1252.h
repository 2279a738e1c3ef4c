#pragma once

#include <QChar>

#include <optional>

/// Windows-1252, the code page in which Windows programs keep the bytes of text typed with
/// the old Vietnamese fonts (TCVN3, VNI): each byte shows as a Western European look-alike
/// ("D©n" for the TCVN3 bytes of "Dân"). Windows-1258, the code page of Vietnamese Windows,
/// is accepted too where it differs.
namespace Windows1252 {

/// The character a byte shows as. The five bytes Windows-1252 leaves undefined map to the
/// control character of the same number, as Windows does.
QChar toUnicode(uchar byte);

/// The byte a look-alike character came from, in Windows-1252 or else Windows-1258;
/// nothing for a character neither code page has.
std::optional<uchar> fromUnicode(QChar ch);

} // namespace Windows1252
