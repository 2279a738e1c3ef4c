#include "RenameCampaignDialog.h"

#include "Text.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

RenameCampaignDialog::RenameCampaignDialog(const QString &name, const QString &phase,
                                           QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(name, this))
    , m_phase(new QLineEdit(phase, this))
{
    setObjectName(u"renameCampaignDialog"_s);
    setWindowTitle(tr("Rename the campaign"));
    m_name->setObjectName(u"nameEdit"_s);
    m_phase->setObjectName(u"phaseEdit"_s);
    m_name->setMinimumWidth(420);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("P&hase:"), m_phase);
    form->addRow(buttons);
    const auto update = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!Text::simplified(m_name->text()).isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, update);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

QString RenameCampaignDialog::name() const
{
    return Text::simplified(m_name->text());
}

QString RenameCampaignDialog::phase() const
{
    return Text::simplified(m_phase->text());
}
