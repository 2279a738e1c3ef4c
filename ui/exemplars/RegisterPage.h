#pragma once

#include "Workspace.h"

#include <QList>
#include <QWidget>

#include <optional>
#include <utility>

class DeferUntilShown;
class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class RegisterFilterModel;

/// What the pages of the campaign's registers (models and exemplars, rewards) share: a bold
/// title with a filter that ignores accents beside it, the table (one row chosen at a time,
/// its columns fitted to what they hold once there is something to measure), the buttons to
/// add, edit and remove below it and a line of counts of what is shown. On a shared server
/// the buttons are greyed, with the reason, for a row of a unit this office may not change,
/// and a double click on it opens nothing. The page re-reads its register when it changes,
/// or when it is next shown.
///
/// A page names its widgets and says its texts, reads its register, counts what is shown and
/// adds, edits and removes an entry its own way.
class RegisterPage : public QWidget
{
    Q_OBJECT

public:
    /// A page of a register that is re-read on the workspace's `changes` and on changes of
    /// the catalogues, the units and the campaigns.
    RegisterPage(Workspace &workspace, Workspace::Changes changes, QWidget *parent);

signals:
    /// The clerk asked to see a unit (double-click on a unit's cell).
    void unitActivated(qint64 unitId);

protected:
    void changeEvent(QEvent *event) override;

    /// Says the page's texts (its model's headings included) in the current language.
    virtual void retranslate() = 0;
    /// Reads the register into the model and shows or hides its columns.
    virtual void load() = 0;
    /// The model's row of the entry `id`; -1 when there is none.
    virtual int rowOf(qint64 id) const = 0;
    /// The columns fitted to what they hold, each up to so many ems.
    virtual QList<std::pair<int, int>> columnLimits() const = 0;
    /// The unit that a double click on `source` (the model's index) shows; none when it edits
    /// the entry.
    virtual std::optional<qint64> unitToShow(const QModelIndex &source) const = 0;
    /// Counts what the filter lets through.
    virtual void updateCounts() = 0;
    /// The page's own buttons follow the chosen entry (`refused`: why it may not be changed).
    virtual void updateOwnButtons(bool chosen, const QString &refused);
    virtual void add() = 0;
    /// Edits the chosen entry (called only when it may be changed).
    virtual void edit() = 0;
    virtual void remove() = 0;

    /// Shows `model`, whose rows give their id in RegisterFilterModel::IdRole and their unit
    /// in `unitIdRole`, sorted by `sortColumn`. Called once, by the page's constructor.
    void setRegisterModel(QAbstractItemModel *model, int unitIdRole, int sortColumn);
    /// Re-reads the register now, or when the page is next shown.
    void reload();
    void updateButtons();
    /// The chosen entry's id; 0 when none is chosen.
    qint64 currentId() const;
    /// Chooses the entry `id` and brings it into view; none when it is not there.
    void select(qint64 id);
    /// Puts one of the page's own buttons after the others.
    void appendButton(QPushButton *button);

    Workspace &m_workspace;
    RegisterFilterModel *m_filter;
    QLabel *m_title;
    QLineEdit *m_search;
    QTableView *m_table;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
    QLabel *m_counts;

private:
    void fitColumns();
    void editChosen();

    QAbstractItemModel *m_source = nullptr;
    int m_unitIdRole = 0;
    QHBoxLayout *m_buttons;
    bool m_columnsFitted = false;
    DeferUntilShown *m_deferral = nullptr;
};
