#include "SteeringGroupModel.h"

using namespace Qt::StringLiterals;

SteeringGroupModel::SteeringGroupModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SteeringGroupModel::setGroups(const QList<SteeringGroup> &groups)
{
    beginResetModel();
    m_groups = groups;
    endResetModel();
}

int SteeringGroupModel::rowOfGroup(qint64 groupId) const
{
    for (int row = 0; row < m_groups.size(); ++row) {
        if (m_groups.at(row).id == groupId)
            return row;
    }
    return -1;
}

int SteeringGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

QVariant SteeringGroupModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SteeringGroup &group = m_groups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return group.name;
    case Qt::ToolTipRole:
        return QString(tr("%n member(s)", nullptr, int(group.members.size())) + u", "_s
                       + tr("%n unit(s) followed", nullptr, int(group.unitIds.size())));
    case GroupIdRole:
        return group.id;
    default:
        return {};
    }
}
