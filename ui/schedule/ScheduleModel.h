#pragma once

#include "Schedule.h"

#include <QAbstractTableModel>

#include <optional>

/// A campaign's schedule: one row per unit taking part, with its deadline (and the phrase
/// the directive used), whether it is a pilot, and how its conference stands as of the
/// chosen day. Overdue rows and rows due soon are tinted.
class ScheduleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // What the clerk follows comes first; where the unit sits, last.
    enum Column {
        Unit,
        Code,
        Deadline,
        Pilot,
        Stage,
        Standing,
        Scheduled,
        Held,
        Level,
        Parent,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< a value that sorts right: dates, numbers, tree order
        UnitIdRole,
        TimelinessRole,
        StageRole,
        LevelRole,
    };

    explicit ScheduleModel(QObject *parent = nullptr);

    /// Shows a schedule (or none).
    void setSchedule(std::optional<Schedule> schedule);
    const Schedule *schedule() const { return m_schedule ? &*m_schedule : nullptr; }
    /// Re-evaluates every row as of another day.
    void evaluate(QDate asOf, int dueSoonDays);
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

    std::optional<Schedule> m_schedule;
};
