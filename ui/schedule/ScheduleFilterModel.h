#pragma once

#include "VietnameseCollator.h"

#include <QSortFilterProxyModel>

class ScheduleModel;

/// Filters and sorts the schedule. Filters: a level, a district (the district and the units
/// below it), a status, a steering group, pilots only, and free text typed without accents.
/// Sorting: names in Vietnamese order, dates as dates (empty ones last), the unit column in
/// the tree's order.
class ScheduleFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Status {
        Any,
        NotScheduled,
        Scheduled,
        Held, ///< held, with or without the report
        ReportReceived,
        DueSoon,
        Overdue,
    };

    explicit ScheduleFilterModel(QObject *parent = nullptr);

    void setLevel(const QString &level); ///< empty: every level
    void setDistrict(qint64 unitId); ///< 0: everywhere
    void setStatus(Status status);
    void setGroup(qint64 groupId); ///< 0: any group, -1: units followed by no group
    void setPilotsOnly(bool pilotsOnly);
    void setSearchText(const QString &text);

    /// The source must be a ScheduleModel.
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const ScheduleModel *m_schedule = nullptr;
    VietnameseCollator m_collator;
    QString m_level;
    qint64 m_district = 0;
    Status m_status = Status::Any;
    qint64 m_group = 0;
    bool m_pilotsOnly = false;
    QString m_searchKey;
};
