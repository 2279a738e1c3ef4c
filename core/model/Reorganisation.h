#pragma once

#include "UnitLink.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

/// The units in force from the day of a reorganisation and where each came from, as read
/// from one of the files published for the 2025 reorganisation: the conversion table of
/// 07/2025 (new ← old, with provinces and their codes) or the list of new communes
/// (provinces by name only, no sources). ReorganisationImporter applies it to a file.
struct Reorganisation
{
    enum class Source {
        ConversionTable,
        CommuneList,
    };

    /// A province of the new order. The list of communes names it only: `code` is empty.
    struct Province
    {
        QString code;
        QString name;
        int line = 0;
    };

    /// A commune of the new order (xã, phường, đặc khu) under its province.
    struct Commune
    {
        QString code;
        QString name;
        QString provinceCode; ///< empty in the list of communes: see provinceName
        QString provinceName;
        int line = 0;
    };

    /// One row of the conversion table: an old unit (or an old area, or a whole district)
    /// that went into a new commune.
    struct Origin
    {
        QString newCode;
        QString oldCode; ///< the old commune's; empty for a whole district or an area
        QString oldName; ///< empty for a whole district
        std::optional<UnitLink::Kind> kind; ///< what the note says, when it says it
        QString note; ///< as written, spaces evened out
        QString oldDistrictCode;
        QString oldDistrictName;
        QString oldProvinceCode;
        QString oldProvinceName;
        int line = 0;
    };

    Source source = Source::ConversionTable;
    /// The day the file says the new order starts ("từ ngày 01/7/2025"); invalid when it
    /// does not say.
    QDate effective;
    QList<Province> provinces;
    QList<Commune> communes;
    QList<Origin> origins;
    int rows = 0; ///< records read, separators and banner included
};
