#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

/// One step of a unit's lineage: on a day a unit (the predecessor) went, whole or in part,
/// into another (the successor). The 2025 reorganisation made thousands of them: several
/// old communes merged into one new commune, a commune split between two, a province merged
/// under another's code, a district made a special zone.
struct UnitLink
{
    Q_DECLARE_TR_FUNCTIONS(UnitLink)

public:
    /// How the predecessor went into the successor, as the conversion table's notes say.
    enum class Kind {
        Whole, ///< "Nhập toàn bộ": all of it
        Part, ///< "Nhập một phần" (of its area, or of its population)
        Kept, ///< "Giữ nguyên": unchanged, under a new unit
        Renamed, ///< "Đổi tên"
        TypeChanged, ///< "Đổi loại hình": a town made a commune, a commune a ward
    };

    qint64 predecessorId = 0;
    qint64 successorId = 0;
    Kind kind = Kind::Whole;
    QDate on; ///< the first day of the successor
    QString note; ///< the source's words, as written

    /// The stored key: "whole", "part", "kept", "renamed", "type_changed".
    static QString key(Kind kind);
    static std::optional<Kind> fromKey(const QString &key);
    /// The kind in the user's language ("whole", "một phần").
    static QString displayName(Kind kind);
    /// The kind a conversion table's note names, whatever its spelling ("Nhập toàn bộ",
    /// "Nhâp  một phần diện tích", "Giữ nguyên", "Đổi tên", "Đổi loại hình"); none for a
    /// note that names no kind.
    static std::optional<Kind> fromNote(const QString &note);
};
