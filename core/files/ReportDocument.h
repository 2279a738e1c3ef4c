#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

/// One column of a report table, with the type that decides how a cell is written: text
/// stays text (a code keeps its leading zeros), dates are dates, numbers are numbers.
struct ReportColumn
{
    enum class Type {
        Text,
        Code, ///< text made of digits that must stay text ("01")
        Date,
        Integer,
        Money, ///< đồng, a whole number
    };

    QString header;
    Type type = Type::Text;
    int width = 12; ///< a width in characters that suits the column in print and XLSX
    /// False for columns that only spreadsheets need (in print the group headings say it).
    bool printed = true;
};

/// A row of a report table: cells in column order, or a heading that groups the rows after
/// it ("Huyện Châu Thành").
struct ReportRow
{
    enum class Kind { Data, Group, Total };

    Kind kind = Kind::Data;
    QVariantList cells; ///< QString, QDate (invalid: empty), qint64 (negative: empty)
    QString group; ///< the heading of a Group row

    /// The rows whose cells are highlighted in print (overdue).
    bool emphasised = false;
};

/// A table of a report: a sheet of an XLSX file, a section of a printed document, a CSV
/// file. Rows are produced on demand, so that writing a large table does not build it
/// twice in memory.
struct ReportPart
{
    QString title; ///< the heading printed above the table
    QString sheetName; ///< the sheet's name in XLSX (at most 31 characters)
    QList<ReportColumn> columns;
    int rowCount = 0;
    std::function<ReportRow(int)> row;
};

/// A report: a title, what it is about, and one or more tables.
struct ReportDocument
{
    enum class Orientation { Portrait, Landscape };

    QString title; ///< "LỊCH TỔ CHỨC HỘI NGHỊ TỔNG KẾT ..." (printed in capitals)
    QString subtitle; ///< the campaign, the day it is as of
    QDate date; ///< the day of the document (its "as of" day)
    QList<ReportPart> parts;
    Orientation orientation = Orientation::Landscape;
};
