#include "ReportBuilder.h"

#include "CampaignProgress.h"
#include "CampaignRepository.h"
#include "CatalogueRepository.h"
#include "Database.h"
#include "Dates.h"
#include "ExemplarRepository.h"
#include "LineageRepository.h"
#include "NominationChain.h"
#include "OfficeSettings.h"
#include "ResultsReport.h"
#include "RewardRepository.h"
#include "Schedule.h"
#include "SteeringRepository.h"
#include "StringKey.h"
#include "UnitKind.h"
#include "UnitRepository.h"
#include "UnitTree.h"

#include <QHash>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using Type = ReportColumn::Type;

/// What most reports of a campaign need, read once.
struct CampaignData
{
    std::shared_ptr<UnitTree> units;
    QList<Level> levels;
    std::shared_ptr<Schedule> schedule;

    QString levelName(const QString &key) const
    {
        for (const Level &level : levels) {
            if (level.key == key)
                return level.displayName();
        }
        return key;
    }
    QString unitName(qint64 id) const
    {
        const int index = units->indexOf(id);
        return index >= 0 ? units->at(index).name : QString();
    }
    QString unitLabel(qint64 id) const
    {
        const int index = units->indexOf(id);
        return index >= 0 ? units->label(index) : QString();
    }
};

Result<CampaignData> loadCampaign(Database &database, qint64 campaignId, QDate asOf)
{
    UnitRepository unitRepository(database);
    auto all = unitRepository.all();
    if (!all)
        return Failure{all.error()};
    const auto levels = unitRepository.levels();
    if (!levels)
        return Failure{levels.error()};
    auto lineage = LineageRepository(database).all();
    if (!lineage)
        return Failure{lineage.error()};
    CampaignData data;
    data.units = std::make_shared<UnitTree>(std::move(*all), std::move(lineage.value()));
    data.levels = *levels;
    auto schedule = Schedule::load(database, *data.units, campaignId);
    if (!schedule)
        return Failure{schedule.error()};
    data.schedule = std::make_shared<Schedule>(std::move(schedule.value()));
    const auto settings = OfficeSettings::read(database);
    if (!settings)
        return Failure{settings.error()};
    data.schedule->evaluate(asOf, settings->value(OfficeSettings::DueSoonDays));
    return data;
}

QString upper(const QString &text)
{
    return QLocale(QLocale::Vietnamese).toUpper(text);
}

// The campaign's name as a document title writes it: "TỔNG KẾT PHONG TRÀO ... 2016–2020".
QString campaignTitle(const Campaign &campaign)
{
    return upper(campaign.name);
}

// "By today's units": a column after `after` that names the units in force on `day` carrying
// on the unit of each row (its own, or the new ones it went into).
void addCarriedOnColumn(ReportPart &part, int after, QDate day,
                        std::shared_ptr<const CampaignData> data,
                        std::function<qint64(int)> unitOfRow)
{
    part.columns.insert(after + 1,
                        {ReportBuilder::tr("Today's unit"), ReportColumn::Type::Text, 20});
    part.row = [row = std::move(part.row), after, day, data, unitOfRow](int index) {
        ReportRow result = row(index);
        if (result.kind == ReportRow::Kind::Data)
            result.cells.insert(after + 1, data->units->carriedOnLabel(unitOfRow(index), day));
        else if (result.cells.size() > after)
            result.cells.insert(after + 1, QString());
        return result;
    };
}

ReportPart makePart(const QString &title, const QString &sheet, QList<ReportColumn> columns,
                    int rowCount, std::function<ReportRow(int)> row)
{
    ReportPart part;
    part.title = title;
    part.sheetName = sheet;
    part.columns = std::move(columns);
    part.rowCount = rowCount;
    part.row = std::move(row);
    return part;
}

QVariant count(qint64 value)
{
    return value >= 0 ? QVariant(value) : QVariant();
}

} // namespace

