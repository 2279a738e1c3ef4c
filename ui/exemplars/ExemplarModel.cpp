#include "ExemplarModel.h"

#include "Money.h"
#include "Text.h"
#include "UnitTree.h"

using namespace Qt::StringLiterals;

ExemplarModel::ExemplarModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ExemplarModel::setRegister(std::shared_ptr<const ExemplarRegister> exemplars)
{
    beginResetModel();
    m_register = std::move(exemplars);
    endResetModel();
}

void ExemplarModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ExemplarModel::rowOfExemplar(qint64 id) const
{
    if (!m_register)
        return -1;
    const QList<Exemplar> &list = m_register->exemplars();
    for (int row = 0; row < list.size(); ++row) {
        if (list.at(row).id == id)
            return row;
    }
    return -1;
}

int ExemplarModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_register)
        return 0;
    return int(m_register->exemplars().size());
}

int ExemplarModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExemplarModel::display(const Exemplar &exemplar, int column) const
{
    switch (column) {
    case Name:
        return exemplar.name;
    case Kind:
        return Exemplar::kindName(exemplar.kind);
    case Unit:
        return m_register->unitLabel(exemplar.unitId);
    case TodaysUnit:
        return m_register->units()->carriedOnLabel(exemplar.unitId, QDate::currentDate());
    case Field:
        return m_register->fieldName(exemplar.fieldId);
    case RecognisedBy:
        return m_register->unitWithLevel(exemplar.recognisedBy);
    case MoneyMobilised:
        return Money::format(exemplar.money);
    case Workdays:
        return exemplar.workdays >= 0 ? QString::number(exemplar.workdays) : QString();
    case NominationStep:
        return m_register->nominationText(exemplar.id);
    default:
        return {};
    }
}

QVariant ExemplarModel::data(const QModelIndex &index, int role) const
{
    if (!m_register || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Exemplar &exemplar = m_register->exemplars().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(exemplar, index.column());
    case Qt::ToolTipRole:
        // The whole text of a cell that may be cut short; a name shows its description.
        if (index.column() == Name && !exemplar.description.isEmpty())
            return QString(exemplar.name + u"\n\n"_s + exemplar.description);
        return display(exemplar, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == MoneyMobilised || index.column() == Workdays)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RegisterFilterModel::SortRole:
        if (index.column() == MoneyMobilised)
            return exemplar.money;
        if (index.column() == Workdays)
            return exemplar.workdays;
        return display(exemplar, index.column());
    case RegisterFilterModel::SearchKeyRole:
        return m_register->searchKeyAt(index.row());
    case ExemplarIdRole:
        return exemplar.id;
    case UnitIdRole:
        return exemplar.unitId;
    case RecognisedByRole:
        return exemplar.recognisedBy;
    case KindRole:
        return int(exemplar.kind);
    case MoneyRole:
        return exemplar.money;
    default:
        return {};
    }
}

bool ExemplarModel::hasLineage() const
{
    return m_register && m_register->units() && !m_register->units()->lineage().isEmpty();
}

QVariant ExemplarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Unit:
        return tr("Unit");
    case TodaysUnit:
        return tr("Today's unit");
    case Field:
        return tr("Field");
    case RecognisedBy:
        return tr("Commended by");
    case MoneyMobilised:
        return tr("Money (đồng)");
    case Workdays:
        return tr("Workdays");
    case NominationStep:
        return tr("Put forward");
    default:
        return {};
    }
}
