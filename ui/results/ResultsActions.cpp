#include "ResultsActions.h"

#include "AppSettings.h"
#include "Dialogs.h"
#include "Edits.h"
#include "ImportResultsDialog.h"
#include "ReportingForm.h"
#include "ReportingFormDialog.h"
#include "UnitTree.h"
#include "Workspace.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

QString ResultsActions::importResults(Workspace &workspace, QWidget *parent)
{
    if (!workspace.isOpen() || !workspace.campaign())
        return {};
    const QStringList files = FileDialog::openFileNames(
        parent, tr("Import results"), AppSettings::value(AppSettings::LastImportFolder),
        tr("Spreadsheets and text (*.xlsx *.xls *.ods *.csv *.txt);;All files (*)"));
    if (files.isEmpty())
        return {};
    AppSettings::setValue(AppSettings::LastImportFolder, QFileInfo(files.first()).absolutePath());
    ImportResultsDialog dialog(workspace, files, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const ResultsPreview &preview = dialog.preview();
    if (!preview.canApply(dialog.skipRefused()))
        return {};
    const QList<ConferenceEdit> edits = ResultsImport::edits(preview);
    if (!edits.isEmpty()) {
        if (auto done = workspace.edits().importResults(edits, int(dialog.files().size())); !done) {
            MessageBox::warning(parent, tr("The results were not imported"),
                                done.error() + u"\n\n"_s + tr("Nothing was changed."));
            return {};
        }
    }
    // The columns placed for tables of the units' own are kept for their next files.
    if (auto remembered = ResultsImport(workspace.database()).rememberMappings(preview);
        !remembered)
        workspace.reportError(remembered.error());
    return tr("Results imported: %n conference(s) changed.", nullptr, int(edits.size()));
}

QString ResultsActions::exportReportingForms(Workspace &workspace, qint64 unitId, QWidget *parent)
{
    if (!workspace.isOpen() || !workspace.campaign())
        return {};
    ReportingFormDialog dialog(workspace, unitId, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const auto units = workspace.units();
    const int index = units->indexOf(dialog.unitId());
    if (index < 0)
        return {};
    const Unit &unit = units->at(index);
    QString folder = AppSettings::value(AppSettings::LastExportFolder);
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const qint64 campaignId = workspace.campaignId();
    QStringList written;
    if (!dialog.allBelow()) {
        QString path = FileDialog::saveFileName(parent, tr("Export a reporting form"),
                                                folder + u'/' + ReportingForm::fileName(unit),
                                                tr("Excel workbooks (*.xlsx)"));
        if (path.isEmpty())
            return {};
        if (QFileInfo(path).suffix().isEmpty())
            path += u".xlsx"_s;
        AppSettings::setValue(AppSettings::LastExportFolder, QFileInfo(path).absolutePath());
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto done = ReportingForm::write(workspace.database(), campaignId, unit.id, path);
        QApplication::restoreOverrideCursor();
        if (!done) {
            MessageBox::warning(parent, tr("The form was not written"), done.error());
            return {};
        }
        written.append(QDir::toNativeSeparators(path));
    } else {
        const QString target =
            FileDialog::folderName(parent, tr("The folder for the forms"), folder);
        if (target.isEmpty())
            return {};
        AppSettings::setValue(AppSettings::LastExportFolder, target);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto below = ReportingForm::unitsBelow(workspace.database(), campaignId, unit.id);
        QString error = below ? QString() : below.error();
        if (below && below->isEmpty())
            error = tr("No unit right below %1 takes part in the campaign: there is no form to "
                       "write.")
                        .arg(unit.name);
        for (const qint64 id : below ? *below : QList<qint64>()) {
            const int child = units->indexOf(id);
            if (child < 0 || !error.isEmpty())
                continue;
            const QString path = QDir(target).filePath(ReportingForm::fileName(units->at(child)));
            if (auto done = ReportingForm::write(workspace.database(), campaignId, id, path); !done)
                error = done.error();
            else
                written.append(QDir::toNativeSeparators(path));
        }
        QApplication::restoreOverrideCursor();
        if (!error.isEmpty()) {
            MessageBox::warning(
                parent, tr("The forms were not all written"),
                error + u"\n\n"_s
                    + tr("%n form(s) were written before it.", nullptr, int(written.size())));
            return {};
        }
    }
    return written.size() == 1
        ? tr("Written: %1").arg(written.first())
        : tr("%n form(s) written in %1", nullptr, int(written.size()))
              .arg(QDir::toNativeSeparators(QFileInfo(written.first()).absolutePath()));
}