QString ReportBuilder::name(Kind kind)
{
    switch (kind) {
    case Kind::Schedule:
        return u"schedule"_s;
    case Kind::Progress:
        return u"progress"_s;
    case Kind::Exemplars:
        return u"exemplars"_s;
    case Kind::Rewards:
        return u"rewards"_s;
    case Kind::Units:
        return u"units"_s;
    case Kind::Results:
        return u"results"_s;
    }
    return {};
}

std::optional<ReportBuilder::Kind> ReportBuilder::fromName(const QString &name)
{
    for (Kind kind : {Kind::Schedule, Kind::Progress, Kind::Exemplars, Kind::Rewards, Kind::Units,
                      Kind::Results}) {
        if (ReportBuilder::name(kind) == name)
            return kind;
    }
    return std::nullopt;
}

Result<ReportDocument> ReportBuilder::build(Kind kind, Database &database, qint64 campaignId,
                                            QDate asOf, QDate unitsOn)
{
    switch (kind) {
    case Kind::Schedule:
        return schedule(database, campaignId, asOf);
    case Kind::Progress:
        return progress(database, campaignId, asOf);
    case Kind::Exemplars:
        return exemplars(database, campaignId, asOf, unitsOn);
    case Kind::Rewards:
        return rewards(database, campaignId, asOf, unitsOn);
    case Kind::Units:
        return units(database, asOf);
    case Kind::Results:
        return ResultsReport::build(database, campaignId, asOf);
    }
    return Failure{QStringLiteral("internal error: unknown report")};
}

Result<ReportDocument> ReportBuilder::schedule(Database &database, qint64 campaignId, QDate asOf)
{
    auto loaded = loadCampaign(database, campaignId, asOf);
    if (!loaded)
        return Failure{loaded.error()};
    const auto data = std::make_shared<CampaignData>(loaded.value());
    const auto groups = SteeringRepository(database).groups(campaignId);
    if (!groups)
        return Failure{groups.error()};
    auto groupOf = std::make_shared<QHash<qint64, QString>>();
    for (const SteeringGroup &group : *groups) {
        for (qint64 unit : group.unitIds)
            groupOf->insert(unit, group.name);
    }

    // Rows by level, top first; below the top, each unit under the heading of its parent.
    const Schedule &schedule = *data->schedule;
    struct Line
    {
        int row = -1; ///< the schedule's row, or -1 for a heading
        QString heading;
    };
    auto lines = std::make_shared<QList<Line>>();
    const QList<CampaignLevel> &levels = schedule.campaign().levels;
    for (int l = 0; l < levels.size(); ++l) {
        const QString level = levels.at(l).level;
        lines->append({-1, tr("%1. %2").arg(l + 1).arg(upper(data->levelName(level)))});
        qint64 parent = -1;
        for (int row = 0; row < schedule.rows().size(); ++row) {
            const ScheduleRow &entry = schedule.rows().at(row);
            if (entry.conference.level != level)
                continue;
            if (l > 1 && entry.conference.parentUnitId != parent) {
                parent = entry.conference.parentUnitId;
                lines->append({-1, data->unitName(parent)});
            }
            lines->append({row, QString()});
        }
    }
    auto numbers = std::make_shared<QList<int>>();
    int number = 0;
    for (const Line &line : std::as_const(*lines))
        numbers->append(line.row >= 0 ? ++number : 0);

    const QList<ReportColumn> columns{
        {tr("No."), Type::Integer, 5},
        {tr("Code"), Type::Code, 7},
        {tr("Unit"), Type::Text, 22},
        {tr("Level"), Type::Text, 14, false},
        {tr("Under"), Type::Text, 18, false},
        {tr("Deadline"), Type::Date, 10},
        {tr("As the directive writes it"), Type::Text, 19},
        {tr("Pilot"), Type::Text, 6},
        {tr("Planned for"), Type::Date, 10},
        {tr("Venue"), Type::Text, 12},
        {tr("Held on"), Type::Date, 10},
        {tr("Standing"), Type::Text, 32},
        {tr("Steering group"), Type::Text, 9},
    };
    ReportDocument report;
    report.title = tr("CONFERENCE SCHEDULE\n%1").arg(campaignTitle(schedule.campaign()));
    report.subtitle = tr("(as of %1)").arg(Dates::text(asOf));
    report.date = asOf;
    report.orientation = ReportDocument::Orientation::Landscape;
    report.parts.append(makePart(QString(), tr("Schedule"), columns, int(lines->size()),
                                 [data, lines, numbers, groupOf](int index) {
                                     const Line &line = lines->at(index);
                                     ReportRow row;
                                     if (line.row < 0) {
                                         row.kind = ReportRow::Kind::Group;
                                         row.group = line.heading;
                                         return row;
                                     }
                                     const ScheduleRow &entry = data->schedule->rows().at(line.row);
                                     const Conference &conference = entry.conference;
                                     QString standing = Conference::stageName(entry.stage);
                                     if (entry.deadline.isValid())
                                         standing += u", "_s + Schedule::timelinessText(entry);
                                     if (entry.orderWarning)
                                         standing += u"; "_s + tr("held before the units below it");
                                     row.cells = {numbers->at(index),
                                                  entry.unitCode,
                                                  entry.unitLabel,
                                                  data->levelName(conference.level),
                                                  entry.parentName,
                                                  entry.deadline.last(),
                                                  entry.deadline.period.text(),
                                                  entry.pilot ? tr("yes") : QString(),
                                                  conference.scheduledOn,
                                                  conference.venue,
                                                  conference.heldOn,
                                                  standing,
                                                  groupOf->value(conference.unitId)};
                                     row.emphasised = entry.timeliness == Timeliness::Overdue;
                                     return row;
                                 }));
    return report;
}

