#include "Lineage.h"

#include <QSet>

Lineage::Lineage(QList<UnitLink> links)
    : m_links(std::move(links))
{
    for (int i = 0; i < m_links.size(); ++i) {
        m_into[m_links.at(i).successorId].append(i);
        m_outOf[m_links.at(i).predecessorId].append(i);
    }
}

QList<UnitLink> Lineage::predecessors(qint64 unitId) const
{
    QList<UnitLink> links;
    for (int index : m_into.value(unitId))
        links.append(m_links.at(index));
    return links;
}

QList<UnitLink> Lineage::successors(qint64 unitId) const
{
    QList<UnitLink> links;
    for (int index : m_outOf.value(unitId))
        links.append(m_links.at(index));
    return links;
}

QList<qint64> Lineage::ancestors(qint64 unitId) const
{
    return walk(unitId, m_into, false);
}

QList<qint64> Lineage::descendants(qint64 unitId) const
{
    return walk(unitId, m_outOf, true);
}

QList<qint64> Lineage::walk(qint64 unitId, const QHash<qint64, QList<int>> &next,
                            bool forward) const
{
    // Breadth first, so that the nearest come first; a unit met twice (two paths, or a
    // cycle in a hand-made file) is listed once.
    QList<qint64> found;
    QSet<qint64> seen{unitId};
    QList<qint64> frontier{unitId};
    while (!frontier.isEmpty()) {
        QList<qint64> following;
        for (qint64 id : std::as_const(frontier)) {
            for (int index : next.value(id)) {
                const UnitLink &link = m_links.at(index);
                const qint64 other = forward ? link.successorId : link.predecessorId;
                if (seen.contains(other))
                    continue;
                seen.insert(other);
                found.append(other);
                following.append(other);
            }
        }
        frontier = following;
    }
    return found;
}
