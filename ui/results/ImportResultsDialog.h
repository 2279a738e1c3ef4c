#pragma once

#include "ResultsImport.h"
#include "ResultsPreview.h"

#include <QDialog>
#include <QStringList>

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
    void addFiles();
    void removeFile();
    void refresh();
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