Result<ReportDocument> ReportBuilder::progress(Database &database, qint64 campaignId, QDate asOf)
{
    auto loaded = loadCampaign(database, campaignId, asOf);
    if (!loaded)
        return Failure{loaded.error()};
    const auto data = std::make_shared<CampaignData>(loaded.value());
    const auto summary = std::make_shared<CampaignProgress>(*data->schedule);

    ReportDocument report;
    report.title = tr("REPORT ON THE PROGRESS OF THE CONFERENCES\n%1")
                       .arg(campaignTitle(data->schedule->campaign()));
    report.subtitle = tr("(as of %1)").arg(Dates::text(asOf));
    report.date = asOf;
    report.orientation = ReportDocument::Orientation::Portrait;

    const int levelCount = int(summary->levelTotals().size());
    report.parts.append(
        makePart(tr("I. Totals by level"), tr("By level"),
                 {{tr("Level"), Type::Text, 24},
                  {tr("Units"), Type::Integer, 8},
                  {tr("Held"), Type::Integer, 8},
                  {tr("Report received"), Type::Integer, 9},
                  {tr("Due soon"), Type::Integer, 8},
                  {tr("Overdue"), Type::Integer, 8}},
                 levelCount, [summary](int index) {
                     const CampaignProgress::LevelTotals &totals = summary->levelTotals().at(index);
                     ReportRow row;
                     row.cells = {totals.level.displayName(), totals.total,   totals.held,
                                  totals.reportReceived,      totals.dueSoon, totals.overdue};
                     return row;
                 }));

    if (!summary->districts().isEmpty()) {
        // Per unit of the level above the lowest: district, province or whatever it is.
        const QString noun = data->schedule->level(summary->districtLevel()).unitNoun();
        report.parts.append(makePart(
            tr("II. By %1").arg(noun.toLower()), tr("By %1").arg(noun.toLower()),
            {{tr("No."), Type::Integer, 4},
             {tr("Code"), Type::Code, 7},
             {noun, Type::Text, 22},
             {tr("Units below"), Type::Integer, 7},
             {tr("Held"), Type::Integer, 7},
             {tr("Overdue"), Type::Integer, 7},
             {tr("Its own conference"), Type::Text, 24},
             {tr("Deadline"), Type::Date, 11}},
            int(summary->districts().size()), [summary, data](int index) {
                const CampaignProgress::District &district = summary->districts().at(index);
                const ScheduleRow &entry = data->schedule->rows().at(district.scheduleRow);
                ReportRow row;
                row.cells = {index + 1,
                             district.code,
                             district.label,
                             district.below,
                             district.belowHeld,
                             district.belowOverdue,
                             QString(Conference::stageName(district.stage) + u", "_s
                                     + Schedule::timelinessText(entry)),
                             district.deadline.last()};
                row.emphasised = district.timeliness == Timeliness::Overdue;
                return row;
            }));
    }

    report.parts.append(makePart(
        summary->districts().isEmpty() ? tr("II. Overdue") : tr("III. Overdue"), tr("Overdue"),
        {{tr("No."), Type::Integer, 4},
         {tr("Code"), Type::Code, 7},
         {tr("Unit"), Type::Text, 26},
         {tr("Level"), Type::Text, 14},
         {tr("Deadline"), Type::Date, 11},
         {tr("Days overdue"), Type::Integer, 7},
         {tr("Note"), Type::Text, 14}},
        int(summary->overdue().size()), [summary, data](int index) {
            const CampaignProgress::OverdueEntry &entry = summary->overdue().at(index);
            ReportRow row;
            row.cells = {index + 1,
                         entry.code,
                         entry.label,
                         data->levelName(entry.level),
                         entry.deadline,
                         entry.daysOverdue,
                         entry.heldLate ? tr("held late") : tr("not held")};
            return row;
        }));
    return report;
}

