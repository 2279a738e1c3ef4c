#pragma once

#include "CatalogueRepository.h"
#include "Result.h"

#include <QWidget>

class CatalogueModel;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class Workspace;

/// One editable list (fields of activity, or reward forms): choose an entry to rename or
/// remove it, or type a new name to add it. Every change is one edit that can be undone;
/// a name already in the list, and the removal of an entry in use, are refused in place.
class CatalogueEditor : public QWidget
{
    Q_OBJECT

public:
    CatalogueEditor(Workspace &workspace, CatalogueRepository::Catalogue catalogue,
                    QWidget *parent = nullptr);

    CatalogueRepository::Catalogue catalogue() const { return m_catalogue; }
    CatalogueModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload();
    void entryChosen();
    void updateButtons();
    bool run(const Result<void> &done);
    void showMessage(const QString &message);
    qint64 currentId() const;
    void choose(qint64 id);

    void add();
    void rename();
    void remove();

    Workspace &m_workspace;
    CatalogueRepository::Catalogue m_catalogue;
    CatalogueModel *m_model;
    QLabel *m_listLabel;
    QListView *m_list;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QPushButton *m_addButton;
    QPushButton *m_renameButton;
    QPushButton *m_removeButton;
    QLabel *m_message;
    bool m_reloading = false;
};
