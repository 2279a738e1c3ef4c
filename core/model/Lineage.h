#pragma once

#include "Unit.h"
#include "UnitLink.h"

#include <QDate>
#include <QHash>
#include <QList>

/// The links between units, read once and walked in memory: who came before a unit and
/// who came after it, one step or all the way.
class Lineage
{
public:
    Lineage() = default;
    explicit Lineage(QList<UnitLink> links);

    bool isEmpty() const { return m_links.isEmpty(); }
    const QList<UnitLink> &links() const { return m_links; }

    /// The links into a unit (its predecessors), in the order they were read.
    QList<UnitLink> predecessors(qint64 unitId) const;
    /// The links out of a unit (its successors).
    QList<UnitLink> successors(qint64 unitId) const;

    /// Every unit before this one, nearest first, each once: predecessors, their
    /// predecessors, and so on.
    QList<qint64> ancestors(qint64 unitId) const;
    /// Every unit after this one, nearest first, each once.
    QList<qint64> descendants(qint64 unitId) const;

    /// The units that carry a unit on at a day: the unit itself when it is in force then,
    /// otherwise its nearest successors in force then (several when it was split). Empty
    /// when nothing carries it on. `unitOf` finds a unit by id (nullptr when unknown).
    template<typename UnitOf>
    QList<qint64> inForceOn(qint64 unitId, QDate day, UnitOf unitOf) const;

private:
    QList<qint64> walk(qint64 unitId, const QHash<qint64, QList<int>> &next, bool forward) const;

    QList<UnitLink> m_links;
    QHash<qint64, QList<int>> m_into; ///< successor id → indexes of its links
    QHash<qint64, QList<int>> m_outOf; ///< predecessor id → indexes of its links
};

template<typename UnitOf>
QList<qint64> Lineage::inForceOn(qint64 unitId, QDate day, UnitOf unitOf) const
{
    const auto activeOn = [&](qint64 id) {
        const Unit *unit = unitOf(id);
        return unit && unit->isActiveOn(day);
    };
    if (activeOn(unitId))
        return {unitId};
    QList<qint64> found;
    QList<qint64> frontier{unitId};
    QList<qint64> seen{unitId};
    while (!frontier.isEmpty()) {
        QList<qint64> next;
        for (qint64 id : std::as_const(frontier)) {
            for (int index : m_outOf.value(id)) {
                const qint64 successor = m_links.at(index).successorId;
                if (seen.contains(successor))
                    continue;
                seen.append(successor);
                if (activeOn(successor))
                    found.append(successor);
                else
                    next.append(successor);
            }
        }
        frontier = next;
    }
    return found;
}
