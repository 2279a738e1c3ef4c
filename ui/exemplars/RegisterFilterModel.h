#pragma once

#include "VietnameseCollator.h"

#include <QSortFilterProxyModel>

/// Sorts and filters a register (models and exemplars, nominations, rewards, units to pick
/// from): text in Vietnamese order (A < Ă < Â, D < Đ), numbers and dates as such, and a
/// free-text filter that ignores accents, case and tone-mark spelling ("binh an" finds
/// "Xã Bình An"). A source model gives SortRole and SearchKeyRole, and may be narrowed to
/// the rows whose given role holds one id (the exemplars a unit commended).
class RegisterFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole + 1, ///< what sorts the column right
        SearchKeyRole, ///< Text::searchKey() of what the free-text filter looks in
        IdRole, ///< the row's record id
        FirstModelRole, ///< a model's own roles start here
    };

    explicit RegisterFilterModel(QObject *parent = nullptr);

    /// Shows the rows in which every typed word begins a word (accents ignored).
    void setSearchText(const QString &text);
    /// Shows only the rows whose `role` holds `id`; role 0 lifts the restriction.
    void setIdFilter(int role, qint64 id);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    VietnameseCollator m_collator;
    QString m_searchKey;
    int m_idRole = 0;
    qint64 m_id = 0;
};
