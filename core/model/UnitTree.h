#pragma once

#include "Lineage.h"
#include "StringKey.h"
#include "Unit.h"

#include <QHash>
#include <QList>

/// All units as a tree in memory, in the order a clerk reads them: children sorted by
/// name in Vietnamese order, each unit followed by its descendants. Indexes run in that
/// order, so sorting anything by index gives the tree order.
class UnitTree
{
public:
    UnitTree() = default;
    /// `lineage` links the units to those before and after them (the 2025 reorganisation).
    explicit UnitTree(QList<Unit> units, Lineage lineage = {});

    /// The tree's order of `units` without the tree itself (its search keys, labels and
    /// look-ups), for a list of every unit in that order.
    struct Order
    {
        QList<int> units; ///< at each position, the index of its unit in `units`
        QList<int> parents; ///< at each position, the position of its parent; -1 for a top unit
    };
    static Order orderOf(const QList<Unit> &units);

    int size() const { return int(m_units.size()); }
    /// Every unit, in the tree's order.
    const QList<Unit> &units() const { return m_units; }
    const Unit &at(int index) const { return m_units.at(index); }
    /// -1 when no unit has that id or code. A code that names two units on different days
    /// gives the one in force (not retired), else the one that ended last.
    int indexOf(qint64 id) const { return m_indexById.value(id, -1); }
    int indexOfCode(const QString &code) const { return m_indexByCode.value(code, -1); }

    /// -1 for a top unit.
    int parentIndex(int index) const { return m_parent.at(index); }
    const QList<int> &children(int index) const { return m_children.at(index); }
    const QList<int> &roots() const { return m_roots; }
    bool isAncestor(int ancestor, int index) const;

    /// The unit's name, followed by its parent's in brackets when another unit in force at
    /// the same time has the same name: "Xã Bình An (Huyện Châu Thành)".
    QString label(int index) const;
    bool hasRepeatedName(int index) const { return m_repeated.at(index); }
    /// Name and code as a Text::searchKey(), for accent-insensitive search.
    const QString &searchKey(int index) const { return m_searchKeys.at(index); }

    /// The links between the units.
    const Lineage &lineage() const { return m_lineage; }
    /// A unit that came before a unit in force, for finding the unit by an old name or code.
    struct Former
    {
        QString searchKey; ///< its name and code, as searchKey()
        QString label; ///< "Xã Bình An (30808, Kiên Lương)"
    };
    /// The units before a unit in force (all the way back), nearest first; none for a
    /// retired unit.
    const QList<Former> &formers(int index) const;
    /// "Xã Bình An (30808, Kiên Lương)": a unit by its name, code and the short name of its
    /// parent, as an old unit is named in a search.
    QString formerLabel(int index) const;
    /// The units in force on `day` that carry a unit on, by label(): the unit itself while
    /// in force, else the units it went into (the 2025 reorganisation), joined by "; ".
    /// Empty when nothing carries it on.
    QString carriedOnLabel(qint64 id, QDate day) const;

private:
    QList<Unit> m_units;
    QList<int> m_parent;
    QList<QList<int>> m_children;
    QList<int> m_roots;
    QList<bool> m_repeated;
    QList<QString> m_searchKeys;
    QHash<qint64, int> m_indexById;
    QHash<StringKey, int> m_indexByCode;
    Lineage m_lineage;
    QHash<int, QList<Former>> m_formers;
};
