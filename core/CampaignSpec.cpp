#include "CampaignSpec.h"

#include "CampaignRepository.h"
#include "Database.h"
#include "Text.h"
#include "Transaction.h"
#include "UnitRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

Result<CampaignSpec> CampaignSpec::fromJson(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        return Failure{tr("%1 is not valid JSON (at character %2: %3).")
                           .arg(fileName)
                           .arg(parseError.offset)
                           .arg(parseError.errorString())};
    }
    const QJsonObject root = document.object();
    const auto missing = [&fileName](const QString &field) {
        return Failure{tr("%1: the field “%2” is missing or empty.").arg(fileName, field)};
    };
    const auto dateOf = [](const QJsonValue &value) {
        return QDate::fromString(value.toString(), Qt::ISODate);
    };
    const int year = dateOf(root.value("starts_on"_L1)).year();
    const auto deadlineOf = [&](const QJsonValue &value, const QString &where) -> Result<Period> {
        if (value.isNull() || value.toString().isEmpty())
            return Period();
        const auto period = Period::parse(value.toString(), year);
        if (!period)
            return Failure{tr("%1, %2: %3").arg(fileName, where, period.error())};
        return period;
    };

    CampaignSpec spec;
    Campaign &campaign = spec.m_campaign;
    campaign.name = Text::simplified(root.value("name"_L1).toString());
    campaign.phase = Text::simplified(root.value("phase"_L1).toString());
    campaign.note = root.value("note"_L1).toString();
    campaign.startsOn = dateOf(root.value("starts_on"_L1));
    spec.m_rootCode = root.value("root"_L1).toString();
    if (campaign.name.isEmpty())
        return missing(u"name"_s);
    if (spec.m_rootCode.isEmpty())
        return missing(u"root"_s);
    if (!campaign.startsOn.isValid())
        return Failure{
            tr("%1: the field “starts_on” must be a date written yyyy-MM-dd.").arg(fileName)};

    const QJsonArray levels = root.value("levels"_L1).toArray();
    if (levels.isEmpty())
        return missing(u"levels"_s);
    for (const QJsonValue &value : levels) {
        const QJsonObject entry = value.toObject();
        const QString level = entry.value("level"_L1).toString();
        if (level.isEmpty())
            return missing(u"levels[].level"_s);
        const auto deadline = deadlineOf(entry.value("deadline"_L1), u"levels: "_s + level);
        if (!deadline)
            return Failure{deadline.error()};
        campaign.levels.append({level, *deadline});
    }
    for (const QJsonValue &value : root.value("documents"_L1).toArray()) {
        const QJsonObject entry = value.toObject();
        campaign.documents.append(
            {0, entry.value("number"_L1).toString(), dateOf(entry.value("date"_L1)),
             entry.value("issuer"_L1).toString(), entry.value("title"_L1).toString()});
    }
    for (const QJsonValue &value : root.value("key_dates"_L1).toArray()) {
        const QJsonObject entry = value.toObject();
        const QDate date = dateOf(entry.value("date"_L1));
        if (!date.isValid())
            return Failure{tr("%1: a key date must be written yyyy-MM-dd.").arg(fileName)};
        campaign.keyDates.append({0, date, entry.value("label"_L1).toString()});
    }
    for (const QJsonValue &value : root.value("overrides"_L1).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString unit = entry.value("unit"_L1).toString();
        const auto deadline = deadlineOf(entry.value("deadline"_L1), u"overrides: "_s + unit);
        if (!deadline)
            return Failure{deadline.error()};
        if (unit.isEmpty() || !deadline->isValid())
            return missing(u"overrides[].unit, overrides[].deadline"_s);
        spec.m_overrides.append({unit, entry.value("level"_L1).toString(), *deadline});
    }
    for (const QJsonValue &value : root.value("pilots"_L1).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString unit = entry.value("unit"_L1).toString();
        const auto deadline = deadlineOf(entry.value("deadline"_L1), u"pilots: "_s + unit);
        if (!deadline)
            return Failure{deadline.error()};
        if (unit.isEmpty() || !deadline->isValid())
            return missing(u"pilots[].unit, pilots[].deadline"_s);
        spec.m_pilots.append({unit, QString(), *deadline});
    }
    return spec;
}

Result<qint64> CampaignSpec::create(Database &database) const
{
    UnitRepository units(database);
    CampaignRepository campaigns(database);
    Transaction transaction(database);
    if (auto begun = transaction.begin(); !begun)
        return Failure{begun.error()};

    // A code names the unit in force on the campaign's first day (since 2025 one code may
    // name an old unit and a new one).
    const auto root = units.byCode(m_rootCode, m_campaign.startsOn);
    if (!root)
        return Failure{root.error()};
    Campaign campaign = m_campaign;
    campaign.rootUnitId = root->id;
    const auto id = campaigns.create(campaign);
    if (!id)
        return id;
    for (const UnitDeadline &entry : m_overrides) {
        const auto unit = units.byCode(entry.unitCode, m_campaign.startsOn);
        if (!unit)
            return Failure{unit.error()};
        const QString level = entry.level.isEmpty() ? unit->level : entry.level;
        if (auto done = campaigns.setOverride(*id, unit->id, level, entry.deadline); !done)
            return Failure{done.error()};
    }
    for (const UnitDeadline &entry : m_pilots) {
        const auto unit = units.byCode(entry.unitCode, m_campaign.startsOn);
        if (!unit)
            return Failure{unit.error()};
        if (auto done = campaigns.setPilot(*id, unit->id, entry.deadline); !done)
            return Failure{done.error()};
    }
    if (auto committed = transaction.commit(); !committed)
        return Failure{committed.error()};
    return id;
}
