#include "PrintedCells.h"

#include "Dates.h"
#include "Money.h"

#include <QStringTokenizer>

#include <algorithm>

namespace {

/// The widest word of `text`: what a cell cannot wrap.
qreal widestWord(const PrintedCells::Measure &measure, const QString &text, bool bold)
{
    qreal widest = 0;
    for (const auto word : QStringTokenizer(text, u' ', Qt::SkipEmptyParts))
        widest = std::max(widest, measure(word.toString(), bold));
    return widest;
}

} // namespace

QList<int> PrintedCells::columns(const ReportPart &part)
{
    QList<int> printed;
    for (int c = 0; c < part.columns.size(); ++c) {
        if (part.columns.at(c).printed)
            printed.append(c);
    }
    return printed;
}

QString PrintedCells::text(const QVariant &value, ReportColumn::Type type)
{
    switch (type) {
    case ReportColumn::Type::Date:
        return Dates::text(value.toDate());
    case ReportColumn::Type::Money:
        return value.isNull() || !value.isValid() ? QString() : Money::format(value.toLongLong());
    case ReportColumn::Type::Integer:
        return value.isNull() || !value.isValid() || value.toLongLong() < 0
            ? QString()
            : QString::number(value.toLongLong());
    case ReportColumn::Type::Text:
    case ReportColumn::Type::Code:
        break;
    }
    return value.toString();
}

Qt::Alignment PrintedCells::alignment(ReportColumn::Type type)
{
    switch (type) {
    case ReportColumn::Type::Integer:
    case ReportColumn::Type::Money:
        return Qt::AlignRight | Qt::AlignTop;
    case ReportColumn::Type::Date:
    case ReportColumn::Type::Code:
        return Qt::AlignHCenter | Qt::AlignTop;
    case ReportColumn::Type::Text:
        break;
    }
    return Qt::AlignLeft | Qt::AlignTop;
}

/// The widths of the printed columns, from what their cells hold. Each column first gets
/// its widest word (a date, a code) and its header in at most two lines; the room left
/// goes first to the cells that would wrap (nine in ten of each column's filled cells on
/// one line), then to the longest cells, then to headers that would wrap; what is still
/// left is shared in proportion to the report's widths.
QList<qreal> PrintedCells::columnWidths(const ReportPart &part, const QList<int> &columns,
                                        const Measure &measure, qreal available, qreal padding)
{
    const qsizetype n = columns.size();
    QList<qreal> minimum(n, 0);
    QList<qreal> cells(n, 0);
    QList<qreal> headers(n, 0);
    QList<qreal> longest(n, 0);
    QList<QList<qreal>> lengths(n);
    qreal weights = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const ReportColumn &column = part.columns.at(columns.at(i));
        headers[i] = measure(column.header, true);
        minimum[i] = std::max(widestWord(measure, column.header, true), headers[i] / 2);
        weights += column.width;
    }
    for (int r = 0; r < part.rowCount; ++r) {
        const ReportRow row = part.row(r);
        if (row.kind == ReportRow::Kind::Group)
            continue;
        const bool bold = row.kind == ReportRow::Kind::Total;
        for (qsizetype i = 0; i < n; ++i) {
            const QString text = PrintedCells::text(row.cells.value(columns.at(i)),
                                                    part.columns.at(columns.at(i)).type);
            if (text.isEmpty())
                continue;
            const qreal whole = measure(text, bold);
            lengths[i].append(whole);
            if (whole > minimum[i])
                minimum[i] = std::max(minimum[i], widestWord(measure, text, bold));
        }
    }
    // What most cells need, not the longest one: a rare long text wraps, and does not take
    // the page from the other columns.
    for (qsizetype i = 0; i < n; ++i) {
        QList<qreal> &column = lengths[i];
        if (column.isEmpty())
            continue;
        longest[i] = *std::max_element(column.cbegin(), column.cend());
        const auto at = column.begin() + (column.size() - 1) * 9 / 10;
        std::nth_element(column.begin(), at, column.end());
        cells[i] = *at;
    }
    QList<qreal> widths(n, 0);
    qreal least = 0;
    for (qsizetype i = 0; i < n; ++i) {
        widths[i] = std::min(minimum[i] + padding + 1, available / 3);
        cells[i] = std::min(cells[i] + padding + 1, available / 2);
        longest[i] = std::max(cells[i], std::min(longest[i] + padding + 1, available / 2));
        headers[i] = std::max(longest[i], std::min(headers[i] + padding + 1, available / 2));
        least += widths[i];
    }
    if (least >= available) {
        // Too many columns for the page: everything shrinks alike (landscape helps).
        for (qreal &width : widths)
            width *= available / least;
        return widths;
    }
    // The room is shared fairly: the columns that lack least are served in full first, so
    // that one long text does not make every other column wrap.
    qreal room = available - least;
    for (const QList<qreal> *wanted : {&cells, &longest, &headers}) {
        QList<qsizetype> lacking;
        for (qsizetype i = 0; i < n; ++i) {
            if (wanted->at(i) > widths.at(i))
                lacking.append(i);
        }
        std::sort(lacking.begin(), lacking.end(), [&](qsizetype a, qsizetype b) {
            return wanted->at(a) - widths.at(a) < wanted->at(b) - widths.at(b);
        });
        for (qsizetype k = 0; k < lacking.size() && room > 0; ++k) {
            const qsizetype i = lacking.at(k);
            const qreal given =
                std::min(wanted->at(i) - widths.at(i), room / qreal(lacking.size() - k));
            widths[i] += given;
            room -= given;
        }
    }
    for (qsizetype i = 0; i < n; ++i)
        widths[i] += std::max<qreal>(0, room) * part.columns.at(columns.at(i)).width / weights;
    return widths;
}
