#pragma once

#include "Database.h"
#include "ImportTally.h"
#include "Reorganisation.h"
#include "Result.h"
#include "UnitSnapshot.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class CsvReader;
class QIODevice;

/// Imports units from a CSV file in one transaction: either the national register's export
/// (columns Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp and optionally
/// Tên Tiếng Anh), a plain hierarchy (code, name, kind, parent_code, and optionally level
/// and name_en) for units the register does not hold, or one of the files of the 2025
/// reorganisation (the conversion table of 07/2025, the list of new communes), which
/// ReorganisationImporter applies. The layout is recognised by the file's first lines.
///
/// Units are matched by code. A register edition updates names, kinds and parents, adds
/// what is new, and retires (never deletes) the register's units it no longer lists in the
/// provinces it covers. The whole file is checked before anything is written: a broken
/// file stops with its name, line and column, and the database is unchanged.
class UnitImporter
{
    Q_DECLARE_TR_FUNCTIONS(UnitImporter)

public:
    explicit UnitImporter(Database &database);

    /// The day the file's edition takes effect (today when not set). Units it no longer
    /// lists end the day before; units it adds to provinces already on file start on it.
    /// Units of a first import have no start date: they existed before the records.
    /// The files of the 2025 reorganisation take effect on the day they state, 01/07/2025,
    /// unless a day is set here.
    void setEffectiveDate(QDate date) { m_effectiveDate = date; }
    /// An edition older than one already imported for the same provinces is refused, since
    /// it would roll their units back, unless this is set (the clerk confirmed it).
    void setAllowOlder(bool allow) { m_allowOlder = allow; }
    /// True when the last import was refused for being an older edition (and nothing else).
    bool refusedOlderEdition() const { return m_refusedOlder; }

    /// The first day of the two-level order: 01/07/2025.
    static QDate reorganisationDay() { return QDate(2025, 7, 1); }

    /// read() then apply().
    Result<ImportTally> importFile(const QString &path);
    /// read() then apply(); `fileName` names the source in messages.
    Result<ImportTally> import(QIODevice *device, const QString &fileName);

    /// One unit as read from a file, before it is matched with the database.
    struct Incoming
    {
        QString code;
        QString name;
        QString nameEn;
        QString kind;
        QString level;
        QString parentCode;
        int line = 0;
    };

    /// A file read and checked, before it meets the database: the units of a register or
    /// hierarchy file, or a reorganisation.
    struct File
    {
        QString name; ///< the file as messages name it
        ImportTally tally; ///< its format and rows
        QList<Incoming> units; ///< a register's or a hierarchy's units
        bool nameEnGiven = false; ///< the file has a column of English names
        std::optional<Reorganisation> reorganisation; ///< a file of the 2025 reorganisation
    };

    /// Reads and checks a file without the database, so that a program can read it while
    /// it opens the database. A broken file is a failure naming its line and column.
    static Result<File> readFile(const QString &path);
    /// readFile() of a device; `fileName` names it in messages.
    static Result<File> read(QIODevice *device, const QString &fileName);
    /// Reads and indexes a file's units, which the next apply() then starts from instead of
    /// reading them itself, unless something was written to the file in between: a program
    /// can do so while read() reads the file. On a server, which cannot tell whether it was
    /// written to, it reads nothing and apply() reads the units itself.
    Result<void> prepare();
    /// Applies a file read by read(), in one transaction.
    Result<ImportTally> apply(const File &file);

private:
    static Result<File> readReorganisation(CsvReader &reader, const QStringList &firstRecord);
    /// apply() of a file read, or its failure.
    Result<ImportTally> applyRead(const Result<File> &file);
    /// apply() of a register or a hierarchy, over the database's units.
    Result<ImportTally> applyUnits(const QList<Incoming> &incoming, ImportTally report,
                                   bool nameEnGiven, const QString &fileName,
                                   const QList<Unit> &existingUnits);
    /// The units prepare() read and indexed, once, when nothing was written since; none
    /// otherwise.
    std::optional<UnitSnapshot> takePrepared();

    Database &m_database;
    QDate m_effectiveDate;
    bool m_allowOlder = false;
    bool m_refusedOlder = false;
    std::optional<UnitSnapshot> m_prepared;
    Database::ChangeMark m_preparedMark; ///< the file's mark before m_prepared was read
};
