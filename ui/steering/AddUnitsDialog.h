#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class UnitPickerFilterModel;
class UnitPickerModel;
class Workspace;

/// Chooses units of the campaign for a steering group to follow: check boxes, a list of the
/// districts to narrow it to one, and a filter that ignores accents. Units followed by
/// another group show it, and move when chosen.
class AddUnitsDialog : public QDialog
{
    Q_OBJECT

public:
    AddUnitsDialog(Workspace &workspace, qint64 groupId, QWidget *parent = nullptr);

    /// The units checked, in tree order.
    QList<qint64> checkedUnitIds() const;
    UnitPickerModel *model() const { return m_model; }

private:
    void load(Workspace &workspace, qint64 groupId);
    void checkShown(bool checked);
    void updateCount();

    UnitPickerModel *m_model;
    UnitPickerFilterModel *m_filter;
    QLineEdit *m_query;
    QComboBox *m_under;
    QTableView *m_view;
    QLabel *m_count;
    QPushButton *m_okButton = nullptr;
};
