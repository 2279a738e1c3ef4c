#include "Cli.h"

#include "CalendarExport.h"
#include "CampaignRepository.h"
#include "CampaignSpec.h"
#include "CampaignSummary.h"
#include "CsvWriter.h"
#include "Database.h"
#include "DatabaseCopy.h"
#include "Dates.h"
#include "DayPlausibility.h"
#include "DeadlineRules.h"
#include "ExampleData.h"
#include "LineageRepository.h"
#include "Period.h"
#include "ReportBuilder.h"
#include "ReportFiles.h"
#include "SystemErrors.h"
#include "Text.h"
#include "Translations.h"
#include "UnitImporter.h"
#include "UnitRepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QScopeGuard>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <memory>
#include <optional>

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

// A level as the clerk may write it, without regard to case or accents: its key
// ("district"), its name in either language ("Cấp huyện và tương đương", "District and
// equivalent"), or the name's first words ("huyện", "cấp huyện", "cơ sở").
std::optional<Level> findLevel(const QList<Level> &levels, const QString &typed)
{
    const auto words = [](const QString &text) {
        QString key = Text::searchKey(text);
        if (key.startsWith("cap "_L1))
            key = key.mid(4);
        return key;
    };
    const QString wanted = words(typed);
    if (wanted.isEmpty())
        return std::nullopt;
    for (const Level &level : levels) {
        for (const QString &name : {level.key, level.nameVi, level.nameEn}) {
            const QString key = words(name);
            // "huyện và tương đương", "district and equivalent": the words before "and".
            const qsizetype cut = std::max(key.indexOf(" va "_L1), key.indexOf(" and "_L1));
            if (!key.isEmpty() && (key == wanted || (cut > 0 && key.left(cut) == wanted)))
                return level;
        }
    }
    return std::nullopt;
}

// "province (Cấp tỉnh), district (Cấp huyện và tương đương), commune (Cấp cơ sở)".
QString levelChoices(const QList<Level> &levels)
{
    QStringList choices;
    for (const Level &level : levels)
        choices.append(u"%1 (%2)"_s.arg(level.key, level.displayName()));
    return choices.join(u", "_s);
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
              "database: a file, or a database on a PostgreSQL server.\n"
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
              "rewards, results, units) as CSV, XLSX, PDF or ODT, or a unit's reporting form "
              "(--report form --unit CODE)\n"
              "  import-results DB FILE...    read conference results back from spreadsheets "
              "(.xlsx, .xls, .ods, .csv)\n"
              "  backup DB OUT                copy the database safely, even while it is in "
              "use\n"
              "  copy SRC DST                 copy a whole database into an empty one: a file "
              "onto a server, or a server into a new file\n"
              "  campaign create|list|export|next|rename|close|reopen|delete DB ...\n"
              "                               create a campaign from a description, list, "
              "describe, carry over, close or delete campaigns\n"
              "  check DB                     check a file without changing it: print what "
              "differs from the schema danvan creates, as JSON\n"
              "  lineage DB --unit CODE       print a unit's predecessors and successors as "
              "JSON\n"
              "  server init|grant|revoke|roles URL ...\n"
              "                               set up a PostgreSQL server shared by the province "
              "and its offices (postgresql://USER@HOST:PORT/DATABASE): create danvan's schema, "
              "give or take an office's login role its rights, list them as JSON\n"
              "\n"
              "DB is a danvan file, or a server's address "
              "postgresql://user@host:port/database (the password is taken from PGPASSWORD or "
              "~/.pgpass).\n"
              "\n"
              "Run “danvan-cli COMMAND --help” for a command's options. Exit codes: 0 done, "
              "1 failed, 2 wrong usage.\n");
}

int Cli::run(const QStringList &arguments)
{
    const int code = runCommand(arguments);
    // What was printed must have reached its place: a full disk is a failure, with its reason.
    errno = 0;
    m_out.flush();
    // What was written to the device itself (a preview's JSON) may wait in the device's
    // buffer, which the stream's flush() leaves alone when its own is empty.
    if (auto *file = qobject_cast<QFileDevice *>(m_out.device()))
        file->flush();
    int reason = errno;
    const bool flushed = std::fflush(stdout) == 0;
    if (reason == 0)
        reason = errno;
    if (m_out.status() == QTextStream::Ok && flushed && !std::ferror(stdout))
        return code;
    m_err << u"danvan-cli"_s << (m_command.isEmpty() ? QString() : u' ' + m_command) << u": "_s
          << tr("The output could not be written: %1.")
                 .arg(reason != 0 ? SystemErrors::text(reason)
                                  : SystemErrors::translate(m_out.device()->errorString()))
          << Qt::endl;
    return code == Success ? Failed : code;
}

