#pragma once

#include <QSortFilterProxyModel>

class UnitTree;

/// Shows the units that match a search typed without accents or case ("binh an" finds
/// "Xã Bình An"), with their parents, and hides retired units unless asked to show them.
/// A unit in force is also found by the name or code of a unit that went into it (since
/// 2025), and is then named as "Xã Bình An (30808, Kiên Lương) → Xã Kiên Lương".
class UnitFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit UnitFilterModel(QObject *parent = nullptr);

    void setShowRetired(bool show);
    void setSearchText(const QString &text);
    /// How many units the search matches, counting no further than `limit`.
    int matchCount(int limit) const;
    /// The first unit in the tree's order that the search finds for itself (not a parent
    /// shown only for a unit below it); invalid when nothing is searched for or found.
    QModelIndex firstMatch() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    /// Whether a unit is shown for itself (its parents are shown for it).
    bool accepts(const UnitTree &tree, int index) const;
    /// The unit before it that the search found it by, or -1 when it matches itself.
    int formerMatched(const UnitTree &tree, int index) const;
    const UnitTree *tree() const;

    bool m_showRetired = false;
    QString m_searchKey;
};
