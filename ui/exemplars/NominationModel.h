#pragma once

#include "ExemplarRegister.h"
#include "RegisterFilterModel.h"

#include <QAbstractTableModel>

#include <memory>

/// The nominations of a campaign, one row each: which model or exemplar, from which unit to
/// which, and what the level above decided. Narrowed by a RegisterFilterModel to what a
/// unit sent (FromUnitRole) or received (ToUnitRole).
class NominationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ExemplarName, Kind, From, To, Status, ColumnCount };
    enum Role {
        NominationIdRole = RegisterFilterModel::IdRole,
        ExemplarIdRole = RegisterFilterModel::FirstModelRole,
        FromUnitRole,
        ToUnitRole,
        StatusRole, ///< Nomination::Status as an int
    };

    explicit NominationModel(QObject *parent = nullptr);

    void setRegister(std::shared_ptr<const ExemplarRegister> exemplars);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Nomination &nomination, int column) const;

    std::shared_ptr<const ExemplarRegister> m_register;
    QList<Nomination> m_rows;
};
