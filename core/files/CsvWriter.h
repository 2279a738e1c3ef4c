#pragma once

#include "ReportDocument.h"
#include "Result.h"

#include <QChar>
#include <QCoreApplication>

class QIODevice;

/// Writes report tables as CSV that Excel on a Vietnamese Windows opens correctly: UTF-8
/// with a byte-order mark (without it Excel garbles Vietnamese), no "sep=" line, CRLF,
/// RFC 4180 quoting, a header row in the user's language, comma by default (semicolon as
/// a choice), dates dd/MM/yyyy (ISO as a choice), amounts as plain whole numbers.
///
/// Text cells that a spreadsheet would run as a formula (those beginning with =, +, -, @,
/// a tab or a carriage return) are written with an apostrophe in front, the usual guard;
/// numbers stay numbers. Rows are written as they come, straight to the device.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    enum class DateStyle { DayMonthYear, Iso };

    explicit CsvWriter(QIODevice *device);

    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }
    void setDateStyle(DateStyle style) { m_dateStyle = style; }

    /// Writes one table: its header row, then its rows (group headings, which are for
    /// print, are left out: the columns say the same).
    Result<void> write(const ReportPart &part);

    /// The text a cell is written as, quoted if needed (exposed for tests).
    QString cellText(const QVariant &value, ReportColumn::Type type) const;
    /// True when a spreadsheet would read `text` as a formula.
    static bool looksLikeFormula(const QString &text);

private:
    QString quoted(const QString &text) const;

    QIODevice *m_device;
    QChar m_delimiter = QLatin1Char(',');
    DateStyle m_dateStyle = DateStyle::DayMonthYear;
};