Result<ReportDocument> ReportBuilder::exemplars(Database &database, qint64 campaignId, QDate asOf,
                                                QDate unitsOn)
{
    auto loaded = loadCampaign(database, campaignId, asOf);
    if (!loaded)
        return Failure{loaded.error()};
    const auto data = std::make_shared<CampaignData>(loaded.value());
    ExemplarRepository repository(database);
    const auto list = repository.exemplars(campaignId);
    if (!list)
        return Failure{list.error()};
    const auto nominations = repository.nominations(campaignId);
    if (!nominations)
        return Failure{nominations.error()};
    const auto fields =
        CatalogueRepository(database, CatalogueRepository::Catalogue::Fields).entries();
    if (!fields)
        return Failure{fields.error()};
    const auto rewardList = RewardRepository(database).rewards(campaignId);
    if (!rewardList)
        return Failure{rewardList.error()};
    const auto forms =
        CatalogueRepository(database, CatalogueRepository::Catalogue::RewardForms).entries();
    if (!forms)
        return Failure{forms.error()};

    auto fieldName = std::make_shared<QHash<qint64, QString>>();
    for (const CatalogueEntry &entry : *fields)
        fieldName->insert(entry.id, entry.name);
    QHash<qint64, QString> formName;
    for (const CatalogueEntry &entry : *forms)
        formName.insert(entry.id, entry.name);

    // For each exemplar: how far it went up, and the rewards it received.
    QHash<qint64, QList<Nomination>> stepsOf;
    for (const Nomination &nomination : *nominations)
        stepsOf[nomination.exemplarId].append(nomination);
    auto furthest = std::make_shared<QHash<qint64, QString>>();
    for (auto steps = stepsOf.cbegin(); steps != stepsOf.cend(); ++steps) {
        const auto last = NominationChain::furthest(*steps);
        if (!last)
            continue;
        const QString target =
            last->toUnitId == 0 ? tr("the national level") : data->unitName(last->toUnitId);
        furthest->insert(
            steps.key(),
            tr("to %1: %2").arg(target, Nomination::statusName(last->status).toLower()));
    }
    auto rewardsOf = std::make_shared<QHash<qint64, QStringList>>();
    for (const Reward &reward : *rewardList) {
        for (const RewardRecipient &recipient : reward.recipients) {
            if (recipient.exemplarId > 0) {
                (*rewardsOf)[recipient.exemplarId].append(
                    reward.decisionNumber.isEmpty()
                        ? formName.value(reward.formId)
                        : tr("%1 (%2)").arg(formName.value(reward.formId), reward.decisionNumber));
            }
        }
    }

    // By the unit it belongs to, in tree order, then as listed. Each unit's place in the tree
    // is looked up once: sorting by (place, position in the list) is the stable sort by place.
    auto sorted = std::make_shared<QList<Exemplar>>();
    {
        std::vector<std::pair<int, int>> order;
        order.reserve(size_t(list->size()));
        for (int i = 0; i < list->size(); ++i)
            order.emplace_back(data->units->indexOf(list->at(i).unitId), i);
        std::sort(order.begin(), order.end());
        sorted->reserve(list->size());
        for (const auto &entry : order)
            sorted->append(list->at(entry.second));
    }

    ReportDocument report;
    report.title = tr("MODELS AND EXEMPLARS OF THE “DÂN VẬN KHÉO” MOVEMENT\n%1")
                       .arg(campaignTitle(data->schedule->campaign()));
    report.subtitle = tr("(as of %1)").arg(Dates::text(asOf));
    report.date = asOf;
    report.orientation = ReportDocument::Orientation::Landscape;
    report.parts.append(makePart(
        tr("I. List"), tr("Models and exemplars"),
        {{tr("No."), Type::Integer, 4},
         {tr("Unit code"), Type::Code, 6},
         {tr("Unit"), Type::Text, 20},
         {tr("Name"), Type::Text, 30},
         {tr("Kind"), Type::Text, 14},
         {tr("Field"), Type::Text, 16},
         {tr("Commended by"), Type::Text, 18},
         {tr("Recognising level"), Type::Text, 12},
         {tr("Put forward"), Type::Text, 22},
         {tr("Rewards"), Type::Text, 18},
         {tr("Money mobilised (đồng)"), Type::Money, 12},
         {tr("Workdays"), Type::Integer, 8}},
        int(sorted->size()), [sorted, data, fieldName, furthest, rewardsOf](int index) {
            const Exemplar &exemplar = sorted->at(index);
            const UnitTree &units = *data->units;
            const int unit = units.indexOf(exemplar.unitId);
            const int commender = units.indexOf(exemplar.recognisedBy);
            ReportRow row;
            row.cells = {index + 1,
                         unit >= 0 ? units.at(unit).code : QString(),
                         unit >= 0 ? units.label(unit) : QString(),
                         exemplar.name,
                         Exemplar::kindName(exemplar.kind),
                         fieldName->value(exemplar.fieldId),
                         commender >= 0 ? units.label(commender) : QString(),
                         commender >= 0 ? data->levelName(units.at(commender).level) : QString(),
                         furthest->value(exemplar.id),
                         rewardsOf->value(exemplar.id).join(u"; "_s),
                         count(exemplar.money),
                         count(exemplar.workdays)};
            return row;
        }));
    if (unitsOn.isValid()) {
        addCarriedOnColumn(report.parts.last(), 2, unitsOn, data,
                           [sorted](int index) { return sorted->at(index).unitId; });
    }

    // The count table offices put in their summary reports: fields × recognising level.
    const QList<CampaignLevel> &levels = data->schedule->campaign().levels;
    struct Counts
    {
        QList<qint64> byLevel;
        qint64 collective = 0, individual = 0, money = 0;
    };
    QList<qint64> fieldIds;
    for (const CatalogueEntry &entry : *fields)
        fieldIds.append(entry.id);
    fieldIds.append(0); // field not set
    auto table = std::make_shared<QList<std::pair<QString, Counts>>>();
    Counts total;
    total.byLevel.fill(0, levels.size());
    for (qint64 field : std::as_const(fieldIds)) {
        Counts counts;
        counts.byLevel.fill(0, levels.size());
        for (const Exemplar &exemplar : std::as_const(*sorted)) {
            if (exemplar.fieldId != field)
                continue;
            const int commender = data->units->indexOf(exemplar.recognisedBy);
            const QString level = commender >= 0 ? data->units->at(commender).level : QString();
            for (int l = 0; l < levels.size(); ++l) {
                if (levels.at(l).level == level)
                    ++counts.byLevel[l];
            }
            (exemplar.kind == Exemplar::Kind::Collective ? counts.collective : counts.individual)++;
            counts.money += std::max<qint64>(exemplar.money, 0);
        }
        if (field == 0 && counts.collective + counts.individual == 0)
            continue;
        for (int l = 0; l < levels.size(); ++l)
            total.byLevel[l] += counts.byLevel.at(l);
        total.collective += counts.collective;
        total.individual += counts.individual;
        total.money += counts.money;
        table->append({field == 0 ? tr("(field not set)") : fieldName->value(field), counts});
    }
    table->append({tr("Total"), total});
    QList<ReportColumn> countColumns{{tr("Field"), Type::Text, 30}};
    for (const CampaignLevel &level : levels)
        countColumns.append({data->levelName(level.level), Type::Integer, 10});
    countColumns.append({tr("Collective models"), Type::Integer, 10});
    countColumns.append({tr("Individual exemplars"), Type::Integer, 10});
    countColumns.append({tr("Total"), Type::Integer, 8});
    countColumns.append({tr("Money mobilised (đồng)"), Type::Money, 14});
    report.parts.append(makePart(tr("II. Counts by field and level"), tr("By field and level"),
                                 countColumns, int(table->size()), [table](int index) {
                                     const auto &[name, counts] = table->at(index);
                                     ReportRow row;
                                     row.kind = index == table->size() - 1 ? ReportRow::Kind::Total
                                                                           : ReportRow::Kind::Data;
                                     row.cells.append(name);
                                     for (qint64 value : counts.byLevel)
                                         row.cells.append(value);
                                     row.cells.append(counts.collective);
                                     row.cells.append(counts.individual);
                                     row.cells.append(counts.collective + counts.individual);
                                     row.cells.append(counts.money);
                                     return row;
                                 }));
    return report;
}

