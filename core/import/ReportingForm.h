#pragma once

#include "Result.h"
#include "Workbook.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class Database;
struct Unit;

/// The reporting form (biểu báo cáo) a unit is sent to fill in and send back: an XLSX
/// workbook for the unit and the units right below it in a campaign (a district with its
/// communes, a province with its direct units: whatever the campaign's levels are).
///
/// The first sheet has a row per unit with its code (text), name, level and deadline (a
/// real date), which are locked, and the columns to fill in, unlocked and pre-filled with
/// what is known already: planned day, venue, day held, chair, delegates invited,
/// attendees, report received, budget planned and spent, assessment and note. Day columns
/// take only dates, number columns only whole numbers of 0 or more (data validation, which
/// Excel and LibreOffice both keep). The second sheet lists the models and exemplars of
/// these units, with room for new ones; their unit, kind and field are chosen from lists.
/// A hidden sheet says which campaign and unit the form is for, so that reading it back
/// needs no question.
class ReportingForm
{
    Q_DECLARE_TR_FUNCTIONS(ReportingForm)

public:
    /// The hidden sheet that names the campaign and the unit.
    static QString identitySheetName();

    /// Which campaign and unit a form read back was written for.
    struct Identity
    {
        qint64 campaignId = 0;
        QString unitCode;
        qint64 unitId = 0;
    };
    /// The identity of a workbook written by write(); nothing for any other workbook.
    static std::optional<Identity> identify(const Workbook &workbook);

    /// Writes the form of `unitId` in a campaign to `path`, whole or not at all.
    static Result<void> write(Database &database, qint64 campaignId, qint64 unitId,
                              const QString &path);

    /// The units a form is written for by "all below": those right below `unitId` in the
    /// campaign, in tree order.
    static Result<QList<qint64>> unitsBelow(Database &database, qint64 campaignId, qint64 unitId);

    /// A file name for a unit's form, without folder: "bieu-bao-cao-905-huyen-chau-thanh.xlsx".
    static QString fileName(const Unit &unit);
};
