#pragma once

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
    explicit UnitTree(QList<Unit> units);

    int size() const { return int(m_units.size()); }
    /// Every unit, in the tree's order.
    const QList<Unit> &units() const { return m_units; }
    const Unit &at(int index) const { return m_units.at(index); }
    /// -1 when no unit has that id or code.
    int indexOf(qint64 id) const { return m_indexById.value(id, -1); }
    int indexOfCode(const QString &code) const { return m_indexByCode.value(code, -1); }

    /// -1 for a top unit.
    int parentIndex(int index) const { return m_parent.at(index); }
    const QList<int> &children(int index) const { return m_children.at(index); }
    const QList<int> &roots() const { return m_roots; }
    bool isAncestor(int ancestor, int index) const;

    /// The unit's name, followed by its parent's in brackets when another unit has the
    /// same name: "Xã Bình An (Huyện Châu Thành)".
    QString label(int index) const;
    bool hasRepeatedName(int index) const { return m_repeated.at(index); }
    /// Name and code as a Text::searchKey(), for accent-insensitive search.
    const QString &searchKey(int index) const { return m_searchKeys.at(index); }

private:
    QList<Unit> m_units;
    QList<int> m_parent;
    QList<QList<int>> m_children;
    QList<int> m_roots;
    QList<bool> m_repeated;
    QList<QString> m_searchKeys;
    QHash<qint64, int> m_indexById;
    QHash<QString, int> m_indexByCode;
};
