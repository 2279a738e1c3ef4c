#include "ExemplarRegister.h"

#include "CatalogueRepository.h"
#include "ExemplarRepository.h"
#include "Schedule.h"
#include "Text.h"
#include "UnitTree.h"
#include "VietnameseCollator.h"
#include "Workspace.h"

#include <algorithm>
#include <vector>

Result<ExemplarRegister> ExemplarRegister::load(Workspace &workspace)
{
    ExemplarRegister result;
    result.m_units = workspace.units();
    result.m_levels = workspace.levels();
    if (!workspace.isOpen() || workspace.campaignId() == 0)
        return result;
    ExemplarRepository repository(workspace.database());
    auto exemplars = repository.exemplars(workspace.campaignId());
    if (!exemplars)
        return Failure{exemplars.error()};
    auto nominations = repository.nominations(workspace.campaignId());
    if (!nominations)
        return Failure{nominations.error()};
    const auto fields =
        CatalogueRepository(workspace.database(), CatalogueRepository::Catalogue::Fields).entries();
    if (!fields)
        return Failure{fields.error()};

    // The register reads in Vietnamese alphabetical order. Sort keys once: comparing two
    // keys is a byte comparison, comparing two names runs the collation each time.
    const VietnameseCollator collator;
    const int count = int(exemplars->size());
    std::vector<std::pair<QCollatorSortKey, int>> order;
    order.reserve(count);
    for (int i = 0; i < count; ++i)
        order.emplace_back(collator.sortKey(exemplars->at(i).name), i);
    std::stable_sort(order.begin(), order.end(),
                     [](const auto &a, const auto &b) { return a.first.compare(b.first) < 0; });
    for (const CatalogueEntry &field : *fields)
        result.m_fieldNames.insert(field.id, field.name);
    result.m_exemplars.reserve(count);
    result.m_searchKeys.reserve(count);
    result.m_exemplarIndex.reserve(count);
    for (const auto &[key, index] : order) {
        Exemplar &exemplar = exemplars.value()[index];
        result.m_exemplarIndex.insert(exemplar.id, int(result.m_exemplars.size()));
        result.m_searchKeys.append(Text::searchKey(exemplar.name + u' '
                                                   + result.unitLabel(exemplar.unitId) + u' '
                                                   + result.fieldName(exemplar.fieldId)));
        result.m_exemplars.append(std::move(exemplar));
    }
    result.m_nominations = std::move(nominations.value());
    if (const auto schedule = workspace.schedule()) {
        for (const ScheduleRow &row : schedule->rows()) {
            result.m_campaignUnits.append(row.conference.unitId);
            result.m_targetOf.insert(row.conference.unitId, row.conference.parentUnitId);
        }
    }
    return result;
}

const Exemplar *ExemplarRegister::exemplar(qint64 id) const
{
    const int index = m_exemplarIndex.value(id, -1);
    return index >= 0 ? &m_exemplars.at(index) : nullptr;
}

const Nomination *ExemplarRegister::nomination(qint64 id) const
{
    for (const Nomination &nomination : m_nominations) {
        if (nomination.id == id)
            return &nomination;
    }
    return nullptr;
}

QString ExemplarRegister::unitLabel(qint64 unitId) const
{
    const int index = m_units && unitId > 0 ? m_units->indexOf(unitId) : -1;
    return index >= 0 ? m_units->label(index) : QString();
}

QString ExemplarRegister::unitWithLevel(qint64 unitId) const
{
    const int index = m_units && unitId > 0 ? m_units->indexOf(unitId) : -1;
    if (index < 0)
        return {};
    const QString levelKey = m_units->at(index).level;
    QString levelName = levelKey;
    for (const Level &level : m_levels) {
        if (level.key == levelKey)
            levelName = level.displayName();
    }
    return tr("%1 (%2)").arg(m_units->label(index), levelName);
}

std::optional<qint64> ExemplarRegister::targetOf(qint64 unitId) const
{
    const auto found = m_targetOf.constFind(unitId);
    if (found == m_targetOf.constEnd())
        return std::nullopt;
    return *found;
}

QString ExemplarRegister::targetName(qint64 toUnitId) const
{
    return toUnitId > 0 ? unitLabel(toUnitId) : tr("the national level");
}

QList<Nomination> ExemplarRegister::nominationsOf(qint64 exemplarId) const
{
    QList<Nomination> list;
    for (const Nomination &nomination : m_nominations) {
        if (nomination.exemplarId == exemplarId)
            list.append(nomination);
    }
    return list;
}

qint64 ExemplarRegister::holderOf(qint64 exemplarId) const
{
    const Exemplar *found = exemplar(exemplarId);
    if (!found)
        return 0;
    qint64 holder = found->recognisedBy > 0 ? found->recognisedBy : found->unitId;
    const QList<Nomination> steps = nominationsOf(exemplarId);
    // Up the chain, one level at a time, as long as the level above took it up.
    for (int guard = 0; guard <= steps.size(); ++guard) {
        const auto next = std::find_if(steps.cbegin(), steps.cend(), [holder](const Nomination &n) {
            return n.fromUnitId == holder;
        });
        if (next == steps.cend() || !next->isTakenUp() || next->toUnitId == 0)
            break;
        holder = next->toUnitId;
    }
    return holder;
}

std::optional<Nomination> ExemplarRegister::furthestNomination(qint64 exemplarId) const
{
    const QList<Nomination> steps = nominationsOf(exemplarId);
    std::optional<Nomination> furthest;
    // The step whose target sent it no further; in a well-formed chain there is one.
    for (const Nomination &step : steps) {
        const bool sentOn = step.toUnitId > 0
            && std::any_of(steps.cbegin(), steps.cend(),
                           [&step](const Nomination &n) { return n.fromUnitId == step.toUnitId; });
        if (!sentOn)
            furthest = step;
    }
    return furthest;
}

QString ExemplarRegister::nominationText(qint64 exemplarId) const
{
    const auto furthest = furthestNomination(exemplarId);
    if (!furthest)
        return {};
    return tr("put forward to %1: %2")
        .arg(targetName(furthest->toUnitId), Nomination::statusName(furthest->status).toLower());
}