int Cli::runCommand(const QStringList &arguments)
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
        // Without a command the call was wrong: the help goes with the error, on stderr.
        (args.size() < 2 ? m_err : m_out) << generalHelp();
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
    if (m_command == "copy"_L1)
        return copy(rest);
    if (m_command == "import-results"_L1)
        return importResults(rest);
    if (m_command == "campaign"_L1)
        return campaign(rest);
    if (m_command == "check"_L1)
        return check(rest);
    if (m_command == "lineage"_L1)
        return lineage(rest);
    if (m_command == "server"_L1)
        return server(rest);
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
    if (!parser.parse(arguments))
        return wrongUsage(parser.errorText());
    if (parser.isSet(help)) {
        // Qt's first line names the program by its path and puts no command in it; the
        // positional arguments are in the usage line, not in a list of their own.
        const QString text = parser.helpText();
        m_out << QCoreApplication::translate("QCommandLineParser", "Usage: %1")
                     .arg(u"danvan-cli "_s + usage + u' '
                          + QCoreApplication::translate("QCommandLineParser", "[options]"))
              << text.mid(text.indexOf(u'\n'));
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

int Cli::onlyCampaign(Database &database, qint64 *campaignId)
{
    if (*campaignId != 0)
        return -1;
    const auto all = CampaignRepository(database).all();
    if (!all)
        return fail(all.error());
    if (all->size() != 1)
        return wrongUsage(tr("The database has %n campaign(s); choose one with --campaign.",
                             nullptr, int(all->size())));
    *campaignId = all->first().id;
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
    // A server's database is made by “server init”: init only fills one that is still empty,
    // as it only creates new files.
    const QString name = database.isServer() ? database.displayName() : nativePath(path);
    if (database.isServer()) {
        const auto units = UnitRepository(database).all();
        if (!units)
            return fail(units.error());
        const auto campaigns = CampaignRepository(database).all();
        if (!campaigns)
            return fail(campaigns.error());
        if (!units->isEmpty() || !campaigns->isEmpty())
            return fail(tr("“%1” already holds units or campaigns; init only fills an empty "
                           "database.")
                            .arg(name));
    }
    if (parser.isSet(example)) {
        const auto built = ExampleData::build(database);
        if (!built) {
            database.close();
            if (!Database::isServerAddress(path))
                QFile::remove(path);
            return fail(built.error());
        }
        m_out << tr("Created %1 with the Kiên Giang 2016–2020 example (campaign %2).")
                     .arg(name)
                     .arg(*built)
              << Qt::endl;
    } else if (database.isServer()) {
        m_out << tr("%1 holds danvan's schema and no data yet: it is ready to be filled.").arg(name)
              << Qt::endl;
    } else {
        m_out << tr("Created %1.").arg(name) << Qt::endl;
    }
    return Success;
}

int Cli::importUnits(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports units from the national register's export saved as CSV (columns Tỉnh "
           "Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp, and optionally Tên "
           "Tiếng Anh), from a hierarchy CSV (code, name, kind, parent_code), or from the "
           "files of the 2025 reorganisation: the conversion table of 07/2025 (new ← old) and "
           "the list of new communes. Units are matched by code: a newer edition renames, "
           "moves, adds and retires; nothing is ever deleted. What a conversion table does "
           "not account for is printed as warnings. A broken file changes nothing."));
    const QCommandLineOption effective(
        u"effective"_s,
        tr("The day the file's edition takes effect (default: today; for the files of the "
           "2025 reorganisation, the day they state, else 01/07/2025). Units it no longer "
           "lists end the day before."),
        tr("DATE"));
    const QCommandLineOption older(
        u"older"_s,
        tr("Import the file even though it is an older edition than one already imported for "
           "its provinces (its units replace the newer ones)."));
    parser.addOptions({effective, older});
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
    // The file is read and checked in a thread of its own while the database is opened and
    // checked and its units are read: on two cores, side by side.
    const QString path = parser.positionalArguments().at(2);
    std::optional<Result<UnitImporter::File>> file;
    const std::unique_ptr<QThread> reading(
        QThread::create([&file, path] { file = UnitImporter::readFile(path); }));
    reading->start();
    const auto waitReading = qScopeGuard([&reading] { reading->wait(); });
    Database database;
    if (auto opened = database.open(parser.positionalArguments().at(1)); !opened)
        return fail(opened.error());
    UnitImporter importer(database);
    importer.setEffectiveDate(effectiveDate);
    importer.setAllowOlder(parser.isSet(older));
    if (auto prepared = importer.prepare(); !prepared) // the units too, while the file is read
        return fail(prepared.error());
    reading->wait();
    if (!file) // no thread could be started: read here
        file = UnitImporter::readFile(path);
    if (!*file)
        return fail(file->error());
    const auto report = importer.apply(**file);
    if (!report && importer.refusedOlderEdition())
        return fail(report.error() + u' ' + tr("To import it all the same, add --older."));
    if (!report)
        return fail(report.error());
    m_out << report->summary() << Qt::endl;
    // What the file does not account for: on stderr, one line each, not a failure.
    for (const QString &warning : report->warnings)
        m_err << tr("warning: %1").arg(warning) << Qt::endl;
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
    const QCommandLineOption onOption = dayOption();
    const QCommandLineOption force(
        u"force"_s,
        tr("Save a day before the campaign began, or more than a year after its "
           "last deadline (refused without it, as a likely typing mistake)."));
    parser.addOptions({unitOption, campaignOption, scheduled, venue, held, chair, attendees, report,
                       note, onOption, force});
    if (const int code = parse(parser, arguments, u"conference DB"_s, 1); code >= 0)
        return code;
    if (!parser.isSet(unitOption))
        return wrongUsage(tr("--unit CODE is required."));

    // Each option sets one field of the conference; only the fields given are written. Every
    // value is checked before the file is opened, so that a typing mistake changes nothing.
    const std::pair<const QCommandLineOption *, Conference::Field> fieldOptions[] = {
        {&scheduled, Conference::Field::ScheduledOn},
        {&held, Conference::Field::HeldOn},
        {&report, Conference::Field::ReportReceivedOn},
        {&attendees, Conference::Field::Attendees},
        {&venue, Conference::Field::Venue},
        {&chair, Conference::Field::Chair},
        {&note, Conference::Field::Note},
    };
    Conference values;
    Conference::Fields given;
    for (const auto &[option, field] : fieldOptions) {
        if (!parser.isSet(*option))
            continue;
        given |= field;
        const QString text = parser.value(*option).trimmed();
        switch (Conference::typeOf(field)) {
        case Conference::FieldType::Date: {
            const QDate date = text.isEmpty() ? QDate() : parseDate(text);
            if (!text.isEmpty() && !date.isValid())
                return wrongUsage(tr("--%1: “%2” is not a date; write dd/MM/yyyy or yyyy-MM-dd.")
                                      .arg(option->names().first(), parser.value(*option)));
            values.setDate(field, date);
            break;
        }
        case Conference::FieldType::Count:
        case Conference::FieldType::Amount: {
            // (The command line offers counts of people only.)
            bool ok = true;
            const int number = text.isEmpty() ? -1 : text.toInt(&ok);
            if (!text.isEmpty() && (!ok || number < 0))
                return wrongUsage(tr("--%1: “%2” is not a number of people; write a whole "
                                     "number, 0 or more.")
                                      .arg(option->names().first(), parser.value(*option)));
            values.setNumber(field, number);
            break;
        }
        case Conference::FieldType::Text:
        case Conference::FieldType::LongText:
            values.setText(field, text);
            break;
        }
    }
    qint64 campaignId = 0;
    if (const int code = readCampaign(parser, campaignOption, &campaignId); code >= 0)
        return code;

    QDate on;
    if (const int code = readOn(parser, onOption, &on); code >= 0)
        return code;

    Database database;
    if (auto opened = database.open(parser.positionalArguments().at(1)); !opened)
        return fail(opened.error());
    const auto unit = unitOn(database, parser.value(unitOption).trimmed(), on, campaignId);
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
    // A unit that does not take part is told so before anything else.
    const auto current = campaigns.conference(campaignId, unit->id);
    if (!current)
        return fail(current.error());
    if (!parser.isSet(force)) {
        const auto campaign = campaigns.byId(campaignId);
        if (!campaign)
            return fail(campaign.error());
        const Conference after = Conference::withFields(*current, values, given);
        if (const auto doubts = DayPlausibility::doubts(*campaign, *current, after);
            !doubts.isEmpty()) {
            return fail(tr("%1 (%2): %3 Nothing was saved; if the day is right, add --force.")
                            .arg(unit->name, unit->code, DayPlausibility::text(doubts)));
        }
    }
    // Read, merged and saved in one transaction: only the fields given are written, over
    // what is stored at that moment, so that what the window wrote meanwhile is kept.
    values.campaignId = campaignId;
    values.unitId = unit->id;
    const auto conference = campaigns.changeConference(values, given);
    if (!conference)
        return fail(tr("%1 (%2): %3").arg(unit->name, unit->code, conference.error()));
    m_out << tr("Saved the conference of %1 (%2) in campaign %3: %4.")
                 .arg(unit->name, unit->code)
                 .arg(campaignId)
                 .arg(Conference::stageName(conference->stageOn(QDate(9999, 12, 31))).toLower())
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
        u"level"_s,
        tr("The level, by its key (province, district, commune) or its name (tỉnh, huyện, cơ "
           "sở); default: the unit's own level."),
        tr("LEVEL"));
    const QCommandLineOption unitOption(u"unit"_s, tr("The register code of the unit setting it."),
                                        tr("CODE"));
    const QCommandLineOption textOption(u"text"_s, tr("The deadline phrase."), tr("PHRASE"));
    const QCommandLineOption removeOption(u"remove"_s, tr("Remove the unit's own deadline."));
    const QCommandLineOption onOption = dayOption();
    parser.addOptions(
        {campaignOption, levelOption, unitOption, textOption, removeOption, onOption});
    if (const int code = parse(parser, arguments, u"deadline DB"_s, 1); code >= 0)
        return code;
    QDate on;
    if (const int code = readOn(parser, onOption, &on); code >= 0)
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
            return wrongUsage(tr("The database has %n campaign(s); choose one with --campaign.",
                                 nullptr, int(all->size())));
        campaignId = all->first().id;
    }
    const auto campaign = campaigns.byId(campaignId);
    if (!campaign)
        return fail(campaign.error());

    // The level as the clerk writes it: its key or its name, in either language.
    const auto levels = UnitRepository(database).levels();
    if (!levels)
        return fail(levels.error());
    std::optional<Level> chosenLevel;
    if (parser.isSet(levelOption)) {
        chosenLevel = findLevel(*levels, parser.value(levelOption));
        if (!chosenLevel) {
            return wrongUsage(tr("--level: “%1” is not a level; write %2.")
                                  .arg(parser.value(levelOption), levelChoices(*levels)));
        }
        if (!campaign->levelKeys().contains(chosenLevel->key)) {
            return fail(tr("The level “%1” does not take part in campaign number %2.")
                            .arg(chosenLevel->displayName())
                            .arg(campaignId));
        }
    }
    const auto levelName = [&levels](const QString &key) {
        const auto found = findLevel(*levels, key);
        return found ? found->displayName() : key;
    };

    Period period;
    if (parser.isSet(textOption)) {
        const auto parsed = Period::parse(parser.value(textOption), campaign->startsOn.year());
        if (!parsed)
            return fail(parsed.error());
        period = *parsed;
    }
    if (!parser.isSet(unitOption)) {
        const QString level = chosenLevel->key;
        if (auto done = campaigns.setLevelDeadline(campaignId, level, period); !done)
            return fail(done.error());
        m_out << tr("The deadline of the level “%1” is now %2 (%3).")
                     .arg(levelName(level), period.text(), period.last().toString(u"dd/MM/yyyy"_s))
              << Qt::endl;
        // A level's deadline after that of a level above is allowed, with a warning on
        // stderr, as the campaign page shows it.
        if (const auto changed = campaigns.byId(campaignId); changed) {
            for (const auto &conflict : DeadlineRules::levelConflicts(*changed)) {
                m_err << u"danvan-cli %1: "_s.arg(m_command)
                      << tr("Warning: %1").arg(DeadlineRules::describeConflict(conflict, levelName))
                      << Qt::endl;
            }
        }
        return Success;
    }
    const auto unit = unitOn(database, parser.value(unitOption).trimmed(), on, campaignId);
    if (!unit)
        return fail(unit.error());
    const QString level = chosenLevel ? chosenLevel->key : unit->level;
    if (parser.isSet(removeOption)) {
        if (auto done = campaigns.removeOverride(campaignId, unit->id, level); !done)
            return fail(done.error());
        m_out << tr("%1 (%2) no longer sets its own deadline for the level “%3”.")
                     .arg(unit->name, unit->code, levelName(level))
              << Qt::endl;
        return Success;
    }
    if (auto done = campaigns.setOverride(campaignId, unit->id, level, period); !done)
        return fail(done.error());
    m_out << tr("%1 (%2) now sets the deadline %3 (%4) for the level “%5”.")
                 .arg(unit->name, unit->code, period.text(),
                      period.last().toString(u"dd/MM/yyyy"_s), levelName(level))
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
    const QCommandLineOption onOption = dayOption();
    parser.addOptions({campaignOption, unitOption, textOption, removeOption, onOption});
    if (const int code = parse(parser, arguments, u"pilot DB"_s, 1); code >= 0)
        return code;
    QDate on;
    if (const int code = readOn(parser, onOption, &on); code >= 0)
        return code;
    if (!parser.isSet(unitOption))
        return wrongUsage(tr("--unit CODE is required."));
    if (parser.isSet(textOption) == parser.isSet(removeOption))
        return wrongUsage(tr("Give either --text PHRASE or --remove."));

    qint64 campaignId = 0;
    if (const int code = readCampaign(parser, campaignOption, &campaignId); code >= 0)
        return code;
    Database database;
    if (auto opened = database.open(parser.positionalArguments().at(1)); !opened)
        return fail(opened.error());
    const auto unit = unitOn(database, parser.value(unitOption).trimmed(), on, campaignId);
    if (!unit)
        return fail(unit.error());
    CampaignRepository campaigns(database);
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
        tr("Prints the state of the database as of a day, as JSON: the units in force that "
           "day per level and those retired before it, and for each campaign its levels, "
           "deadlines, pilots, units' own deadlines, conference counts, the overdue list, order "
           "warnings and deadline warnings (a level's deadline after that of a level above)."));
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
    const auto json = CampaignSummary::build(database, campaignId, today);
    if (!json)
        return fail(json.error());
    m_out << QString::fromUtf8(QJsonDocument(*json).toJson(QJsonDocument::Indented));
    return Success;
}

