#include "ReportFiles.h"

#include "DocumentStyle.h"
#include "OfficeSettings.h"
#include "ReportExport.h"
#include "ReportPrinter.h"

#include <QDir>

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

Result<ReportFiles::Written> ReportFiles::write(const Report &report, Database &database,
                                                const QString &path, const ExportChoices &choices)
{
    Written written;
    switch (choices.format) {
    case ExportChoices::Format::Csv: {
        auto files = ReportExport::writeCsv(report, path, choices.delimiter, choices.dates);
        if (!files)
            return Failure{files.error()};
        written.files = *files;
        return written;
    }
    case ExportChoices::Format::Xlsx: {
        auto files = ReportExport::writeXlsx(report, path);
        if (!files)
            return Failure{files.error()};
        written.files = *files;
        return written;
    }
    case ExportChoices::Format::Pdf:
        break;
    }
    auto style = DocumentStyle::fromSettings(database);
    if (!style)
        return Failure{style.error()};
    style.value().number = choices.documentNumber;
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
