#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

/// Asks for a units file to import (the register's CSV export, a hierarchy CSV, or a file of
/// the 2025 reorganisation) and the day its edition takes effect.
class ImportUnitsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportUnitsDialog(const QString &folder, QWidget *parent = nullptr);

    QString fileName() const;
    void setFileName(const QString &fileName);
    /// The day chosen, or an invalid day for the file's own (see UnitImporter).
    QDate effectiveDate() const;

private:
    void browse();
    void updateButtons();

    QString m_folder;
    QLineEdit *m_file;
    QCheckBox *m_ownDay;
    QDateEdit *m_effective;
    QDialogButtonBox *m_buttons;
};