int Cli::exportReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Writes a report as CSV (UTF-8 with a byte-order mark, as Excel on a Vietnamese "
        "Windows expects), XLSX, PDF (a Party document, with the office's heading and "
        "signature) or ODT (the same document as OpenDocument text, to edit in LibreOffice or "
        "Word before signing). A report with several tables writes one CSV per table: FILE, then "
        "FILE-2.csv, FILE-3.csv. Text cells that a spreadsheet would run as a formula "
        "(beginning with =, +, -, @) are written with an apostrophe in front. The calendar "
        "(--report calendar --format ics) is an iCalendar file of the campaign's deadlines, "
        "conferences and key dates; with --by-group, one file per steering group."));
    const QCommandLineOption reportOption(
        u"report"_s,
        tr("schedule, progress, exemplars, rewards, results, units, form, or calendar."),
        tr("REPORT"));
    const QCommandLineOption formatOption(
        u"format"_s, tr("csv, xlsx, pdf or odt (ics for the calendar)."), tr("FORMAT"));
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
        tr("PDF, ODT: the document's number, before its symbol (“12” in “Số 12-TB/BDVTU”); a "
           "number given with a symbol (“12-TB/BDVTU”) is printed as given."),
        tr("N"));
    const QCommandLineOption orientationOption(
        u"orientation"_s, tr("PDF, ODT: portrait or landscape (default: the report's own)."),
        tr("ORIENTATION"));
    const QCommandLineOption todaysUnitsOption(
        u"by-todays-units"_s,
        tr("exemplars, rewards: also name, for each row, the units in force today that carry "
           "its unit on (the new commune an old one went into in 2025)."));
    const QCommandLineOption unitOption(
        u"unit"_s,
        tr("form: the unit whose reporting form to write (it and the units right below it)."),
        tr("CODE"));
    const QCommandLineOption allBelowOption(
        u"all-below"_s,
        tr("form: write one form for each unit right below this one, into the folder --out."),
        tr("CODE"));
    const QCommandLineOption byGroupOption(
        u"by-group"_s,
        tr("calendar: write one calendar per steering group, with the units it follows, into "
           "the folder --out."));
    parser.addOptions({reportOption, formatOption, outOption, campaignOption, todayOption,
                       delimiterOption, datesOption, numberOption, orientationOption,
                       todaysUnitsOption, unitOption, allBelowOption, byGroupOption});
    if (const int code = parse(parser, arguments, u"export DB"_s, 1); code >= 0)
        return code;

    if (parser.value(reportOption).trimmed().toLower() == "form"_L1) {
        if (parser.isSet(unitOption) == parser.isSet(allBelowOption))
            return wrongUsage(tr("--report form: give --unit CODE or --all-below CODE."));
        return exportForms(parser,
                           parser.value(parser.isSet(unitOption) ? unitOption : allBelowOption),
                           parser.isSet(allBelowOption));
    }
    if (parser.value(reportOption).trimmed().toLower() == "calendar"_L1)
        return exportCalendar(parser, formatOption, outOption, campaignOption,
                              parser.isSet(byGroupOption));
    const auto kind = ReportBuilder::fromName(parser.value(reportOption).trimmed().toLower());
    if (!kind)
        return wrongUsage(tr("--report: write schedule, progress, exemplars, rewards, results, "
                             "units, form or calendar."));
    const QString format = parser.value(formatOption).trimmed().toLower();
    if (format != "csv"_L1 && format != "xlsx"_L1 && format != "pdf"_L1 && format != "odt"_L1)
        return wrongUsage(tr("--format: write csv, xlsx, pdf or odt."));
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
    const auto defaults = ExportChoices::officeDefaults(database);
    if (!defaults)
        return fail(defaults.error());
    ExportChoices choices = *defaults;
    choices.format = format == "csv"_L1 ? ExportChoices::Format::Csv
        : format == "xlsx"_L1           ? ExportChoices::Format::Xlsx
        : format == "odt"_L1            ? ExportChoices::Format::Odt
                                        : ExportChoices::Format::Pdf;
    choices.documentNumber = parser.value(numberOption);
    if (parser.isSet(delimiterOption)) {
        const QString value = parser.value(delimiterOption);
        if (value != ","_L1 && value != ";"_L1)
            return wrongUsage(tr("--delimiter: write “,” or “;”."));
        choices.delimiter = value.at(0);
    }
    if (parser.isSet(datesOption)) {
        const QString dates = parser.value(datesOption).trimmed().toLower();
        if (dates != "dmy"_L1 && dates != "iso"_L1)
            return wrongUsage(tr("--dates: write dmy or iso."));
        choices.dates =
            dates == "iso"_L1 ? CsvWriter::DateStyle::Iso : CsvWriter::DateStyle::DayMonthYear;
    }
    if (parser.isSet(orientationOption)) {
        const QString value = parser.value(orientationOption).trimmed().toLower();
        if (value != "portrait"_L1 && value != "landscape"_L1)
            return wrongUsage(tr("--orientation: write portrait or landscape."));
        choices.orientation = value == "portrait"_L1 ? ReportDocument::Orientation::Portrait
                                                     : ReportDocument::Orientation::Landscape;
    }
    if (*kind != ReportBuilder::Kind::Units) {
        if (const int code = onlyCampaign(database, &campaignId); code >= 0)
            return code;
    }

    const auto report =
        ReportBuilder::build(*kind, database, campaignId, today,
                             parser.isSet(todaysUnitsOption) ? QDate::currentDate() : QDate());
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

