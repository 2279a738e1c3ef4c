#include "ReportExport.h"

#include "XlsxWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

QString ReportExport::partPath(const QString &path, int part)
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

Result<QStringList> ReportExport::writeCsv(const Report &report, const QString &path,
                                           QChar delimiter, CsvWriter::DateStyle dates)
{
    // Every table is written before any file is replaced: a failure on the second leaves
    // the first as it was too, never a new first table beside an old second one.
    std::vector<std::unique_ptr<QSaveFile>> files;
    QStringList written;
    for (int i = 0; i < report.parts.size(); ++i) {
        const QString target = partPath(path, i);
        const QString name = QDir::toNativeSeparators(target);
        auto &file = files.emplace_back(std::make_unique<QSaveFile>(target));
        if (!file->open(QIODevice::WriteOnly))
            return Failure{tr("“%1” cannot be written: %2").arg(name, file->errorString())};
        CsvWriter writer(file.get());
        writer.setDelimiter(delimiter);
        writer.setDateStyle(dates);
        if (auto done = writer.write(report.parts.at(i)); !done)
            return Failure{tr("“%1”: %2").arg(name, done.error())};
        written.append(name);
    }
    for (int i = 0; i < int(files.size()); ++i) {
        if (!files.at(i)->commit()) {
            return Failure{
                tr("“%1” cannot be written: %2").arg(written.at(i), files.at(i)->errorString())};
        }
    }
    return written;
}

Result<QStringList> ReportExport::writeXlsx(const Report &report, const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Failure{tr("“%1” cannot be written: %2").arg(name, file.errorString())};
    if (auto done = XlsxWriter::write(report, &file); !done)
        return Failure{done.error()};
    if (!file.commit())
        return Failure{tr("“%1” cannot be written: %2").arg(name, file.errorString())};
    return QStringList{name};
}
