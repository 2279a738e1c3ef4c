#include "ReportFiles.h"

#include "Database.h"
#include "DocumentStyle.h"
#include "OdtWriter.h"
#include "OfficeSettings.h"
#include "OutputTarget.h"
#include "ReportPrinter.h"
#include "ReportWriter.h"

#include <QDir>

#include <algorithm>

using namespace Qt::StringLiterals;

Result<ExportChoices> ExportChoices::officeDefaults(Database &database)
{
    const auto read = OfficeSettings::read(database);
    if (!read)
        return Failure{read.error()};
    const OfficeSettings &settings = *read;
    ExportChoices choices;
    if (const QString delimiter = settings.value(OfficeSettings::CsvDelimiter);
        !delimiter.isEmpty())
        choices.delimiter = delimiter.at(0);
    if (settings.value(OfficeSettings::CsvDates) == "iso"_L1)
        choices.dates = CsvWriter::DateStyle::Iso;
    return choices;
}

Result<ReportFiles::Written> ReportFiles::write(const ReportDocument &report, Database &database,
                                                const QString &path, const ExportChoices &choices)
{
    // Never over the open database, its companions or any other danvan file: every file the
    // report would write is checked before any is.
    const int targets = choices.format == ExportChoices::Format::Csv ? int(report.parts.size()) : 1;
    for (int i = 0; i < std::max(targets, 1); ++i) {
        if (auto allowed =
                OutputTarget::check(ReportWriter::partPath(path, i), database.filePath());
            !allowed)
            return Failure{allowed.error()};
    }
    Written written;
    switch (choices.format) {
    case ExportChoices::Format::Csv: {
        auto files = ReportWriter::writeCsv(report, path, choices.delimiter, choices.dates);
        if (!files)
            return Failure{files.error()};
        written.files = *files;
        return written;
    }
    case ExportChoices::Format::Xlsx: {
        auto files = ReportWriter::writeXlsx(report, path);
        if (!files)
            return Failure{files.error()};
        written.files = *files;
        return written;
    }
    case ExportChoices::Format::Pdf:
    case ExportChoices::Format::Odt:
        break;
    }
    auto style = DocumentStyle::fromSettings(database);
    if (!style)
        return Failure{style.error()};
    style.value().number = choices.documentNumber;
    if (choices.format == ExportChoices::Format::Odt) {
        OdtWriter writer(report, *style);
        if (choices.orientation)
            writer.setOrientation(*choices.orientation);
        if (auto done = writer.write(path); !done)
            return Failure{done.error()};
        written.files = QStringList{QDir::toNativeSeparators(path)};
        return written;
    }
    ReportPrinter printer(report, *style);
    if (choices.orientation)
        printer.setOrientation(*choices.orientation);
    const auto pages = printer.writePdf(path);
    if (!pages)
        return Failure{pages.error()};
    written.files = QStringList{QDir::toNativeSeparators(path)};
    written.pages = *pages;
    return written;
}
