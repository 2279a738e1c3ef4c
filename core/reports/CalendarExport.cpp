#include "CalendarExport.h"

#include "Campaign.h"
#include "CampaignRepository.h"
#include "Database.h"
#include "OutputFile.h"
#include "OutputTarget.h"
#include "SteeringGroup.h"
#include "SteeringRepository.h"
#include "Translations.h"
#include "UnitRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QSet>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// One all-day event, as the calendar file holds it.
struct Event
{
    QString uid;
    QDate day;
    QString summary;
    QString description;
    QString location;
    bool reminder = false; ///< a deadline: reminded some days before
};

QByteArray dateValue(QDate day)
{
    return day.toString(u"yyyyMMdd"_s).toLatin1();
}

} // namespace

QString CalendarExport::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            out.append(u'\\');
            out.append(c);
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            out.append(u"\\n"_s);
        } else if (c == u'\n') {
            out.append(u"\\n"_s);
        } else {
            out.append(c);
        }
    }
    return out;
}

QByteArray CalendarExport::folded(const QByteArray &line)
{
    // 75 octets on the first line; each continuation starts with a space, so 74 more.
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype start = 0;
    qsizetype limit = 75;
    while (line.size() - start > limit) {
        qsizetype end = start + limit;
        // Back to the first byte of a UTF-8 sequence (continuation bytes are 10xxxxxx).
        while (end > start && (uchar(line.at(end)) & 0xC0) == 0x80)
            --end;
        out.append(line.constData() + start, end - start);
        out.append("\r\n ");
        start = end;
        limit = 74;
    }
    out.append(line.constData() + start, line.size() - start);
    out.append("\r\n");
    return out;
}

Result<QByteArray> CalendarExport::build(Database &database, qint64 campaignId,
                                         const QDateTime &stamp, std::optional<qint64> groupId)
{
    CampaignRepository campaigns(database);
    const auto campaign = campaigns.byId(campaignId);
    if (!campaign)
        return Failure{campaign.error()};
    // A steering group's calendar: the units it follows, and the levels they are at.
    std::optional<QSet<qint64>> followed;
    QString groupName;
    if (groupId) {
        const auto groups = SteeringRepository(database).groups(campaignId);
        if (!groups)
            return Failure{groups.error()};
        const auto group = std::find_if(groups->cbegin(), groups->cend(),
                                        [&](const SteeringGroup &g) { return g.id == *groupId; });
        if (group == groups->cend())
            return Failure{tr("The campaign has no steering group %1.").arg(*groupId)};
        followed = QSet<qint64>(group->unitIds.cbegin(), group->unitIds.cend());
        groupName = group->name;
    }
    const auto concerns = [&followed](qint64 unitId) {
        return !followed || followed->contains(unitId);
    };
    UnitRepository unitRepository(database);
    const auto units = unitRepository.all();
    if (!units)
        return Failure{units.error()};
    const auto levels = unitRepository.levels();
    if (!levels)
        return Failure{levels.error()};
    const auto overrides = campaigns.overrides(campaignId);
    if (!overrides)
        return Failure{overrides.error()};
    const auto pilots = campaigns.pilots(campaignId);
    if (!pilots)
        return Failure{pilots.error()};
    const auto conferences = campaigns.conferences(campaignId);
    if (!conferences)
        return Failure{conferences.error()};

    QHash<qint64, const Unit *> unitById;
    for (const Unit &unit : *units)
        unitById.insert(unit.id, &unit);
    const auto levelName = [&levels](const QString &key) {
        for (const Level &level : *levels) {
            if (level.key == key)
                return level.displayName().toLower();
        }
        return key;
    };
    const Unit *root = unitById.value(campaign->rootUnitId);
    // What names the campaign wherever the file goes: its start and its own unit's code.
    const QString prefix = u"%1-%2"_s.arg(campaign->startsOn.toString(u"yyyyMMdd"_s),
                                          root ? root->code : QString::number(campaignId));
    const auto uid = [&prefix](const QString &what) {
        return u"%1-%2@danvan"_s.arg(prefix, what);
    };
    const auto unitLabel = [&unitById](qint64 unitId) {
        const Unit *unit = unitById.value(unitId);
        return unit ? u"%1 (%2)"_s.arg(unit->name, unit->code) : QString::number(unitId);
    };
    const auto unitCode = [&unitById](qint64 unitId) {
        const Unit *unit = unitById.value(unitId);
        return unit ? unit->code : QString::number(unitId);
    };

    QSet<QString> followedLevels;
    if (followed) {
        for (const qint64 unitId : std::as_const(*followed)) {
            if (const Unit *unit = unitById.value(unitId))
                followedLevels.insert(unit->level);
        }
    }

    QList<Event> events;
    for (const CampaignLevel &level : campaign->levels) {
        if (!level.deadline.isValid() || (followed && !followedLevels.contains(level.level)))
            continue;
        events.append({uid(u"level-"_s + level.level), level.deadline.last(),
                       tr("Deadline for the %1 conferences").arg(levelName(level.level)),
                       tr("As the directive writes it: %1").arg(level.deadline.text()), QString(),
                       true});
    }
    for (const DeadlineOverride &own : *overrides) {
        if (!own.deadline.isValid() || !concerns(own.unitId))
            continue;
        events.append({uid(u"own-%1-%2"_s.arg(unitCode(own.unitId), own.level)),
                       own.deadline.last(),
                       tr("Own deadline of %1 for the %2 conferences")
                           .arg(unitLabel(own.unitId), levelName(own.level)),
                       tr("As it was set: %1").arg(own.deadline.text()), QString(), true});
    }
    for (const Pilot &pilot : *pilots) {
        if (!pilot.deadline.isValid() || !concerns(pilot.unitId))
            continue;
        events.append({uid(u"pilot-"_s + unitCode(pilot.unitId)), pilot.deadline.last(),
                       tr("Pilot conference of %1").arg(unitLabel(pilot.unitId)),
                       tr("As it was set: %1").arg(pilot.deadline.text()), QString(), true});
    }
    for (const Conference &conference : *conferences) {
        // The day held once there is one, else the day planned.
        const QDate day = conference.heldOn.isValid() ? conference.heldOn : conference.scheduledOn;
        if (!day.isValid() || !concerns(conference.unitId))
            continue;
        events.append({uid(u"conference-"_s + unitCode(conference.unitId)), day,
                       tr("Summary conference of %1").arg(unitLabel(conference.unitId)),
                       conference.heldOn.isValid() ? tr("Held.") : tr("Planned."), conference.venue,
                       false});
    }
    for (const CampaignDate &date : campaign->keyDates) {
        if (!date.date.isValid())
            continue;
        events.append({uid(u"date-%1"_s.arg(date.date.toString(u"yyyyMMdd"_s))), date.date,
                       date.label, QString(), QString(), false});
    }

    const QByteArray stampValue = stamp.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
    const auto text = [](const QString &value) {
        return escaped(value).toUtf8();
    };
    QByteArray out;
    const auto line = [&out](const QByteArray &content) {
        out.append(folded(content));
    };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//danvan//danvan " DANVAN_CORE_VERSION "//"
         + Translations::code(Translations::current()).toUpper().toLatin1());
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line(
        "X-WR-CALNAME:"
        + text(groupName.isEmpty() ? campaign->name : tr("%1: %2").arg(campaign->name, groupName)));
    for (const Event &event : std::as_const(events)) {
        line("BEGIN:VEVENT");
        line("UID:" + text(event.uid));
        line("DTSTAMP:" + stampValue);
        line("DTSTART;VALUE=DATE:" + dateValue(event.day));
        line("DTEND;VALUE=DATE:" + dateValue(event.day.addDays(1)));
        line("SUMMARY:" + text(event.summary));
        QString description = event.description;
        description += (description.isEmpty() ? QString() : u"\n"_s) + campaign->name;
        line("DESCRIPTION:" + text(description));
        if (!event.location.isEmpty())
            line("LOCATION:" + text(event.location));
        line("TRANSP:TRANSPARENT");
        if (event.reminder) {
            line("BEGIN:VALARM");
            line("ACTION:DISPLAY");
            line("TRIGGER:-P" + QByteArray::number(ReminderDays) + "D");
            line("DESCRIPTION:" + text(event.summary));
            line("END:VALARM");
        }
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    return out;
}

