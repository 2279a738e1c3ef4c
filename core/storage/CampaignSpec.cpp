#include "CampaignSpec.h"

#include "CampaignRepository.h"
#include "Database.h"
#include "OfficeSettings.h"
#include "SteeringRepository.h"
#include "Text.h"
#include "Transaction.h"
#include "UnitRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <optional>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

// Reads one description, remembering the first fault with its JSON path. Every reading
// function returns a harmless value after a fault; fromJson() stops at the first one.
class Reader
{
public:
    explicit Reader(const QString &fileName)
        : m_fileName(fileName)
    {
    }

    bool failed() const { return m_failure.has_value(); }
    Failure failure() const { return *m_failure; }

    void fail(const QString &path, const QString &message)
    {
        if (!m_failure)
            m_failure = Failure{CampaignSpec::tr("%1: %2: %3").arg(m_fileName, path, message)};
    }

    // Refuses the fields of `object` that are not among `known`.
    void onlyKnown(const QJsonObject &object, const QString &path, const QStringList &known)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!known.contains(it.key())) {
                fail(join(path, it.key()),
                     CampaignSpec::tr("danvan does not know this field; the fields here are %1.")
                         .arg(known.join(u", "_s)));
                return;
            }
        }
    }

    QJsonObject object(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject()) {
            fail(path, CampaignSpec::tr("an object { … } is expected here."));
            return {};
        }
        return value.toObject();
    }

    QJsonArray array(const QJsonObject &object, const QString &key, const QString &path,
                     bool required = false)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(join(path, key), CampaignSpec::tr("this field is required."));
            return {};
        }
        if (!value.isArray()) {
            fail(join(path, key), CampaignSpec::tr("a list [ … ] is expected here."));
            return {};
        }
        if (required && value.toArray().isEmpty())
            fail(join(path, key), CampaignSpec::tr("the list must not be empty."));
        return value.toArray();
    }

    QString text(const QJsonObject &object, const QString &key, const QString &path,
                 bool required = false)
    {
        return textOf(object.value(key), join(path, key), required);
    }

    QString textOf(const QJsonValue &value, const QString &path, bool required = false)
    {
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(path, CampaignSpec::tr("this field is required."));
            return {};
        }
        if (!value.isString()) {
            fail(path, CampaignSpec::tr("a text in quotation marks is expected here."));
            return {};
        }
        const QString text = value.toString();
        if (required && Text::simplified(text).isEmpty())
            fail(path, CampaignSpec::tr("this field must not be empty."));
        return text;
    }

    QDate date(const QJsonObject &object, const QString &key, const QString &path,
               bool required = false)
    {
        const QString text = this->text(object, key, path, required);
        if (text.isEmpty())
            return {};
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid()) {
            fail(join(path, key),
                 CampaignSpec::tr("“%1” is not a date; write it yyyy-MM-dd.").arg(text));
        }
        return date;
    }

    Period deadline(const QJsonObject &object, const QString &key, const QString &path, int year,
                    bool required = false)
    {
        const QString text = this->text(object, key, path, required);
        if (Text::simplified(text).isEmpty())
            return {};
        const auto period = Period::parse(text, year);
        if (!period) {
            fail(join(path, key), period.error());
            return {};
        }
        return *period;
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + u'.' + key;
    }
    static QString item(const QString &path, int index) { return u"%1[%2]"_s.arg(path).arg(index); }

private:
    QString m_fileName;
    std::optional<Failure> m_failure;
};

QStringList documentSettingKeys()
{
    QStringList keys;
    for (const auto &setting : OfficeSettings::documentSettings())
        keys.append(QString::fromLatin1(setting.key));
    return keys;
}

} // namespace

Failure CampaignSpec::failure(const QString &where, const QString &message) const
{
    if (fileName.isEmpty())
        return {message};
    if (where.isEmpty())
        return {tr("%1: %2").arg(fileName, message)};
    return {tr("%1: %2: %3").arg(fileName, where, message)};
}

