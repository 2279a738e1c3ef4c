#pragma once

#include "ReportDocument.h"
#include "Result.h"

#include <QCoreApplication>

class QIODevice;

/// Writes a report as an XLSX workbook with libxlsxwriter: one sheet per part, named in
/// Vietnamese; dates as real dates shown dd/mm/yyyy, numbers as numbers, codes and names as
/// text (leading zeros kept, nothing ever read as a formula); a bold header row that stays
/// in view, an autofilter, and column widths that suit the contents.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    /// Writes to a file (created or replaced).
    static Result<void> write(const ReportDocument &report, const QString &path);
    /// Writes to a device, through a temporary file (libxlsxwriter writes files only).
    static Result<void> write(const ReportDocument &report, QIODevice *device);

    /// A sheet name Excel accepts: at most 31 characters, none of []:*?/\ .
    static QString sheetName(const QString &name);
};
