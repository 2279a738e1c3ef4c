#pragma once

#include "Conference.h"
#include "DeadlineRules.h"
#include "Level.h"
#include "Schedule.h"

#include <QDate>
#include <QList>
#include <QString>

/// How a campaign is getting on as of the schedule's day, in the shape the clerk reads it:
/// each district with its communes held and overdue, the totals per level, what is overdue,
/// what falls due in the next days, and the conferences held before the units below them.
/// Computed once from a Schedule (no database), for the dashboard and the printed progress
/// report alike. Each entry keeps its row in the schedule, for whatever else a reader needs
/// (Schedule::timelinessText() for the words).
class CampaignProgress
{
public:
    /// How many days ahead "falls due soon" looks by default.
    static constexpr int DefaultUpcomingDays = 14;

    /// A unit of the campaign's second level that has units below it (a district in a
    /// three-level campaign), with how its own conference and those below it stand.
    struct District
    {
        qint64 unitId = 0;
        int scheduleRow = -1; ///< the unit's row in the schedule
        QString code;
        QString name;
        QString label; ///< the name, with the parent's when the name repeats
        int below = 0; ///< conferences of the campaign directly below it
        int belowHeld = 0; ///< of them, held by the day
        int belowOverdue = 0; ///< of them, not held by their deadline, or held after it
        Conference::Stage stage = Conference::Stage::NotScheduled; ///< its own conference's
        Timeliness timeliness = Timeliness::OnTime; ///< its own conference's
        QDate heldOn; ///< invalid when not held by the day
        Deadline deadline;
        bool orderWarning = false; ///< held before all the units below it had held theirs
    };

    /// The conferences of one level of the campaign, counted as of the day.
    struct LevelTotals
    {
        Level level;
        int total = 0;
        int held = 0; ///< held, with or without the report
        int reportReceived = 0;
        int dueSoon = 0; ///< not held, the deadline within the schedule's due-soon days
        int overdue = 0; ///< not held by the deadline, or held after it
    };

    /// A conference that missed its deadline: not held by it (as of the day), or held after it.
    struct OverdueEntry
    {
        qint64 unitId = 0;
        int scheduleRow = -1;
        QString code;
        QString label;
        QString level; ///< the level's key
        QDate deadline;
        /// Days past the deadline: as of the day when not held, on the held date when
        /// heldLate.
        int daysOverdue = 0;
        bool heldLate = false;
    };

    /// A conference not yet held whose deadline falls within the next days.
    struct UpcomingEntry
    {
        qint64 unitId = 0;
        int scheduleRow = -1;
        QString code;
        QString label;
        QString level; ///< the level's key
        QDate deadline;
        int daysLeft = 0; ///< from the day to the deadline; 0 on the deadline day
        QDate scheduledOn; ///< the planned date, invalid when none
        Timeliness timeliness = Timeliness::OnTime; ///< as the schedule sees it
    };

    /// A conference held before all the conferences directly below it had been held.
    struct OrderWarning
    {
        qint64 unitId = 0;
        int scheduleRow = -1;
        QString code;
        QString label;
        QString level; ///< the level's key
        QDate heldOn;
        int below = 0;
        int belowHeldBefore = 0; ///< of them, held by its date
    };

    CampaignProgress() = default;
    /// Summarises `schedule` as it is evaluated (as of Schedule::asOf()); "upcoming" looks
    /// `upcomingDays` days past that day.
    explicit CampaignProgress(const Schedule &schedule, int upcomingDays = DefaultUpcomingDays);

    /// The day the report is for: the schedule's.
    QDate asOf() const { return m_asOf; }
    int upcomingDays() const { return m_upcomingDays; }
    /// The key of the level just above the campaign's lowest, whose units gather the
    /// progress of the units below them: the districts' in a three-level campaign, the
    /// province's in a two-level one (province and commune), the district's in a district
    /// office's own; empty when the campaign has one level.
    QString districtLevel() const { return m_districtLevel; }
    /// That level's units with units below them, in tree order; empty for a campaign of one
    /// level.
    const QList<District> &districts() const { return m_districts; }
    /// The index of a unit in districts(), or -1.
    int districtOfUnit(qint64 unitId) const;
    /// The campaign's levels, top first.
    const QList<LevelTotals> &levelTotals() const { return m_levelTotals; }
    /// What missed its deadline: those still not held first, the most days past first; then
    /// those held late, the latest first; ties in tree order.
    const QList<OverdueEntry> &overdue() const { return m_overdue; }
    /// Not held, deadline from the day to upcomingDays() after it; the soonest first, ties
    /// in tree order.
    const QList<UpcomingEntry> &upcoming() const { return m_upcoming; }
    /// Conferences held before the units below them, in tree order.
    const QList<OrderWarning> &orderWarnings() const { return m_orderWarnings; }

private:
    QDate m_asOf;
    int m_upcomingDays = DefaultUpcomingDays;
    QString m_districtLevel;
    QList<District> m_districts;
    QList<LevelTotals> m_levelTotals;
    QList<OverdueEntry> m_overdue;
    QList<UpcomingEntry> m_upcoming;
    QList<OrderWarning> m_orderWarnings;
};
