#include "SteeringMemberDialog.h"

#include "Text.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SteeringMemberDialog::SteeringMemberDialog(const SteeringMember &member, QWidget *parent)
    : QDialog(parent)
    , m_member(member)
    , m_name(new QLineEdit(member.name, this))
    , m_title(new QLineEdit(member.title, this))
    , m_phone(new QLineEdit(member.phone, this))
{
    setObjectName(u"steeringMemberDialog"_s);
    m_name->setObjectName(u"memberName"_s);
    m_title->setObjectName(u"memberTitle"_s);
    m_phone->setObjectName(u"memberPhone"_s);
    setWindowTitle(member.id > 0 ? tr("Member of the steering group")
                                 : tr("New member of the steering group"));
    m_title->setPlaceholderText(tr("for example: Phó Trưởng Ban Dân vận Huyện ủy"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Phone:"), m_phone);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    auto *hint = new QLabel(tr("A member needs a name."), this);
    hint->setObjectName(u"memberHint"_s);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, [this, hint] {
        updateButtons();
        hint->setVisible(!m_okButton->isEnabled());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
    hint->setVisible(!m_okButton->isEnabled());
    resize(460, sizeHint().height());
}

SteeringMember SteeringMemberDialog::member() const
{
    SteeringMember member = m_member;
    member.name = Text::simplified(m_name->text());
    member.title = Text::simplified(m_title->text());
    member.phone = Text::simplified(m_phone->text());
    return member;
}

void SteeringMemberDialog::updateButtons()
{
    m_okButton->setEnabled(!Text::simplified(m_name->text()).isEmpty());
}
