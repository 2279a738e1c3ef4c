#pragma once

#include "ExemplarRegister.h"
#include "RegisterFilterModel.h"

#include <QAbstractTableModel>

#include <memory>

/// A campaign's models and exemplars, one row each in Vietnamese order of their names: what
/// it is, where it belongs, its field, the unit whose conference commended it, what it
/// mobilised, and how far it has been put forward.
class ExemplarModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Kind,
        Unit,
        TodaysUnit, ///< the units in force today that carry the unit on (since 2025)
        Field,
        RecognisedBy,
        MoneyMobilised,
        Workdays,
        NominationStep,
        ColumnCount
    };
    enum Role {
        ExemplarIdRole = RegisterFilterModel::IdRole,
        UnitIdRole = RegisterFilterModel::FirstModelRole,
        RecognisedByRole, ///< the unit whose conference commended it, 0 for none
        KindRole, ///< Exemplar::Kind as an int
        MoneyRole, ///< money mobilised, -1 when not known
    };

    explicit ExemplarModel(QObject *parent = nullptr);

    void setRegister(std::shared_ptr<const ExemplarRegister> exemplars);
    const ExemplarRegister *exemplarRegister() const { return m_register.get(); }
    /// Headers and texts follow the new language.
    void retranslate();
    /// The row of an exemplar, or -1.
    int rowOfExemplar(qint64 id) const;
    /// Whether any unit of the file went into another (the column of today's units says
    /// something then).
    bool hasLineage() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Exemplar &exemplar, int column) const;

    std::shared_ptr<const ExemplarRegister> m_register;
};
