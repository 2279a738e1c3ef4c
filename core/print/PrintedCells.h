#pragma once

#include "ReportDocument.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

/// How a report's cells read in a printed document, the same in the PDF and in the ODT:
/// which columns are printed, a cell's text (dates dd/MM/yyyy, money grouped by thousands,
/// an empty number left blank), its alignment, and the columns' widths.
class PrintedCells
{
public:
    /// The printed columns of a table, by their index in the report (columns only a
    /// spreadsheet needs are left out: in print the group headings say them).
    static QList<int> columns(const ReportPart &part);
    /// A cell as printed: "05/09/2020", "1.500.000", or "" for an empty date or number.
    static QString text(const QVariant &value, ReportColumn::Type type);
    /// Numbers on the right, dates and codes centred, text on the left; all at the top.
    static Qt::Alignment alignment(ReportColumn::Type type);

    /// The width of a text as a table's cell sets it (bold: a header or a total), in the
    /// unit of the widths asked for.
    using Measure = std::function<qreal(const QString &text, bool bold)>;
    /// The widths of the printed `columns`, from what their cells hold: every word whole
    /// where the page allows, the room left to the cells that would wrap, and what is still
    /// left in proportion to the report's widths. `padding`: a cell's, both sides together.
    static QList<qreal> columnWidths(const ReportPart &part, const QList<int> &columns,
                                     const Measure &measure, qreal available, qreal padding);
};
