#pragma once

#include "ImportTally.h"
#include "Reorganisation.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>

class Database;
class UnitSnapshot;

/// Applies a reorganisation (the conversion table of 07/2025, or the list of new communes)
/// to a file, in one transaction, from its effective day on.
///
/// Afterwards exactly the new provinces and communes it names are in force, each under its
/// new province. A new unit is the old unit carried on when nothing about it changed but
/// its place: same code, same name, same level, and (in the conversion table) it is its own
/// only source, whole. Otherwise it is a unit of its own from the effective day, even when it
/// reuses an old code: old Thị trấn Minh Lương (30880) ends on 30/06/2025 and new Xã Châu
/// Thành (30880) begins on 01/07/2025. Every district, and every old unit of the provinces
/// concerned that is not carried on, ends the day before. The conversion table's rows become
/// links from old units to new ones (and from old provinces to new ones); what it does not
/// account for (old units with no successor named, old codes that name no unit in the file,
/// areas without a code) is listed as warnings. Importing the same file again changes
/// nothing.
class ReorganisationImporter
{
    Q_DECLARE_TR_FUNCTIONS(ReorganisationImporter)

public:
    explicit ReorganisationImporter(Database &database);

    /// `effective` is the first day of the new units; `fileName` names the file in messages;
    /// `snapshot` holds the database's units before the import.
    Result<ImportTally> apply(const Reorganisation &reorganisation, QDate effective,
                              const QString &fileName, const UnitSnapshot &snapshot);

private:
    Database &m_database;
};
