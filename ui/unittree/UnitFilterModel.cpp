#include "UnitFilterModel.h"

#include "Text.h"
#include "UnitTree.h"
#include "UnitTreeModel.h"

#include <functional>

UnitFilterModel::UnitFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(false);
}

void UnitFilterModel::setShowRetired(bool show)
{
    if (m_showRetired == show)
        return;
    m_showRetired = show;
    invalidateFilter();
}

void UnitFilterModel::setSearchText(const QString &text)
{
    const QString key = Text::searchKey(text);
    if (key == m_searchKey)
        return;
    m_searchKey = key;
    invalidate();
}

const UnitTree *UnitFilterModel::tree() const
{
    const auto *units = qobject_cast<const UnitTreeModel *>(sourceModel());
    return units ? units->tree() : nullptr;
}

int UnitFilterModel::matchCount(int limit) const
{
    const UnitTree *units = tree();
    if (!units)
        return 0;
    int count = 0;
    for (int index = 0; index < units->size() && count < limit; ++index) {
        if (accepts(*units, index))
            ++count;
    }
    return count;
}

QModelIndex UnitFilterModel::firstMatch() const
{
    const UnitTree *units = tree();
    if (!units || m_searchKey.isEmpty())
        return {};
    // Depth first, in the order the tree shows its rows.
    const std::function<QModelIndex(const QModelIndex &)> search =
        [&](const QModelIndex &parent) -> QModelIndex {
        for (int row = 0; row < rowCount(parent); ++row) {
            const QModelIndex proxy = index(row, 0, parent);
            const int treeIndex = UnitTreeModel::treeIndex(mapToSource(proxy));
            if (Text::matchesKey(units->searchKey(treeIndex), m_searchKey)
                || formerMatched(*units, treeIndex) >= 0)
                return proxy;
            if (const QModelIndex below = search(proxy); below.isValid())
                return below;
        }
        return {};
    };
    return search({});
}

bool UnitFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const UnitTree *units = tree();
    if (!units)
        return false;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return accepts(*units, UnitTreeModel::treeIndex(index));
}

bool UnitFilterModel::accepts(const UnitTree &tree, int index) const
{
    if (!m_showRetired && tree.at(index).isRetired())
        return false;
    return m_searchKey.isEmpty() || Text::matchesKey(tree.searchKey(index), m_searchKey)
        || formerMatched(tree, index) >= 0;
}

int UnitFilterModel::formerMatched(const UnitTree &tree, int index) const
{
    if (m_searchKey.isEmpty() || Text::matchesKey(tree.searchKey(index), m_searchKey))
        return -1;
    const QList<UnitTree::Former> &formers = tree.formers(index);
    for (int i = 0; i < formers.size(); ++i) {
        if (Text::matchesKey(formers.at(i).searchKey, m_searchKey))
            return i;
    }
    return -1;
}

QVariant UnitFilterModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DisplayRole && index.column() == UnitTreeModel::Name
        && !m_searchKey.isEmpty()) {
        if (const UnitTree *units = tree()) {
            const int treeIndex = UnitTreeModel::treeIndex(mapToSource(index));
            if (const int former = formerMatched(*units, treeIndex); former >= 0) {
                // Where the unit searched for went.
                return tr("%1 → %2").arg(units->formers(treeIndex).at(former).label,
                                         units->label(treeIndex));
            }
        }
    }
    return QSortFilterProxyModel::data(index, role);
}
