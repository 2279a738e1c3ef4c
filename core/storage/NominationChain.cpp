#include "NominationChain.h"

#include "CampaignRepository.h"
#include "UnitRepository.h"

#include <algorithm>

NominationChain::NominationChain(const QList<Conference> &conferences, qint64 rootUnitId,
                                 qint64 unitAboveRoot)
    : m_unitAboveRoot(unitAboveRoot)
{
    m_targets.reserve(conferences.size() + 1);
    for (const Conference &conference : conferences) {
        // Each conference knows the nearest one above it in the campaign; the campaign's own
        // unit sends on to the unit above it in the tree, or to the national level.
        m_targets.insert(conference.unitId,
                         conference.unitId == rootUnitId ? unitAboveRoot : conference.parentUnitId);
    }
    if (unitAboveRoot > 0 && !m_targets.contains(unitAboveRoot))
        m_targets.insert(unitAboveRoot, 0);
}

Result<NominationChain> NominationChain::load(Database &database, qint64 campaignId)
{
    CampaignRepository campaigns(database);
    const auto campaign = campaigns.byId(campaignId);
    if (!campaign)
        return Failure{campaign.error()};
    const auto conferences = campaigns.conferences(campaignId);
    if (!conferences)
        return Failure{conferences.error()};
    const auto root = UnitRepository(database).byId(campaign->rootUnitId);
    if (!root)
        return Failure{root.error()};
    return NominationChain(*conferences, root->id, root->parentId);
}

std::optional<qint64> NominationChain::targetOf(qint64 unitId) const
{
    const auto found = m_targets.constFind(unitId);
    if (found == m_targets.constEnd())
        return std::nullopt;
    return *found;
}

qint64 NominationChain::firstHolderOf(const Exemplar &exemplar)
{
    return exemplar.recognisedBy > 0 ? exemplar.recognisedBy : exemplar.unitId;
}

bool NominationChain::holds(const Exemplar &exemplar, const QList<Nomination> &nominations,
                            qint64 unitId)
{
    if (firstHolderOf(exemplar) == unitId)
        return true;
    return std::any_of(nominations.cbegin(), nominations.cend(), [&](const Nomination &step) {
        return step.exemplarId == exemplar.id && step.toUnitId == unitId && step.isTakenUp();
    });
}

qint64 NominationChain::holderOf(const Exemplar &exemplar, const QList<Nomination> &nominations)
{
    qint64 holder = firstHolderOf(exemplar);
    // Up the chain, one level at a time, as long as the level above took it up.
    for (qsizetype guard = 0; guard <= nominations.size(); ++guard) {
        const auto next =
            std::find_if(nominations.cbegin(), nominations.cend(), [&](const Nomination &step) {
                return step.exemplarId == exemplar.id && step.fromUnitId == holder;
            });
        if (next == nominations.cend() || !next->isTakenUp() || next->toUnitId == 0)
            break;
        holder = next->toUnitId;
    }
    return holder;
}

std::optional<Nomination> NominationChain::furthest(const QList<Nomination> &nominations)
{
    std::optional<Nomination> result;
    // The step whose target sent it no further; in a well-formed chain there is one.
    for (const Nomination &step : nominations) {
        const bool sentOn =
            step.toUnitId > 0
            && std::any_of(nominations.cbegin(), nominations.cend(), [&step](const Nomination &n) {
                   return n.exemplarId == step.exemplarId && n.fromUnitId == step.toUnitId;
               });
        if (!sentOn)
            result = step;
    }
    return result;
}
