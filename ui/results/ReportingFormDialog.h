#pragma once

#include <QDialog>

class QPushButton;
class QRadioButton;
class UnitComboBox;
class Workspace;

/// File → Export a reporting form…: the unit whose form to write (it and the units right
/// below it in the campaign), or one form for each unit below it into a folder.
class ReportingFormDialog : public QDialog
{
    Q_OBJECT

public:
    /// `unitId`: the unit offered first (the one in view), 0 for the campaign's top unit.
    ReportingFormDialog(Workspace &workspace, qint64 unitId, QWidget *parent = nullptr);

    qint64 unitId() const;
    /// One form for each unit right below the unit chosen.
    bool allBelow() const;

private:
    void updateButtons();

    UnitComboBox *m_unit;
    QRadioButton *m_single;
    QRadioButton *m_below;
    QPushButton *m_ok = nullptr;
};
