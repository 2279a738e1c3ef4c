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
    return read(workspace, 0);
}

Result<ExemplarRegister> ExemplarRegister::loadUnit(Workspace &workspace, qint64 unitId)
{
    if (unitId <= 0)
        return build(workspace, {}, {});
    return read(workspace, unitId);
}

Result<ExemplarRegister> ExemplarRegister::read(Workspace &workspace, qint64 unitId)
{
    if (!workspace.isOpen() || workspace.campaignId() == 0)
        return build(workspace, {}, {});
    const qint64 campaignId = workspace.campaignId();
    ExemplarRepository repository(workspace.database());
    auto exemplars = unitId > 0 ? repository.exemplarsOfUnit(campaignId, unitId)
                                : repository.exemplars(campaignId);
    if (!exemplars)
        return Failure{exemplars.error()};
    auto nominations = unitId > 0 ? repository.nominationsOfUnit(campaignId, unitId)
                                  : repository.nominations(campaignId);
    if (!nominations)
        return Failure{nominations.error()};
    return build(workspace, std::move(exemplars.value()), std::move(nominations.value()));
}

Result<ExemplarRegister> ExemplarRegister::build(Workspace &workspace, QList<Exemplar> exemplars,
                                                 QList<Nomination> nominations)
{
    ExemplarRegister result;
    result.m_units = workspace.units();
    result.m_levels = workspace.levels();
    if (!workspace.isOpen() || workspace.campaignId() == 0)
        return result;
    const auto fields =
        CatalogueRepository(workspace.database(), CatalogueRepository::Catalogue::Fields).entries();
    if (!fields)
        return Failure{fields.error()};

    // The register reads in Vietnamese alphabetical order. Sort keys once: comparing two
    // keys is a byte comparison, comparing two names runs the collation each time.
    const VietnameseCollator collator;
    const int count = int(exemplars.size());
    std::vector<std::pair<QCollatorSortKey, int>> order;
    order.reserve(count);
    for (int i = 0; i < count; ++i)
        order.emplace_back(collator.sortKey(exemplars.at(i).name), i);
    std::stable_sort(order.begin(), order.end(),
                     [](const auto &a, const auto &b) { return a.first.compare(b.first) < 0; });
    for (const CatalogueEntry &field : *fields)
        result.m_fieldNames.insert(field.id, field.name);
    result.m_exemplars.reserve(count);
    result.m_searchKeys.reserve(count);
    result.m_exemplarIndex.reserve(count);
    for (const auto &[key, index] : order) {
        Exemplar &exemplar = exemplars[index];
        result.m_exemplarIndex.insert(exemplar.id, int(result.m_exemplars.size()));
        result.m_searchKeys.append(Text::searchKey(exemplar.name + u' '
                                                   + result.unitLabel(exemplar.unitId) + u' '
                                                   + result.fieldName(exemplar.fieldId)));
        result.m_exemplars.append(std::move(exemplar));
    }
    result.m_nominations = std::move(nominations);
    if (const auto schedule = workspace.schedule()) {
        QList<Conference> conferences;
        conferences.reserve(schedule->rows().size());
        for (const ScheduleRow &row : schedule->rows()) {
            result.m_campaignUnits.append(row.conference.unitId);
            conferences.append(row.conference);
        }
        const qint64 root = schedule->campaign().rootUnitId;
        const UnitTree &units = *result.m_units;
        const int rootIndex = units.indexOf(root);
        const int above = rootIndex >= 0 ? units.parentIndex(rootIndex) : -1;
        result.m_chain = NominationChain(conferences, root, above >= 0 ? units.at(above).id : 0);
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

QList<qint64> ExemplarRegister::chainUnits() const
{
    if (m_chain.unitAboveRoot() == 0)
        return m_campaignUnits;
    return QList<qint64>{m_chain.unitAboveRoot()} + m_campaignUnits;
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
    return found ? NominationChain::holderOf(*found, nominationsOf(exemplarId)) : 0;
}

std::optional<Nomination> ExemplarRegister::furthestNomination(qint64 exemplarId) const
{
    return NominationChain::furthest(nominationsOf(exemplarId));
}

QString ExemplarRegister::nominationText(qint64 exemplarId) const
{
    const auto furthest = furthestNomination(exemplarId);
    if (!furthest)
        return {};
    return tr("put forward to %1: %2")
        .arg(targetName(furthest->toUnitId), Nomination::statusName(furthest->status).toLower());
}
