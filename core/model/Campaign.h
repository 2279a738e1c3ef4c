#pragma once

#include "Period.h"

#include <QDate>
#include <QList>
#include <QString>

/// A level taking part in a campaign, with the deadline the directive set for it.
struct CampaignLevel
{
    QString level;
    Period deadline; ///< invalid when the directive set none
};

/// A document of a campaign: a directive, plan or guidance ("Công văn số 1029-CV/TU").
struct CampaignDocument
{
    qint64 id = 0;
    QString number; ///< as written: "1029-CV/TU"
    QDate issuedOn; ///< invalid when unknown
    QString issuer; ///< "Ban Thường vụ Tỉnh ủy Kiên Giang"
    QString title;
    /// Its place in the campaign's list; -1 puts a new document after the others, and a
    /// document saved again keeps its place.
    int position = -1;
};

/// A date that matters to a campaign, such as an anniversary its conference is tied to.
struct CampaignDate
{
    qint64 id = 0;
    QDate date;
    QString label;
};

/// A summary campaign (đợt tổng kết) of the movement over a root unit's hierarchy.
/// The levels that take part are data: three for 2016-2020, two after the 2025
/// reorganisation.
struct Campaign
{
    qint64 id = 0;
    QString name;
    QString phase; ///< "2016-2020"
    qint64 rootUnitId = 0;
    /// The day the campaign starts (its directive's date): the units in force that day
    /// take part.
    QDate startsOn;
    QString note;
    /// A closed campaign is read, printed and exported, but nothing of it changes.
    bool closed = false;
    QList<CampaignLevel> levels; ///< top level first
    QList<CampaignDocument> documents;
    QList<CampaignDate> keyDates;

    /// The levels' keys, top first.
    QList<QString> levelKeys() const
    {
        QList<QString> keys;
        for (const CampaignLevel &level : levels)
            keys.append(level.level);
        return keys;
    }
    /// The directive's deadline for a level; invalid when the level has none or does not
    /// take part.
    Period deadlineFor(const QString &level) const
    {
        for (const CampaignLevel &entry : levels) {
            if (entry.level == level)
                return entry.deadline;
        }
        return {};
    }
};

/// A deadline a unit sets, tighter than the one above, for the conferences of one level in
/// its part of the tree (itself included when the level is its own).
struct DeadlineOverride
{
    qint64 unitId = 0;
    QString level;
    Period deadline;
};

/// A pilot unit (đơn vị điểm): it holds its conference first, by its own earlier deadline,
/// for the others of its level to learn from.
struct Pilot
{
    qint64 unitId = 0;
    Period deadline;
};
