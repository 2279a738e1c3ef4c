#pragma once

#include "Result.h"
#include "Workbook.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

/// Values of spreadsheet cells as offices write them: days as real dates or as text
/// ("20/5/2020", "20-05-2020", "20.5.2020", "2020-05-20", "ngày 20 tháng 5 năm 2020", with a
/// time of day or a weekday around them), numbers of people as numbers or text ("120",
/// "1.500", "120 người"), amounts in đồng ("1.500.000", "1.500.000 đ"). An empty cell is no
/// value (an invalid date, -1); anything else that cannot be read is refused with a message
/// that says how to write it.
class CellValues
{
    Q_DECLARE_TR_FUNCTIONS(CellValues)

public:
    static Result<QDate> date(const Workbook::Cell &cell);
    static Result<QDate> date(const QString &text);
    static Result<qint64> count(const Workbook::Cell &cell);
    static Result<qint64> money(const Workbook::Cell &cell);
    /// Text as stored: NFC, spaces evened out, line breaks kept.
    static Result<QString> text(const Workbook::Cell &cell);
    /// What a cell shows, for messages: its text, a number without ".0", a day dd/MM/yyyy.
    static QString shown(const Workbook::Cell &cell);
};
