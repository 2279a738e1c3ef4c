#pragma once

#include <QCoreApplication>
#include <QString>

/// The kind of an administrative or Party unit ("xã", "phường", "huyện", "đảng bộ", ...).
/// Kinds are stored as lower-case Vietnamese words; the known ones have a standard
/// spelling at the start of a name and a translated display name. Unknown kinds are kept
/// and shown as written.
class UnitKind
{
    Q_DECLARE_TR_FUNCTIONS(UnitKind)

public:
    /// The kind word a name starts with, as written in the name ("Thị Trấn" in
    /// "Thị Trấn Kiên Lương"), or an empty string when it starts with none.
    static QString prefixOf(const QString &name);

    /// The standard spelling of a kind word at the start of a name ("Thị trấn").
    static QString standardPrefix(const QString &prefix);

    /// The name with the kind word it starts with spelled the standard way: "THỊ TRẤN
    /// Kiên Lương" gives "Thị trấn Kiên Lương". A name already spelled so, or without a
    /// kind word, comes back as it is, without a copy.
    static QString withStandardPrefix(const QString &name);

    /// The kind a name announces ("thị trấn" for "Thị trấn Kiên Lương"), or empty.
    static QString fromName(const QString &name);

    /// The stored form of a kind typed by a user or read from a file: "Thị Trấn" gives
    /// "thị trấn".
    static QString normalized(const QString &kind);

    /// The kind in the user's language ("commune" in English, "xã" in Vietnamese).
    static QString displayName(const QString &kind);

    /// True for the kinds of the grassroots level (xã, phường, thị trấn, đặc khu).
    static bool isCommuneKind(const QString &kind);
};