int Cli::exportCalendar(const QCommandLineParser &parser, const QCommandLineOption &formatOption,
                        const QCommandLineOption &outOption,
                        const QCommandLineOption &campaignOption, bool byGroup)
{
    if (parser.value(formatOption).trimmed().toLower() != "ics"_L1)
        return wrongUsage(tr("--report calendar: write --format ics."));
    const QString out = parser.value(outOption);
    if (out.isEmpty())
        return wrongUsage(tr("--out FILE is required."));
    qint64 campaignId = 0;
    if (const int code = readCampaign(parser, campaignOption, &campaignId); code >= 0)
        return code;
    Database database;
    if (auto opened = database.open(parser.positionalArguments().at(1)); !opened)
        return fail(opened.error());
    if (const int code = onlyCampaign(database, &campaignId); code >= 0)
        return code;
    if (byGroup) {
        const auto written = CalendarExport::writePerGroup(database, campaignId, out);
        if (!written)
            return fail(written.error());
        m_out << tr("Written: %1").arg(written->join(u", "_s)) << Qt::endl;
        return Success;
    }
    if (auto written = CalendarExport::write(database, campaignId, out); !written)
        return fail(written.error());
    m_out << tr("Written: %1").arg(nativePath(out)) << Qt::endl;
    return Success;
}

