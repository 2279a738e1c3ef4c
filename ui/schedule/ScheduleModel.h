#pragma once

#include "Schedule.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>

/// A campaign's schedule: one row per unit taking part, with its deadline (and the phrase
/// the directive used), whether it is a pilot, how its conference stands as of the chosen
/// day, and the steering group that follows it. Overdue rows and rows due soon are tinted.
class ScheduleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // What the clerk follows comes first; where the unit sits, last.
    enum Column {
        Unit,
        Code,
        Stage,
        Standing,
        Deadline,
        Pilot,
        Scheduled,
        Held,
        Group,
        Level,
        Parent,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< a value that sorts right: dates, numbers, tree order
        UnitIdRole,
        TimelinessRole,
        StageRole,
    };

    explicit ScheduleModel(QObject *parent = nullptr);

    /// Shows a schedule (or none), shared with whoever evaluates it.
    void setSchedule(std::shared_ptr<const Schedule> schedule);
    const Schedule *schedule() const { return m_schedule.get(); }
    /// What a model row shows, for the filter, which reads thousands of rows at every
    /// keystroke: the row (nullptr past the end), its steering group and its search key.
    const ScheduleRow *rowAt(int row) const;
    qint64 groupAt(int row) const;
    QString searchKeyAt(int row) const { return m_searchKeys.value(row); }
    /// The schedule was evaluated for another day: statuses changed, rows did not.
    void statusesChanged();
    /// Which steering group follows each unit, and the groups' names.
    void setGroups(const QHash<qint64, qint64> &groupOfUnit, const QHash<qint64, QString> &names);
    /// Headers and texts follow the new language.
    void retranslate();
    /// The model row of a unit, or -1.
    int rowOfUnit(qint64 unitId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ScheduleRow &row, int column) const;
    QVariant sortValue(const ScheduleRow &row, int column) const;
    QString toolTip(const ScheduleRow &row, int column) const;

    std::shared_ptr<const Schedule> m_schedule;
    QList<QString> m_searchKeys;
    QHash<qint64, qint64> m_groupOfUnit;
    QHash<qint64, QString> m_groupNames;
};
