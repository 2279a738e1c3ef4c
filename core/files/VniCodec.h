#pragma once

#include <QByteArray>
#include <QString>

/// VNI-Windows, the encoding of the VNI fonts ("VNI-Times", "VNI-Helve", ...), written from
/// the published VNI code chart. No system converter knows it.
///
/// A letter is its base letter followed by one byte for its marks: "ấ" is "a" then 0xE1
/// ("á" in Windows-1252), "Ấ" is "A" then 0xC1. The capitals' mark bytes are the lower-case
/// ones minus 0x20. Eighteen letters have a byte of their own: đ ơ ư, i with each tone
/// (í ì ỉ ĩ ị) and ỵ, and their capitals. Bytes that are neither are Windows-1252.
class VniCodec
{
public:
    /// VNI bytes as NFC text. A mark byte with no letter before it becomes a combining mark.
    static QString decode(const QByteArray &bytes);
    /// Text as VNI bytes (the other way, for tests and for writing fixtures). A character VNI
    /// cannot write becomes "?".
    static QByteArray encode(const QString &text);
};
