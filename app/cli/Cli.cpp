#include "Cli.h"

#include "CampaignRepository.h"
#include "CsvWriter.h"
#include "Database.h"
#include "Dates.h"
#include "ExampleData.h"
#include "Period.h"
#include "ReportFiles.h"
#include "Reports.h"
#include "SummaryReport.h"
#include "Translations.h"
#include "UnitImporter.h"
#include "UnitRepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Dates on the command line: dd/MM/yyyy as clerks write them, or yyyy-MM-dd as scripts do.
QDate parseDate(const QString &text)
{
    const auto date = Dates::parse(text);
    return date ? *date : QDate();
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Cli::Cli()
    : m_out(stdout)
    , m_err(stderr)
{
}

int Cli::fail(const QString &message)
{
    m_err << u"danvan-cli %1: "_s.arg(m_command) << QString(message).replace(u'\n', u' ')
          << Qt::endl;
    return Failed;
}

int Cli::wrongUsage(const QString &message)
{
    m_err << u"danvan-cli %1: "_s.arg(m_command) << message << u' '
          << tr("(see danvan-cli %1 --help)").arg(m_command) << Qt::endl;
    return WrongUsage;
}

QString Cli::generalHelp() const
{
    return tr("Usage: danvan-cli [--lang vi|en] COMMAND [options]\n"
              "\n"
              "Follows the summary conferences of the “Dân vận khéo” movement in a danvan "
              "database file.\n"
              "\n"
              "Commands:\n"
              "  init DB [--example]          create a database (with the Kiên Giang 2016–2020 "
              "example)\n"
              "  import-units DB FILE         import units from the national register's CSV or "
              "a hierarchy CSV\n"
              "  conference DB --unit CODE    record a unit's conference (scheduled, held, "
              "attendees, ...)\n"
              "  deadline DB --level LEVEL    set a level's deadline, or a unit's own tighter "
              "one\n"
              "  pilot DB --unit CODE         mark a pilot unit with its own deadline\n"
              "  summary DB                   print the state of the database as JSON\n"
              "  export DB --report R --format F --out FILE\n"
              "                               write a report (schedule, progress, exemplars, "
              "rewards, results, units) as CSV, XLSX or PDF, or a unit's reporting form "
              "(--report form --unit CODE)\n"
              "  import-results DB FILE...    read conference results back from spreadsheets "
              "(.xlsx, .xls, .ods, .csv)\n"
              "  backup DB OUT                copy the database safely, even while it is in "
              "use\n"
              "\n"
              "Run “danvan-cli COMMAND --help” for a command's options. Exit codes: 0 done, "
              "1 failed, 2 wrong usage.\n");
}

int Cli::run(const QStringList &arguments)
{
    // The language comes first, so that help and messages are already in it.
    Translations::Language language = Translations::Language::Vietnamese;
    QStringList args = arguments;
    for (int i = 1; i < args.size(); ++i) {
        QString value;
        if (args.at(i) == "--lang"_L1 && i + 1 < args.size())
            value = args.at(i + 1);
        else if (args.at(i).startsWith("--lang="_L1))
            value = args.at(i).mid(7);
        else
            continue;
        const auto chosen = Translations::fromCode(value);
        if (!chosen) {
            Translations::install(language);
            m_err << u"danvan-cli: "_s << tr("“%1” is not a language; use vi or en.").arg(value)
                  << u' ' << tr("(see danvan-cli --help)") << Qt::endl;
            return WrongUsage;
        }
        language = *chosen;
        args.remove(i, args.at(i) == "--lang"_L1 ? 2 : 1);
        --i;
    }
    Translations::install(language);

    if (args.size() < 2 || args.at(1) == "--help"_L1 || args.at(1) == "-h"_L1
        || args.at(1) == "help"_L1) {
        m_out << generalHelp();
        return args.size() < 2 ? WrongUsage : Success;
    }
    if (args.at(1) == "--version"_L1) {
        m_out << u"danvan-cli "_s << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    m_command = args.at(1);
    const QStringList rest = args;
    if (m_command == "init"_L1)
        return init(rest);
    if (m_command == "import-units"_L1)
        return importUnits(rest);
    if (m_command == "conference"_L1)
        return conference(rest);
    if (m_command == "deadline"_L1)
        return deadline(rest);
    if (m_command == "pilot"_L1)
        return pilot(rest);
    if (m_command == "summary"_L1)
        return summary(rest);
    if (m_command == "export"_L1)
        return exportReport(rest);
    if (m_command == "backup"_L1)
        return backup(rest);
    if (m_command == "import-results"_L1)
        return importResults(rest);
    m_err << tr("danvan-cli: “%1” is not a command. Run danvan-cli --help to see the commands.")
                 .arg(m_command)
          << Qt::endl;
    return WrongUsage;
}

int Cli::parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage,
               int positionalCount)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Shows this help."));
    parser.addOption(help);
    parser.addPositionalArgument(m_command, QString(), usage);
    if (!parser.parse(arguments))
        return wrongUsage(parser.errorText());
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positionalCount < 0 && positional.size() < 1 - positionalCount) {
        return wrongUsage(
            tr("%n argument(s) or more expected after the command.", nullptr, -positionalCount));
    }
    if (positionalCount >= 0 && positional.size() != positionalCount + 1) {
        return wrongUsage(
            tr("%n argument(s) expected after the command.", nullptr, positionalCount));
    }
    return -1;
}