int Cli::backup(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a consistent copy of a danvan database to the file OUT, even while a window "
           "or another command is using it; a server's database is copied into the file row "
           "for row. An earlier file named OUT is replaced only once the copy is complete. To "
           "restore, open the copy, or put it back in place of the file (onto a server: "
           "danvan-cli copy OUT into an empty database)."));
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

int Cli::copy(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copies a whole danvan database into an empty one, row for row: a file onto a server "
           "database prepared with “danvan-cli server init” (run it as the server's "
           "administrator), or a server into a new file, as an offline copy or a backup. "
           "Either is a file's name or a server's address, postgresql://user@host:port/database. "
           "The copy is whole or not made at all."));
    if (const int code = parse(parser, arguments, u"copy SRC DST"_s, 2); code >= 0)
        return code;
    const QString from = parser.positionalArguments().at(1);
    const QString to = parser.positionalArguments().at(2);
    const bool toFile = !Database::isServerAddress(to);
    if (toFile && QFileInfo(to).exists() && QFileInfo(to).size() > 0) {
        return fail(tr("“%1” already exists; copy writes only new files. Choose another name.")
                        .arg(nativePath(to)));
    }
    Database source;
    if (auto opened = source.open(from, Database::OpenMode::ReadOnly); !opened)
        return fail(opened.error());
    Database target;
    if (auto opened = target.open(to, Database::OpenMode::CreateIfMissing); !opened)
        return fail(opened.error());
    const auto copied = DatabaseCopy::copy(source, target);
    if (!copied) {
        target.close();
        if (toFile) {
            for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
                QFile::remove(to + suffix);
        }
        return fail(copied.error());
    }
    m_out << tr("Copied %n row(s) from %1 to %2.", nullptr, int(copied->rows))
                 .arg(source.displayName(), target.displayName())
          << Qt::endl;
    return Success;
}

int Cli::campaign(const QStringList &arguments)
{
    static const QStringList subcommands{u"create"_s, u"list"_s,  u"export"_s, u"next"_s,
                                         u"rename"_s, u"close"_s, u"reopen"_s, u"delete"_s};
    const QString subcommand = arguments.size() > 2 ? arguments.at(2) : QString();
    if (subcommand == "--help"_L1 || subcommand == "-h"_L1) {
        m_out << tr("Usage: danvan-cli campaign create|list|export|next|rename|close|reopen|delete "
                    "DB [options]\n"
                    "Run “danvan-cli campaign SUBCOMMAND --help” for a subcommand's options.\n");
        return Success;
    }
    if (!subcommands.contains(subcommand)) {
        return wrongUsage(tr("write one of %1 after “campaign”.").arg(subcommands.join(u", "_s)));
    }
    m_command = u"campaign "_s + subcommand;
    QStringList rest = arguments;
    rest.removeAt(2);
    if (subcommand == "create"_L1)
        return campaignCreate(rest);
    if (subcommand == "list"_L1)
        return campaignList(rest);
    if (subcommand == "export"_L1)
        return campaignExport(rest);
    if (subcommand == "next"_L1)
        return campaignNext(rest);
    if (subcommand == "rename"_L1)
        return campaignRename(rest);
    if (subcommand == "delete"_L1)
        return campaignDelete(rest);
    return campaignClose(rest, subcommand == "close"_L1);
}

int Cli::campaignCreate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates a campaign from its description, a JSON file (see docs/campaign-format.md): "
           "name, phase, the office's own unit, start, levels with their deadlines, documents, "
           "key dates, units' own deadlines, pilots, units left out or added, steering groups "
           "and the office's document settings. Everything is checked first; on any error "
           "nothing is created."));
    const QCommandLineOption specOption(u"spec"_s, tr("The description to read."), tr("FILE"));
    parser.addOption(specOption);
    if (const int code = parse(parser, arguments, u"campaign create DB --spec FILE"_s, 1);
        code >= 0)
        return code;
    if (!parser.isSet(specOption))
        return wrongUsage(tr("--spec FILE is required."));
    const QString specPath = parser.value(specOption);
    QFile file(specPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("“%1” cannot be read: %2").arg(nativePath(specPath), file.errorString()));
    const auto spec = CampaignSpec::fromJson(file.readAll(), nativePath(specPath));
    if (!spec)
        return fail(spec.error());

    Database database;
    if (auto opened = database.open(parser.positionalArguments().at(1)); !opened)
        return fail(opened.error());
    const auto id = spec->create(database);
    if (!id)
        return fail(id.error());
    const auto conferences = CampaignRepository(database).conferences(*id);
    m_out << tr("Created campaign %1 “%2” with %n unit(s) taking part.", nullptr,
                conferences ? int(conferences->size()) : 0)
                 .arg(*id)
                 .arg(spec->campaign.name)
          << Qt::endl;
    return Success;
}

