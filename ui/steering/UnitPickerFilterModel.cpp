#include "UnitPickerFilterModel.h"

#include "Text.h"
#include "UnitPickerModel.h"
#include "UnitTree.h"

UnitPickerFilterModel::UnitPickerFilterModel(std::shared_ptr<const UnitTree> units, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_units(std::move(units))
{
}

void UnitPickerFilterModel::setQuery(const QString &query)
{
    const QString key = Text::searchKey(query);
    if (key == m_queryKey)
        return;
    m_queryKey = key;
    invalidateFilter();
}

void UnitPickerFilterModel::setUnder(int treeIndex)
{
    if (treeIndex == m_under)
        return;
    m_under = treeIndex;
    invalidateFilter();
}

bool UnitPickerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const int treeIndex = sourceModel()
                              ->index(sourceRow, 0, sourceParent)
                              .data(UnitPickerModel::TreeIndexRole)
                              .toInt();
    if (!m_units || treeIndex < 0 || treeIndex >= m_units->size())
        return false;
    if (m_under >= 0 && !m_units->isAncestor(m_under, treeIndex))
        return false;
    return m_queryKey.isEmpty() || Text::matchesKey(m_units->searchKey(treeIndex), m_queryKey);
}
