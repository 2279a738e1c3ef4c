#pragma once

#include "LegacyEncoding.h"
#include "Result.h"
#include "ResultsImport.h"
#include "ResultsPreview.h"
#include "Workbook.h"

#include <QDateTime>
#include <QDialog>
#include <QHash>
#include <QStringList>

#include <optional>

class ColumnMappingPanel;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QTreeView;
class ResultsPreviewModel;
class ResultsProblemsModel;
class UnitComboBox;
class Workspace;

/// File → Import results…: the files units sent back, and what reading them would do
/// before anything is written. For each file and sheet, the units found and each field's
/// value entered now and in the file, the conflicts to decide (kept or replaced, one by one
/// or all at once), and the rows and values refused with their place; which column holds
/// which field, to correct; who sent the files and their encoding, when the program cannot
/// tell. Apply is offered once everything is decided; a file with refused values is applied
/// without those rows only when the clerk ticks so. The dialog writes nothing: the window
/// applies preview() as one edit.
class ImportResultsDialog : public QDialog
{
    Q_OBJECT

public:
    ImportResultsDialog(Workspace &workspace, const QStringList &files, QWidget *parent = nullptr);
    ~ImportResultsDialog() override;

    /// The preview as the clerk decided it.
    const ResultsPreview &preview() const;
    bool skipRefused() const;
    QStringList files() const { return m_files; }

private:
    /// The last reading of a file, kept until the file changes on disk or another encoding
    /// is chosen: a change of sender or of a column's field previews again without reading.
    struct ReadFile
    {
        std::optional<LegacyEncoding::Encoding> encoding;
        QDateTime modified;
        qint64 size = -1;
        Result<Workbook> workbook = Failure{QString()};
    };

    void addFiles();
    void removeFile();
    /// What refresh() does with files whose reading the clerk stopped.
    enum class WhenStopped {
        LeaveFilesOut, ///< they leave the list, and the summary names them
        KeepFiles, ///< nothing changes, and refresh() returns false
    };
    /// Reads what is not read yet and previews the files again.
    bool refresh(WhenStopped whenStopped = WhenStopped::LeaveFilesOut);
    /// Reads the files in a thread of their own; when that takes a while, a window says
    /// which file is being read and can stop it. Returns the files that were not read.
    QStringList readFiles(const QStringList &paths);
    bool isRead(const QString &path) const;
    /// The width the first column needs for the units' names (see refresh()).
    int itemColumnWidth() const;
    void updateState();
    void showMapping();
    void mappingChanged(const QHash<ResultsColumns::Field, int> &mapping);
    void conflictChoiceChanged();

    Workspace &m_workspace;
    QStringList m_files;
    ResultsImport::Options m_options;
    QString m_mappedSheet; ///< the sheet whose mapping is shown (ResultsImport::sheetKey)
    bool m_itemColumnFitted = false; ///< the first preview has set the first column's width
    QHash<QString, ReadFile> m_read; ///< by path
    QString m_leftOut; ///< the files whose reading the clerk stopped, said in the summary
    QString m_previewError; ///< why there is no preview (no campaign to read for), or empty

    QListWidget *m_fileList;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    UnitComboBox *m_sender;
    QComboBox *m_encoding;
    QComboBox *m_conflicts;
    QTreeView *m_previewView;
    ResultsPreviewModel *m_previewModel;
    ColumnMappingPanel *m_mapping;
    QTableView *m_problemView;
    ResultsProblemsModel *m_problemModel;
    QLabel *m_summary;
    QCheckBox *m_skipRefused;
    QPushButton *m_applyButton;
};
