#include "ReorganisationImporter.h"

#include "CampaignRepository.h"
#include "Database.h"
#include "Dates.h"
#include "LineageRepository.h"
#include "StringKey.h"
#include "Text.h"
#include "Transaction.h"
#include "UnitKind.h"
#include "UnitRepository.h"
#include "UnitSnapshot.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

const QString provinceLevel = u"province"_s;
const QString communeLevel = u"commune"_s;

/// A unit of the new order and what becomes of the unit in force with its code.
struct Planned
{
    enum class Fate {
        Create, ///< no unit has the code on the effective day
        Update, ///< the unit in force carries on (or was made by an earlier import)
        Replace, ///< the unit in force ends the day before, a new one begins
    };

    QString code;
    QString name;
    QString kind;
    QString level;
    int province = -1; ///< communes: index of their province among the planned ones
    const Unit *existing = nullptr;
    Fate fate = Fate::Create;
    qint64 id = 0;
    int line = 0;
};

QString kindOf(const QString &name, const QString &level)
{
    const QString kind = UnitKind::fromName(name);
    if (!kind.isEmpty())
        return kind;
    return level == provinceLevel ? u"tỉnh"_s : u"xã"_s;
}

bool sameName(const QString &a, const QString &b)
{
    return Text::nameKey(a) == Text::nameKey(b);
}

using LinkKey = std::pair<qint64, qint64>;

/// The links an import makes, merged when several rows join the same two units.
class PlannedLinks
{
public:
    void add(qint64 predecessor, qint64 successor, UnitLink::Kind kind, const QString &note,
             QDate on)
    {
        if (predecessor == 0 || successor == 0 || predecessor == successor)
            return;
        const LinkKey key{predecessor, successor};
        if (const auto it = m_index.constFind(key); it != m_index.cend()) {
            UnitLink &link = m_links[*it];
            // Two rows for one pair ("một phần diện tích", "một phần dân số"): in part.
            if (kind == UnitLink::Kind::Part || link.kind == UnitLink::Kind::Part)
                link.kind = UnitLink::Kind::Part;
            if (!note.isEmpty() && !link.note.split(u"; "_s).contains(note))
                link.note = link.note.isEmpty() ? note : link.note + u"; "_s + note;
            return;
        }
        m_index.insert(key, int(m_links.size()));
        m_links.append({predecessor, successor, kind, on, note});
    }
    const QList<UnitLink> &links() const { return m_links; }

private:
    QList<UnitLink> m_links;
    QHash<LinkKey, int> m_index;
};

} // namespace

ReorganisationImporter::ReorganisationImporter(Database &database)
    : m_database(database)
{
}

