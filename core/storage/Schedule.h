#pragma once

#include "Campaign.h"
#include "Conference.h"
#include "DeadlineRules.h"
#include "Level.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

class Database;
class UnitTree;

/// How a conference stands against its deadline on a given day.
enum class Timeliness {
    OnTime, ///< held by its deadline, or not yet held with more than the due-soon days left
    DueSoon, ///< not yet held, the deadline within the due-soon days (the deadline day too)
    Overdue, ///< not held by its deadline, or held after it
};

/// One unit's line of a campaign's schedule, evaluated as of a day.
struct ScheduleRow
{
    Conference conference;
    int treeIndex = -1; ///< the unit's index in the UnitTree: sorting by it gives tree order
    QString unitCode;
    QString unitName;
    QString unitLabel; ///< the name, with the parent's when the name repeats
    QString parentName; ///< the unit above it in the campaign
    Deadline deadline;
    bool pilot = false;

    // Evaluated as of the schedule's day:
    Conference::Stage stage = Conference::Stage::NotScheduled;
    Timeliness timeliness = Timeliness::OnTime;
    int daysLeft = 0; ///< days from the day to the deadline; negative when past it
    bool heldLate = false;
    int children = 0; ///< conferences of the campaign directly below this one
    int childrenHeld = 0; ///< of them, held by this conference's date (or by the day)
    /// Held before all the conferences below it had been held.
    bool orderWarning = false;
};

/// A campaign's conferences with their deadlines and how each stands as of a day. Loaded
/// once from the database; evaluate() recomputes the statuses for another day without
/// reading the database again.
class Schedule
{
    Q_DECLARE_TR_FUNCTIONS(Schedule)

public:
    struct Counts
    {
        int total = 0;
        int notScheduled = 0;
        int scheduled = 0;
        int held = 0; ///< held, with or without the report
        int reportReceived = 0;
        int onTime = 0;
        int dueSoon = 0;
        int overdue = 0;
        int orderWarnings = 0;
    };

    static Result<Schedule> load(Database &database, const UnitTree &units, qint64 campaignId);

    /// Recomputes every row's stage and timeliness as of `asOf`, with deadlines within
    /// `dueSoonDays` counting as due soon.
    void evaluate(QDate asOf, int dueSoonDays);

    const Campaign &campaign() const { return m_campaign; }
    const DeadlineRules &rules() const { return *m_rules; }
    const QList<ScheduleRow> &rows() const { return m_rows; }
    /// The row of a unit, or -1.
    int rowOfUnit(qint64 unitId) const { return m_rowByUnit.value(unitId, -1); }
    const QList<Level> &levels() const { return m_levels; }
    Level level(const QString &key) const;
    QDate asOf() const { return m_asOf; }
    int dueSoonDays() const { return m_dueSoonDays; }
    Counts counts() const;

    /// Words for a row's standing: “overdue by 12 days”, “3 days left”, “held late”, ...
    static QString timelinessText(const ScheduleRow &row);

private:
    Campaign m_campaign;
    std::optional<DeadlineRules> m_rules;
    QList<ScheduleRow> m_rows;
    QHash<qint64, int> m_rowByUnit;
    QList<Level> m_levels;
    QDate m_asOf;
    int m_dueSoonDays = 7;
};