int Cli::readCampaign(const QCommandLineParser &parser, const QCommandLineOption &option,
                      qint64 *campaignId)
{
    *campaignId = 0;
    if (!parser.isSet(option))
        return -1;
    bool ok = false;
    *campaignId = parser.value(option).toLongLong(&ok);
    if (!ok || *campaignId <= 0)
        return wrongUsage(
            tr("--campaign: “%1” is not a campaign number.").arg(parser.value(option)));
    return -1;
}

int Cli::init(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates a new danvan database. With --example it holds the Kiên Giang 2016–2020 "
           "campaign: the province, its 15 district-level units and 145 communes, the "
           "deadlines of Công văn 1029-CV/TU, Châu Thành's own deadline and the two pilots."));
    const QCommandLineOption example(u"example"_s, tr("Fill it with the Kiên Giang example."));
    parser.addOption(example);
    if (const int code = parse(parser, arguments, u"init DB"_s, 1); code >= 0)
        return code;
    const QString path = parser.positionalArguments().at(1);
    if (QFileInfo(path).exists() && QFileInfo(path).size() > 0)
        return fail(tr("“%1” already exists; init only creates new files.").arg(nativePath(path)));

    Database database;
    if (auto opened = database.open(path, Database::OpenMode::CreateIfMissing); !opened)
        return fail(opened.error());
    if (parser.isSet(example)) {
        const auto built = ExampleData::build(database);
        if (!built) {
            database.close();
            QFile::remove(path);
            return fail(built.error());
        }
        m_out << tr("Created %1 with the Kiên Giang 2016–2020 example (campaign %2).")
                     .arg(nativePath(path))
                     .arg(*built)
              << Qt::endl;
    } else {
        m_out << tr("Created %1.").arg(nativePath(path)) << Qt::endl;
    }
    return Success;
}

int Cli::importUnits(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports units from the national register's export saved as CSV (columns Tỉnh "
           "Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp, and optionally Tên "
           "Tiếng Anh), or from a hierarchy CSV (code, name, kind, parent_code). Units are "
           "matched by code: a newer edition renames, moves, adds and retires; nothing is "
           "ever deleted. A broken file changes nothing."));
    const QCommandLineOption effective(
        u"effective"_s,
        tr("The day the file's edition takes effect (default: today). Units it no longer "
           "lists end the day before."),
        tr("DATE"));
    parser.addOption(effective);
    if (const int code = parse(parser, arguments, u"import-units DB FILE"_s, 2); code >= 0)
        return code;
    QDate effectiveDate;
    if (parser.isSet(effective)) {
        effectiveDate = parseDate(parser.value(effective));
        if (!effectiveDate.isValid())
            return wrongUsage(tr("--effective: “%1” is not a date; write dd/MM/yyyy or "
                                 "yyyy-MM-dd.")
                                  .arg(parser.value(effective)));
    }
    Database database;
    if (auto opened = database.open(parser.positionalArguments().at(1)); !opened)
        return fail(opened.error());
    UnitImporter importer(database);
    importer.setEffectiveDate(effectiveDate);
    const auto report = importer.importFile(parser.positionalArguments().at(2));
    if (!report)
        return fail(report.error());
    m_out << report->summary() << Qt::endl;
    return Success;
}