Result<ReportDocument> ReportBuilder::rewards(Database &database, qint64 campaignId, QDate asOf,
                                              QDate unitsOn)
{
    auto loaded = loadCampaign(database, campaignId, asOf);
    if (!loaded)
        return Failure{loaded.error()};
    const auto data = std::make_shared<CampaignData>(loaded.value());
    const auto list = RewardRepository(database).rewards(campaignId);
    if (!list)
        return Failure{list.error()};
    const auto forms =
        CatalogueRepository(database, CatalogueRepository::Catalogue::RewardForms).entries();
    if (!forms)
        return Failure{forms.error()};
    auto formName = std::make_shared<QHash<qint64, QString>>();
    for (const CatalogueEntry &entry : *forms)
        formName->insert(entry.id, entry.name);
    const auto rewards = std::make_shared<QList<Reward>>(*list);

    ReportDocument report;
    report.title = tr("REWARDS OF THE “DÂN VẬN KHÉO” MOVEMENT\n%1")
                       .arg(campaignTitle(data->schedule->campaign()));
    report.subtitle = tr("(as of %1)").arg(Dates::text(asOf));
    report.date = asOf;
    report.orientation = ReportDocument::Orientation::Landscape;
    report.parts.append(makePart(QString(), tr("Rewards"),
                                 {{tr("No."), Type::Integer, 4},
                                  {tr("Decision"), Type::Text, 12},
                                  {tr("Dated"), Type::Date, 11},
                                  {tr("Form"), Type::Text, 14},
                                  {tr("Issued by"), Type::Text, 20},
                                  {tr("Signed by"), Type::Text, 22},
                                  {tr("At the conference of"), Type::Text, 20},
                                  {tr("Recipients"), Type::Text, 40},
                                  {tr("Number of recipients"), Type::Integer, 8}},
                                 int(rewards->size()), [rewards, formName, data](int index) {
                                     const Reward &reward = rewards->at(index);
                                     QStringList recipients;
                                     for (const RewardRecipient &recipient : reward.recipients)
                                         recipients.append(recipient.name);
                                     QString signer = reward.signer;
                                     if (!reward.signerTitle.isEmpty())
                                         signer = signer.isEmpty()
                                             ? reward.signerTitle
                                             : tr("%1, %2").arg(reward.signer, reward.signerTitle);
                                     ReportRow row;
                                     row.cells = {index + 1,
                                                  reward.decisionNumber,
                                                  reward.decisionDate,
                                                  formName->value(reward.formId),
                                                  reward.issuer,
                                                  signer,
                                                  data->unitLabel(reward.unitId),
                                                  recipients.join(u"; "_s),
                                                  qint64(reward.recipients.size())};
                                     return row;
                                 }));
    if (unitsOn.isValid()) {
        addCarriedOnColumn(report.parts.last(), 6, unitsOn, data,
                           [rewards](int index) { return rewards->at(index).unitId; });
    }
    return report;
}

