#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

/// Asks for a units file to import (the register's CSV export or a hierarchy CSV) and the
/// day its edition takes effect.
class ImportUnitsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportUnitsDialog(const QString &folder, QWidget *parent = nullptr);

    QString fileName() const;
    void setFileName(const QString &fileName);
    QDate effectiveDate() const;

private:
    void browse();
    void updateButtons();

    QString m_folder;
    QLineEdit *m_file;
    QDateEdit *m_effective;
    QDialogButtonBox *m_buttons;
};
