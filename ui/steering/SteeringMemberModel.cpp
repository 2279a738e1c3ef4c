#include "SteeringMemberModel.h"

SteeringMemberModel::SteeringMemberModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SteeringMemberModel::setMembers(const QList<SteeringMember> &members)
{
    beginResetModel();
    m_members = members;
    endResetModel();
}

void SteeringMemberModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int SteeringMemberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int SteeringMemberModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SteeringMemberModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const SteeringMember &member = m_members.at(index.row());
    switch (index.column()) {
    case Name:
        return member.name;
    case Title:
        return member.title;
    case Phone:
        return member.phone;
    default:
        return {};
    }
}

QVariant SteeringMemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Title:
        return tr("Title");
    case Phone:
        return tr("Phone");
    default:
        return {};
    }
}