Result<ReportDocument> ReportBuilder::units(Database &database, QDate asOf)
{
    UnitRepository repository(database);
    auto all = repository.all();
    if (!all)
        return Failure{all.error()};
    const auto levels = repository.levels();
    if (!levels)
        return Failure{levels.error()};
    // The list needs the tree's order only, not a whole UnitTree (search keys, labels), and
    // each word once, not once a row: a national list has over 11,000 rows.
    struct Listed
    {
        QList<Unit> units;
        UnitTree::Order order;
        QHash<StringKey, QString> levelNames;
        QHash<StringKey, QString> kindNames;
        QString retired;
        QString inForce;
    };
    const auto listed = std::make_shared<Listed>();
    listed->order = UnitTree::orderOf(*all);
    listed->units = std::move(*all);
    for (const Level &level : *levels)
        listed->levelNames.insert(level.key, level.displayName());
    for (const Unit &unit : std::as_const(listed->units)) {
        if (!listed->kindNames.contains(unit.kind))
            listed->kindNames.insert(unit.kind, UnitKind::displayName(unit.kind));
    }
    listed->retired = tr("retired");
    listed->inForce = tr("in force");

    ReportDocument report;
    report.title = tr("LIST OF UNITS");
    report.subtitle = tr("(as of %1)").arg(Dates::text(asOf));
    report.date = asOf;
    report.orientation = ReportDocument::Orientation::Portrait;
    report.parts.append(makePart(
        QString(), tr("List of units"),
        {{tr("Code"), Type::Code, 7},
         {tr("Name"), Type::Text, 28},
         {tr("Kind"), Type::Text, 12},
         {tr("Level"), Type::Text, 16},
         {tr("Parent code"), Type::Code, 7},
         {tr("Parent"), Type::Text, 24},
         {tr("In force from"), Type::Date, 11},
         {tr("In force until"), Type::Date, 11},
         {tr("Status"), Type::Text, 12}},
        int(listed->units.size()), [listed](int index) {
            const auto &order = listed->order;
            const Unit &unit = listed->units.at(order.units.at(index));
            const int parent = order.parents.at(index);
            const Unit *up = parent >= 0 ? &listed->units.at(order.units.at(parent)) : nullptr;
            ReportRow row;
            row.cells = {unit.code,
                         unit.name,
                         listed->kindNames.value(unit.kind),
                         listed->levelNames.value(unit.level, unit.level),
                         up ? up->code : QString(),
                         up ? up->name : QString(),
                         unit.validFrom,
                         unit.validTo,
                         unit.isRetired() ? listed->retired : listed->inForce};
            return row;
        }));
    return report;
}