int Cli::conference(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Records a unit's conference in a campaign. Only the fields given change; an "
           "empty value (\"\") clears a field. Dates are dd/MM/yyyy or yyyy-MM-dd."));
    const QCommandLineOption unitOption(u"unit"_s, tr("The unit's register code."), tr("CODE"));
    const QCommandLineOption campaignOption(
        u"campaign"_s, tr("The campaign's number (needed when the unit takes part in several)."),
        tr("ID"));
    const QCommandLineOption scheduled(u"scheduled"_s, tr("The day it is planned for."),
                                       tr("DATE"));
    const QCommandLineOption venue(u"venue"_s, tr("Where it is held."), tr("TEXT"));
    const QCommandLineOption held(u"held"_s, tr("The day it was held."), tr("DATE"));
    const QCommandLineOption chair(u"chair"_s, tr("Who chaired it."), tr("TEXT"));
    const QCommandLineOption attendees(u"attendees"_s, tr("How many attended."), tr("N"));
    const QCommandLineOption report(u"report"_s, tr("The day its report was received."),
                                    tr("DATE"));
    const QCommandLineOption note(u"note"_s, tr("A note."), tr("TEXT"));
    parser.addOptions(
        {unitOption, campaignOption, scheduled, venue, held, chair, attendees, report, note});
    if (const int code = parse(parser, arguments, u"conference DB"_s, 1); code >= 0)
        return code;
    if (!parser.isSet(unitOption))
        return wrongUsage(tr("--unit CODE is required."));

    // Check every value before opening the file, so that a typing mistake changes nothing.
    const auto dateOption = [&](const QCommandLineOption &option, QDate *date) -> bool {
        const QString text = parser.value(option).trimmed();
        if (text.isEmpty()) {
            *date = QDate();
            return true;
        }
        *date = parseDate(text);
        return date->isValid();
    };
    QDate scheduledDate, heldDate, reportDate;
    for (const auto &[option, date] :
         {std::pair{&scheduled, &scheduledDate}, std::pair{&held, &heldDate},
          std::pair{&report, &reportDate}}) {
        if (parser.isSet(*option) && !dateOption(*option, date)) {
            return wrongUsage(tr("--%1: “%2” is not a date; write dd/MM/yyyy or yyyy-MM-dd.")
                                  .arg(option->names().first(), parser.value(*option)));
        }
    }
    int attendeeCount = -1;
    if (parser.isSet(attendees) && !parser.value(attendees).trimmed().isEmpty()) {
        bool ok = false;
        attendeeCount = parser.value(attendees).trimmed().toInt(&ok);
        if (!ok || attendeeCount < 0)
            return wrongUsage(tr("--attendees: “%1” is not a number of people; write a whole "
                                 "number, 0 or more.")
                                  .arg(parser.value(attendees)));
    }
    qint64 campaignId = 0;
    if (const int code = readCampaign(parser, campaignOption, &campaignId); code >= 0)
        return code;

    Database database;
    if (auto opened = database.open(parser.positionalArguments().at(1)); !opened)
        return fail(opened.error());
    const auto unit = UnitRepository(database).byCode(parser.value(unitOption).trimmed());
    if (!unit)
        return fail(unit.error());
    CampaignRepository campaigns(database);
    if (campaignId == 0) {
        const auto ids = campaigns.campaignsOfUnit(unit->id);
        if (!ids)
            return fail(ids.error());
        if (ids->isEmpty())
            return fail(tr("%1 (%2) takes part in no campaign.").arg(unit->name, unit->code));
        if (ids->size() > 1) {
            QStringList numbers;
            for (qint64 id : *ids)
                numbers.append(QString::number(id));
            return fail(tr("%1 (%2) takes part in campaigns %3; choose one with --campaign.")
                            .arg(unit->name, unit->code, numbers.join(u", "_s)));
        }
        campaignId = ids->first();
    }
    auto current = campaigns.conference(campaignId, unit->id);
    if (!current)
        return fail(current.error());
    Conference conference = *current;
    if (parser.isSet(scheduled))
        conference.scheduledOn = scheduledDate;
    if (parser.isSet(held))
        conference.heldOn = heldDate;
    if (parser.isSet(report))
        conference.reportReceivedOn = reportDate;
    if (parser.isSet(attendees))
        conference.attendees = attendeeCount;
    if (parser.isSet(venue))
        conference.venue = parser.value(venue).trimmed();
    if (parser.isSet(chair))
        conference.chair = parser.value(chair).trimmed();
    if (parser.isSet(note))
        conference.note = parser.value(note).trimmed();
    if (auto saved = campaigns.saveConference(conference); !saved)
        return fail(tr("%1 (%2): %3").arg(unit->name, unit->code, saved.error()));
    m_out << tr("Saved the conference of %1 (%2) in campaign %3: %4.")
                 .arg(unit->name, unit->code)
                 .arg(campaignId)
                 .arg(Conference::stageName(conference.stageOn(QDate(9999, 12, 31))).toLower())
          << Qt::endl;
    return Success;
}

