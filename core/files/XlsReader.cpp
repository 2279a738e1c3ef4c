#include "XlsReader.h"

#include "XlsTransfer.h"
#include "XlsxReader.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryFile>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

// The reader to run and how long to give it: the built one, unless a test named another.
struct ReaderChoice
{
    QString program;
    int timeoutMs = XlsReader::DefaultTimeoutMs;
};

ReaderChoice &readerChoice()
{
    static ReaderChoice value;
    return value;
}

} // namespace

QString XlsReader::notStarted(const QString &fileName, const QString &why)
{
    return tr("%1 cannot be read: danvan-xls-reader, the part of danvan that reads .xls files, "
              "did not start (%2). Install danvan again, or save the file as .xlsx in the "
              "spreadsheet.")
        .arg(fileName, why);
}

QString XlsReader::program()
{
    if (!readerChoice().program.isEmpty())
        return readerChoice().program;
    if (!QCoreApplication::instance())
        return {};
    const QString path = QDir::cleanPath(QDir(QCoreApplication::applicationDirPath())
                                             .filePath(QStringLiteral(DANVAN_XLS_READER_FROM_BIN)));
    return QFileInfo(path).isExecutable() ? path : QString();
}

void XlsReader::setProgram(const QString &path, int timeoutMs)
{
    readerChoice() = ReaderChoice{path, timeoutMs};
}

Result<Workbook> XlsReader::read(QIODevice *device, const QString &fileName)
{
    const QString reader = program();
    if (reader.isEmpty()) {
        return Failure{tr("%1 cannot be read: danvan-xls-reader, the part of danvan that reads "
                          ".xls files, is missing. Install danvan again, or save the file as "
                          ".xlsx in the spreadsheet.")
                           .arg(fileName)};
    }

    QString path;
    QTemporaryFile copy;
    if (auto *file = qobject_cast<QFile *>(device); file && !file->fileName().isEmpty()) {
        path = file->fileName();
    } else {
        if (!copy.open() || copy.write(device->readAll()) < 0 || !copy.flush())
            return Failure{
                tr("%1 cannot be read: no temporary file could be written.").arg(fileName)};
        path = copy.fileName();
    }

    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    // What a crash prints (a sanitizer's report, say) is no message for the user.
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(reader, {QDir::toNativeSeparators(path)});
    if (!process.waitForStarted())
        return Failure{notStarted(fileName, process.errorString())};
    // QProcess keeps reading the output into its buffer while it waits. A window that reads
    // in a thread of its own may ask it to stop (QThread::requestInterruption()).
    const QDeadlineTimer deadline(readerChoice().timeoutMs);
    while (!process.waitForFinished(100) && process.state() != QProcess::NotRunning) {
        const bool stopped = QThread::currentThread()->isInterruptionRequested();
        if (stopped || deadline.hasExpired()) {
            process.kill();
            process.waitForFinished();
            if (stopped)
                return Failure{tr("Reading %1 was stopped.").arg(fileName)};
            return Failure{tr("%1 could not be read: reading it took too long (more than %2 s), "
                              "so it may be damaged. Open it in the spreadsheet and save it "
                              "again as .xlsx.")
                               .arg(fileName)
                               .arg(readerChoice().timeoutMs / 1000)};
        }
    }
    const QString damaged = tr("%1 is damaged or is not an Excel 97-2003 workbook (.xls): it "
                               "cannot be read. Open it in the spreadsheet and save it again as "
                               ".xlsx.")
                                .arg(fileName);
    // 127 and 126: the reader could not be run (a library of its own is missing, say), which
    // says nothing of the file.
    if (process.exitStatus() == QProcess::NormalExit
        && (process.exitCode() == 127 || process.exitCode() == 126)) {
        return Failure{notStarted(fileName, tr("exit code %1").arg(process.exitCode()))};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Failure{damaged};
    auto decoded = XlsTransfer::decode(process.readAllStandardOutput());
    if (!decoded)
        return Failure{damaged};

    using Outcome = XlsTransfer::Outcome;
    switch (decoded->outcome) {
    case Outcome::Read: // with a sheet at least (XlsTransfer::decode)
        return std::move(decoded->workbook);
    case Outcome::NotXls:
        return Failure{damaged};
    case Outcome::Encrypted:
        return Failure{tr("%1 is protected by a password. Open it in the spreadsheet, remove the "
                          "password and save it again.")
                           .arg(fileName)};
    case Outcome::OutOfMemory:
        return Failure{tr("%1 is too large to read.").arg(fileName)};
    case Outcome::TooManyCells:
        return Failure{tr("%1 is too large to read: it has more than %L2 cells.")
                           .arg(fileName)
                           .arg(XlsxReader::MaxCells)};
    case Outcome::NoSheet:
        return Failure{tr("%1 has no sheet to read.").arg(fileName)};
    }
    return Failure{damaged};
}
