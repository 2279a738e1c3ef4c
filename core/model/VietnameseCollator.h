#pragma once

#include <QCollator>
#include <QString>

/// Vietnamese alphabetical order (A < Ă < Â, D < Đ, O < Ô < Ơ), case-insensitive, with
/// numbers compared as numbers ("Xã Tân Hiệp 2" before "Xã Tân Hiệp 10"). Plain QString
/// comparison gets Vietnamese wrong.
class VietnameseCollator
{
public:
    VietnameseCollator();

    int compare(const QString &a, const QString &b) const { return m_collator.compare(a, b); }
    bool operator()(const QString &a, const QString &b) const { return compare(a, b) < 0; }
    /// A precomputed key: comparing keys is much faster than compare() when sorting many
    /// names.
    QCollatorSortKey sortKey(const QString &text) const { return m_collator.sortKey(text); }

private:
    QCollator m_collator;
};
