#pragma once

#include <QSortFilterProxyModel>

/// Shows the units that match a search typed without accents or case ("binh an" finds
/// "Xã Bình An"), with their parents, and hides retired units unless asked to show them.
class UnitFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit UnitFilterModel(QObject *parent = nullptr);

    void setShowRetired(bool show);
    void setSearchText(const QString &text);
    /// How many units the search matches, counting no further than `limit`.
    int matchCount(int limit) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    /// Whether a unit is shown for itself (its parents are shown for it).
    bool accepts(bool retired, const QString &searchKey) const;

    bool m_showRetired = false;
    QString m_searchKey;
};
