#include "ExemplarsView.h"

#include "Dialogs.h"
#include "Edits.h"
#include "ExemplarDialog.h"
#include "ExemplarModel.h"
#include "ExemplarRegister.h"
#include "Money.h"
#include "PutForwardDialog.h"
#include "RegisterFilterModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;

ExemplarsView::ExemplarsView(Workspace &workspace, QWidget *parent)
    : RegisterPage(workspace, Workspace::Change::Exemplars, parent)
    , m_model(new ExemplarModel(this))
    , m_putForwardButton(new QPushButton(this))
{
    setObjectName(u"exemplarsView"_s);
    m_search->setObjectName(u"exemplarFilter"_s);
    m_table->setObjectName(u"exemplarTable"_s);
    m_addButton->setObjectName(u"addExemplarButton"_s);
    m_editButton->setObjectName(u"editExemplarButton"_s);
    m_removeButton->setObjectName(u"removeExemplarButton"_s);
    m_putForwardButton->setObjectName(u"putForwardButton"_s);
    m_counts->setObjectName(u"exemplarCounts"_s);

    setRegisterModel(m_model, ExemplarModel::UnitIdRole, ExemplarModel::Name);
    m_counts->setWordWrap(true);
    appendButton(m_putForwardButton);
    connect(m_putForwardButton, &QPushButton::clicked, this, &ExemplarsView::putForward);

    retranslate();
    reload();
}

void ExemplarsView::retranslate()
{
    setWindowTitle(tr("Models and exemplars"));
    m_title->setText(tr("Models and exemplars of the campaign"));
    m_search->setPlaceholderText(tr("Filter by name, unit or field (accents not needed)"));
    m_search->setAccessibleName(tr("Filter the models and exemplars"));
    m_table->setAccessibleName(tr("Models and exemplars of the campaign"));
    // Alt+letters that the menus and the unit panel beside the page leave free.
    m_addButton->setText(tr("A&dd…"));
    m_editButton->setText(tr("Edit…"));
    m_removeButton->setText(tr("Remove"));
    m_putForwardButton->setText(tr("Put f&orward…"));
    m_model->retranslate();
}

void ExemplarsView::load()
{
    m_register = m_workspace.exemplarRegister();
    m_model->setRegister(m_register);
    // Where units were reorganised (2025), each row also says the unit that carries its unit
    // on today.
    m_table->setColumnHidden(ExemplarModel::TodaysUnit, !m_model->hasLineage());
}

int ExemplarsView::rowOf(qint64 id) const
{
    return m_model->rowOfExemplar(id);
}

QList<std::pair<int, int>> ExemplarsView::columnLimits() const
{
    return {
        {ExemplarModel::Name, 26},           {ExemplarModel::Kind, 12},
        {ExemplarModel::Unit, 16},           {ExemplarModel::TodaysUnit, 16},
        {ExemplarModel::Field, 14},          {ExemplarModel::RecognisedBy, 16},
        {ExemplarModel::MoneyMobilised, 11}, {ExemplarModel::Workdays, 6},
    };
}

std::optional<qint64> ExemplarsView::unitToShow(const QModelIndex &source) const
{
    if (source.column() == ExemplarModel::Unit)
        return source.data(ExemplarModel::UnitIdRole).toLongLong();
    if (source.column() == ExemplarModel::RecognisedBy
        && source.data(ExemplarModel::RecognisedByRole).toLongLong() > 0)
        return source.data(ExemplarModel::RecognisedByRole).toLongLong();
    return std::nullopt;
}

void ExemplarsView::updateOwnButtons(bool chosen, const QString &refused)
{
    m_putForwardButton->setEnabled(chosen && refused.isEmpty());
    m_putForwardButton->setToolTip(
        refused.isEmpty() ? tr("Put the model or exemplar forward to the level above") : refused);
}

void ExemplarsView::updateCounts()
{
    int collective = 0;
    int individual = 0;
    qint64 money = 0;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (Exemplar::Kind(index.data(ExemplarModel::KindRole).toInt())
            == Exemplar::Kind::Individual)
            ++individual;
        else
            ++collective;
        money += std::max<qint64>(0, index.data(ExemplarModel::MoneyRole).toLongLong());
    }
    m_counts->setText(tr("%1, %2; money mobilised: %3 đồng")
                          .arg(tr("%n collective model(s)", nullptr, collective),
                               tr("%n individual exemplar(s)", nullptr, individual),
                               Money::format(money)));
}

void ExemplarsView::add()
{
    if (!m_workspace.campaign())
        return;
    Exemplar preset;
    preset.campaignId = m_workspace.campaignId();
    ExemplarDialog dialog(m_workspace, preset, this);
    if (dialog.exec() == QDialog::Accepted)
        select(dialog.exemplarId());
}

void ExemplarsView::edit()
{
    const Exemplar *exemplar = m_register ? m_register->exemplar(currentId()) : nullptr;
    if (!exemplar)
        return;
    ExemplarDialog dialog(m_workspace, *exemplar, this);
    dialog.exec();
}

void ExemplarsView::remove()
{
    const Exemplar *found = m_register ? m_register->exemplar(currentId()) : nullptr;
    if (!found)
        return;
    const Exemplar exemplar = *found;
    QString question = tr("Remove “%1” from the models and exemplars?").arg(exemplar.name);
    if (const auto steps = m_register->nominationsOf(exemplar.id).size(); steps > 0)
        question += u' ' + tr("Its %n nomination(s) go with it.", nullptr, int(steps));
    question += u' ' + tr("Edit → Undo puts it back.");
    if (MessageBox::question(this, tr("Remove a model or exemplar"), question,
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (auto done = m_workspace.edits().removeExemplar(exemplar); !done)
        MessageBox::warning(this, tr("Remove a model or exemplar"), done.error());
}

void ExemplarsView::putForward()
{
    const qint64 id = currentId();
    if (!m_register || !m_register->exemplar(id))
        return;
    PutForwardDialog dialog(m_workspace, m_register, id, this);
    dialog.exec();
}
