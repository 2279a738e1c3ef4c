#pragma once

#include "RegisterFilterModel.h"
#include "Result.h"
#include "Reward.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>

class UnitTree;
class Workspace;

/// A campaign's reward decisions, one row each: number and date, form, who issued and
/// signed it, the recipients, and the unit whose conference gave it.
class RewardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DecisionNumber,
        DecisionDate,
        Form,
        Issuer,
        Signer,
        Recipients,
        Unit,
        TodaysUnit, ///< the units in force today that carry Unit on (since 2025)
        ColumnCount
    };
    enum Role {
        RewardIdRole = RegisterFilterModel::IdRole,
        UnitIdRole = RegisterFilterModel::FirstModelRole, ///< the unit whose conference gave it
        RecipientCountRole,
    };

    explicit RewardModel(QObject *parent = nullptr);

    void setRewards(const QList<Reward> &rewards, const QHash<qint64, QString> &formNames,
                    std::shared_ptr<const UnitTree> units);
    /// Reads the chosen campaign's rewards from the workspace's file.
    Result<void> load(Workspace &workspace);
    /// Reads only the rewards given at one unit's conference in the chosen campaign.
    Result<void> loadUnit(Workspace &workspace, qint64 unitId);
    void retranslate();

    /// Whether any unit of the file went into another (the column of today's units says
    /// something then).
    bool hasLineage() const;
    /// The reward of a row, or nullptr.
    const Reward *reward(int row) const;
    /// The row of a reward, or -1.
    int rowOfReward(qint64 id) const;
    /// "Bằng khen 125-QĐ/HU": the reward as the Edit menu and messages name it.
    QString describe(const Reward &reward) const;
    /// The name of a reward form ("Bằng khen").
    QString formName(qint64 formId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    /// Reads the rewards of the chosen campaign, of one unit when `unitId` is set.
    Result<void> read(Workspace &workspace, qint64 unitId);
    QVariant display(const Reward &reward, int column) const;
    QString unitLabel(qint64 unitId) const;

    QList<Reward> m_rewards;
    QHash<qint64, QString> m_formNames;
    std::shared_ptr<const UnitTree> m_units;
    QList<QString> m_searchKeys;
};