int Cli::deadline(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sets a deadline, written as directives write it (“cuối tháng 6-2020”, “tháng "
           "5/2020”, “trước ngày 15/10/2020”, “30/06/2020”, ...). Without --unit it is the "
           "campaign's deadline for the level; with --unit it is that unit's own deadline for "
           "the level in its part of the tree, which may be tighter than the one above it, "
           "never looser."));
    const QCommandLineOption campaignOption(u"campaign"_s,
                                            tr("The campaign's number (default: "
                                               "the only one)."),
                                            tr("ID"));
    const QCommandLineOption levelOption(
        u"level"_s, tr("province, district or commune (default: the unit's own level)."),
        tr("LEVEL"));
    const QCommandLineOption unitOption(u"unit"_s, tr("The register code of the unit setting it."),
                                        tr("CODE"));
    const QCommandLineOption textOption(u"text"_s, tr("The deadline phrase."), tr("PHRASE"));
    const QCommandLineOption removeOption(u"remove"_s, tr("Remove the unit's own deadline."));
    parser.addOptions({campaignOption, levelOption, unitOption, textOption, removeOption});
    if (const int code = parse(parser, arguments, u"deadline DB"_s, 1); code >= 0)
        return code;
    if (parser.isSet(textOption) == parser.isSet(removeOption))
        return wrongUsage(tr("Give either --text PHRASE or --remove."));
    if (!parser.isSet(unitOption) && (!parser.isSet(levelOption) || parser.isSet(removeOption)))
        return wrongUsage(tr("Give --level for a campaign's deadline, or --unit for a unit's "
                             "own."));

    Database database;
    if (auto opened = database.open(parser.positionalArguments().at(1)); !opened)
        return fail(opened.error());
    CampaignRepository campaigns(database);
    const auto all = campaigns.all();
    if (!all)
        return fail(all.error());
    qint64 campaignId = 0;
    if (const int code = readCampaign(parser, campaignOption, &campaignId); code >= 0)
        return code;
    if (!parser.isSet(campaignOption)) {
        if (all->size() != 1)
            return wrongUsage(tr("The file has %n campaign(s); choose one with --campaign.",
                                 nullptr, int(all->size())));
        campaignId = all->first().id;
    }
    const auto campaign = campaigns.byId(campaignId);
    if (!campaign)
        return fail(campaign.error());

    Period period;
    if (parser.isSet(textOption)) {
        const auto parsed = Period::parse(parser.value(textOption), campaign->startsOn.year());
        if (!parsed)
            return fail(parsed.error());
        period = *parsed;
    }
    if (!parser.isSet(unitOption)) {
        const QString level = parser.value(levelOption);
        if (auto done = campaigns.setLevelDeadline(campaignId, level, period); !done)
            return fail(done.error());
        m_out << tr("The deadline of the level %1 is now %2 (%3).")
                     .arg(level, period.text(), period.last().toString(u"dd/MM/yyyy"_s))
              << Qt::endl;
        return Success;
    }
    const auto unit = UnitRepository(database).byCode(parser.value(unitOption).trimmed());
    if (!unit)
        return fail(unit.error());
    const QString level = parser.isSet(levelOption) ? parser.value(levelOption) : unit->level;
    if (parser.isSet(removeOption)) {
        if (auto done = campaigns.removeOverride(campaignId, unit->id, level); !done)
            return fail(done.error());
        m_out << tr("%1 (%2) no longer sets its own deadline for the level %3.")
                     .arg(unit->name, unit->code, level)
              << Qt::endl;
        return Success;
    }
    if (auto done = campaigns.setOverride(campaignId, unit->id, level, period); !done)
        return fail(done.error());
    m_out << tr("%1 (%2) now sets the deadline %3 (%4) for the level %5.")
                 .arg(unit->name, unit->code, period.text(),
                      period.last().toString(u"dd/MM/yyyy"_s), level)
          << Qt::endl;
    return Success;
}

