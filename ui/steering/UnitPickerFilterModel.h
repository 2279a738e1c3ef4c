#pragma once

#include <QSortFilterProxyModel>

#include <memory>

class UnitTree;

/// Shows the units of a UnitPickerModel under one unit (or all), whose name or code matches
/// a query typed with or without accents ("binh an" finds both Xã Bình An).
class UnitPickerFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit UnitPickerFilterModel(std::shared_ptr<const UnitTree> units,
                                   QObject *parent = nullptr);

    void setQuery(const QString &query);
    /// Only units below the unit at `treeIndex` in the tree; -1 for all.
    void setUnder(int treeIndex);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::shared_ptr<const UnitTree> m_units;
    QString m_queryKey;
    int m_under = -1;
};
