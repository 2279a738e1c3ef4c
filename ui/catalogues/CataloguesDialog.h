#pragma once

#include <QDialog>

class CatalogueEditor;
class QPushButton;
class QTabWidget;
class QUndoStack;
class Workspace;

/// The lists the clerk can extend: fields of activity and reward forms, one tab each.
class CataloguesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CataloguesDialog(Workspace &workspace, QWidget *parent = nullptr);

    CatalogueEditor *fieldsEditor() const { return m_fields; }
    CatalogueEditor *rewardFormsEditor() const { return m_rewardForms; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTabWidget *m_tabs;
    CatalogueEditor *m_fields;
    CatalogueEditor *m_rewardForms;
    QPushButton *m_undoButton;
    QPushButton *m_closeButton;
    QUndoStack *m_undoStack;
};