Result<void> CalendarExport::write(Database &database, qint64 campaignId, const QString &path)
{
    if (auto allowed = OutputTarget::check(path, database.filePath()); !allowed)
        return allowed;
    const auto calendar = build(database, campaignId, QDateTime::currentDateTimeUtc());
    if (!calendar)
        return Failure{calendar.error()};
    OutputFile file(path);
    if (auto opened = file.open(); !opened)
        return opened;
    if (file.device()->write(*calendar) != calendar->size() || file.hasFailed())
        return file.writeFailure();
    return file.commit();
}

QString CalendarExport::fileNameOf(const QString &groupName)
{
    // Letters kept, Vietnamese ones included; what a file system refuses becomes a dash.
    QString name;
    for (const QChar c : groupName.simplified()) {
        const bool refused = c.unicode() < 0x20 || u"/\\:*?\"<>|"_s.contains(c);
        name.append(refused ? u'-' : c);
    }
    while (name.startsWith(u'.') || name.startsWith(u'-'))
        name.remove(0, 1);
    return name.isEmpty() ? tr("group") : name;
}

Result<QStringList> CalendarExport::writePerGroup(Database &database, qint64 campaignId,
                                                  const QString &folder)
{
    const auto groups = SteeringRepository(database).groups(campaignId);
    if (!groups)
        return Failure{groups.error()};
    if (groups->isEmpty()) {
        return Failure{tr("The campaign has no steering group: add the groups on the Steering "
                          "groups page, or export one calendar of the whole campaign.")};
    }
    if (!QFileInfo(folder).isDir()) {
        return Failure{tr("“%1” is not a folder: choose the folder to write the calendars in.")
                           .arg(QDir::toNativeSeparators(folder))};
    }
    const QDateTime stamp = QDateTime::currentDateTimeUtc();
    // Every calendar is written aside before any takes its name.
    std::vector<std::unique_ptr<OutputFile>> files;
    QStringList written;
    QSet<QString> names;
    for (const SteeringGroup &group : *groups) {
        QString name = fileNameOf(group.name);
        // Two groups whose names read alike once made fit for a file.
        for (int n = 2; names.contains(name.toLower()); ++n)
            name = u"%1 (%2)"_s.arg(fileNameOf(group.name)).arg(n);
        names.insert(name.toLower());
        const QString path = QDir(folder).filePath(name + u".ics"_s);
        if (auto allowed = OutputTarget::check(path, database.filePath()); !allowed)
            return Failure{allowed.error()};
        const auto calendar = build(database, campaignId, stamp, group.id);
        if (!calendar)
            return Failure{calendar.error()};
        auto &file = files.emplace_back(std::make_unique<OutputFile>(path));
        if (auto opened = file->open(); !opened)
            return Failure{opened.error()};
        if (file->device()->write(*calendar) != calendar->size() || file->hasFailed())
            return file->writeFailure();
        written.append(QDir::toNativeSeparators(path));
    }
    for (const auto &file : files) {
        if (auto committed = file->commit(); !committed)
            return Failure{committed.error()};
    }
    return written;
}
