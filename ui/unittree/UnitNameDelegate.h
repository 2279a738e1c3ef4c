#pragma once

#include <QStyledItemDelegate>

/// Draws the names of the unit tree. A name that two units share is labelled with its
/// parent's ("Xã Bình An (Huyện Châu Thành)") wherever units are listed; in the tree the
/// parent is the row above, so the name is shown alone and long labels are not cut.
class UnitNameDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
