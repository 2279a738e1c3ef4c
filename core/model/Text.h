#pragma once

#include <QString>

#include <optional>

/// Text clean-up and accent-insensitive matching for Vietnamese names.
namespace Text {

/// The text composed (NFC), the form the program stores and compares. Text that composing
/// cannot change, which is nearly all text, is returned as it is without the cost of
/// QString::normalized().
QString composed(const QString &text);

/// NFC, trimmed, every run of white space (tabs, no-break spaces) made one space.
QString simplified(const QString &text);
/// simplified() for text known to be NFC already, such as CsvReader's fields.
QString simplifiedNfc(const QString &text);

/// A unit name as the program stores it: simplified() and the kind prefix spelled
/// the standard way ("Thị Trấn Kiên Lương" becomes "Thị trấn Kiên Lương"). The tone-mark
/// placement the source chose ("Hoà" or "Hòa") is kept as written.
QString cleanName(const QString &name);
/// cleanName() for text known to be NFC already.
QString cleanNameNfc(const QString &name);

/// The key used for searching: lower case, without accents or tone marks, "đ" as "d",
/// single spaces. "Xã Vĩnh Hoà Phú" and "xa vinh hoa phu" have the same key.
QString searchKey(const QString &text);

/// A key under which two spellings of one name are equal: case, white space and the old
/// or new placement of the tone mark ("Hoà"/"Hòa", "Thuỷ"/"Thủy") are evened out, while
/// different letters and tones stay different ("An Hòa" and "An Hóa" are two names).
QString nameKey(const QString &name);

/// The value of a text that is nothing but ASCII digits (at most 18 of them), with white
/// space around it allowed: "120", " 45000000 ". None for anything else ("1.500.000", "-5",
/// "120 người", ""), which the callers read their own longer way.
std::optional<qint64> digitsValue(QStringView text);

/// True when every word of the query begins a word of the text, in any order (both given
/// as searchKey()s): "binh an" matches "xa binh an" but not "xa binh giang".
bool matchesKey(const QString &textKey, const QString &queryKey);

} // namespace Text