Result<CampaignSpec> CampaignSpec::fromJson(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    if (parsed.isNull()) {
        return Failure{tr("%1 is not valid JSON (at character %2: %3).")
                           .arg(fileName)
                           .arg(parseError.offset)
                           .arg(parseError.errorString())};
    }
    if (!parsed.isObject())
        return Failure{tr("%1: a campaign is described by one object { … }.").arg(fileName)};
    const QJsonObject root = parsed.object();
    Reader read(fileName);
    read.onlyKnown(root, QString(),
                   {u"name"_s, u"phase"_s, u"root"_s, u"starts_on"_s, u"note"_s, u"levels"_s,
                    u"documents"_s, u"key_dates"_s, u"overrides"_s, u"pilots"_s, u"exclude"_s,
                    u"include"_s, u"steering_groups"_s, u"office"_s});

    CampaignSpec spec;
    spec.fileName = fileName;
    Campaign &campaign = spec.campaign;
    campaign.name = Text::simplified(read.text(root, u"name"_s, QString(), true));
    campaign.phase = Text::simplified(read.text(root, u"phase"_s, QString()));
    campaign.note = read.text(root, u"note"_s, QString());
    campaign.startsOn = read.date(root, u"starts_on"_s, QString(), true);
    spec.rootCode = Text::simplified(read.text(root, u"root"_s, QString(), true));
    const int year = campaign.startsOn.year();

    const QJsonArray levels = read.array(root, u"levels"_s, QString(), true);
    for (int i = 0; i < levels.size() && !read.failed(); ++i) {
        const QString path = Reader::item(u"levels"_s, i);
        const QJsonObject entry = read.object(levels.at(i), path);
        read.onlyKnown(entry, path, {u"level"_s, u"deadline"_s});
        const QString level = read.text(entry, u"level"_s, path, true);
        const Period deadline = read.deadline(entry, u"deadline"_s, path, year);
        campaign.levels.append({level, deadline});
    }
    const QJsonArray documents = read.array(root, u"documents"_s, QString());
    for (int i = 0; i < documents.size() && !read.failed(); ++i) {
        const QString path = Reader::item(u"documents"_s, i);
        const QJsonObject entry = read.object(documents.at(i), path);
        read.onlyKnown(entry, path, {u"number"_s, u"date"_s, u"issuer"_s, u"title"_s});
        CampaignDocument document;
        document.number = read.text(entry, u"number"_s, path);
        document.issuedOn = read.date(entry, u"date"_s, path);
        document.issuer = read.text(entry, u"issuer"_s, path);
        document.title = read.text(entry, u"title"_s, path);
        if (!read.failed() && Text::simplified(document.number).isEmpty()
            && Text::simplified(document.title).isEmpty())
            read.fail(path, tr("a document needs its number or its title."));
        campaign.documents.append(document);
    }
    const QJsonArray dates = read.array(root, u"key_dates"_s, QString());
    for (int i = 0; i < dates.size() && !read.failed(); ++i) {
        const QString path = Reader::item(u"key_dates"_s, i);
        const QJsonObject entry = read.object(dates.at(i), path);
        read.onlyKnown(entry, path, {u"date"_s, u"label"_s});
        const QDate date = read.date(entry, u"date"_s, path, true);
        campaign.keyDates.append({0, date, read.text(entry, u"label"_s, path)});
    }
    const QJsonArray overrides = read.array(root, u"overrides"_s, QString());
    for (int i = 0; i < overrides.size() && !read.failed(); ++i) {
        const QString path = Reader::item(u"overrides"_s, i);
        const QJsonObject entry = read.object(overrides.at(i), path);
        read.onlyKnown(entry, path, {u"unit"_s, u"level"_s, u"deadline"_s});
        UnitDeadline deadline;
        deadline.unitCode = Text::simplified(read.text(entry, u"unit"_s, path, true));
        deadline.level = read.text(entry, u"level"_s, path);
        deadline.deadline = read.deadline(entry, u"deadline"_s, path, year, true);
        deadline.where = path;
        spec.overrides.append(deadline);
    }
    const QJsonArray pilots = read.array(root, u"pilots"_s, QString());
    for (int i = 0; i < pilots.size() && !read.failed(); ++i) {
        const QString path = Reader::item(u"pilots"_s, i);
        const QJsonObject entry = read.object(pilots.at(i), path);
        read.onlyKnown(entry, path, {u"unit"_s, u"deadline"_s});
        UnitDeadline deadline;
        deadline.unitCode = Text::simplified(read.text(entry, u"unit"_s, path, true));
        deadline.deadline = read.deadline(entry, u"deadline"_s, path, year, true);
        deadline.where = path;
        spec.pilots.append(deadline);
    }
    for (const auto &[key, codes] : {std::pair{u"exclude"_s, &spec.excludedCodes},
                                     std::pair{u"include"_s, &spec.addedCodes}}) {
        const QJsonArray list = read.array(root, key, QString());
        for (int i = 0; i < list.size() && !read.failed(); ++i)
            codes->append(Text::simplified(read.textOf(list.at(i), Reader::item(key, i), true)));
    }
    const QJsonArray groups = read.array(root, u"steering_groups"_s, QString());
    for (int i = 0; i < groups.size() && !read.failed(); ++i) {
        const QString path = Reader::item(u"steering_groups"_s, i);
        const QJsonObject entry = read.object(groups.at(i), path);
        read.onlyKnown(entry, path, {u"name"_s, u"members"_s, u"units"_s});
        SteeringGroup group;
        group.name = Text::simplified(read.text(entry, u"name"_s, path, true));
        const QJsonArray members = read.array(entry, u"members"_s, path);
        for (int j = 0; j < members.size() && !read.failed(); ++j) {
            const QString memberPath = Reader::item(path + u".members"_s, j);
            const QJsonObject member = read.object(members.at(j), memberPath);
            read.onlyKnown(member, memberPath, {u"name"_s, u"title"_s, u"phone"_s});
            group.members.append({Text::simplified(read.text(member, u"name"_s, memberPath, true)),
                                  Text::simplified(read.text(member, u"title"_s, memberPath)),
                                  Text::simplified(read.text(member, u"phone"_s, memberPath))});
        }
        const QJsonArray units = read.array(entry, u"units"_s, path);
        for (int j = 0; j < units.size() && !read.failed(); ++j) {
            group.unitCodes.append(Text::simplified(
                read.textOf(units.at(j), Reader::item(path + u".units"_s, j), true)));
        }
        spec.steeringGroups.append(group);
    }
    if (root.contains("office"_L1) && !read.failed()) {
        const QJsonObject office = read.object(root.value("office"_L1), u"office"_s);
        read.onlyKnown(office, u"office"_s, documentSettingKeys());
        for (auto it = office.constBegin(); it != office.constEnd() && !read.failed(); ++it) {
            const QString value = read.textOf(it.value(), u"office."_s + it.key());
            spec.office.append({it.key(), value});
        }
    }
    if (read.failed())
        return read.failure();
    return spec;
}

