// danvan-cli's commands for reporting forms and results read back: `export --report form`
// and `import-results`.
#include "Cli.h"

#include "CampaignRepository.h"
#include "Database.h"
#include "LegacyEncoding.h"
#include "ReportingForm.h"
#include "ResultsImport.h"
#include "UnitRepository.h"
#include "WorkbookReader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The campaign a unit's form or results are for: the one given, else the unit's only one.
Result<qint64> campaignOfUnit(Database &database, qint64 given, const Unit &unit)
{
    if (given > 0)
        return given;
    const auto ids = CampaignRepository(database).campaignsOfUnit(unit.id);
    if (!ids)
        return Failure{ids.error()};
    if (ids->size() == 1)
        return ids->first();
    if (ids->isEmpty()) {
        return Failure{Cli::tr("%1 (%2) takes part in no campaign.").arg(unit.name, unit.code)};
    }
    return Failure{Cli::tr("%1 (%2) takes part in %n campaign(s); choose one with --campaign.",
                           nullptr, int(ids->size()))
                       .arg(unit.name, unit.code)};
}

} // namespace

int Cli::exportForms(QCommandLineParser &parser, const QString &unitCode, bool allBelow)
{
    const QString format = parser.value(u"format"_s).toLower();
    if (!format.isEmpty() && format != "xlsx"_L1)
        return wrongUsage(tr("--format: a reporting form is an Excel workbook: write xlsx."));
    const QString out = parser.value(u"out"_s);
    if (out.isEmpty())
        return wrongUsage(allBelow ? tr("--out FOLDER is required.")
                                   : tr("--out FILE is required."));
    qint64 campaignId = 0;
    if (parser.isSet(u"campaign"_s)) {
        bool ok = false;
        campaignId = parser.value(u"campaign"_s).toLongLong(&ok);
        if (!ok || campaignId <= 0)
            return wrongUsage(
                tr("--campaign: “%1” is not a campaign number.").arg(parser.value(u"campaign"_s)));
    }

    Database database;
    if (auto opened = database.open(parser.positionalArguments().at(1)); !opened)
        return fail(opened.error());
    // A code means the unit of the campaign's first day, as every command's --unit does.
    const auto unit = unitOn(database, unitCode.trimmed(), QDate(), campaignId);
    if (!unit)
        return fail(unit.error());
    const auto campaign = campaignOfUnit(database, campaignId, *unit);
    if (!campaign)
        return fail(campaign.error());

    if (!allBelow) {
        if (auto written = ReportingForm::write(database, *campaign, unit->id, out); !written)
            return fail(written.error());
        m_out << tr("Written: %1").arg(QDir::toNativeSeparators(out)) << Qt::endl;
        return Success;
    }
    const auto below = ReportingForm::unitsBelow(database, *campaign, unit->id);
    if (!below)
        return fail(below.error());
    if (below->isEmpty()) {
        return fail(tr("No unit right below %1 (%2) takes part in campaign number %3: there is no "
                       "form to write.")
                        .arg(unit->name, unit->code)
                        .arg(*campaign));
    }
    if (!QDir().mkpath(out))
        return fail(tr("The folder “%1” cannot be made.").arg(QDir::toNativeSeparators(out)));
    QStringList written;
    UnitRepository units(database);
    for (const qint64 id : *below) {
        const auto child = units.byId(id);
        if (!child)
            return fail(child.error());
        const QString path = QDir(out).filePath(ReportingForm::fileName(*child));
        if (auto done = ReportingForm::write(database, *campaign, id, path); !done)
            return fail(done.error());
        written.append(QDir::toNativeSeparators(path));
    }
    m_out << tr("%n form(s) written:", nullptr, int(written.size())) << u'\n' << written.join(u'\n')
          << Qt::endl;
    return Success;
}

