#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

/// Days as Vietnamese offices write them: dd/MM/yyyy.
class Dates
{
    Q_DECLARE_TR_FUNCTIONS(Dates)

public:
    /// "05/09/2020"; empty for an invalid date.
    static QString text(QDate date);
    /// "2020-09-05", as Qt::ISODate writes it and files store days; empty for an invalid
    /// date. Made by hand: QDate::toString() formats through vasprintf, some 5,000
    /// instructions a day, which showed where tens of thousands of days are written.
    static QString isoText(QDate date);
    /// Reads dd/MM/yyyy (also d/M/yyyy, with "-" or "." instead of "/") or yyyy-MM-dd. An
    /// empty text is an invalid QDate (no date); anything else unreadable is refused with a
    /// message that says how to write it.
    static Result<QDate> parse(const QString &text);
};