int Cli::campaignList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the campaigns of a database as a JSON array, newest first: id, name, phase, "
           "root (the code of the office's own unit), levels (top down), units (how many take "
           "part) and closed."));
    if (const int code = parse(parser, arguments, u"campaign list DB"_s, 1); code >= 0)
        return code;
    Database database;
    if (auto opened = database.open(parser.positionalArguments().at(1)); !opened)
        return fail(opened.error());
    CampaignRepository repository(database);
    const auto campaigns = repository.all();
    if (!campaigns)
        return fail(campaigns.error());
    QJsonArray list;
    for (auto it = campaigns->crbegin(); it != campaigns->crend(); ++it) {
        const auto root = UnitRepository(database).byId(it->rootUnitId);
        const auto conferences = repository.conferences(it->id);
        if (!root || !conferences)
            return fail(!root ? root.error() : conferences.error());
        list.append(QJsonObject{
            {u"id"_s, it->id},
            {u"name"_s, it->name},
            {u"phase"_s, it->phase},
            {u"root"_s, root->code},
            {u"levels"_s, QJsonArray::fromStringList(it->levelKeys())},
            {u"units"_s, int(conferences->size())},
            {u"closed"_s, it->closed},
        });
    }
    m_out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    return Success;
}

int Cli::campaignExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the description of a campaign as JSON (see docs/campaign-format.md). "
           "Creating a campaign from it in another database with the same units gives the same "
           "campaign."));
    const QCommandLineOption campaignOption(
        u"campaign"_s, tr("The campaign's number (default: the only one)."), tr("ID"));
    const QCommandLineOption outOption(u"out"_s, tr("The file to write; - for the output."),
                                       tr("FILE"));
    parser.addOptions({campaignOption, outOption});
    if (const int code =
            parse(parser, arguments, u"campaign export DB [--campaign ID] --out FILE"_s, 1);
        code >= 0)
        return code;
    if (!parser.isSet(outOption))
        return wrongUsage(tr("--out FILE is required."));
    qint64 campaignId = 0;
    if (const int code = readCampaign(parser, campaignOption, &campaignId); code >= 0)
        return code;
    Database database;
    if (auto opened = database.open(parser.positionalArguments().at(1)); !opened)
        return fail(opened.error());
    if (const int code = onlyCampaign(database, &campaignId); code >= 0)
        return code;
    const auto spec = CampaignSpec::fromDatabase(database, campaignId);
    if (!spec)
        return fail(spec.error());
    const QString out = parser.value(outOption);
    if (out == "-"_L1) {
        m_out << QString::fromUtf8(spec->toJson());
        return Success;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(spec->toJson()) < 0 || !file.commit())
        return fail(tr("“%1” was not written: %2").arg(nativePath(out), file.errorString()));
    m_out << tr("Written: %1").arg(nativePath(out)) << Qt::endl;
    return Success;
}

int Cli::campaignNext(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates the next phase of a campaign: the same office's unit, levels, documents, "
           "steering groups with their members and units, and office settings; the levels' "
           "deadline phrases moved by the years between the two starts (or --shift-years). "
           "The units are those of the tree at the new start. Check the deadlines it prints."));
    const QCommandLineOption campaignOption(
        u"campaign"_s, tr("The campaign to carry over (default: the only one)."), tr("ID"));
    const QCommandLineOption nameOption(u"name"_s, tr("The new campaign's name."), tr("TEXT"));
    const QCommandLineOption phaseOption(u"phase"_s, tr("Its phase, such as 2021–2025."),
                                         tr("TEXT"));
    const QCommandLineOption startsOption(u"starts"_s, tr("The day it starts."), tr("DATE"));
    const QCommandLineOption shiftOption(
        u"shift-years"_s,
        tr("Move the deadline phrases by N years (default: the years between "
           "the two starts)."),
        tr("N"));
    parser.addOptions({campaignOption, nameOption, phaseOption, startsOption, shiftOption});
    if (const int code =
            parse(parser, arguments,
                  u"campaign next DB --campaign ID --name T --phase P --starts DATE"_s, 1);
        code >= 0)
        return code;
    if (!parser.isSet(nameOption) || !parser.isSet(startsOption))
        return wrongUsage(tr("--name TEXT and --starts DATE are required."));
    const QDate starts = parseDate(parser.value(startsOption));
    if (!starts.isValid())
        return wrongUsage(tr("--starts: “%1” is not a date; write dd/MM/yyyy or yyyy-MM-dd.")
                              .arg(parser.value(startsOption)));
    std::optional<int> shift;
    if (parser.isSet(shiftOption)) {
        bool ok = false;
        shift = parser.value(shiftOption).toInt(&ok);
        if (!ok)
            return wrongUsage(tr("--shift-years: “%1” is not a whole number of years.")
                                  .arg(parser.value(shiftOption)));
    }
    qint64 campaignId = 0;
    if (const int code = readCampaign(parser, campaignOption, &campaignId); code >= 0)
        return code;
    Database database;
    if (auto opened = database.open(parser.positionalArguments().at(1)); !opened)
        return fail(opened.error());
    if (const int code = onlyCampaign(database, &campaignId); code >= 0)
        return code;
    const auto source = CampaignSpec::fromDatabase(database, campaignId);
    if (!source)
        return fail(source.error());
    const auto units = UnitRepository(database).all();
    if (!units)
        return fail(units.error());
    const int years = shift.value_or(starts.year() - source->campaign.startsOn.year());
    const auto next = source->nextPhase(parser.value(nameOption), parser.value(phaseOption), starts,
                                        years, *units);
    if (!next)
        return fail(next.error());
    const auto id = next->create(database);
    if (!id)
        return fail(id.error());
    const auto conferences = CampaignRepository(database).conferences(*id);
    m_out << tr("Created campaign %1 “%2” with %n unit(s) taking part.", nullptr,
                conferences ? int(conferences->size()) : 0)
                 .arg(*id)
                 .arg(next->campaign.name)
          << Qt::endl;
    const auto levels = UnitRepository(database).levels();
    for (const CampaignLevel &level : next->campaign.levels) {
        if (!level.deadline.isValid() || !levels)
            continue;
        QString name = level.level;
        for (const Level &known : *levels) {
            if (known.key == level.level)
                name = known.displayName();
        }
        m_out << tr("  %1: %2 (%3)")
                     .arg(name, level.deadline.text(),
                          level.deadline.last().toString(u"dd/MM/yyyy"_s))
              << Qt::endl;
    }
    return Success;
}

