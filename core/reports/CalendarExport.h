#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

/// A campaign as an iCalendar file (RFC 5545) for the clerk's calendar: the levels'
/// deadlines, the units' own and the pilots' deadlines (each with a reminder some days
/// before), the conferences scheduled (with their venue) and the campaign's key dates, as
/// all-day events. Each event's UID is made of the campaign's start, its own unit's code
/// and what the event is, never of row ids, so that importing a second export into the
/// same calendar updates its events instead of adding them again.
///
/// A steering group's calendar holds what concerns the units it follows: their
/// conferences, own and pilot deadlines, the deadlines of their levels and the campaign's
/// key dates, with the same UIDs as in the whole calendar.
class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)

public:
    /// Days between a deadline's reminder and the deadline.
    static constexpr int ReminderDays = 3;

    /// The calendar of a campaign, in the user's language; `stamp` is written as each
    /// event's DTSTAMP (the time of the export).
    /// With `groupId`, the calendar of that steering group only.
    static Result<QByteArray> build(Database &database, qint64 campaignId, const QDateTime &stamp,
                                    std::optional<qint64> groupId = std::nullopt);
    /// Builds the calendar and writes it to `path` whole, or fails without touching an
    /// earlier file there. Never over the open database or any danvan file.
    static Result<void> write(Database &database, qint64 campaignId, const QString &path);
    /// Writes one calendar per steering group of the campaign into `folder`, named after
    /// the group ("Tổ 1.ics"): every file or none (files already there stay as they were
    /// when one cannot be written). Returns the files written; fails when the campaign
    /// has no steering group.
    static Result<QStringList> writePerGroup(Database &database, qint64 campaignId,
                                             const QString &folder);
    /// A steering group's name made fit to name a file on any system.
    static QString fileNameOf(const QString &groupName);

    /// A TEXT value escaped as RFC 5545 §3.3.11 asks (backslash, semicolon, comma, line
    /// breaks).
    static QString escaped(const QString &text);
    /// A content line folded at 75 octets, never inside a UTF-8 sequence, ended by CRLF.
    static QByteArray folded(const QByteArray &line);
};
