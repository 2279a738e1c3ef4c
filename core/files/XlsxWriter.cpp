#include "XlsxWriter.h"

#include "SystemErrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <system_error>

#include <fcntl.h>
#include <unistd.h>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace {

// Excel holds at most this many characters in a cell.
constexpr int maxCellLength = 32767;

lxw_datetime toLxw(QDate date)
{
    return lxw_datetime{date.year(), date.month(), date.day(), 0, 0, 0.0};
}

// Flushes a file to the disk; false with the system's errno when that fails.
bool syncToDisk(const QString &path, int *errorCode)
{
    const int handle = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (handle < 0 || ::fsync(handle) != 0) {
        *errorCode = errno;
        if (handle >= 0)
            ::close(handle);
        return false;
    }
    ::close(handle);
    return true;
}

// Runs `work` with stderr sent nowhere: libxlsxwriter prints its errors there besides
// returning them, and the caller says the same in words, once.
template<typename Work>
auto withoutStandardError(Work work)
{
    std::fflush(stderr);
    const int saved = ::dup(STDERR_FILENO);
    if (const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC); null >= 0) {
        ::dup2(null, STDERR_FILENO);
        ::close(null);
    }
    const auto result = work();
    std::fflush(stderr);
    if (saved >= 0) {
        ::dup2(saved, STDERR_FILENO);
        ::close(saved);
    }
    return result;
}

// Writes the workbook to `path` with libxlsxwriter, its temporary files in `scratchFolder`.
// On failure `errorCode` is the system's errno when the system failed, else 0.
lxw_error writeWorkbook(const ReportDocument &report, const QString &path,
                        const QString &scratchFolder, int *errorCode)
{
    const QByteArray fileName = QFile::encodeName(path);
    const QByteArray scratchName = QFile::encodeName(scratchFolder);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows go to disk as they are written
    options.tmpdir = const_cast<char *>(scratchName.constData());
    errno = 0;
    lxw_workbook *workbook = workbook_new_opt(fileName.constData(), &options);
    if (!workbook) {
        *errorCode = errno;
        return LXW_ERROR_CREATING_XLSX_FILE;
    }

    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    format_set_bg_color(header, 0xE8EEF4);
    format_set_border(header, LXW_BORDER_THIN);
    lxw_format *dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "dd/mm/yyyy");
    lxw_format *moneyFormat = workbook_add_format(workbook);
    format_set_num_format(moneyFormat, "#,##0");
    lxw_format *textFormat = workbook_add_format(workbook);
    format_set_num_format(textFormat, "@");
    lxw_format *totalFormat = workbook_add_format(workbook);
    format_set_bold(totalFormat);
    lxw_format *totalMoney = workbook_add_format(workbook);
    format_set_bold(totalMoney);
    format_set_num_format(totalMoney, "#,##0");

    QSet<QString> usedNames;
    for (const ReportPart &part : report.parts) {
        QString name =
            XlsxWriter::sheetName(part.sheetName.isEmpty() ? part.title : part.sheetName);
        for (int n = 2; usedNames.contains(name.toLower()); ++n)
            name = XlsxWriter::sheetName(name.left(27) + u" (%1)"_s.arg(n));
        usedNames.insert(name.toLower());
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, name.toUtf8().constData());

        const int columns = int(part.columns.size());
        for (int c = 0; c < columns; ++c) {
            const ReportColumn &column = part.columns.at(c);
            lxw_format *format = column.type == ReportColumn::Type::Code ? textFormat : nullptr;
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), column.width + 2, format);
            worksheet_write_string(sheet, 0, lxw_col_t(c), column.header.toUtf8().constData(),
                                   header);
        }
        worksheet_freeze_panes(sheet, 1, 0);

        lxw_row_t rowIndex = 0;
        for (int r = 0; r < part.rowCount; ++r) {
            const ReportRow row = part.row(r);
            if (row.kind == ReportRow::Kind::Group)
                continue;
            ++rowIndex;
            const bool total = row.kind == ReportRow::Kind::Total;
            for (int c = 0; c < columns; ++c) {
                const QVariant value = row.cells.value(c);
                const auto column = lxw_col_t(c);
                switch (part.columns.at(c).type) {
                case ReportColumn::Type::Date:
                    if (const QDate date = value.toDate(); date.isValid()) {
                        lxw_datetime when = toLxw(date);
                        worksheet_write_datetime(sheet, rowIndex, column, &when, dateFormat);
                    }
                    break;
                case ReportColumn::Type::Integer:
                case ReportColumn::Type::Money:
                    if (value.isValid() && !value.isNull() && value.toLongLong() >= 0) {
                        const bool money = part.columns.at(c).type == ReportColumn::Type::Money;
                        worksheet_write_number(sheet, rowIndex, column, double(value.toLongLong()),
                                               total ? (money ? totalMoney : totalFormat)
                                                     : (money ? moneyFormat : nullptr));
                    }
                    break;
                case ReportColumn::Type::Text:
                case ReportColumn::Type::Code: {
                    const QString text = value.toString();
                    if (text.isEmpty())
                        break;
                    // A string cell, never a formula, whatever it begins with.
                    worksheet_write_string(sheet, rowIndex, column,
                                           text.left(maxCellLength).toUtf8().constData(),
                                           total ? totalFormat : nullptr);
                    break;
                }
                }
            }
        }
        if (columns > 0)
            worksheet_autofilter(sheet, 0, 0, rowIndex, lxw_col_t(columns - 1));
    }
    errno = 0;
    const lxw_error error = workbook_close(workbook);
    // The system's reason, when the failure was the system's (a full disk, ...).
    *errorCode = error != LXW_NO_ERROR ? errno : 0;
    return error;
}

} // namespace

