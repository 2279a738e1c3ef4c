#pragma once

#include "StringKey.h"
#include "Unit.h"

#include <QDate>
#include <QHash>
#include <QList>

/// The units of a file as they were before an import, found by id, by code and day, and
/// by parent. Indexed once when made: UnitImporter::prepare() makes it while the file to
/// import is still being read.
class UnitSnapshot
{
public:
    /// Indexes the units given (UnitRepository::all()).
    explicit UnitSnapshot(QList<Unit> units);

    /// The units, in the order given.
    const QList<Unit> &units() const { return m_units; }
    /// The unit with the id, or nullptr.
    const Unit *byId(qint64 id) const
    {
        const int index = m_byId.value(id, -1);
        return index >= 0 ? &m_units.at(index) : nullptr;
    }
    /// The unit with the code in force on the day, or nullptr.
    const Unit *inForce(const QString &code, QDate day) const;
    /// The units directly below a unit.
    QList<const Unit *> children(qint64 id) const;
    /// The unit and every unit below it.
    QList<const Unit *> subtree(qint64 id) const;
    /// The top unit above a unit, or the unit itself.
    const Unit *topOf(const Unit *unit) const;

private:
    QList<Unit> m_units;
    QHash<qint64, int> m_byId;
    QHash<StringKey, QList<int>> m_byCode;
    QHash<qint64, QList<int>> m_children;
};
