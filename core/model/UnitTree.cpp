#include "UnitTree.h"

#include "Text.h"
#include "UnitKind.h"
#include "VietnameseCollator.h"

#include <QStringList>

#include <algorithm>
#include <utility>
#include <vector>

UnitTree::Order UnitTree::orderOf(const QList<Unit> &units)
{
    const int count = int(units.size());
    QHash<qint64, int> position;
    position.reserve(count);
    for (int i = 0; i < count; ++i)
        position.insert(units.at(i).id, i);

    QList<QList<int>> children(count);
    QList<int> roots;
    for (int i = 0; i < count; ++i) {
        const int parent = position.value(units.at(i).parentId, -1);
        if (parent >= 0 && parent != i)
            children[parent].append(i);
        else
            roots.append(i);
    }
    // Siblings are few (a district's communes): comparing their names directly costs less
    // than a sort key for every name, which ICU writes out at every level of the collation
    // (a national tree: ~50 million instructions for the keys, ~20 million compared
    // directly). A long list, such as a file of many top units, is sorted by keys, which
    // compare as bytes. Both give the same order.
    const VietnameseCollator collator;
    constexpr qsizetype directLimit = 64;
    const auto sortByName = [&collator, &units](QList<int> &list) {
        if (list.size() <= directLimit) {
            std::sort(list.begin(), list.end(), [&collator, &units](int a, int b) {
                const int order = collator.compare(units.at(a).name, units.at(b).name);
                return order != 0 ? order < 0 : units.at(a).code < units.at(b).code;
            });
            return;
        }
        std::vector<std::pair<QCollatorSortKey, int>> keyed;
        keyed.reserve(list.size());
        for (int index : std::as_const(list))
            keyed.emplace_back(collator.sortKey(units.at(index).name), index);
        std::sort(keyed.begin(), keyed.end(), [&units](const auto &a, const auto &b) {
            const int order = a.first.compare(b.first);
            return order != 0 ? order < 0 : units.at(a.second).code < units.at(b.second).code;
        });
        for (qsizetype i = 0; i < list.size(); ++i)
            list[i] = keyed[size_t(i)].second;
    };
    sortByName(roots);
    for (QList<int> &list : children)
        sortByName(list);

    // Pre-order walk; a unit caught in a parent cycle is reached from nowhere and is added
    // as a root at the end rather than lost.
    QList<int> order;
    order.reserve(count);
    QList<bool> visited(count, false);
    const auto walk = [&](int start) {
        QList<int> stack{start};
        while (!stack.isEmpty()) {
            const int current = stack.takeLast();
            if (visited.at(current))
                continue;
            visited[current] = true;
            order.append(current);
            const QList<int> &kids = children.at(current);
            for (auto it = kids.crbegin(); it != kids.crend(); ++it)
                stack.append(*it);
        }
    };
    for (int root : std::as_const(roots))
        walk(root);
    for (int i = 0; i < count; ++i) {
        if (!visited.at(i)) {
            roots.append(i);
            walk(i);
        }
    }

    // Positions in the tree's order: a unit's parent is the position of the unit it was
    // listed under, -1 for a top unit (a unit of a cycle included).
    QList<bool> isRoot(count, false);
    for (int root : std::as_const(roots))
        isRoot[root] = true;
    QList<int> newIndex(count);
    for (int i = 0; i < count; ++i)
        newIndex[order.at(i)] = i;
    Order result;
    result.parents.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int old = order.at(i);
        result.parents.append(isRoot.at(old) ? -1
                                             : newIndex.at(position.value(units.at(old).parentId)));
    }
    result.units = std::move(order);
    return result;
}

