#pragma once

#include "Level.h"
#include "UnitTree.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>

/// The units as a tree: each unit with its name (and its parent's, when the name repeats)
/// and its code. Retired units are greyed; UnitFilterModel hides them on request.
class UnitTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Code, ColumnCount };
    enum Role {
        UnitIdRole = Qt::UserRole + 1,
        RetiredRole,
        SearchKeyRole,
        /// The unit's own name, without the parent's that tells a repeated name apart.
        NameRole,
    };

    explicit UnitTreeModel(QObject *parent = nullptr);

    void setTree(std::shared_ptr<const UnitTree> tree, const QList<Level> &levels);
    const UnitTree *tree() const { return m_tree.get(); }
    QModelIndex indexOfUnit(qint64 unitId, int column = Name) const;
    /// The unit's index in tree() of an index of this model.
    static int treeIndex(const QModelIndex &index) { return int(index.internalId()); }
    /// Headers follow the new language (the views repaint the texts themselves).
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString toolTip(int treeIndex) const;

    std::shared_ptr<const UnitTree> m_tree;
    QList<int> m_rowInParent;
    QHash<QString, Level> m_levels;
};
