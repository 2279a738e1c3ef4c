#include "ReportWriter.h"

#include "OutputFile.h"
#include "XlsxWriter.h"

#include <QDir>
#include <QFileInfo>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

QString ReportWriter::partPath(const QString &path, int part)
{
    if (part == 0)
        return path;
    const QFileInfo info(path);
    const QString suffix = info.suffix().isEmpty() ? u"csv"_s : info.suffix();
    // The folder as the caller wrote it ("schedule-2.csv" beside "schedule.csv", not
    // "./schedule-2.csv").
    return path.left(path.size() - info.fileName().size())
        + u"%1-%2.%3"_s.arg(info.completeBaseName()).arg(part + 1).arg(suffix);
}

Result<QStringList> ReportWriter::writeCsv(const ReportDocument &report, const QString &path,
                                           QChar delimiter, CsvWriter::DateStyle dates)
{
    // Every table is written before any file is replaced: a failure on the second leaves
    // the first as it was too, never a new first table beside an old second one.
    // A device or a pipe (/dev/stdout) has no name beside it for a second table.
    if (const QFileInfo info(path); report.parts.size() > 1 && info.exists() && !info.isFile()) {
        return Failure{tr("“%1” is not a file, and this report has %n table(s), written one file "
                          "each: choose a file name.",
                          nullptr, int(report.parts.size()))
                           .arg(QDir::toNativeSeparators(path))};
    }
    std::vector<std::unique_ptr<OutputFile>> files;
    QStringList written;
    for (int i = 0; i < report.parts.size(); ++i) {
        auto &file = files.emplace_back(std::make_unique<OutputFile>(partPath(path, i)));
        if (auto opened = file->open(); !opened)
            return Failure{opened.error()};
        CsvWriter writer(file->device());
        writer.setDelimiter(delimiter);
        writer.setDateStyle(dates);
        if (auto done = writer.write(report.parts.at(i)); !done)
            return file->writeFailure();
        written.append(file->name());
    }
    for (const auto &file : files) {
        if (auto committed = file->commit(); !committed)
            return Failure{committed.error()};
    }
    return written;
}

Result<QStringList> ReportWriter::writeXlsx(const ReportDocument &report, const QString &path)
{
    // A file: libxlsxwriter writes it beside its name, and it takes the name once whole.
    if (const QFileInfo info(path); !info.exists() || info.isFile()) {
        if (auto done = XlsxWriter::write(report, path); !done)
            return Failure{done.error()};
        return QStringList{QDir::toNativeSeparators(path)};
    }
    // A device or a pipe: the workbook is made aside and written to it.
    OutputFile file(path);
    if (auto opened = file.open(); !opened)
        return Failure{opened.error()};
    if (auto done = XlsxWriter::write(report, file.device()); !done) {
        // A failure to write the file says which file and why; any other names its cause.
        return file.hasFailed() ? file.writeFailure() : Failure{done.error()};
    }
    if (auto committed = file.commit(); !committed)
        return Failure{committed.error()};
    return QStringList{file.name()};
}