QString XlsxWriter::sheetName(const QString &name)
{
    QString result;
    for (const QChar ch : name) {
        if (!QStringView(u"[]:*?/\\").contains(ch))
            result += ch;
    }
    result = result.trimmed().left(31);
    while (result.startsWith(u'\''))
        result.remove(0, 1);
    return result.isEmpty() ? u"Sheet"_s : result;
}

Result<void> XlsxWriter::write(const ReportDocument &report, const QString &path)
{
    // Written beside the target under another name and put in its place once whole, as every
    // file is; libxlsxwriter's own temporary files go beside it too, on the same disk. (It
    // does not check its writes to those: on a disk of their own, a full disk would go
    // unnoticed; here the workbook's own writes then fail as well, and it says so.)
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isDir()) {
        return Failure{tr("“%1” cannot be written: its folder “%2” does not exist.")
                           .arg(name, QDir::toNativeSeparators(info.absolutePath()))};
    }
    QTemporaryDir scratch(info.absolutePath() + u"/.danvan-XXXXXX"_s);
    if (!scratch.isValid()) {
        return Failure{tr("“%1” cannot be written: %2")
                           .arg(name, SystemErrors::translate(scratch.errorString()))};
    }
    const QString part = scratch.filePath(u"workbook.xlsx"_s);
    int errorCode = 0;
    const lxw_error error = withoutStandardError(
        [&] { return writeWorkbook(report, part, scratch.path(), &errorCode); });
    if (error != LXW_NO_ERROR) {
        const QString reason =
            errorCode != 0 ? SystemErrors::text(errorCode) : QString::fromUtf8(lxw_strerror(error));
        return Failure{tr("“%1” cannot be written: %2").arg(name, reason)};
    }
    // On the disk before it takes the name, then the name in one step.
    if (!syncToDisk(part, &errorCode)) {
        return Failure{tr("“%1” cannot be written: %2").arg(name, SystemErrors::text(errorCode))};
    }
    std::error_code renamed;
    std::filesystem::rename(QFile::encodeName(part).toStdString(),
                            QFile::encodeName(path).toStdString(), renamed);
    if (renamed) {
        return Failure{tr("“%1” could not be replaced; is it open in another program? %2")
                           .arg(name, SystemErrors::text(renamed.value()))};
    }
    return {};
}

Result<void> XlsxWriter::write(const ReportDocument &report, QIODevice *device)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Failure{tr("No temporary folder is available to write the workbook.")};
    const QString path = scratch.filePath(u"report.xlsx"_s);
    if (auto written = write(report, path); !written)
        return written;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("The workbook could not be read back: %1").arg(SystemErrors::text(file))};
    while (!file.atEnd()) {
        const QByteArray block = file.read(1 << 16);
        if (device->write(block) != block.size()) {
            const auto *target = qobject_cast<QFileDevice *>(device);
            return Failure{tr("The file could not be written: %1")
                               .arg(target ? SystemErrors::text(*target)
                                           : SystemErrors::translate(device->errorString()))};
        }
    }
    return {};
}
