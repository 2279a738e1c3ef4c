#pragma once

#include "CsvWriter.h"
#include "ReportDocument.h"
#include "Result.h"

#include <QStringList>

#include <optional>

class Database;

/// What a report is written as, with the choices each format takes.
struct ExportChoices
{
    enum class Format { Csv, Xlsx, Pdf, Odt };

    Format format = Format::Csv;
    QChar delimiter = QLatin1Char(','); ///< CSV
    CsvWriter::DateStyle dates = CsvWriter::DateStyle::DayMonthYear; ///< CSV
    QString documentNumber; ///< PDF, ODT: "12" in "Số 12-TB/BDVTU"
    std::optional<ReportDocument::Orientation> orientation; ///< PDF, ODT; empty: the report's own

    /// The office's CSV defaults, as stored in the file.
    static Result<ExportChoices> officeDefaults(Database &database);
};

/// Writes a report to a file as CSV, XLSX, PDF or ODT (OpenDocument text), whole or not at
/// all: the one path the window and the command line both export through.
class ReportFiles
{
public:
    struct Written
    {
        QStringList files; ///< as the user writes them (native separators)
        int pages = 0; ///< of a PDF
    };

    /// A PDF or ODT takes the office's heading and signature from `database`. A path over that
    /// database, its -wal or -shm file, or any other danvan file is refused (OutputTarget).
    static Result<Written> write(const ReportDocument &report, Database &database,
                                 const QString &path, const ExportChoices &choices);
};
