#include "PutForwardDialog.h"

#include "Edits.h"
#include "ExemplarRegister.h"
#include "UnitComboBox.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PutForwardDialog::PutForwardDialog(Workspace &workspace,
                                   std::shared_ptr<const ExemplarRegister> exemplars,
                                   qint64 exemplarId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_register(std::move(exemplars))
    , m_exemplarId(exemplarId)
    , m_from(new UnitComboBox(this))
    , m_target(new QLabel(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"putForwardDialog"_s);
    m_from->setObjectName(u"putForwardFrom"_s);
    m_target->setObjectName(u"putForwardTarget"_s);
    m_message->setObjectName(u"putForwardMessage"_s);
    const Exemplar *exemplar = m_register->exemplar(exemplarId);
    const QString name = exemplar ? exemplar->name : QString();
    setWindowTitle(tr("Put “%1” forward").arg(name));

    auto *intro = new QLabel(tr("A unit puts forward what its own conference commended, or what "
                                "it received from the units below and selected. It goes to the "
                                "unit above it, one level at a time."),
                             this);
    intro->setWordWrap(true);
    QStringList steps;
    for (const Nomination &step : m_register->nominationsOf(exemplarId)) {
        steps.append(tr("%1 → %2: %3")
                         .arg(m_register->unitLabel(step.fromUnitId),
                              m_register->targetName(step.toUnitId),
                              Nomination::statusName(step.status).toLower()));
    }
    auto *history = new QLabel(steps.isEmpty() ? tr("It has not been put forward yet.")
                                               : tr("So far: %1").arg(steps.join(u"; "_s)),
                               this);
    history->setObjectName(u"putForwardHistory"_s);
    history->setWordWrap(true);

    // The units taking part, and the one above the campaign's own unit that receives its
    // nominations and sends them on.
    m_from->setUnits(workspace.units(), m_register->chainUnits());
    m_from->setUnitId(m_register->holderOf(exemplarId));
    m_target->setWordWrap(true);
    m_message->setWordWrap(true);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, QColor(0xA9, 0x32, 0x26));
    m_message->setPalette(palette);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Put forward"));

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("To:"), m_target);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(history);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_from, &UnitComboBox::unitChanged, this, &PutForwardDialog::updateTarget);
    // A text that names one unit shows where it would go before the field is left.
    connect(m_from->lineEdit(), &QLineEdit::textEdited, this, &PutForwardDialog::updateTarget);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PutForwardDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateTarget();
    resize(std::max(520, sizeHint().width()), sizeHint().height());
}

void PutForwardDialog::updateTarget()
{
    m_message->clear();
    const qint64 from = m_from->unitId();
    const auto target = from > 0 ? m_register->targetOf(from) : std::nullopt;
    m_target->setText(target ? m_register->targetName(*target) : QString());
}

void PutForwardDialog::save()
{
    const Exemplar *exemplar = m_register->exemplar(m_exemplarId);
    const auto from = m_from->unit();
    if (!exemplar || !from || *from == 0) {
        m_message->setText(!from ? from.error() : tr("Choose the unit that puts it forward."));
        return;
    }
    const auto target = m_register->targetOf(*from);
    const QString targetName = target ? m_register->targetName(*target) : QString();
    if (auto done = m_workspace.edits().nominate(*exemplar, *from, targetName); !done) {
        m_message->setText(done.error());
        return;
    }
    accept();
}
