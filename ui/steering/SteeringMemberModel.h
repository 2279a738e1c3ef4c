#pragma once

#include "SteeringGroup.h"

#include <QAbstractTableModel>

/// The members of one steering group: name, title, phone.
class SteeringMemberModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Title, Phone, ColumnCount };

    explicit SteeringMemberModel(QObject *parent = nullptr);

    void setMembers(const QList<SteeringMember> &members);
    const QList<SteeringMember> &members() const { return m_members; }
    /// Tells the views that the headers are in another language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SteeringMember> m_members;
};
