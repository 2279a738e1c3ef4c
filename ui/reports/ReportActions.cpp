#include "ReportActions.h"

#include "AppSettings.h"
#include "CalendarExport.h"
#include "Dialogs.h"
#include "DocumentStyle.h"
#include "OutputTarget.h"
#include "ReportDialog.h"
#include "ReportFiles.h"
#include "ReportPrinter.h"
#include "Workspace.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

/// Where the last export went, else the user's documents.
QString lastExportFolder()
{
    const QString folder = AppSettings::value(AppSettings::LastExportFolder);
    return folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                            : folder;
}

} // namespace

void ReportActions::print(Workspace &workspace, ReportBuilder::Kind kind, QWidget *parent)
{
    if (!workspace.isOpen())
        return;
    ReportDialog dialog(ReportDialog::Mode::Print, ExportChoices(), parent);
    dialog.setReport(kind);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto report = ReportBuilder::build(
        dialog.report(), workspace.database(), workspace.campaignId(), workspace.asOf(),
        dialog.byTodaysUnits() ? QDate::currentDate() : QDate());
    QApplication::restoreOverrideCursor();
    if (!report) {
        MessageBox::warning(parent, tr("Cannot print"), report.error());
        return;
    }
    auto style = DocumentStyle::fromSettings(workspace.database());
    if (!style) {
        MessageBox::warning(parent, tr("Cannot print"), style.error());
        return;
    }
    style.value().number = dialog.documentNumber();
    ReportPrinter reportPrinter(*report, *style);
    if (const auto orientation = dialog.orientation())
        reportPrinter.setOrientation(*orientation);

    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(report->title);
    reportPrinter.setUpPage(&printer);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(u"printPreview"_s);
    preview.setWindowTitle(tr("Print preview: %1").arg(report->title));
    QObject::connect(
        &preview, &QPrintPreviewDialog::paintRequested, &preview,
        [&workspace, &reportPrinter, parent](QPrinter *device) {
            // Printed to a file: by the rule of every file danvan writes, never
            // over the open database or another danvan file.
            if (const QString file = device->outputFileName(); !file.isEmpty()) {
                if (auto allowed = OutputTarget::check(file, workspace.filePath()); !allowed) {
                    MessageBox::warning(parent, tr("Nothing was printed"), allowed.error());
                    return;
                }
            }
            reportPrinter.paint(device);
        });
    if (parent)
        preview.resize(parent->window()->size() * 9 / 10);
    preview.exec();
}

QString ReportActions::exportReport(Workspace &workspace, ReportBuilder::Kind kind, QWidget *parent)
{
    if (!workspace.isOpen())
        return {};
    const auto defaults = ExportChoices::officeDefaults(workspace.database());
    if (!defaults) {
        MessageBox::warning(parent, tr("The report was not exported"), defaults.error());
        return {};
    }
    ReportDialog dialog(ReportDialog::Mode::Export, *defaults, parent);
    dialog.setReport(kind);
    if (dialog.exec() != QDialog::Accepted)
        return {};

    const QString folder = lastExportFolder();
    const QString suggested = folder + u'/' + ReportDialog::fileBaseName(dialog.report()) + u'-'
        + workspace.asOf().toString(u"yyyy-MM-dd"_s) + u'.' + dialog.suffix();
    const QString filter = dialog.format() == ReportDialog::Format::Csv ? tr("CSV files (*.csv)")
        : dialog.format() == ReportDialog::Format::Xlsx ? tr("Excel workbooks (*.xlsx)")
        : dialog.format() == ReportDialog::Format::Odt  ? tr("OpenDocument text (*.odt)")
                                                        : tr("PDF documents (*.pdf)");
    QString path = FileDialog::saveFileName(parent, tr("Export"), suggested, filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + dialog.suffix();
    AppSettings::setValue(AppSettings::LastExportFolder, QFileInfo(path).absolutePath());

    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto report = ReportBuilder::build(
        dialog.report(), workspace.database(), workspace.campaignId(), workspace.asOf(),
        dialog.byTodaysUnits() ? QDate::currentDate() : QDate());
    if (!report) {
        // Nothing to do with the place or the name: the report itself could not be made.
        QApplication::restoreOverrideCursor();
        MessageBox::warning(parent, tr("The report was not exported"),
                            report.error() + u"\n\n"_s + tr("No file was written."));
        return {};
    }
    const auto written = ReportFiles::write(*report, workspace.database(), path, dialog.choices());
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::warning(parent, tr("The report was not exported"),
                            written.error() + u"\n\n"_s
                                + tr("No file was changed. Choose another place or name and "
                                     "export again."));
        return {};
    }
    return tr("Exported: %1").arg(written->files.join(u", "_s));
}

QString ReportActions::exportCalendar(Workspace &workspace, QWidget *parent)
{
    const Campaign *campaign = workspace.campaign();
    if (!campaign)
        return {};
    const QString folder = lastExportFolder();
    const QString suggested = folder + u'/' + tr("calendar") + u'-'
        + QString(campaign->phase).replace(u'/', u'-') + u".ics"_s;
    QString path = FileDialog::saveFileName(parent, tr("Export a calendar"), suggested,
                                            tr("Calendars (*.ics)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += u".ics"_s;
    AppSettings::setValue(AppSettings::LastExportFolder, QFileInfo(path).absolutePath());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = CalendarExport::write(workspace.database(), campaign->id, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::warning(parent, tr("The calendar was not written"), written.error());
        return {};
    }
    return tr("Written: %1").arg(QDir::toNativeSeparators(path));
}

QString ReportActions::exportGroupCalendars(Workspace &workspace, QWidget *parent)
{
    const Campaign *campaign = workspace.campaign();
    if (!campaign)
        return {};
    QString folder = lastExportFolder();
    folder =
        FileDialog::folderName(parent, tr("The folder for the steering groups' calendars"), folder);
    if (folder.isEmpty())
        return {};
    AppSettings::setValue(AppSettings::LastExportFolder, folder);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = CalendarExport::writePerGroup(workspace.database(), campaign->id, folder);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::warning(parent, tr("The calendars were not written"), written.error());
        return {};
    }
    return tr("%n calendar(s) written in %1", nullptr, int(written->size()))
        .arg(QDir::toNativeSeparators(folder));
}
