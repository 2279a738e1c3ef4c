#include "Schedule.h"

#include "CampaignRepository.h"
#include "Database.h"
#include "UnitRepository.h"
#include "UnitTree.h"

#include <algorithm>

Result<Schedule> Schedule::load(Database &database, const UnitTree &units, qint64 campaignId)
{
    CampaignRepository campaigns(database);
    Schedule schedule;
    const auto campaign = campaigns.byId(campaignId);
    if (!campaign)
        return Failure{campaign.error()};
    schedule.m_campaign = *campaign;
    const auto conferences = campaigns.conferences(campaignId);
    if (!conferences)
        return Failure{conferences.error()};
    const auto rules = campaigns.rules(*campaign, *conferences);
    if (!rules)
        return Failure{rules.error()};
    schedule.m_rules = *rules;
    const auto levels = UnitRepository(database).levels();
    if (!levels)
        return Failure{levels.error()};
    schedule.m_levels = *levels;

    schedule.m_rows.reserve(conferences->size());
    for (const Conference &conference : *conferences) {
        ScheduleRow row;
        row.conference = conference;
        row.treeIndex = units.indexOf(conference.unitId);
        if (row.treeIndex >= 0) {
            const Unit &unit = units.at(row.treeIndex);
            row.unitCode = unit.code;
            row.unitName = unit.name;
            row.unitLabel = units.label(row.treeIndex);
        }
        if (const int parent = units.indexOf(conference.parentUnitId); parent >= 0)
            row.parentName = units.at(parent).name;
        row.deadline = schedule.m_rules->effective(conference.unitId);
        row.pilot = schedule.m_rules->isPilot(conference.unitId);
        schedule.m_rows.append(row);
    }
    std::sort(schedule.m_rows.begin(), schedule.m_rows.end(),
              [](const ScheduleRow &a, const ScheduleRow &b) { return a.treeIndex < b.treeIndex; });
    for (int i = 0; i < schedule.m_rows.size(); ++i)
        schedule.m_rowByUnit.insert(schedule.m_rows.at(i).conference.unitId, i);
    for (ScheduleRow &row : schedule.m_rows) {
        if (const int parent = schedule.rowOfUnit(row.conference.parentUnitId); parent >= 0)
            ++schedule.m_rows[parent].children;
    }
    schedule.evaluate(QDate::currentDate(), schedule.m_dueSoonDays);
    return schedule;
}

void Schedule::evaluate(QDate asOf, int dueSoonDays)
{
    m_asOf = asOf;
    m_dueSoonDays = dueSoonDays;
    for (ScheduleRow &row : m_rows) {
        const Conference &conference = row.conference;
        row.stage = conference.stageOn(asOf);
        row.heldLate = false;
        row.childrenHeld = 0;
        row.orderWarning = false;
        const bool held = conference.isHeldOn(asOf);
        if (!row.deadline.isValid()) {
            row.timeliness = Timeliness::OnTime;
            row.daysLeft = 0;
            continue;
        }
        const QDate last = row.deadline.last();
        if (held) {
            row.heldLate = conference.heldOn > last;
            row.timeliness = row.heldLate ? Timeliness::Overdue : Timeliness::OnTime;
            row.daysLeft = int(conference.heldOn.daysTo(last));
        } else {
            row.daysLeft = int(asOf.daysTo(last));
            if (row.daysLeft < 0)
                row.timeliness = Timeliness::Overdue;
            else if (row.daysLeft <= dueSoonDays)
                row.timeliness = Timeliness::DueSoon;
            else
                row.timeliness = Timeliness::OnTime;
        }
    }
    // The order of the levels: a conference is held after those below it.
    for (const ScheduleRow &row : std::as_const(m_rows)) {
        const int parent = rowOfUnit(row.conference.parentUnitId);
        if (parent < 0)
            continue;
        ScheduleRow &above = m_rows[parent];
        if (!above.conference.isHeldOn(asOf)) {
            above.childrenHeld += row.conference.isHeldOn(asOf);
            continue;
        }
        if (row.conference.isHeldOn(above.conference.heldOn))
            ++above.childrenHeld;
        else
            above.orderWarning = true;
    }
}

Level Schedule::level(const QString &key) const
{
    for (const Level &level : m_levels) {
        if (level.key == key)
            return level;
    }
    return {key, 0, key, key};
}

Schedule::Counts Schedule::counts() const
{
    Counts counts;
    counts.total = int(m_rows.size());
    for (const ScheduleRow &row : m_rows) {
        switch (row.stage) {
        case Conference::Stage::NotScheduled:
            ++counts.notScheduled;
            break;
        case Conference::Stage::Scheduled:
            ++counts.scheduled;
            break;
        case Conference::Stage::ReportReceived:
            ++counts.reportReceived;
            ++counts.held;
            break;
        case Conference::Stage::Held:
            ++counts.held;
            break;
        }
        switch (row.timeliness) {
        case Timeliness::OnTime:
            ++counts.onTime;
            break;
        case Timeliness::DueSoon:
            ++counts.dueSoon;
            break;
        case Timeliness::Overdue:
            ++counts.overdue;
            break;
        }
        counts.orderWarnings += row.orderWarning;
    }
    return counts;
}

QString Schedule::timelinessText(const ScheduleRow &row)
{
    if (!row.deadline.isValid())
        return tr("no deadline");
    if (row.stage == Conference::Stage::Held || row.stage == Conference::Stage::ReportReceived) {
        if (row.heldLate)
            return tr("held %n day(s) late", nullptr, -row.daysLeft);
        return tr("held on time");
    }
    switch (row.timeliness) {
    case Timeliness::Overdue:
        return tr("overdue by %n day(s)", nullptr, -row.daysLeft);
    case Timeliness::DueSoon:
        if (row.daysLeft == 0)
            return tr("due today");
        return tr("%n day(s) left", nullptr, row.daysLeft);
    case Timeliness::OnTime:
        return tr("%n day(s) left", nullptr, row.daysLeft);
    }
    return {};
}