int Cli::campaignRename(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Renames a campaign, or sets its phase."));
    const QCommandLineOption campaignOption(u"campaign"_s, tr("The campaign's number."), tr("ID"));
    const QCommandLineOption nameOption(u"name"_s, tr("The new name."), tr("TEXT"));
    const QCommandLineOption phaseOption(u"phase"_s, tr("The new phase."), tr("TEXT"));
    parser.addOptions({campaignOption, nameOption, phaseOption});
    if (const int code = parse(parser, arguments,
                               u"campaign rename DB --campaign ID [--name T] [--phase P]"_s, 1);
        code >= 0)
        return code;
    if (!parser.isSet(campaignOption))
        return wrongUsage(tr("--campaign ID is required."));
    if (!parser.isSet(nameOption) && !parser.isSet(phaseOption))
        return wrongUsage(tr("Give --name, --phase or both."));
    qint64 campaignId = 0;
    if (const int code = readCampaign(parser, campaignOption, &campaignId); code >= 0)
        return code;
    Database database;
    if (auto opened = database.open(parser.positionalArguments().at(1)); !opened)
        return fail(opened.error());
    CampaignRepository campaigns(database);
    const auto campaign = campaigns.byId(campaignId);
    if (!campaign)
        return fail(campaign.error());
    const QString name = parser.isSet(nameOption) ? parser.value(nameOption) : campaign->name;
    const QString phase = parser.isSet(phaseOption) ? parser.value(phaseOption) : campaign->phase;
    if (auto done = campaigns.rename(campaignId, name, phase); !done)
        return fail(done.error());
    m_out << tr("Campaign %1 is now “%2” (%3).").arg(campaignId).arg(name, phase) << Qt::endl;
    return Success;
}

int Cli::campaignClose(const QStringList &arguments, bool close)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        close ? tr("Closes a campaign: its records can still be read, printed and exported, but "
                   "nothing of it can be changed until it is reopened.")
              : tr("Reopens a closed campaign, so that its records can be changed again."));
    const QCommandLineOption campaignOption(u"campaign"_s, tr("The campaign's number."), tr("ID"));
    parser.addOption(campaignOption);
    if (const int code = parse(parser, arguments,
                               close ? u"campaign close DB --campaign ID"_s
                                     : u"campaign reopen DB --campaign ID"_s,
                               1);
        code >= 0)
        return code;
    if (!parser.isSet(campaignOption))
        return wrongUsage(tr("--campaign ID is required."));
    qint64 campaignId = 0;
    if (const int code = readCampaign(parser, campaignOption, &campaignId); code >= 0)
        return code;
    Database database;
    if (auto opened = database.open(parser.positionalArguments().at(1)); !opened)
        return fail(opened.error());
    CampaignRepository campaigns(database);
    const auto campaign = campaigns.byId(campaignId);
    if (!campaign)
        return fail(campaign.error());
    if (auto done = campaigns.setClosed(campaignId, close); !done)
        return fail(done.error());
    m_out << (close ? tr("Campaign %1 “%2” is closed.") : tr("Campaign %1 “%2” is open again."))
                 .arg(campaignId)
                 .arg(campaign->name)
          << Qt::endl;
    return Success;
}

int Cli::campaignDelete(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Deletes a campaign with everything entered for it: conferences, deadlines, pilots, "
           "models and exemplars, nominations, rewards, steering groups and documents. The "
           "units stay. Make a backup first (danvan-cli backup)."));
    const QCommandLineOption campaignOption(u"campaign"_s, tr("The campaign's number."), tr("ID"));
    const QCommandLineOption yesOption(u"yes"_s, tr("Yes, delete it."));
    parser.addOptions({campaignOption, yesOption});
    if (const int code = parse(parser, arguments, u"campaign delete DB --campaign ID --yes"_s, 1);
        code >= 0)
        return code;
    if (!parser.isSet(campaignOption))
        return wrongUsage(tr("--campaign ID is required."));
    qint64 campaignId = 0;
    if (const int code = readCampaign(parser, campaignOption, &campaignId); code >= 0)
        return code;
    Database database;
    if (auto opened = database.open(parser.positionalArguments().at(1)); !opened)
        return fail(opened.error());
    CampaignRepository campaigns(database);
    const auto campaign = campaigns.byId(campaignId);
    if (!campaign)
        return fail(campaign.error());
    const auto contents = campaigns.contents(campaignId);
    if (!contents)
        return fail(contents.error());
    const QString lost = CampaignRepository::describe(*contents);
    if (!parser.isSet(yesOption))
        return wrongUsage(tr("Deleting campaign %1 “%2” would delete %3. Add --yes to delete it.")
                              .arg(campaignId)
                              .arg(campaign->name, lost));
    if (auto done = campaigns.remove(campaignId); !done)
        return fail(done.error());
    m_out << tr("Deleted campaign %1 “%2” with %3.").arg(campaignId).arg(campaign->name, lost)
          << Qt::endl;
    return Success;
}