int Cli::importResults(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads conference results back from spreadsheets sent up by units: the reporting "
           "form filled in, or a table of their own (.xlsx, .xls, .ods, .csv; Unicode, "
           "Windows-1258, TCVN3 or VNI). The table is found by its header row; units are found "
           "by code, else by name under the unit that sent the file. Without --dry-run the "
           "results are written in one transaction, and only when no value is refused (see "
           "--skip-refused) and every conflict with what is entered is decided (see "
           "--conflicts). With --dry-run, what would be done is printed as JSON and nothing is "
           "written."));
    const QCommandLineOption campaignOption(
        u"campaign"_s, tr("The campaign's number (default: the form's, or the only one)."),
        tr("ID"));
    const QCommandLineOption dryRunOption(u"dry-run"_s,
                                          tr("Print what would be done as JSON; write nothing."));
    const QCommandLineOption fromOption(
        u"from"_s,
        tr("The unit that sent the files, under which units are found by name (default: the "
           "form's unit, or the unit above all the rows found by code)."),
        tr("CODE"));
    const QCommandLineOption mapOption(
        u"map"_s,
        tr("Which column holds which field, by header or column letter, over what is "
           "recognised: held=\"Ngày tổ chức\",attendees=K. Fields: %1.")
            .arg([] {
                QStringList keys;
                for (const ResultsColumns::Field field : ResultsColumns::all()) {
                    if (field != ResultsColumns::Field::Number)
                        keys.append(ResultsColumns::key(field));
                }
                return keys.join(u", "_s);
            }()),
        tr("FIELD=HEADER,..."));
    const QCommandLineOption encodingOption(
        u"encoding"_s,
        tr("The text's encoding: auto (default: told by fonts, then by the text), unicode, "
           "windows-1258, tcvn3 or vni."),
        tr("ENCODING"));
    const QCommandLineOption conflictsOption(
        u"conflicts"_s,
        tr("What to do where a file says something else than what is entered: keep what is "
           "entered, or replace it. Without it, such a file is not applied."),
        tr("keep|replace"));
    const QCommandLineOption skipOption(
        u"skip-refused"_s, tr("Apply the other rows of a file in which values are refused."));
    parser.addOptions({campaignOption, dryRunOption, fromOption, mapOption, encodingOption,
                       conflictsOption, skipOption});
    if (const int code = parse(parser, arguments, u"import-results DB FILE..."_s, -2); code >= 0)
        return code;

    ResultsImport::Options options;
    if (const int code = readCampaign(parser, campaignOption, &options.campaignId); code >= 0)
        return code;
    for (const QString &value : parser.values(mapOption)) {
        for (const QString &pair : value.split(u',', Qt::SkipEmptyParts)) {
            const qsizetype equals = pair.indexOf(u'=');
            const auto field = equals > 0 ? ResultsColumns::fromKey(pair.left(equals))
                                          : std::optional<ResultsColumns::Field>();
            if (!field || equals == pair.size() - 1) {
                return wrongUsage(
                    tr("--map: “%1” is not FIELD=HEADER with a field named in --help.").arg(pair));
            }
            QString header = pair.mid(equals + 1).trimmed();
            if (header.size() >= 2 && header.startsWith(u'"') && header.endsWith(u'"'))
                header = header.mid(1, header.size() - 2);
            options.mapping.insert(*field, header);
        }
    }
    if (parser.isSet(encodingOption) && parser.value(encodingOption) != "auto"_L1) {
        options.encoding = LegacyEncoding::fromKey(parser.value(encodingOption));
        if (!options.encoding)
            return wrongUsage(tr("--encoding: write auto, unicode, windows-1258, tcvn3 or vni."));
    }
    if (parser.isSet(conflictsOption)) {
        const QString value = parser.value(conflictsOption);
        if (value == "keep"_L1)
            options.conflicts = ResultsPreview::Decision::Keep;
        else if (value == "replace"_L1)
            options.conflicts = ResultsPreview::Decision::Replace;
        else
            return wrongUsage(tr("--conflicts: write keep or replace."));
    }

    // The files are read in a thread of their own while the database is opened and checked
    // and the campaign's units are read: on two cores, side by side. A command that fails
    // before it needs them stops the reading between files (an .xls reader at once) rather
    // than waiting for every file.
    using Workbooks = QList<std::pair<QString, Result<Workbook>>>;
    Workbooks workbooks;
    const QStringList files = parser.positionalArguments().mid(2);
    const std::unique_ptr<QThread> reading(
        QThread::create([&workbooks, files, encoding = options.encoding] {
            for (const QString &path : files) {
                if (QThread::currentThread()->isInterruptionRequested())
                    return;
                workbooks.append({path, WorkbookReader::read(path, encoding)});
            }
        }));
    reading->start();
    const auto stopReading = qScopeGuard([&reading] {
        reading->requestInterruption();
        reading->wait();
    });
    Database database;
    if (auto opened = database.open(parser.positionalArguments().at(1)); !opened)
        return fail(opened.error());
    if (parser.isSet(fromOption)) {
        const auto sender =
            unitOn(database, parser.value(fromOption).trimmed(), QDate(), options.campaignId);
        if (!sender)
            return fail(sender.error());
        options.senderUnitId = sender->id;
    }
    ResultsImport import(database);
    import.prepare(options); // the campaign's units too, while the files are read
    reading->wait();
    // Files the thread did not read (none could be started) are read here.
    for (qsizetype i = workbooks.size(); i < files.size(); ++i)
        workbooks.append({files.at(i), WorkbookReader::read(files.at(i), options.encoding)});
    const auto preview = import.preview(workbooks, options);
    // The cells are freed beside what follows (the JSON, or the writing), on the core the
    // reading used: a national table has a quarter of a million of them.
    const std::unique_ptr<QThread> freeing(
        QThread::create([read = std::move(workbooks)]() mutable { read.clear(); }));
    freeing->start();
    const auto waitFreeing = qScopeGuard([&freeing] { freeing->wait(); });
    if (!preview)
        return fail(preview.error());
    if (parser.isSet(dryRunOption)) {
        // The bytes as they are made: a national table's preview is tens of megabytes, which
        // a QTextStream would decode and encode again, and which need not be held whole.
        // Bytes the output refuses are reported by run(), with their reason.
        m_out.flush();
        preview->writeJson(m_out.device());
        return Success;
    }

    // Every problem on a line of its own, naming its file, sheet, row and column.
    const bool skip = parser.isSet(skipOption);
    for (const ResultsPreview::File &file : preview->files) {
        if (!file.error.isEmpty())
            m_err << u"danvan-cli %1: "_s.arg(m_command) << file.error << Qt::endl;
        for (const ResultsPreview::Sheet &sheet : file.sheets) {
            for (const ResultsPreview::Problem &problem : sheet.problems) {
                const QString where = ResultsPreview::location(file, sheet, problem);
                m_err << u"danvan-cli %1: "_s.arg(m_command)
                      << (problem.blocks() ? QString() : tr("note: "))
                      << tr("%1: %2").arg(where, problem.message) << Qt::endl;
            }
        }
    }
    const ResultsPreview::Counts counts = preview->counts();
    if (counts.fileErrors > 0)
        return fail(
            tr("Nothing was written: %n file(s) could not be read.", nullptr, counts.fileErrors));
    if (counts.refused > 0 && !skip) {
        return fail(tr("Nothing was written: %n row(s) or value(s) are refused (see above). "
                       "Correct the file, or add --skip-refused to apply the other rows.",
                       nullptr, counts.refused));
    }
    if (counts.undecided > 0) {
        return fail(tr("Nothing was written: %n value(s) differ from what is entered. Choose "
                       "--conflicts keep or --conflicts replace (--dry-run lists them).",
                       nullptr, counts.undecided));
    }
    const auto applied = import.apply(*preview, skip);
    if (!applied)
        return fail(tr("Nothing was written: %1").arg(applied.error()));
    m_out << tr("%n conference(s) changed", nullptr, *applied) << u": "_s
          << tr("%n value(s) added", nullptr, counts.newValues) << u", "_s
          << tr("%n replaced", nullptr, counts.replaced) << u", "_s
          << tr("%n kept as entered", nullptr, counts.kept) << u", "_s
          << tr("%n already so", nullptr, counts.unchanged) << u'.';
    if (skip && counts.refused > 0)
        m_out << u' ' << tr("%n refused row(s) or value(s) left out.", nullptr, counts.refused);
    m_out << Qt::endl;
    return Success;
}