int Cli::pilot(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Marks a unit as the pilot (đơn vị điểm) of its level, with its own deadline, which "
           "may not be later than the unit's deadline without it; or removes the mark."));
    const QCommandLineOption campaignOption(u"campaign"_s,
                                            tr("The campaign's number (default: "
                                               "the only one)."),
                                            tr("ID"));
    const QCommandLineOption unitOption(u"unit"_s, tr("The pilot unit's register code."),
                                        tr("CODE"));
    const QCommandLineOption textOption(u"text"_s, tr("The pilot's deadline phrase."),
                                        tr("PHRASE"));
    const QCommandLineOption removeOption(u"remove"_s, tr("Remove the pilot mark."));
    parser.addOptions({campaignOption, unitOption, textOption, removeOption});
    if (const int code = parse(parser, arguments, u"pilot DB"_s, 1); code >= 0)
        return code;
    if (!parser.isSet(unitOption))
        return wrongUsage(tr("--unit CODE is required."));
    if (parser.isSet(textOption) == parser.isSet(removeOption))
        return wrongUsage(tr("Give either --text PHRASE or --remove."));

    Database database;
    if (auto opened = database.open(parser.positionalArguments().at(1)); !opened)
        return fail(opened.error());
    const auto unit = UnitRepository(database).byCode(parser.value(unitOption).trimmed());
    if (!unit)
        return fail(unit.error());
    CampaignRepository campaigns(database);
    qint64 campaignId = 0;
    if (const int code = readCampaign(parser, campaignOption, &campaignId); code >= 0)
        return code;
    if (!parser.isSet(campaignOption)) {
        const auto ids = campaigns.campaignsOfUnit(unit->id);
        if (!ids)
            return fail(ids.error());
        if (ids->size() != 1)
            return wrongUsage(tr("%1 (%2) takes part in %n campaign(s); choose one with "
                                 "--campaign.",
                                 nullptr, int(ids->size()))
                                  .arg(unit->name, unit->code));
        campaignId = ids->first();
    }
    if (parser.isSet(removeOption)) {
        if (auto done = campaigns.removePilot(campaignId, unit->id); !done)
            return fail(done.error());
        m_out << tr("%1 (%2) is no longer a pilot.").arg(unit->name, unit->code) << Qt::endl;
        return Success;
    }
    const auto campaign = campaigns.byId(campaignId);
    if (!campaign)
        return fail(campaign.error());
    const auto period = Period::parse(parser.value(textOption), campaign->startsOn.year());
    if (!period)
        return fail(period.error());
    if (auto done = campaigns.setPilot(campaignId, unit->id, *period); !done)
        return fail(done.error());
    m_out << tr("%1 (%2) is the pilot of its level, with the deadline %3 (%4).")
                 .arg(unit->name, unit->code, period->text(),
                      period->last().toString(u"dd/MM/yyyy"_s))
          << Qt::endl;
    return Success;
}

