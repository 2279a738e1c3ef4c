#pragma once

#include "CsvWriter.h"
#include "ReportDocument.h"
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

/// Writes a report to files, whole or not at all (a file being replaced stays as it was
/// until the new one is complete). The command line and the window both write through it.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    /// One CSV file per table: `path` for the first, then "name-2.csv", "name-3.csv", ...
    /// beside it. Returns the files written.
    static Result<QStringList> writeCsv(const ReportDocument &report, const QString &path,
                                        QChar delimiter, CsvWriter::DateStyle dates);
    /// One XLSX workbook, a sheet per table.
    static Result<QStringList> writeXlsx(const ReportDocument &report, const QString &path);
    /// The file a table after the first is written to: "schedule-2.csv" beside "schedule.csv".
    static QString partPath(const QString &path, int part);
};
