#include "UnitNameDelegate.h"

#include "UnitTreeModel.h"

void UnitNameDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // A unit under its parent in view; the top of the tree has no parent to repeat.
    if (index.column() == UnitTreeModel::Name && index.parent().isValid())
        option->text = index.data(UnitTreeModel::NameRole).toString();
}