int Cli::check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks a danvan file without changing it, as the window and every command do "
           "before they open it. The file must be a danvan database that is not damaged, and "
           "its schema must be exactly the one danvan creates for its data version: the same "
           "tables, columns, constraints, indexes, triggers and views, defined the same way. "
           "A trigger, view, table or index that another program added, or anything it "
           "changed or removed, makes danvan refuse the file, because it could run when "
           "danvan writes and alter or delete records.\n"
           "\n"
           "Prints JSON: \"file\"; \"version\", its data version (this danvan writes "
           "\"currentVersion\"; an older file is updated when opened); \"opens\", true when "
           "danvan opens the file; \"message\", why not; \"onlyAdditions\", true when "
           "everything danvan created is there unchanged and something was only added (the "
           "window then offers to open the file read-only, to rescue what it holds); and "
           "\"differences\", each with \"kind\" (extra, missing or changed), \"name\", and "
           "\"expected\" and \"found\": the object's \"type\", \"table\" and \"sql\" as "
           "danvan creates it and as the file holds it (null for an extra or missing one).\n"
           "\n"
           "Exit code 0 when danvan opens the file, 1 when it refuses it (the message is also "
           "written on stderr)."));
    if (const int code = parse(parser, arguments, u"check DB"_s, 1); code >= 0)
        return code;
    const QString path = parser.positionalArguments().at(1);
    // A server's schema is danvan's own: made and updated by “server init”, owned by a role
    // that no office logs in as.
    const bool server = Database::isServerAddress(path);
    const Result<SchemaCheck> checked = server
        ? Result<SchemaCheck>(Failure{
            tr("“%1” is a database on a server: check looks only at danvan files. A server's "
               "database is prepared and updated by “danvan-cli server init”.")
                .arg(Database::serverDisplayName(path))})
        : Database::check(path);
    QJsonObject json = checked ? checked->toJson() : QJsonObject{{u"differences"_s, QJsonArray()}};
    json.insert(u"file"_s, server ? Database::serverDisplayName(path) : nativePath(path));
    json.insert(u"currentVersion"_s, Database::SchemaVersion);
    const bool opens = checked && checked->isClean();
    json.insert(u"opens"_s, opens);
    json.insert(u"onlyAdditions"_s, checked && checked->onlyAdditions());
    const QString message = checked ? checked->message(path) : checked.error();
    if (!opens)
        json.insert(u"message"_s, message);
    m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    m_out.flush();
    return opens ? Success : fail(message);
}

QCommandLineOption Cli::dayOption()
{
    return QCommandLineOption(u"on"_s,
                              tr("The day on which --unit CODE names the unit meant, for a code "
                                 "that has named two units (default: the first day of the "
                                 "campaign, else today)."),
                              tr("DATE"));
}

int Cli::readOn(const QCommandLineParser &parser, const QCommandLineOption &option, QDate *day)
{
    *day = QDate();
    if (!parser.isSet(option))
        return -1;
    *day = parseDate(parser.value(option));
    if (!day->isValid())
        return wrongUsage(tr("--on: “%1” is not a date; write dd/MM/yyyy or yyyy-MM-dd.")
                              .arg(parser.value(option)));
    return -1;
}

Result<Unit> Cli::unitOn(Database &database, const QString &code, QDate on, qint64 campaignId)
{
    QDate day = on;
    if (!day.isValid() && campaignId >= 0) {
        // The campaign's own units: those in force on its first day.
        const auto campaigns = CampaignRepository(database).all();
        if (!campaigns)
            return Failure{campaigns.error()};
        for (const Campaign &campaign : *campaigns) {
            if (campaign.id == campaignId || (campaignId == 0 && campaigns->size() == 1))
                day = campaign.startsOn;
        }
    }
    const auto units = UnitRepository(database).withCode(code);
    if (!units)
        return Failure{units.error()};
    const auto unit = UnitRepository::choose(code, *units, day);
    if (!unit && units->size() > 1)
        return Failure{unit.error() + u' ' + tr("(Give the day with --on DATE.)")};
    return unit;
}

int Cli::lineage(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints a unit's lineage as JSON: the unit (code, name, valid_from, valid_to), its "
           "predecessors (the units that went into it) and its successors (the units it went "
           "into), each with its code, name, days in force, the kind of change (whole, part, "
           "kept, renamed, type_changed), the day of the change and the source's note."));
    const QCommandLineOption unitOption(u"unit"_s, tr("The unit's register code."), tr("CODE"));
    const QCommandLineOption onOption(
        u"on"_s,
        tr("The day on which the code names the unit meant, for a code that has named two "
           "units (default: today)."),
        tr("DATE"));
    parser.addOptions({unitOption, onOption});
    if (const int code = parse(parser, arguments, u"lineage DB"_s, 1); code >= 0)
        return code;
    if (!parser.isSet(unitOption))
        return wrongUsage(tr("--unit CODE is required."));
    QDate on;
    if (const int code = readOn(parser, onOption, &on); code >= 0)
        return code;

    Database database;
    if (auto opened =
            database.open(parser.positionalArguments().at(1), Database::OpenMode::ReadOnly);
        !opened)
        return fail(opened.error());
    // No campaign here: without --on, the unit in force today.
    const auto unit = unitOn(database, parser.value(unitOption).trimmed(), on, -1);
    if (!unit)
        return fail(unit.error());
    UnitRepository units(database);
    LineageRepository lineage(database);
    const auto predecessors = lineage.predecessorsOf(unit->id);
    if (!predecessors)
        return fail(predecessors.error());
    const auto successors = lineage.successorsOf(unit->id);
    if (!successors)
        return fail(successors.error());

    const auto dateValue = [](QDate date) {
        return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
    };
    const auto unitObject = [&](const Unit &entry) {
        return QJsonObject{
            {u"code"_s, entry.code},
            {u"name"_s, entry.name},
            {u"level"_s, entry.level},
            {u"valid_from"_s, dateValue(entry.validFrom)},
            {u"valid_to"_s, dateValue(entry.validTo)},
        };
    };
    QString error;
    const auto links = [&](const QList<UnitLink> &list, bool before) {
        QJsonArray array;
        for (const UnitLink &link : list) {
            const auto other = units.byId(before ? link.predecessorId : link.successorId);
            if (!other) {
                error = other.error();
                continue;
            }
            QJsonObject object = unitObject(*other);
            object.insert(u"kind"_s, UnitLink::key(link.kind));
            object.insert(u"date"_s, dateValue(link.on));
            object.insert(u"note"_s, link.note);
            array.append(object);
        }
        return array;
    };
    const QJsonObject json{
        {u"unit"_s, unitObject(*unit)},
        {u"predecessors"_s, links(*predecessors, true)},
        {u"successors"_s, links(*successors, false)},
    };
    if (!error.isEmpty())
        return fail(error);
    m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return Success;
}
