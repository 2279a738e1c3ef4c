#include "UnitSnapshot.h"

#include <QSet>

UnitSnapshot::UnitSnapshot(QList<Unit> units)
    : m_units(std::move(units))
{
    for (int i = 0; i < m_units.size(); ++i) {
        const Unit &unit = m_units.at(i);
        m_byId.insert(unit.id, i);
        if (!unit.code.isEmpty())
            m_byCode[unit.code].append(i);
        m_children[unit.parentId].append(i);
    }
}

const Unit *UnitSnapshot::inForce(const QString &code, QDate day) const
{
    const auto found = m_byCode.constFind(code);
    if (found == m_byCode.cend())
        return nullptr;
    for (int index : *found) {
        if (m_units.at(index).isActiveOn(day))
            return &m_units.at(index);
    }
    return nullptr;
}

QList<const Unit *> UnitSnapshot::children(qint64 id) const
{
    QList<const Unit *> found;
    for (int index : m_children.value(id))
        found.append(&m_units.at(index));
    return found;
}

QList<const Unit *> UnitSnapshot::subtree(qint64 id) const
{
    QList<const Unit *> found;
    QSet<qint64> seen;
    QList<qint64> pending{id};
    while (!pending.isEmpty()) {
        const qint64 next = pending.takeLast();
        if (seen.contains(next))
            continue;
        seen.insert(next);
        if (const Unit *unit = byId(next))
            found.append(unit);
        for (int index : m_children.value(next))
            pending.append(m_units.at(index).id);
    }
    return found;
}

const Unit *UnitSnapshot::topOf(const Unit *unit) const
{
    // No more steps up than there are units: a loop of parents ends somewhere in it.
    for (qsizetype steps = 0; unit && unit->parentId && steps < m_units.size(); ++steps) {
        const Unit *parent = byId(unit->parentId);
        if (!parent)
            break;
        unit = parent;
    }
    return unit;
}
