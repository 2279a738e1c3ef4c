#pragma once

#include "ImportTally.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class CsvReader;
class Database;
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

    Result<ImportTally> importFile(const QString &path);
    /// `fileName` names the source in messages.
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

private:
    Result<ImportTally> importReorganisation(CsvReader &reader, const QStringList &firstRecord);
    Result<ImportTally> apply(const QList<Incoming> &incoming, ImportTally report, bool nameEnGiven,
                              const QString &fileName);

    Database &m_database;
    QDate m_effectiveDate;
    bool m_allowOlder = false;
    bool m_refusedOlder = false;
};