UnitTree::UnitTree(QList<Unit> units, Lineage lineage)
    : m_lineage(std::move(lineage))
{
    const int count = int(units.size());
    const Order order = orderOf(units);
    m_parent = order.parents;

    // Walked in the tree's order, each unit comes after its parent and after its elder
    // siblings' descendants: appending it to its parent's list keeps the siblings' order.
    m_units.reserve(count);
    m_children.resize(count);
    m_searchKeys.reserve(count);
    m_indexById.reserve(count);
    QList<QString> nameKeys;
    nameKeys.reserve(count);
    QHash<StringKey, int> nameCount;
    for (int i = 0; i < count; ++i) {
        Unit &unit = units[order.units.at(i)];
        if (m_parent.at(i) >= 0)
            m_children[m_parent.at(i)].append(i);
        else
            m_roots.append(i);
        nameKeys.append(Text::nameKey(unit.name));
        ++nameCount[nameKeys.last()];
        m_searchKeys.append(Text::searchKey(unit.name) + QLatin1Char(' ') + unit.code);
        m_indexById.insert(unit.id, i);
        if (!unit.code.isEmpty()) {
            // One code may name two units on different days: the one in force wins.
            const auto it = m_indexByCode.constFind(unit.code);
            const Unit *seen = it != m_indexByCode.cend() ? &m_units.at(*it) : nullptr;
            const auto end = [](const Unit &u) {
                return u.validTo.isValid() ? u.validTo : QDate(9999, 12, 31);
            };
            if (!seen || end(unit) > end(*seen))
                m_indexByCode.insert(unit.code, i);
        }
        m_units.append(std::move(unit));
    }

    // A name repeats when another unit of that name is in force at the same time: an old
    // commune and the new one that took its name after 2025 are told apart by their days.
    m_repeated.fill(false, count);
    QHash<StringKey, QList<int>> sameName;
    for (int i = 0; i < count; ++i) {
        if (nameCount.value(nameKeys.at(i)) > 1)
            sameName[nameKeys.at(i)].append(i);
    }
    const auto overlap = [this](int a, int b) {
        const Unit &x = m_units.at(a);
        const Unit &y = m_units.at(b);
        return (!x.validFrom.isValid() || !y.validTo.isValid() || x.validFrom <= y.validTo)
            && (!y.validFrom.isValid() || !x.validTo.isValid() || y.validFrom <= x.validTo);
    };
    for (const QList<int> &group : std::as_const(sameName)) {
        for (int a = 0; a < group.size(); ++a) {
            for (int b = a + 1; b < group.size(); ++b) {
                if (overlap(group.at(a), group.at(b))) {
                    m_repeated[group.at(a)] = true;
                    m_repeated[group.at(b)] = true;
                }
            }
        }
    }

    // Units in force are found by the names and codes of the units before them.
    if (!m_lineage.isEmpty()) {
        for (int i = 0; i < count; ++i) {
            if (m_units.at(i).isRetired() || m_lineage.predecessors(m_units.at(i).id).isEmpty())
                continue;
            QList<Former> formers;
            for (qint64 id : m_lineage.ancestors(m_units.at(i).id)) {
                const int index = indexOf(id);
                if (index >= 0)
                    formers.append({m_searchKeys.at(index), formerLabel(index)});
            }
            m_formers.insert(i, formers);
        }
    }
}

const QList<UnitTree::Former> &UnitTree::formers(int index) const
{
    static const QList<Former> none;
    const auto it = m_formers.constFind(index);
    return it != m_formers.cend() ? *it : none;
}

QString UnitTree::formerLabel(int index) const
{
    const Unit &unit = m_units.at(index);
    QStringList details;
    if (!unit.code.isEmpty())
        details.append(unit.code);
    if (const int parent = m_parent.at(index); parent >= 0) {
        const QString &parentName = m_units.at(parent).name;
        const QString prefix = UnitKind::prefixOf(parentName);
        details.append(prefix.isEmpty() ? parentName : parentName.mid(prefix.size() + 1));
    }
    if (details.isEmpty())
        return unit.name;
    return unit.name + QLatin1String(" (") + details.join(QLatin1String(", ")) + QLatin1Char(')');
}

bool UnitTree::isAncestor(int ancestor, int index) const
{
    for (int current = m_parent.value(index, -1); current >= 0; current = m_parent.at(current)) {
        if (current == ancestor)
            return true;
    }
    return false;
}

QString UnitTree::carriedOnLabel(qint64 id, QDate day) const
{
    const QList<qint64> found = m_lineage.inForceOn(id, day, [this](qint64 unitId) {
        const int index = indexOf(unitId);
        return index >= 0 ? &m_units.at(index) : nullptr;
    });
    QStringList labels;
    for (const qint64 unitId : found) {
        if (const int index = indexOf(unitId); index >= 0)
            labels.append(label(index));
    }
    return labels.join(QLatin1String("; "));
}

QString UnitTree::label(int index) const
{
    const Unit &unit = m_units.at(index);
    const int parent = m_parent.at(index);
    if (!m_repeated.at(index) || parent < 0)
        return unit.name;
    return unit.name + QLatin1String(" (") + m_units.at(parent).name + QLatin1Char(')');
}