Result<CampaignSpec> CampaignSpec::fromDatabase(Database &database, qint64 campaignId)
{
    CampaignRepository campaigns(database);
    const auto campaign = campaigns.byId(campaignId);
    if (!campaign)
        return Failure{campaign.error()};
    const auto units = UnitRepository(database).all();
    if (!units)
        return Failure{units.error()};
    QHash<qint64, const Unit *> unitById;
    for (const Unit &unit : *units)
        unitById.insert(unit.id, &unit);
    std::optional<Failure> failed;
    const auto codeOf = [&](qint64 unitId) {
        const Unit *unit = unitById.value(unitId);
        if (!unit || unit->code.isEmpty()) {
            if (!failed) {
                failed = Failure{tr("%1 has no register code, so a description cannot name it.")
                                     .arg(unit ? unit->name : QString::number(unitId))};
            }
            return QString();
        }
        return unit->code;
    };

    CampaignSpec spec;
    spec.campaign = *campaign;
    spec.campaign.id = 0;
    spec.campaign.closed = false;
    for (CampaignDocument &document : spec.campaign.documents) {
        document.id = 0;
        document.position = -1;
    }
    for (CampaignDate &date : spec.campaign.keyDates)
        date.id = 0;
    spec.rootCode = codeOf(campaign->rootUnitId);

    const auto overrides = campaigns.overrides(campaignId);
    if (!overrides)
        return Failure{overrides.error()};
    for (const DeadlineOverride &entry : *overrides)
        spec.overrides.append({codeOf(entry.unitId), entry.level, entry.deadline, QString()});
    const auto pilots = campaigns.pilots(campaignId);
    if (!pilots)
        return Failure{pilots.error()};
    for (const Pilot &entry : *pilots)
        spec.pilots.append({codeOf(entry.unitId), QString(), entry.deadline, QString()});

    // The units left out, and those taking part that the campaign would not take by itself.
    const auto excluded = campaigns.exclusions(campaignId);
    if (!excluded)
        return Failure{excluded.error()};
    const auto conferences = campaigns.conferences(campaignId);
    if (!conferences)
        return Failure{conferences.error()};
    QSet<qint64> byDefault;
    for (const Conference &conference : CampaignRepository::participantsOf(*campaign, *units))
        byDefault.insert(conference.unitId);
    QList<qint64> excludedIds(excluded->cbegin(), excluded->cend());
    std::sort(excludedIds.begin(), excludedIds.end());
    for (qint64 unitId : std::as_const(excludedIds)) {
        if (byDefault.contains(unitId))
            spec.excludedCodes.append(codeOf(unitId));
    }
    for (const Conference &conference : *conferences) {
        if (!byDefault.contains(conference.unitId))
            spec.addedCodes.append(codeOf(conference.unitId));
    }

    const auto groups = SteeringRepository(database).groups(campaignId);
    if (!groups)
        return Failure{groups.error()};
    for (const ::SteeringGroup &group : *groups) {
        SteeringGroup entry;
        entry.name = group.name;
        for (const ::SteeringMember &member : group.members)
            entry.members.append({member.name, member.title, member.phone});
        for (qint64 unitId : group.unitIds)
            entry.unitCodes.append(codeOf(unitId));
        spec.steeringGroups.append(entry);
    }

    const auto settings = OfficeSettings::read(database);
    if (!settings)
        return Failure{settings.error()};
    for (const auto &setting : OfficeSettings::documentSettings()) {
        const QString value = settings->value(setting);
        if (!value.isEmpty())
            spec.office.append({QString::fromLatin1(setting.key), value});
    }
    if (failed)
        return *failed;
    return spec;
}