int Cli::summary(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the state of the database as JSON: units in force per level, retired units, "
           "and for each campaign its levels, deadlines, pilots, units' own deadlines, "
           "conference counts as of the day, the overdue list and order warnings."));
    const QCommandLineOption campaignOption(u"campaign"_s, tr("Only this campaign."), tr("ID"));
    const QCommandLineOption todayOption(u"today"_s, tr("The day to evaluate (default: today)."),
                                         tr("DATE"));
    parser.addOptions({campaignOption, todayOption});
    if (const int code = parse(parser, arguments, u"summary DB"_s, 1); code >= 0)
        return code;
    QDate today = QDate::currentDate();
    if (parser.isSet(todayOption)) {
        today = parseDate(parser.value(todayOption));
        if (!today.isValid())
            return wrongUsage(tr("--today: “%1” is not a date; write yyyy-MM-dd.")
                                  .arg(parser.value(todayOption)));
    }
    qint64 campaignNumber = 0;
    if (const int code = readCampaign(parser, campaignOption, &campaignNumber); code >= 0)
        return code;
    const std::optional<qint64> campaignId =
        campaignNumber > 0 ? std::optional<qint64>(campaignNumber) : std::nullopt;
    Database database;
    if (auto opened = database.open(parser.positionalArguments().at(1)); !opened)
        return fail(opened.error());
    const auto json = SummaryReport::build(database, campaignId, today);
    if (!json)
        return fail(json.error());
    m_out << QString::fromUtf8(QJsonDocument(*json).toJson(QJsonDocument::Indented));
    return Success;
}

