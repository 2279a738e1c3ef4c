#include "ReportingFormDialog.h"

#include "Campaign.h"
#include "UnitComboBox.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ReportingFormDialog::ReportingFormDialog(Workspace &workspace, qint64 unitId, QWidget *parent)
    : QDialog(parent)
    , m_unit(new UnitComboBox(this))
    , m_single(new QRadioButton(tr("Its &form: the unit and the units right below it"), this))
    , m_below(new QRadioButton(tr("One form for &each unit right below it, into a folder"), this))
{
    setObjectName(u"reportingFormDialog"_s);
    setWindowTitle(tr("Export a reporting form"));
    m_unit->setObjectName(u"formUnit"_s);
    m_single->setObjectName(u"formSingle"_s);
    m_below->setObjectName(u"formAllBelow"_s);
    m_unit->setCampaignUnits(workspace);
    const Campaign *campaign = workspace.campaign();
    m_unit->setUnitId(unitId ? unitId : campaign ? campaign->rootUnitId : 0);
    m_single->setChecked(true);

    auto *intro = new QLabel(
        tr("A reporting form is an Excel workbook a unit fills in and sends back: a row for it "
           "and for each unit right below it in the campaign, with their codes, names and "
           "deadlines, what is entered already, and the columns to fill in. File → Import "
           "results reads it back."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Unit:"), m_unit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Export…"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_single);
    layout->addWidget(m_below);
    layout->addWidget(buttons);
    connect(m_unit, &UnitComboBox::unitChanged, this, &ReportingFormDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

qint64 ReportingFormDialog::unitId() const
{
    return m_unit->unitId();
}

bool ReportingFormDialog::allBelow() const
{
    return m_below->isChecked();
}

void ReportingFormDialog::updateButtons()
{
    m_ok->setEnabled(m_unit->unitId() != 0);
}
