#pragma once

#include "Conference.h"
#include "Exemplar.h"
#include "Result.h"

#include <QHash>
#include <QList>

#include <optional>

class Database;

/// The way a model or exemplar goes up in a campaign, one level at a time, following the
/// campaign's own levels: from each unit taking part to the nearest unit above it that
/// takes part too; from the campaign's own unit to the unit above it in the tree, when
/// there is one; and from there to the national level. So commune → district → province →
/// national in a campaign of three levels, commune → province → national in one without the
/// district level (the two levels since 07/2025), and commune → district → province →
/// national in a district office's own campaign, where the province takes no part but
/// receives what the district puts forward.
///
/// The rules on an exemplar's own steps (who holds it, how far it went) are here too, so
/// that the register, the reports and the repository read them the same way.
class NominationChain
{
public:
    NominationChain() = default;
    /// The chain of a campaign whose conferences are `conferences`, whose own unit is
    /// `rootUnitId`, and `unitAboveRoot` the unit above that one in the tree (0 for none).
    NominationChain(const QList<Conference> &conferences, qint64 rootUnitId, qint64 unitAboveRoot);
    /// The chain of a campaign as stored.
    static Result<NominationChain> load(Database &database, qint64 campaignId);

    /// Where a unit's nominations go: a unit, or 0 for the national level; nothing for a
    /// unit that is not on the chain (it takes no part, and is not above the campaign's own
    /// unit).
    std::optional<qint64> targetOf(qint64 unitId) const;
    /// The unit above the campaign's own unit that receives its nominations; 0 for none.
    qint64 unitAboveRoot() const { return m_unitAboveRoot; }

    /// The unit that puts an exemplar forward first: the unit whose conference commended it,
    /// or the unit it belongs to while nobody has commended it.
    static qint64 firstHolderOf(const Exemplar &exemplar);
    /// True when `unitId` may put the exemplar forward (nominations of the exemplar given):
    /// it holds it first, or it received it from below and selected or commended it.
    static bool holds(const Exemplar &exemplar, const QList<Nomination> &nominations,
                      qint64 unitId);
    /// The unit that holds the exemplar now and would put it forward next: up the steps
    /// from the first holder as long as the level above took it up.
    static qint64 holderOf(const Exemplar &exemplar, const QList<Nomination> &nominations);
    /// The furthest step the exemplar has made (its nominations given): the one whose
    /// target sent it no further; nothing when it was never put forward.
    static std::optional<Nomination> furthest(const QList<Nomination> &nominations);

private:
    QHash<qint64, qint64> m_targets;
    qint64 m_unitAboveRoot = 0;
};
