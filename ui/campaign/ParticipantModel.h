#pragma once

#include "Campaign.h"
#include "Conference.h"

#include <QAbstractItemModel>
#include <QSet>

#include <memory>

class UnitTree;

/// The units under a campaign's root, as a tree with check boxes: checked, a unit takes
/// part. Before anything is created it shows which units the campaign would take by
/// itself (those of its levels in force on its start); the clerk leaves some out and adds
/// others (retired units, units not yet in force, units of the tree elsewhere). Units of a
/// level that does not take part are shown for the tree's shape, without a box.
class ParticipantModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Code, Level, Note, ColumnCount };
    enum Role { UnitIdRole = Qt::UserRole + 1 };

    explicit ParticipantModel(QObject *parent = nullptr);

    /// Shows `campaign`'s root part of `tree`; `levelNames` gives the levels' names by key.
    void setCampaign(std::shared_ptr<const UnitTree> tree, const Campaign &campaign,
                     const QHash<QString, QString> &levelNames);
    /// Adds a unit from elsewhere in the tree (shown at the top level, checked).
    void addUnit(qint64 unitId);

    /// The units the campaign takes by itself that the clerk left out.
    const QSet<qint64> &excluded() const { return m_excluded; }
    /// The units the clerk added.
    const QSet<qint64> &added() const { return m_added; }
    /// The conferences the campaign would have, as CampaignRepository would create them.
    QList<Conference> participants() const;
    /// How many units of each level take part, by level key.
    QHash<QString, int> countsByLevel() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    /// Units were checked or unchecked.
    void participantsChanged();

private:
    // A row of the model: a unit of the tree by its index there; top rows are the root and
    // units added from elsewhere.
    struct Node
    {
        int treeIndex = -1;
        int parent = -1; ///< the parent node, -1 at the top
        int row = 0; ///< its row under its parent
        QList<int> children;
    };
    bool isChecked(int treeIndex) const;
    bool isCheckable(int treeIndex) const;
    void setChecked(int node, bool checked);
    int addNode(int treeIndex, int parentNode);
    QModelIndex indexOfNode(int node, int column) const;

    std::shared_ptr<const UnitTree> m_tree;
    Campaign m_campaign;
    QHash<QString, QString> m_levelNames;
    QList<Node> m_nodes;
    QList<int> m_top; ///< nodes at the top
    QHash<int, int> m_nodeOfTreeIndex;
    QSet<qint64> m_byDefault; ///< unit ids the campaign takes by itself
    QSet<qint64> m_excluded;
    QSet<qint64> m_added;
};
