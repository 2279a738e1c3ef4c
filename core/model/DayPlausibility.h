#pragma once

#include "Campaign.h"
#include "Conference.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/// Days a conference can have but hardly ever does: before its campaign began, or more than
/// a year after the campaign's last deadline (a year typed wrong, 20/06/2002 for 20/06/2020,
/// or 01/01/1900). Such a day is saved only when the clerk confirms it: the window asks, the
/// command line wants --force.
class DayPlausibility
{
    Q_DECLARE_TR_FUNCTIONS(DayPlausibility)

public:
    enum class Field { Scheduled, Held, ReportReceived };

    /// A day in doubt and why, in a sentence that names the field.
    struct Doubt
    {
        Field field;
        QString text;
    };

    /// The days `after` sets, that `before` did not have, which are unlikely in `campaign`.
    static QList<Doubt> doubts(const Campaign &campaign, const Conference &before,
                               const Conference &after);
    /// The doubts' sentences, one after another.
    static QString text(const QList<Doubt> &doubts);
};
