#pragma once

#include "SteeringGroup.h"

#include <QAbstractListModel>

/// The steering groups of the chosen campaign, in their order.
class SteeringGroupModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        GroupIdRole = Qt::UserRole + 1,
    };

    explicit SteeringGroupModel(QObject *parent = nullptr);

    void setGroups(const QList<SteeringGroup> &groups);
    const QList<SteeringGroup> &groups() const { return m_groups; }
    const SteeringGroup &group(int row) const { return m_groups.at(row); }
    /// The row of a group, or -1.
    int rowOfGroup(qint64 groupId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<SteeringGroup> m_groups;
};
