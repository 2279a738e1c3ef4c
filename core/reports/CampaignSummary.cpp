#include "CampaignSummary.h"

#include "CampaignRepository.h"
#include "Database.h"
#include "DeadlineRules.h"
#include "OfficeSettings.h"
#include "Schedule.h"
#include "UnitRepository.h"
#include "UnitTree.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace CampaignSummary {

namespace {

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QJsonObject campaignJson(const Schedule &schedule, const UnitTree &tree)
{
    const Campaign &campaign = schedule.campaign();
    const auto codeOf = [&tree](qint64 unitId) {
        const int index = tree.indexOf(unitId);
        return index >= 0 ? tree.at(index).code : QString();
    };
    const auto nameOf = [&tree](qint64 unitId) {
        const int index = tree.indexOf(unitId);
        return index >= 0 ? tree.at(index).name : QString();
    };

    QJsonArray levels, deadlines;
    for (const CampaignLevel &level : campaign.levels) {
        levels.append(level.level);
        if (level.deadline.isValid()) {
            deadlines.append(QJsonObject{{u"level"_s, level.level},
                                         {u"last"_s, isoDate(level.deadline.last())},
                                         {u"text"_s, level.deadline.text()}});
        }
    }

    QJsonArray pilots, overrides, overdue, orderWarnings;
    for (const ScheduleRow &row : schedule.rows()) {
        const qint64 unitId = row.conference.unitId;
        if (row.pilot) {
            const Period period = schedule.rules().pilotDeadline(unitId);
            pilots.append(QJsonObject{{u"unit_code"_s, row.unitCode},
                                      {u"unit"_s, row.unitName},
                                      {u"level"_s, row.conference.level},
                                      {u"last"_s, isoDate(period.last())},
                                      {u"text"_s, period.text()}});
        }
        if (row.timeliness == Timeliness::Overdue) {
            overdue.append(QJsonObject{{u"unit_code"_s, row.unitCode},
                                       {u"unit"_s, row.unitName},
                                       {u"level"_s, row.conference.level},
                                       {u"deadline"_s, isoDate(row.deadline.last())}});
        }
        if (row.orderWarning) {
            orderWarnings.append(QJsonObject{{u"unit_code"_s, row.unitCode},
                                             {u"unit"_s, row.unitName},
                                             {u"level"_s, row.conference.level}});
        }
    }
    // Overrides in tree order of the unit that set them.
    for (const ScheduleRow &row : schedule.rows()) {
        if (!schedule.rules().setsOverride(row.conference.unitId))
            continue;
        for (const CampaignLevel &level : campaign.levels) {
            const Deadline own =
                schedule.rules().boundFor(row.conference.unitId, level.level, true);
            if (own.source == Deadline::Source::Override
                && own.sourceUnitId == row.conference.unitId) {
                overrides.append(QJsonObject{{u"unit_code"_s, codeOf(own.sourceUnitId)},
                                             {u"unit"_s, nameOf(own.sourceUnitId)},
                                             {u"level"_s, level.level},
                                             {u"last"_s, isoDate(own.last())},
                                             {u"text"_s, own.period.text()}});
            }
        }
    }

    // Level deadlines later than those of the levels above: warnings, as order warnings are.
    QJsonArray deadlineWarnings;
    for (const DeadlineRules::LevelConflict &conflict : DeadlineRules::levelConflicts(campaign)) {
        deadlineWarnings.append(
            QJsonObject{{u"level"_s, conflict.level},
                        {u"last"_s, isoDate(conflict.deadline.last())},
                        {u"above"_s, conflict.above},
                        {u"above_last"_s, isoDate(conflict.aboveDeadline.last())}});
    }

    const Schedule::Counts counts = schedule.counts();
    return QJsonObject{
        {u"id"_s, campaign.id},
        {u"name"_s, campaign.name},
        {u"phase"_s, campaign.phase},
        {u"root_code"_s, codeOf(campaign.rootUnitId)},
        {u"levels"_s, levels},
        {u"deadlines"_s, deadlines},
        {u"pilots"_s, pilots},
        {u"overrides"_s, overrides},
        {u"conferences"_s,
         QJsonObject{{u"total"_s, counts.total},
                     {u"not_scheduled"_s, counts.notScheduled},
                     {u"scheduled"_s, counts.scheduled},
                     {u"held"_s, counts.held},
                     {u"report_received"_s, counts.reportReceived},
                     {u"on_time"_s, counts.onTime},
                     {u"due_soon"_s, counts.dueSoon},
                     {u"overdue"_s, counts.overdue}}},
        {u"overdue"_s, overdue},
        {u"order_warnings"_s, orderWarnings},
        {u"deadline_warnings"_s, deadlineWarnings},
    };
}

} // namespace

Result<QJsonObject> build(Database &database, std::optional<qint64> campaignId, QDate asOf)
{
    UnitRepository units(database);
    auto allUnits = units.all();
    if (!allUnits)
        return Failure{allUnits.error()};
    // As of the day asked for: the units in force that day, and those retired before it
    // (a unit that starts later is neither yet).
    UnitRepository::Counts counts;
    for (const Unit &unit : std::as_const(*allUnits)) {
        if (unit.isActiveOn(asOf))
            ++counts.activeByLevel[unit.level];
        else if (unit.isRetired() && unit.validTo < asOf)
            ++counts.retired;
    }
    const auto levels = units.levels();
    if (!levels)
        return Failure{levels.error()};
    QJsonObject unitCounts;
    for (const Level &level : *levels)
        unitCounts.insert(level.key, counts.activeByLevel.value(level.key));

    const auto settings = OfficeSettings::read(database);
    if (!settings)
        return Failure{settings.error()};
    const int dueSoonDays = settings->value(OfficeSettings::DueSoonDays);

    CampaignRepository campaignRepository(database);
    const auto campaigns = campaignRepository.all();
    if (!campaigns)
        return Failure{campaigns.error()};
    if (campaignId && std::none_of(campaigns->cbegin(), campaigns->cend(), [&](const Campaign &c) {
            return c.id == *campaignId;
        })) {
        return Failure{CampaignRepository::tr("There is no campaign number %1.").arg(*campaignId)};
    }

    QJsonArray campaignList;
    if (!campaigns->isEmpty()) {
        const UnitTree tree(std::move(*allUnits));
        for (const Campaign &campaign : *campaigns) {
            if (campaignId && campaign.id != *campaignId)
                continue;
            auto schedule = Schedule::load(database, tree, campaign.id);
            if (!schedule)
                return Failure{schedule.error()};
            schedule.value().evaluate(asOf, dueSoonDays);
            campaignList.append(campaignJson(*schedule, tree));
        }
    }

    return QJsonObject{
        {u"schema_version"_s, Database::SchemaVersion},
        {u"as_of"_s, isoDate(asOf)},
        {u"due_soon_days"_s, dueSoonDays},
        {u"units"_s, unitCounts},
        {u"retired_units"_s, counts.retired},
        {u"campaigns"_s, campaignList},
    };
}

} // namespace CampaignSummary
