#include "NominationModel.h"

#include "Text.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

NominationModel::NominationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void NominationModel::setRegister(std::shared_ptr<const ExemplarRegister> exemplars)
{
    beginResetModel();
    m_register = std::move(exemplars);
    m_rows.clear();
    if (m_register) {
        m_rows = m_register->nominations();
        // In the register's order: Vietnamese order of the exemplars' names.
        QHash<qint64, int> order;
        const QList<Exemplar> &list = m_register->exemplars();
        for (int i = 0; i < list.size(); ++i)
            order.insert(list.at(i).id, i);
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [&order](const Nomination &a, const Nomination &b) {
                             return order.value(a.exemplarId) < order.value(b.exemplarId);
                         });
    }
    endResetModel();
}

void NominationModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int NominationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NominationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NominationModel::display(const Nomination &nomination, int column) const
{
    const Exemplar *exemplar = m_register->exemplar(nomination.exemplarId);
    switch (column) {
    case ExemplarName:
        return exemplar ? exemplar->name : QString();
    case Kind:
        return exemplar ? Exemplar::kindName(exemplar->kind) : QString();
    case From:
        return m_register->unitLabel(nomination.fromUnitId);
    case To:
        return m_register->targetName(nomination.toUnitId);
    case Status:
        return Nomination::statusName(nomination.status);
    default:
        return {};
    }
}

QVariant NominationModel::data(const QModelIndex &index, int role) const
{
    if (!m_register || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Nomination &nomination = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(nomination, index.column());
    case Qt::ToolTipRole:
        // The whole text of a cell that may be cut short, and the note on a decision.
        if (index.column() == Status && !nomination.note.isEmpty())
            return nomination.note;
        return display(nomination, index.column());
    case Qt::ForegroundRole:
        if (index.column() == Status && nomination.isTakenUp())
            return QBrush(QColor(0x1E, 0x6B, 0x34));
        return {};
    case RegisterFilterModel::SortRole:
        if (index.column() == Status)
            return int(nomination.status);
        return display(nomination, index.column());
    case RegisterFilterModel::SearchKeyRole:
        return Text::searchKey(display(nomination, ExemplarName).toString());
    case NominationIdRole:
        return nomination.id;
    case ExemplarIdRole:
        return nomination.exemplarId;
    case FromUnitRole:
        return nomination.fromUnitId;
    case ToUnitRole:
        return nomination.toUnitId;
    case StatusRole:
        return int(nomination.status);
    default:
        return {};
    }
}

QVariant NominationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ExemplarName:
        return tr("Model or exemplar");
    case Kind:
        return tr("Kind");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}
