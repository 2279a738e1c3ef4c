#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <algorithm>

/// A spreadsheet as a file holds it, whatever its format (XLSX, ODS, XLS, CSV): sheets of
/// cells with the values the file stores. A formula cell holds the value its program last
/// computed; nothing is computed here.
struct Workbook
{
    /// A piece of a cell's text in one font (a cell may mix fonts).
    struct TextRun
    {
        QString text;
        QString font;
    };

    struct Cell
    {
        enum class Type { Empty, Text, Number, Date, Boolean, Error };

        Type type = Type::Empty;
        QString text; ///< the text of a Text, Error or Boolean cell
        double number = 0; ///< a Number cell's value
        QDate date; ///< a Date cell's day (a time of day is dropped)
        QString font; ///< the cell's font, when the format keeps it
        QList<TextRun> runs; ///< the text in pieces, when they have fonts of their own
        bool formula = false; ///< the value is a formula's result

        bool isEmpty() const
        {
            if (type != Type::Text)
                return type == Type::Empty;
            // As text.trimmed().isEmpty(), without making the trimmed copy.
            return std::all_of(text.cbegin(), text.cend(), [](QChar ch) { return ch.isSpace(); });
        }
    };

    /// Cells merged into one: rows and columns from 0, last ones included.
    struct Range
    {
        int firstRow = 0;
        int firstColumn = 0;
        int lastRow = 0;
        int lastColumn = 0;
    };

    struct Sheet
    {
        QString name;
        bool hidden = false;
        QList<QList<Cell>> rows; ///< from row 1 of the sheet; a row may be shorter than others
        QList<Range> merged;
        /// Which encoding its text was read in, for the user: "Unicode", "TCVN3 (ABC), by
        /// the font .VnTime", ...
        QString encoding;

        const Cell *cell(int row, int column) const
        {
            if (row < 0 || row >= rows.size() || column < 0 || column >= rows.at(row).size())
                return nullptr;
            return &rows.at(row).at(column);
        }
    };

    QString format; ///< "xlsx", "ods", "xls" or "csv"
    QList<Sheet> sheets;

    /// "A", "B", ..., "Z", "AA": a column's name as spreadsheets show it (from 0).
    static QString columnName(int column)
    {
        QString name;
        for (int n = column + 1; n > 0; n = (n - 1) / 26)
            name.prepend(QChar(u'A' + (n - 1) % 26));
        return name;
    }
};
// A sheet's rows and cells grow by moving their bytes, not each string.
Q_DECLARE_TYPEINFO(Workbook::TextRun, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Workbook::Cell, Q_RELOCATABLE_TYPE);
