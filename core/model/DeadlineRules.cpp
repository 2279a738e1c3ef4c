#include "DeadlineRules.h"

#include <QSet>
#include <QVarLengthArray>

using namespace Qt::StringLiterals;

namespace {

QString dayText(QDate date)
{
    return date.toString(u"dd/MM/yyyy"_s);
}

} // namespace

DeadlineRules::DeadlineRules(const Campaign &campaign, const QList<Conference> &conferences,
                             const QList<DeadlineOverride> &overrides, const QList<Pilot> &pilots)
    : m_campaign(campaign)
{
    m_nodes.reserve(conferences.size());
    for (const Conference &conference : conferences)
        m_nodes.insert(conference.unitId, {conference.parentUnitId, conference.level});
    for (const DeadlineOverride &entry : overrides) {
        m_overrides.insert({entry.unitId, entry.level}, entry.deadline);
        m_overridingUnits.insert(entry.unitId);
    }
    for (const Pilot &pilot : pilots)
        m_pilots.insert(pilot.unitId, pilot.deadline);
}

Deadline DeadlineRules::boundFor(qint64 unitId, const QString &level, bool includeSelf) const
{
    Deadline bound;
    if (const Period directive = m_campaign.deadlineFor(level); directive.isValid())
        bound = {directive, Deadline::Source::Campaign, m_campaign.rootUnitId};

    if (m_overrides.isEmpty())
        return bound;
    // Walk up from the unit; the path is short (three levels), but guard against a cycle.
    QVarLengthArray<qint64, 8> path;
    for (qint64 current = includeSelf ? unitId : parentOf(unitId);
         current != 0 && !path.contains(current); current = parentOf(current)) {
        path.append(current);
    }
    // From the top down, so that of two equal deadlines the higher unit's is named.
    for (auto unit = path.crbegin(); unit != path.crend(); ++unit) {
        const auto it = m_overrides.constFind({*unit, level});
        if (it != m_overrides.cend() && tighter(*it, bound))
            bound = {*it, Deadline::Source::Override, *unit};
    }
    return bound;
}

Deadline DeadlineRules::effective(qint64 unitId) const
{
    const auto node = m_nodes.constFind(unitId);
    if (node == m_nodes.cend())
        return {};
    Deadline deadline = boundFor(unitId, node->level, true);
    if (const auto pilot = m_pilots.constFind(unitId);
        pilot != m_pilots.cend() && tighter(*pilot, deadline))
        deadline = {*pilot, Deadline::Source::Pilot, unitId};
    return deadline;
}

QString DeadlineRules::describeSource(const Deadline &deadline,
                                      const std::function<QString(qint64)> &nameOf)
{
    switch (deadline.source) {
    case Deadline::Source::None:
        return tr("no deadline set");
    case Deadline::Source::Campaign:
        return tr("the campaign's deadline for the level");
    case Deadline::Source::Override:
        return tr("set by %1").arg(nameOf(deadline.sourceUnitId));
    case Deadline::Source::Pilot:
        return tr("pilot unit's own deadline");
    }
    return {};
}

Result<void> DeadlineRules::checkOverride(qint64 unitId, const QString &level,
                                          const Period &deadline,
                                          const std::function<QString(qint64)> &nameOf) const
{
    const auto node = m_nodes.constFind(unitId);
    if (node == m_nodes.cend())
        return Failure{
            tr("%1 does not take part in the campaign “%2”.").arg(nameOf(unitId), m_campaign.name)};
    const QList<QString> levels = m_campaign.levelKeys();
    if (!levels.contains(level))
        return Failure{tr("The level “%1” does not take part in the campaign “%2”.")
                           .arg(level, m_campaign.name)};
    if (levels.indexOf(level) < levels.indexOf(node->level))
        return Failure{tr("%1 can set deadlines for its own level and the levels below it, not "
                          "for a level above.")
                           .arg(nameOf(unitId))};
    if (!deadline.isValid())
        return Failure{tr("The deadline is empty.")};

    const Deadline bound = boundFor(unitId, level, false);
    if (bound.isValid() && deadline.last() > bound.last()) {
        const QString setter = bound.source == Deadline::Source::Campaign
            ? tr("the campaign")
            : nameOf(bound.sourceUnitId);
        return Failure{tr("The deadline “%1” (%2) is later than “%3” (%4), set by %5. A unit "
                          "may set a tighter deadline than the one above it, never a looser "
                          "one.")
                           .arg(deadline.text(), dayText(deadline.last()), bound.period.text(),
                                dayText(bound.last()), setter)};
    }
    return {};
}

Result<void> DeadlineRules::checkPilot(qint64 unitId, const Period &deadline,
                                       const std::function<QString(qint64)> &nameOf) const
{
    const auto node = m_nodes.constFind(unitId);
    if (node == m_nodes.cend())
        return Failure{
            tr("%1 does not take part in the campaign “%2”.").arg(nameOf(unitId), m_campaign.name)};
    if (!deadline.isValid())
        return Failure{tr("A pilot needs its own deadline.")};
    const Deadline bound = boundFor(unitId, node->level, true);
    if (bound.isValid() && deadline.last() > bound.last()) {
        const QString setter = bound.source == Deadline::Source::Campaign
            ? tr("the campaign")
            : nameOf(bound.sourceUnitId);
        return Failure{tr("The pilot deadline “%1” (%2) is later than “%3” (%4), set by %5. A "
                          "pilot holds its conference before the others, so its deadline must "
                          "be the same or earlier.")
                           .arg(deadline.text(), dayText(deadline.last()), bound.period.text(),
                                dayText(bound.last()), setter)};
    }
    return {};
}

QList<DeadlineRules::LevelConflict> DeadlineRules::levelConflicts(const Campaign &campaign)
{
    // Each level against the earliest deadline above it, which binds it most.
    QList<LevelConflict> conflicts;
    const CampaignLevel *earliestAbove = nullptr;
    for (const CampaignLevel &level : campaign.levels) {
        if (!level.deadline.isValid())
            continue;
        if (earliestAbove && level.deadline.last() > earliestAbove->deadline.last()) {
            conflicts.append(
                {level.level, level.deadline, earliestAbove->level, earliestAbove->deadline});
        }
        if (!earliestAbove || level.deadline.last() < earliestAbove->deadline.last())
            earliestAbove = &level;
    }
    return conflicts;
}

QString DeadlineRules::describeConflict(const LevelConflict &conflict,
                                        const std::function<QString(const QString &)> &levelName)
{
    return tr("The deadline of “%1” (%2) is later than that of “%3” (%4), the level above it: "
              "its conferences should come first.")
        .arg(levelName(conflict.level), dayText(conflict.deadline.last()),
             levelName(conflict.above), dayText(conflict.aboveDeadline.last()));
}
