#include "UnitFilterModel.h"

#include "Text.h"
#include "UnitTree.h"
#include "UnitTreeModel.h"

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

int UnitFilterModel::matchCount(int limit) const
{
    const auto *units = qobject_cast<const UnitTreeModel *>(sourceModel());
    const UnitTree *tree = units ? units->tree() : nullptr;
    if (!tree)
        return 0;
    int count = 0;
    for (int index = 0; index < tree->size() && count < limit; ++index) {
        if (accepts(tree->at(index).isRetired(), tree->searchKey(index)))
            ++count;
    }
    return count;
}

bool UnitFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return accepts(index.data(UnitTreeModel::RetiredRole).toBool(),
                   index.data(UnitTreeModel::SearchKeyRole).toString());
}

bool UnitFilterModel::accepts(bool retired, const QString &searchKey) const
{
    return (m_showRetired || !retired)
        && (m_searchKey.isEmpty() || Text::matchesKey(searchKey, m_searchKey));
}