int Cli::exportReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a report as CSV (UTF-8 with a byte-order mark, as Excel on a Vietnamese "
           "Windows expects), XLSX or PDF (a Party document, with the office's heading and "
           "signature). A report with several tables writes one CSV per table: FILE, then "
           "FILE-2.csv, FILE-3.csv. Text cells that a spreadsheet would run as a formula "
           "(beginning with =, +, -, @) are written with an apostrophe in front."));
    const QCommandLineOption reportOption(
        u"report"_s, tr("schedule, progress, exemplars, rewards, results, units, or form."),
        tr("REPORT"));
    const QCommandLineOption formatOption(u"format"_s, tr("csv, xlsx or pdf."), tr("FORMAT"));
    const QCommandLineOption outOption(u"out"_s, tr("The file to write."), tr("FILE"));
    const QCommandLineOption campaignOption(
        u"campaign"_s, tr("The campaign's number (default: the only one)."), tr("ID"));
    const QCommandLineOption todayOption(u"today"_s,
                                         tr("The day the report is as of (default: "
                                            "today)."),
                                         tr("DATE"));
    const QCommandLineOption delimiterOption(
        u"delimiter"_s, tr("CSV: the separator, “,” (default) or “;”."), tr("CHAR"));
    const QCommandLineOption datesOption(
        u"dates"_s, tr("CSV: dates as dmy (dd/MM/yyyy, default) or iso."), tr("STYLE"));
    const QCommandLineOption numberOption(
        u"number"_s,
        tr("PDF: the document's number, before its symbol (“12” in “Số 12-TB/BDVTU”)."), tr("N"));
    const QCommandLineOption orientationOption(
        u"orientation"_s, tr("PDF: portrait or landscape (default: the report's own)."),
        tr("ORIENTATION"));
    const QCommandLineOption unitOption(
        u"unit"_s,
        tr("form: the unit whose reporting form to write (it and the units right below it)."),
        tr("CODE"));
    const QCommandLineOption allBelowOption(
        u"all-below"_s,
        tr("form: write one form for each unit right below this one, into the folder --out."),
        tr("CODE"));
    parser.addOptions({reportOption, formatOption, outOption, campaignOption, todayOption,
                       delimiterOption, datesOption, numberOption, orientationOption, unitOption,
                       allBelowOption});
    if (const int code = parse(parser, arguments, u"export DB"_s, 1); code >= 0)
        return code;

    if (parser.value(reportOption) == "form"_L1) {
        if (parser.isSet(unitOption) == parser.isSet(allBelowOption))
            return wrongUsage(tr("--report form: give --unit CODE or --all-below CODE."));
        return exportForms(parser,
                           parser.value(parser.isSet(unitOption) ? unitOption : allBelowOption),
                           parser.isSet(allBelowOption));
    }
    const auto kind = Reports::fromName(parser.value(reportOption));
    if (!kind)
        return wrongUsage(tr("--report: write schedule, progress, exemplars, rewards, results, "
                             "units or form."));
    const QString format = parser.value(formatOption).toLower();
    if (format != "csv"_L1 && format != "xlsx"_L1 && format != "pdf"_L1)
        return wrongUsage(tr("--format: write csv, xlsx or pdf."));
    const QString out = parser.value(outOption);
    if (out.isEmpty())
        return wrongUsage(tr("--out FILE is required."));
    QDate today = QDate::currentDate();
    if (parser.isSet(todayOption)) {
        today = parseDate(parser.value(todayOption));
        if (!today.isValid())
            return wrongUsage(tr("--today: “%1” is not a date; write yyyy-MM-dd.")
                                  .arg(parser.value(todayOption)));
    }
    qint64 campaignId = 0;
    if (const int code = readCampaign(parser, campaignOption, &campaignId); code >= 0)
        return code;

    Database database;
    if (auto opened = database.open(parser.positionalArguments().at(1)); !opened)
        return fail(opened.error());
    ExportChoices choices = ExportChoices::officeDefaults(database);
    choices.format = format == "csv"_L1 ? ExportChoices::Format::Csv
        : format == "xlsx"_L1           ? ExportChoices::Format::Xlsx
                                        : ExportChoices::Format::Pdf;
    choices.documentNumber = parser.value(numberOption);
    if (parser.isSet(delimiterOption)) {
        const QString value = parser.value(delimiterOption);
        if (value != ","_L1 && value != ";"_L1)
            return wrongUsage(tr("--delimiter: write “,” or “;”."));
        choices.delimiter = value.at(0);
    }
    if (parser.isSet(datesOption)) {
        const QString dates = parser.value(datesOption);
        if (dates != "dmy"_L1 && dates != "iso"_L1)
            return wrongUsage(tr("--dates: write dmy or iso."));
        choices.dates =
            dates == "iso"_L1 ? CsvWriter::DateStyle::Iso : CsvWriter::DateStyle::DayMonthYear;
    }
    if (parser.isSet(orientationOption)) {
        const QString value = parser.value(orientationOption);
        if (value != "portrait"_L1 && value != "landscape"_L1)
            return wrongUsage(tr("--orientation: write portrait or landscape."));
        choices.orientation =
            value == "portrait"_L1 ? Report::Orientation::Portrait : Report::Orientation::Landscape;
    }
    if (campaignId == 0 && *kind != Reports::Kind::Units) {
        const auto all = CampaignRepository(database).all();
        if (!all)
            return fail(all.error());
        if (all->size() != 1)
            return wrongUsage(tr("The file has %n campaign(s); choose one with --campaign.",
                                 nullptr, int(all->size())));
        campaignId = all->first().id;
    }

    const auto report = Reports::build(*kind, database, campaignId, today);
    if (!report)
        return fail(report.error());

    const auto written = ReportFiles::write(*report, database, out, choices);
    if (!written)
        return fail(written.error());
    if (choices.format == ExportChoices::Format::Pdf)
        m_out << tr("%n page(s).", nullptr, written->pages) << u' ';
    m_out << tr("Written: %1").arg(written->files.join(u", "_s)) << Qt::endl;
    return Success;
}

int Cli::backup(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a consistent copy of a danvan file, even while a window or another command "
           "is using it. An earlier file named OUT is replaced only once the copy is complete. "
           "To restore, open the copy (or copy it back in place of the file)."));
    if (const int code = parse(parser, arguments, u"backup DB OUT"_s, 2); code >= 0)
        return code;
    const QString out = parser.positionalArguments().at(2);
    Database database;
    if (auto opened = database.open(parser.positionalArguments().at(1)); !opened)
        return fail(opened.error());
    if (auto copied = database.backUp(out); !copied)
        return fail(copied.error());
    m_out << tr("Copied to %1.").arg(nativePath(out)) << Qt::endl;
    return Success;
}