QByteArray CampaignSpec::toJson() const
{
    QJsonObject root{
        {u"name"_s, campaign.name},
        {u"phase"_s, campaign.phase},
        {u"root"_s, rootCode},
        {u"starts_on"_s, isoDate(campaign.startsOn)},
    };
    if (!campaign.note.isEmpty())
        root.insert(u"note"_s, campaign.note);
    QJsonArray levels;
    for (const CampaignLevel &level : campaign.levels) {
        levels.append(QJsonObject{
            {u"level"_s, level.level},
            {u"deadline"_s,
             level.deadline.isValid() ? QJsonValue(level.deadline.text()) : QJsonValue()}});
    }
    root.insert(u"levels"_s, levels);
    QJsonArray documents;
    for (const CampaignDocument &document : campaign.documents) {
        documents.append(QJsonObject{
            {u"number"_s, document.number},
            {u"date"_s,
             document.issuedOn.isValid() ? QJsonValue(isoDate(document.issuedOn)) : QJsonValue()},
            {u"issuer"_s, document.issuer},
            {u"title"_s, document.title}});
    }
    root.insert(u"documents"_s, documents);
    QJsonArray dates;
    for (const CampaignDate &date : campaign.keyDates)
        dates.append(QJsonObject{{u"date"_s, isoDate(date.date)}, {u"label"_s, date.label}});
    root.insert(u"key_dates"_s, dates);
    QJsonArray overrideList, pilotList;
    for (const UnitDeadline &entry : overrides) {
        overrideList.append(QJsonObject{{u"unit"_s, entry.unitCode},
                                        {u"level"_s, entry.level},
                                        {u"deadline"_s, entry.deadline.text()}});
    }
    for (const UnitDeadline &entry : pilots) {
        pilotList.append(
            QJsonObject{{u"unit"_s, entry.unitCode}, {u"deadline"_s, entry.deadline.text()}});
    }
    root.insert(u"overrides"_s, overrideList);
    root.insert(u"pilots"_s, pilotList);
    root.insert(u"exclude"_s, QJsonArray::fromStringList(excludedCodes));
    root.insert(u"include"_s, QJsonArray::fromStringList(addedCodes));
    QJsonArray groups;
    for (const SteeringGroup &group : steeringGroups) {
        QJsonArray members;
        for (const SteeringMember &member : group.members) {
            members.append(QJsonObject{
                {u"name"_s, member.name}, {u"title"_s, member.title}, {u"phone"_s, member.phone}});
        }
        groups.append(QJsonObject{{u"name"_s, group.name},
                                  {u"members"_s, members},
                                  {u"units"_s, QJsonArray::fromStringList(group.unitCodes)}});
    }
    root.insert(u"steering_groups"_s, groups);
    if (!office.isEmpty()) {
        QJsonObject settings;
        for (const auto &[key, value] : office)
            settings.insert(key, value);
        root.insert(u"office"_s, settings);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<CampaignSpec> CampaignSpec::nextPhase(const QString &name, const QString &phase,
                                             QDate startsOn, int shiftYears,
                                             const QList<Unit> &units) const
{
    CampaignSpec next;
    next.campaign.name = Text::simplified(name);
    next.campaign.phase = Text::simplified(phase);
    next.campaign.startsOn = startsOn;
    next.rootCode = rootCode;
    for (const CampaignLevel &level : campaign.levels) {
        const auto shifted = level.deadline.shiftedByYears(shiftYears);
        if (!shifted)
            return Failure{shifted.error()};
        next.campaign.levels.append({level.level, *shifted});
    }
    for (CampaignDocument document : campaign.documents) {
        document.id = 0;
        document.position = -1;
        next.campaign.documents.append(document);
    }
    next.office = office;

    // The units that take part at the new start, by code.
    QSet<QString> taking;
    for (const Unit &unit : units) {
        if (unit.code == rootCode && unit.isActiveOn(startsOn))
            next.campaign.rootUnitId = unit.id;
    }
    QHash<qint64, QString> codes;
    for (const Unit &unit : units)
        codes.insert(unit.id, unit.code);
    for (const Conference &conference : CampaignRepository::participantsOf(next.campaign, units))
        taking.insert(codes.value(conference.unitId));
    next.campaign.rootUnitId = 0;
    for (const SteeringGroup &group : steeringGroups) {
        SteeringGroup kept = group;
        kept.unitCodes.clear();
        for (const QString &code : group.unitCodes) {
            if (taking.contains(code))
                kept.unitCodes.append(code);
        }
        next.steeringGroups.append(kept);
    }
    return next;
}

Result<qint64> CampaignSpec::create(Database &database) const
{
    UnitRepository units(database);
    CampaignRepository campaigns(database);

    const auto levels = units.levels();
    if (!levels)
        return Failure{levels.error()};
    QStringList knownLevels;
    for (const Level &level : *levels)
        knownLevels.append(level.key);
    for (int i = 0; i < campaign.levels.size(); ++i) {
        const QString &level = campaign.levels.at(i).level;
        if (!knownLevels.contains(level)) {
            return failure(u"levels[%1].level"_s.arg(i),
                           tr("“%1” is not a level; the levels are %2.")
                               .arg(level, knownLevels.join(u", "_s)));
        }
    }
    Transaction transaction(database);
    if (auto begun = transaction.begin(); !begun)
        return Failure{begun.error()};

    // A code names the unit in force on the campaign's first day (since 2025 one code may
    // name an old unit and a new one). The codes are looked up among the units read once: a
    // national campaign's steering groups name hundreds of units, and a query for each was
    // a round trip each on a server.
    const auto unitsByCode = units.allByCode();
    if (!unitsByCode)
        return Failure{unitsByCode.error()};
    const auto unitOf = [&](const QString &code, const QString &where) -> Result<Unit> {
        const QList<Unit> withCode = unitsByCode->value(code);
        if (withCode.isEmpty())
            return failure(where, tr("no unit in the database has the code “%1”.").arg(code));
        const auto unit = UnitRepository::choose(code, withCode, campaign.startsOn);
        if (!unit)
            return failure(where, unit.error());
        return unit;
    };

    const auto root = unitOf(rootCode, u"root"_s);
    if (!root)
        return Failure{root.error()};
    QSet<qint64> excluded, added;
    for (const auto &[key, codes, ids] : {std::tuple{u"exclude"_s, &excludedCodes, &excluded},
                                          std::tuple{u"include"_s, &addedCodes, &added}}) {
        for (int i = 0; i < codes->size(); ++i) {
            const auto unit = unitOf(codes->at(i), u"%1[%2]"_s.arg(key).arg(i));
            if (!unit)
                return Failure{unit.error()};
            if (unit->id == root->id && key == "exclude"_L1)
                return failure(u"exclude[%1]"_s.arg(i),
                               tr("%1 is the campaign's own unit and cannot be left out of it.")
                                   .arg(unit->name));
            ids->insert(unit->id);
        }
    }

    Campaign toCreate = campaign;
    toCreate.rootUnitId = root->id;
    const auto id = campaigns.create(toCreate, excluded, added);
    if (!id)
        return failure(QString(), id.error());

    for (const UnitDeadline &entry : overrides) {
        const auto unit = unitOf(entry.unitCode, entry.where + u".unit"_s);
        if (!unit)
            return Failure{unit.error()};
        const QString level = entry.level.isEmpty() ? unit->level : entry.level;
        if (auto done = campaigns.setOverride(*id, unit->id, level, entry.deadline); !done)
            return failure(entry.where + u".deadline"_s, done.error());
    }
    for (const UnitDeadline &entry : pilots) {
        const auto unit = unitOf(entry.unitCode, entry.where + u".unit"_s);
        if (!unit)
            return Failure{unit.error()};
        if (auto done = campaigns.setPilot(*id, unit->id, entry.deadline); !done)
            return failure(entry.where + u".deadline"_s, done.error());
    }

    QSet<qint64> participants;
    if (!steeringGroups.isEmpty()) {
        const auto conferences = campaigns.conferences(*id);
        if (!conferences)
            return Failure{conferences.error()};
        for (const Conference &conference : *conferences)
            participants.insert(conference.unitId);
    }
    SteeringRepository steering(database);
    for (int i = 0; i < steeringGroups.size(); ++i) {
        const SteeringGroup &entry = steeringGroups.at(i);
        ::SteeringGroup group;
        group.campaignId = *id;
        group.name = entry.name;
        for (const SteeringMember &member : entry.members)
            group.members.append({0, member.name, member.title, member.phone});
        for (int j = 0; j < entry.unitCodes.size(); ++j) {
            const QString where = u"steering_groups[%1].units[%2]"_s.arg(i).arg(j);
            const auto unit = unitOf(entry.unitCodes.at(j), where);
            if (!unit)
                return Failure{unit.error()};
            if (!participants.contains(unit->id))
                return failure(where, tr("%1 does not take part in the campaign.").arg(unit->name));
            group.unitIds.append(unit->id);
        }
        if (auto saved = steering.save(group); !saved)
            return failure(u"steering_groups[%1]"_s.arg(i), saved.error());
    }

    for (const auto &[key, value] : office) {
        for (const auto &setting : OfficeSettings::documentSettings()) {
            if (key == QLatin1String(setting.key)) {
                if (auto done = OfficeSettings::setValue(database, setting, value); !done)
                    return Failure{done.error()};
            }
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return Failure{committed.error()};
    return id;
}