Result<ImportTally> ReorganisationImporter::apply(const Reorganisation &reorganisation,
                                                  QDate effective, const QString &fileName,
                                                  const UnitSnapshot &snapshot)
{
    const bool table = reorganisation.source == Reorganisation::Source::ConversionTable;
    ImportTally report;
    report.format = table ? ImportTally::Format::ConversionTable : ImportTally::Format::CommuneList;
    report.rows = reorganisation.rows;
    report.units = int(reorganisation.provinces.size() + reorganisation.communes.size());
    report.effective = effective;
    const QDate before = effective.addDays(-1);

    UnitRepository units(m_database);
    LineageRepository lineage(m_database);
    const auto storedLinks = lineage.all();
    if (!storedLinks)
        return Failure{storedLinks.error()};

    // Where each new commune came from, and where each old code went.
    QHash<StringKey, QList<const Reorganisation::Origin *>> originsOf;
    QHash<StringKey, QString> newCodeOfOld; // the first named; splitOldCodes has those with more
    QSet<StringKey> splitOldCodes;
    originsOf.reserve(reorganisation.communes.size());
    newCodeOfOld.reserve(reorganisation.origins.size());
    for (const Reorganisation::Origin &origin : reorganisation.origins) {
        originsOf[origin.newCode].append(&origin);
        if (!origin.oldCode.isEmpty()) {
            const auto known = newCodeOfOld.constFind(origin.oldCode);
            if (known == newCodeOfOld.cend())
                newCodeOfOld.insert(origin.oldCode, origin.newCode);
            else if (*known != origin.newCode)
                splitOldCodes.insert(origin.oldCode);
        }
    }
    QHash<StringKey, QString> provinceOfCommune; // new commune code → new province code
    for (const Reorganisation::Commune &commune : reorganisation.communes)
        provinceOfCommune.insert(commune.code, commune.provinceCode);

    // New provinces that took in another province, and old ones that went elsewhere (by
    // code): these do not carry an old province on.
    QSet<StringKey> mixedProvinces;
    for (const Reorganisation::Origin &origin : reorganisation.origins) {
        const QString into = provinceOfCommune.value(origin.newCode);
        if (!origin.oldProvinceCode.isEmpty() && origin.oldProvinceCode != into) {
            mixedProvinces.insert(into);
            mixedProvinces.insert(origin.oldProvinceCode);
        }
    }

    // What becomes of the unit in force on the effective day with a new unit's code.
    const auto decide = [&](Planned &planned, bool carriesOn) {
        planned.existing = snapshot.inForce(planned.code, effective);
        if (!planned.existing) {
            planned.fate = Planned::Fate::Create;
        } else if (planned.existing->level == planned.level
                   && ((planned.existing->validFrom.isValid()
                        && planned.existing->validFrom >= effective)
                       || (carriesOn && sameName(planned.existing->name, planned.name)))) {
            planned.fate = Planned::Fate::Update;
        } else {
            planned.fate = Planned::Fate::Replace;
        }
    };

    // The new provinces: coded in the table; named only in the list, and then found among
    // the provinces in force on the effective day.
    QList<Planned> provinces;
    QHash<StringKey, int> provinceIndex; // by code (table) or by name key (list)
    for (const Reorganisation::Province &province : reorganisation.provinces) {
        Planned planned;
        planned.name = province.name;
        planned.level = provinceLevel;
        planned.kind = kindOf(province.name, provinceLevel);
        planned.line = province.line;
        if (table) {
            planned.code = province.code;
            // An old province carries on only when nothing else went into it and it went
            // nowhere else: the same code, the same name, and every row of it here.
            decide(planned, !mixedProvinces.contains(province.code));
            provinceIndex.insert(province.code, int(provinces.size()));
        } else {
            QList<const Unit *> found;
            for (const Unit &unit : snapshot.units()) {
                if (unit.level == provinceLevel && unit.isActiveOn(effective)
                    && sameName(unit.name, province.name))
                    found.append(&unit);
            }
            if (found.isEmpty()) {
                return Failure{tr("%1, line %2: no province named “%3” is in force on %4 in "
                                  "the database. Import the conversion table of 07/2025 first (it "
                                  "gives the new provinces their codes), or the register.")
                                   .arg(fileName)
                                   .arg(province.line)
                                   .arg(province.name, Dates::text(effective))};
            }
            if (found.size() > 1) {
                return Failure{tr("%1, line %2: more than one province named “%3” is in force "
                                  "on %4 (codes %5 and %6); the list names provinces only by "
                                  "name. Import the conversion table of 07/2025 instead.")
                                   .arg(fileName)
                                   .arg(province.line)
                                   .arg(province.name, Dates::text(effective), found.at(0)->code,
                                        found.at(1)->code)};
            }
            planned.existing = found.constFirst();
            planned.code = planned.existing->code;
            planned.name = planned.existing->name;
            planned.kind = planned.existing->kind;
            planned.fate = Planned::Fate::Update;
            provinceIndex.insert(Text::nameKey(province.name), int(provinces.size()));
        }
        provinces.append(planned);
    }

    QList<Planned> communes;
    for (const Reorganisation::Commune &commune : reorganisation.communes) {
        Planned planned;
        planned.code = commune.code;
        planned.name = commune.name;
        planned.level = communeLevel;
        planned.kind = kindOf(commune.name, communeLevel);
        planned.line = commune.line;
        planned.province = table ? provinceIndex.value(commune.provinceCode, -1)
                                 : provinceIndex.value(Text::nameKey(commune.provinceName), -1);
        // A commune carries on when it is its own only source, whole, and went nowhere else.
        bool alone = true;
        for (const Reorganisation::Origin *origin : originsOf.value(commune.code)) {
            alone = alone && origin->oldCode == commune.code && origin->kind != UnitLink::Kind::Part
                && !splitOldCodes.contains(origin->oldCode);
        }
        decide(planned, alone);
        communes.append(planned);
    }

    // Each row's old units in force the day before, found once: its province, its district
    // and its commune. Rows come in runs of one province and district.
    struct OldUnits
    {
        const Unit *province = nullptr;
        const Unit *district = nullptr;
        const Unit *unit = nullptr;
    };
    QList<OldUnits> oldUnitsOf;
    oldUnitsOf.reserve(reorganisation.origins.size());
    for (qsizetype row = 0; row < reorganisation.origins.size(); ++row) {
        const Reorganisation::Origin &origin = reorganisation.origins.at(row);
        const Reorganisation::Origin *previous =
            row > 0 ? &reorganisation.origins.at(row - 1) : nullptr;
        OldUnits old;
        old.province = previous && previous->oldProvinceCode == origin.oldProvinceCode
            ? oldUnitsOf.constLast().province
            : snapshot.inForce(origin.oldProvinceCode, before);
        old.district = previous && previous->oldDistrictCode == origin.oldDistrictCode
            ? oldUnitsOf.constLast().district
            : snapshot.inForce(origin.oldDistrictCode, before);
        old.unit = snapshot.inForce(origin.oldCode, before);
        oldUnitsOf.append(old);
    }

    // The provinces the file speaks for: those whose units it names, old or new.
    QSet<qint64> scope;
    const auto addScope = [&](const Unit *unit) {
        if (const Unit *top = snapshot.topOf(unit))
            scope.insert(top->id);
    };
    for (const OldUnits &old : std::as_const(oldUnitsOf)) {
        addScope(old.province);
        addScope(old.district);
        addScope(old.unit);
    }
    QSet<qint64> kept;
    QList<const Unit *> replaced;
    for (const QList<Planned> *list : {&provinces, &communes}) {
        for (const Planned &planned : *list) {
            if (!planned.existing)
                continue;
            addScope(planned.existing);
            if (planned.fate == Planned::Fate::Update)
                kept.insert(planned.existing->id);
            else
                replaced.append(planned.existing);
        }
    }

    // Everything of those provinces in force the day before that is not carried on ends
    // then: every district, every old commune, the old provinces themselves.
    QList<const Unit *> ending;
    QSet<qint64> endingIds;
    endingIds.reserve(snapshot.units().size());
    const auto addEnding = [&](const Unit *unit) {
        if (!unit || endingIds.contains(unit->id) || kept.contains(unit->id)
            || !unit->isActiveOn(before))
            return;
        endingIds.insert(unit->id);
        ending.append(unit);
    };
    for (qint64 top : std::as_const(scope)) {
        for (const Unit *unit : snapshot.subtree(top))
            addEnding(unit);
    }
    for (const Unit *unit : std::as_const(replaced))
        addEnding(unit);
    std::sort(ending.begin(), ending.end(),
              [](const Unit *a, const Unit *b) { return a->id < b->id; });

    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return Failure{begun.error()};

    QList<qint64> retiring;
    for (const Unit *unit : std::as_const(ending)) {
        if (unit->validTo != before)
            retiring.append(unit->id);
    }
    if (auto done = units.setValidTo(retiring, before); !done)
        return Failure{done.error()};
    report.retired = int(retiring.size());

    // The provinces, then the communes that need their ids, several units to a statement (on
    // a server each statement is a round trip); then the changes to units already on file.
    QList<Unit> changing;
    const auto write = [&](QList<Planned> &level,
                           const std::function<qint64(const Planned &)> &parentOf) -> Result<void> {
        QList<Unit> adding;
        QList<Planned *> added;
        for (Planned &planned : level) {
            const qint64 parentId = parentOf(planned);
            if (planned.fate == Planned::Fate::Update) {
                Unit updated = *planned.existing;
                planned.id = updated.id;
                const bool renamed = updated.name != planned.name || updated.kind != planned.kind;
                const bool moved = updated.parentId != parentId;
                if (!renamed && !moved) {
                    ++report.unchanged;
                    continue;
                }
                updated.name = planned.name;
                updated.kind = planned.kind;
                updated.parentId = parentId;
                changing.append(updated);
                report.renamed += renamed;
                report.moved += moved;
                continue;
            }
            Unit unit;
            unit.code = planned.code;
            unit.name = planned.name;
            unit.kind = planned.kind;
            unit.level = planned.level;
            unit.parentId = parentId;
            unit.validFrom = effective;
            unit.source = u"register"_s;
            adding.append(unit);
            added.append(&planned);
            ++report.added;
        }
        if (auto done = units.insert(adding); !done)
            return done;
        for (qsizetype i = 0; i < added.size(); ++i)
            added.at(i)->id = adding.at(i).id;
        return {};
    };
    if (auto done = write(provinces, [](const Planned &) { return qint64(0); }); !done)
        return Failure{done.error()};
    if (auto done = write(communes,
                          [&provinces](const Planned &planned) {
                              return planned.province >= 0 ? provinces.at(planned.province).id
                                                           : qint64(0);
                          });
        !done)
        return Failure{done.error()};
    if (auto done = units.update(changing); !done)
        return Failure{done.error()};

    if (table) {
        QHash<StringKey, qint64> communeId;
        for (const Planned &planned : std::as_const(communes))
            communeId.insert(planned.code, planned.id);
        QHash<StringKey, qint64> provinceId;
        for (const Planned &planned : std::as_const(provinces))
            provinceId.insert(planned.code, planned.id);

        PlannedLinks planned;
        // Old provinces: whole when all their rows went into one new province.
        QHash<qint64, QSet<qint64>> newProvincesOf;
        QHash<StringKey, int> rowsOfUnknownProvince;
        QStringList unknownProvinceOrder;
        QList<qint64> newProvinceOf; // of each row
        newProvinceOf.reserve(reorganisation.origins.size());
        for (const Reorganisation::Origin &origin : reorganisation.origins)
            newProvinceOf.append(provinceId.value(provinceOfCommune.value(origin.newCode)));
        for (qsizetype row = 0; row < reorganisation.origins.size(); ++row) {
            const Reorganisation::Origin &origin = reorganisation.origins.at(row);
            if (origin.oldProvinceCode.isEmpty())
                continue;
            const Unit *old = oldUnitsOf.at(row).province;
            if (!old) {
                if (!rowsOfUnknownProvince.contains(origin.oldProvinceCode))
                    unknownProvinceOrder.append(origin.oldProvinceCode);
                ++rowsOfUnknownProvince[origin.oldProvinceCode];
                continue;
            }
            newProvincesOf[old->id].insert(newProvinceOf.at(row));
        }
        for (qsizetype row = 0; row < reorganisation.origins.size(); ++row) {
            const Unit *old = oldUnitsOf.at(row).province;
            if (!old)
                continue;
            planned.add(old->id, newProvinceOf.at(row),
                        newProvincesOf.value(old->id).size() > 1 ? UnitLink::Kind::Part
                                                                 : UnitLink::Kind::Whole,
                        QString(), effective);
        }

        const auto where = [&fileName](const Reorganisation::Origin &origin) {
            return tr("%1, line %2").arg(fileName).arg(origin.line);
        };
        for (qsizetype row = 0; row < reorganisation.origins.size(); ++row) {
            const Reorganisation::Origin &origin = reorganisation.origins.at(row);
            const qint64 into = communeId.value(origin.newCode);
            const bool provinceKnown =
                origin.oldProvinceCode.isEmpty() || oldUnitsOf.at(row).province != nullptr;
            if (!provinceKnown)
                continue; // said once per province below
            const Unit *district = oldUnitsOf.at(row).district;
            if (!origin.oldCode.isEmpty()) {
                const Unit *old = oldUnitsOf.at(row).unit;
                if (!old) {
                    report.warnings.append(
                        tr("%1: %2 (%3): no unit of the database had the code on %4; no link "
                           "was recorded (%5).")
                            .arg(origin.oldCode, origin.oldName,
                                 origin.oldDistrictName.isEmpty() ? origin.oldProvinceName
                                                                  : origin.oldDistrictName,
                                 Dates::text(before), where(origin)));
                    continue;
                }
                const UnitLink::Kind kind = origin.kind.value_or(
                    splitOldCodes.contains(origin.oldCode) ? UnitLink::Kind::Part
                                                           : UnitLink::Kind::Whole);
                planned.add(old->id, into, kind, origin.note, effective);
            } else if (!origin.oldName.isEmpty()) {
                // An area named without a code: found by its name under its district.
                QList<const Unit *> found;
                if (district) {
                    for (const Unit *child : snapshot.children(district->id)) {
                        if (child->isActiveOn(before) && sameName(child->name, origin.oldName))
                            found.append(child);
                    }
                }
                if (found.size() != 1) {
                    report.warnings.append(
                        tr("%1 (%2): the old area has no code, and no single unit of that name "
                           "was under the district on %3; no link was recorded (%4).")
                            .arg(origin.oldName,
                                 origin.oldDistrictName.isEmpty() ? origin.oldProvinceName
                                                                  : origin.oldDistrictName,
                                 Dates::text(before), where(origin)));
                    continue;
                }
                planned.add(found.constFirst()->id, into,
                            origin.kind.value_or(UnitLink::Kind::Part), origin.note, effective);
            } else {
                // A whole district (a special zone): the district and every commune of it
                // that no row names went into the new unit.
                if (!district) {
                    report.warnings.append(
                        tr("%1 %2: no unit of the database had the code on %3; no link was "
                           "recorded (%4).")
                            .arg(origin.oldDistrictCode, origin.oldDistrictName,
                                 Dates::text(before), where(origin)));
                    continue;
                }
                const UnitLink::Kind kind = origin.kind == UnitLink::Kind::Part
                    ? UnitLink::Kind::Part
                    : UnitLink::Kind::Whole;
                planned.add(district->id, into, kind, origin.note, effective);
                for (const Unit *child : snapshot.children(district->id)) {
                    if (child->isActiveOn(before) && !newCodeOfOld.contains(child->code))
                        planned.add(child->id, into, kind, origin.note, effective);
                }
            }
        }
        for (const QString &code : std::as_const(unknownProvinceOrder)) {
            report.warnings.append(tr("%1: no unit of the database had this old province's code on "
                                      "%2; its %n row(s) gave the new units only, without links.",
                                      nullptr, rowsOfUnknownProvince.value(code))
                                       .arg(code, Dates::text(before)));
        }

        QHash<LinkKey, UnitLink> stored;
        for (const UnitLink &link : storedLinks->links())
            stored.insert({link.predecessorId, link.successorId}, link);
        QSet<qint64> predecessors;
        for (const UnitLink &link : storedLinks->links())
            predecessors.insert(link.predecessorId);
        QList<UnitLink> newLinks;
        QList<UnitLink> changedLinks;
        for (const UnitLink &link : planned.links()) {
            predecessors.insert(link.predecessorId);
            const auto it = stored.constFind({link.predecessorId, link.successorId});
            if (it == stored.cend())
                newLinks.append(link);
            else if (it->kind != link.kind || it->on != link.on || it->note != link.note)
                changedLinks.append(link);
        }
        if (auto done = lineage.insert(newLinks); !done)
            return Failure{done.error()};
        if (auto done = lineage.update(changedLinks); !done)
            return Failure{done.error()};
        report.linked += int(newLinks.size() + changedLinks.size());

        // Old communes that end with no successor named.
        QList<const Unit *> orphans;
        for (const Unit *unit : std::as_const(ending)) {
            if (unit->level == communeLevel && !predecessors.contains(unit->id))
                orphans.append(unit);
        }
        std::sort(orphans.begin(), orphans.end(), [](const Unit *a, const Unit *b) {
            return a->code == b->code ? a->id < b->id : a->code < b->code;
        });
        for (const Unit *unit : std::as_const(orphans)) {
            const Unit *parent = snapshot.byId(unit->parentId);
            report.warnings.append(tr("%1: %2 (%3) ends on %4, and the table names no unit it "
                                      "went into.")
                                       .arg(unit->code, unit->name,
                                            parent ? parent->name : QString(),
                                            Dates::text(before)));
        }
    }

    if (report.added > 0) {
        const auto joined = CampaignRepository(m_database).addMissingParticipants();
        if (!joined)
            return Failure{joined.error()};
        report.joinedCampaigns = *joined;
    }
    if (auto committed = transaction.commit(); !committed)
        return Failure{committed.error()};
    return report;
}
