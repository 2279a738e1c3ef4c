#pragma once

#include "Result.h"
#include "Workbook.h"

#include <QCoreApplication>

class QIODevice;
class ZipParts;

/// Reads an Office Open XML workbook (.xlsx, as Excel, LibreOffice, openpyxl and
/// libxlsxwriter write it) with minizip, XmlScanner (sheets and shared strings) and
/// QXmlStreamReader (the other parts): every sheet with its state (hidden or not) and merged
/// cells; each cell's stored value, with shared and inline strings, numbers, dates (numbers
/// in a date format, in the 1900 or 1904 system), booleans and errors; each cell's font and
/// the fonts of rich-text pieces, which tell the old Vietnamese encodings. A formula's cached
/// value is read, never computed.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    /// The largest number of cells read, past which a file is refused as too large.
    static constexpr qint64 MaxCells = 20'000'000;

    /// `fileName` is only used in messages.
    static Result<Workbook> read(QIODevice *device, const QString &fileName);
    /// The same, from a container already opened.
    static Result<Workbook> read(ZipParts &zip, const QString &fileName);

    /// True when a number format shows a day ("dd/mm/yyyy", "d-mmm-yy", built-in 14...).
    static bool isDateFormat(int numberFormatId, const QString &formatCode);
    /// The day of a spreadsheet's serial number, in the 1900 system (with its 29 February
    /// 1900 that never was) or the 1904 one; invalid outside 1900-9999.
    static QDate dateFromSerial(double serial, bool system1904 = false);
};
