#include "CampaignProgress.h"

#include <QHash>

#include <algorithm>

CampaignProgress::CampaignProgress(const Schedule &schedule, int upcomingDays)
    : m_asOf(schedule.asOf())
    , m_upcomingDays(upcomingDays)
{
    const QList<QString> levelKeys = schedule.campaign().levelKeys();
    // The level just above the lowest: the districts in a three-level campaign, the province
    // in a two-level one, the district in a district office's own.
    if (levelKeys.size() >= 2)
        m_districtLevel = levelKeys.at(levelKeys.size() - 2);
    QHash<QString, int> totalsOfLevel;
    for (const QString &key : levelKeys) {
        totalsOfLevel.insert(key, int(m_levelTotals.size()));
        LevelTotals totals;
        totals.level = schedule.level(key);
        m_levelTotals.append(totals);
    }

    const QList<ScheduleRow> &rows = schedule.rows();
    // Districts first, so that the rows below them can be counted into them; the rows are in
    // tree order, and so are the districts.
    QHash<qint64, int> districtOfUnit;
    if (levelKeys.size() >= 2) {
        for (int i = 0; i < rows.size(); ++i) {
            const ScheduleRow &row = rows.at(i);
            if (row.conference.level != m_districtLevel || row.children == 0)
                continue;
            District district;
            district.unitId = row.conference.unitId;
            district.scheduleRow = i;
            district.code = row.unitCode;
            district.name = row.unitName;
            district.label = row.unitLabel;
            district.below = row.children;
            district.stage = row.stage;
            district.timeliness = row.timeliness;
            if (row.conference.isHeldOn(m_asOf))
                district.heldOn = row.conference.heldOn;
            district.deadline = row.deadline;
            district.orderWarning = row.orderWarning;
            districtOfUnit.insert(district.unitId, int(m_districts.size()));
            m_districts.append(district);
        }
    }

    const QDate horizon = m_asOf.addDays(upcomingDays);
    for (int i = 0; i < rows.size(); ++i) {
        const ScheduleRow &row = rows.at(i);
        const Conference &conference = row.conference;
        const bool held = conference.isHeldOn(m_asOf);

        if (const int level = totalsOfLevel.value(conference.level, -1); level >= 0) {
            LevelTotals &totals = m_levelTotals[level];
            ++totals.total;
            totals.held += held;
            totals.reportReceived += row.stage == Conference::Stage::ReportReceived;
            totals.dueSoon += row.timeliness == Timeliness::DueSoon;
            totals.overdue += row.timeliness == Timeliness::Overdue;
        }

        if (const int district = districtOfUnit.value(conference.parentUnitId, -1); district >= 0) {
            m_districts[district].belowHeld += held;
            m_districts[district].belowOverdue += row.timeliness == Timeliness::Overdue;
        }

        if (row.timeliness == Timeliness::Overdue) {
            OverdueEntry entry;
            entry.unitId = conference.unitId;
            entry.scheduleRow = i;
            entry.code = row.unitCode;
            entry.label = row.unitLabel;
            entry.level = conference.level;
            entry.deadline = row.deadline.last();
            entry.daysOverdue = -row.daysLeft;
            entry.heldLate = row.heldLate;
            m_overdue.append(entry);
        }

        if (!held && row.deadline.isValid() && row.deadline.last() >= m_asOf
            && row.deadline.last() <= horizon) {
            UpcomingEntry entry;
            entry.unitId = conference.unitId;
            entry.scheduleRow = i;
            entry.code = row.unitCode;
            entry.label = row.unitLabel;
            entry.level = conference.level;
            entry.deadline = row.deadline.last();
            entry.daysLeft = int(m_asOf.daysTo(entry.deadline));
            entry.scheduledOn = conference.scheduledOn;
            entry.timeliness = row.timeliness;
            m_upcoming.append(entry);
        }

        if (row.orderWarning) {
            OrderWarning warning;
            warning.unitId = conference.unitId;
            warning.scheduleRow = i;
            warning.code = row.unitCode;
            warning.label = row.unitLabel;
            warning.level = conference.level;
            warning.heldOn = conference.heldOn;
            warning.below = row.children;
            warning.belowHeldBefore = row.childrenHeld;
            m_orderWarnings.append(warning);
        }
    }

    // Stable sorts keep the tree order among equals.
    std::stable_sort(m_overdue.begin(), m_overdue.end(),
                     [](const OverdueEntry &a, const OverdueEntry &b) {
                         if (a.heldLate != b.heldLate)
                             return !a.heldLate;
                         return a.daysOverdue > b.daysOverdue;
                     });
    std::stable_sort(
        m_upcoming.begin(), m_upcoming.end(),
        [](const UpcomingEntry &a, const UpcomingEntry &b) { return a.daysLeft < b.daysLeft; });
}

int CampaignProgress::districtOfUnit(qint64 unitId) const
{
    for (int i = 0; i < m_districts.size(); ++i) {
        if (m_districts.at(i).unitId == unitId)
            return i;
    }
    return -1;
}
