#include "ImportUnitsDialog.h"

#include "Dialogs.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ImportUnitsDialog::ImportUnitsDialog(const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_folder(folder)
    , m_file(new QLineEdit(this))
    , m_ownDay(new QCheckBox(this))
    , m_effective(new QDateEdit(QDate::currentDate(), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import units"));
    setObjectName(u"importUnitsDialog"_s);
    m_file->setObjectName(u"importFile"_s);
    m_effective->setObjectName(u"importEffective"_s);
    m_ownDay->setObjectName(u"importOwnDay"_s);
    m_effective->setCalendarPopup(true);
    m_effective->setDisplayFormat(u"dd/MM/yyyy"_s);

    auto *intro = new QLabel(
        tr("Choose the national register's list of units saved as CSV (columns Tỉnh Thành "
           "Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp), or a hierarchy file with "
           "the columns code, name, kind, parent_code for units the register does not hold.\n\n"
           "Units are matched by their code. A newer edition renames, moves and adds units, "
           "and retires those it no longer lists: nothing is deleted, and past conferences "
           "keep their units. A file with an error changes nothing.\n\n"
           "The files of the 2025 reorganisation are read too: the conversion table of "
           "07/2025 (new ← old) puts the new provinces and communes in force and links each "
           "to the units it came from; the list of new communes adds them by province."),
        this);
    intro->setWordWrap(true);

    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(u"importBrowse"_s);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    m_ownDay->setText(tr("The day the file states (today for a register; 01/07/2025 for the "
                         "files of the 2025 reorganisation)"));
    m_ownDay->setChecked(true);
    form->addRow(tr("&In force from:"), m_ownDay);
    form->addRow(QString(), m_effective);
    auto *effectiveHelp = new QLabel(
        tr("Units the file no longer lists end the day before; units it adds start on this "
           "day."),
        this);
    effectiveHelp->setWordWrap(true);
    form->addRow(QString(), effectiveHelp);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &ImportUnitsDialog::browse);
    connect(m_file, &QLineEdit::textChanged, this, &ImportUnitsDialog::updateButtons);
    connect(m_ownDay, &QCheckBox::toggled, this, &ImportUnitsDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
    resize(560, sizeHint().height());
}

QString ImportUnitsDialog::fileName() const
{
    return m_file->text().trimmed();
}

void ImportUnitsDialog::setFileName(const QString &fileName)
{
    m_file->setText(fileName);
}

QDate ImportUnitsDialog::effectiveDate() const
{
    return m_ownDay->isChecked() ? QDate() : m_effective->date();
}

void ImportUnitsDialog::browse()
{
    const QString chosen = FileDialog::openFileName(this, tr("Choose a units file"),
                                                    fileName().isEmpty() ? m_folder : fileName(),
                                                    tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!chosen.isEmpty())
        m_file->setText(chosen);
}

void ImportUnitsDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!fileName().isEmpty());
    m_effective->setEnabled(!m_ownDay->isChecked());
}
