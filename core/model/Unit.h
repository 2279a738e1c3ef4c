#pragma once

#include <QDate>
#include <QString>

/// A unit of the movement: a province, a district-level unit (or a Party committee of that
/// level) or a grassroots unit. Units are never deleted: a unit that was merged or
/// abolished keeps its records and gets the last day it existed.
struct Unit
{
    qint64 id = 0;
    QString code; ///< national register code ("91", "905", "30898"), empty when none
    QString name; ///< full name as written: "Xã Bình An"
    QString nameEn; ///< English name from the register, often empty
    QString kind; ///< lower-case Vietnamese kind: "xã", "huyện", "đảng bộ", ...
    QString level; ///< key of the level: "province", "district", "commune"
    qint64 parentId = 0; ///< 0 for a top unit
    QDate validFrom; ///< first day in force; invalid when unknown (since before records)
    QDate validTo; ///< last day in force; invalid while the unit is in force
    QString source; ///< "register", "hierarchy" or "manual": where the unit came from

    bool isRetired() const { return validTo.isValid(); }
    bool isActiveOn(QDate date) const
    {
        return (!validFrom.isValid() || validFrom <= date)
            && (!validTo.isValid() || validTo >= date);
    }
};
