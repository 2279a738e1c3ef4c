#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

/// A deadline period written the way directives write it: "cuối tháng 6-2020" (the last
/// ten days of June 2020), "tháng 5/2020", "trước ngày 15/10/2020", "30/06/2020", ...
/// The deadline is the period's last day; the phrase is kept as written for printing.
class Period
{
    Q_DECLARE_TR_FUNCTIONS(Period)

public:
    enum class Kind {
        Day, ///< on or before one day: "30/06/2020", "chậm nhất ngày 30/6/2020"
        Before, ///< strictly before a day: "trước ngày 15/10/2020" ends on 14/10/2020
        FirstTenDays, ///< "đầu tháng 6-2020", "thượng tuần": days 1-10
        MiddleTenDays, ///< "giữa tháng 9-2020", "trung tuần": days 11-20
        LastTenDays, ///< "cuối tháng 6-2020", "hạ tuần": day 21 to the month's end
        Month, ///< "tháng 5/2020": the whole month
        Quarter, ///< "quý II/2020": the whole quarter
    };

    Period() = default;

    /// Reads a phrase. Case, accents and the separators "-", "/" and "năm" are free;
    /// leading words such as "hoàn thành", "chậm nhất", "vào" are allowed. A phrase without
    /// a year takes `defaultYear` when it is given (non-zero), and is refused otherwise.
    static Result<Period> parse(const QString &text, int defaultYear = 0);

    static Period day(QDate date);
    static Period before(QDate date);
    static Period tenDays(Kind kind, int year, int month);
    static Period month(int year, int month);
    static Period quarter(int year, int quarter);

    /// Rebuilds a period saved by storageKind(), first(), last() and text().
    static Period fromStored(const QString &kind, QDate first, QDate last, const QString &text);

    /// The same phrase for a phase `years` later: every year written in it moved by that
    /// many years ("cuối tháng 6-2020" → "cuối tháng 6-2025"), read again.
    Result<Period> shiftedByYears(int years) const;

    bool isValid() const { return m_last.isValid(); }
    Kind kind() const { return m_kind; }
    /// The first day of the period; invalid for Kind::Before, which has no start.
    QDate first() const { return m_first; }
    /// The deadline: the last day of the period.
    QDate last() const { return m_last; }
    /// The phrase as written (white space cleaned), or the standard phrase of a period
    /// that was not parsed from text.
    QString text() const { return m_text; }

    /// The standard Vietnamese phrase, as a directive would write it: "cuối tháng 6-2020".
    QString toVietnamese() const;
    /// The period in the user's language: "last ten days of June 2020" in English.
    QString describe() const;
    /// The kind as stored in the database ("last10", "month", ...).
    QString storageKind() const;

    bool operator==(const Period &other) const
    {
        return m_kind == other.m_kind && m_first == other.m_first && m_last == other.m_last;
    }
    bool operator!=(const Period &other) const { return !(*this == other); }

private:
    Period(Kind kind, QDate first, QDate last);

    Kind m_kind = Kind::Day;
    QDate m_first;
    QDate m_last;
    QString m_text;
};
