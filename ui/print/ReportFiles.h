#pragma once

#include "CsvWriter.h"
#include "Report.h"
#include "Result.h"

#include <QStringList>

#include <optional>

class Database;

/// What a report is written as, with the choices each format takes.
struct ExportChoices
{
    enum class Format { Csv, Xlsx, Pdf };

    Format format = Format::Csv;
    QChar delimiter = QLatin1Char(','); ///< CSV
    CsvWriter::DateStyle dates = CsvWriter::DateStyle::DayMonthYear; ///< CSV
    QString documentNumber; ///< PDF: "12" in "Số 12-TB/BDVTU"
    std::optional<Report::Orientation> orientation; ///< PDF; empty: the report's own

    /// The office's CSV defaults, as stored in the file.
    static Result<ExportChoices> officeDefaults(Database &database);
};

/// Writes a report to a file as CSV, XLSX or PDF, whole or not at all: the one path the
/// window and the command line both export through.
class ReportFiles
{
public:
    struct Written
    {
        QStringList files; ///< as the user writes them (native separators)
        int pages = 0; ///< of a PDF
    };

    /// A PDF takes the office's heading and signature from `database`.
    static Result<Written> write(const Report &report, Database &database, const QString &path,
                                 const ExportChoices &choices);
};
