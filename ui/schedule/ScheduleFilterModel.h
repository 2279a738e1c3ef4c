#pragma once

#include "VietnameseCollator.h"

#include <QSortFilterProxyModel>

/// Sorts the schedule: names in Vietnamese order, dates as dates (empty ones last), and
/// the unit column in the tree's order.
class ScheduleFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ScheduleFilterModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    VietnameseCollator m_collator;
};
