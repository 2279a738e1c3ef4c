#include "ResultsReport.h"

#include "Dates.h"
#include "ResultsColumns.h"
#include "Schedule.h"
#include "UnitRepository.h"
#include "UnitTree.h"

#include <QLocale>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Field = ResultsColumns::Field;
using Type = ReportColumn::Type;

ReportColumn column(Field field)
{
    ReportColumn result;
    result.header = ResultsColumns::header(field);
    switch (ResultsColumns::type(field)) {
    case ResultsColumns::Type::Date:
        result.type = Type::Date;
        result.width = 10;
        break;
    case ResultsColumns::Type::Count:
        result.type = Type::Integer;
        result.width = 6;
        break;
    case ResultsColumns::Type::Money:
        result.type = Type::Money;
        result.width = 11;
        break;
    case ResultsColumns::Type::Text:
        result.type = Type::Text;
        result.width = 14;
        break;
    }
    switch (field) {
    case Field::Number:
        result.width = 4;
        break;
    case Field::Code:
        result.type = Type::Code;
        result.width = 6;
        break;
    case Field::Unit:
        result.width = 30;
        break;
    case Field::Chair:
        result.width = 12;
        break;
    case Field::Note:
        result.width = 10;
        break;
    case Field::Level:
        // The group headings say it in print.
        result.printed = false;
        break;
    case Field::Deadline:
        // The schedule prints deadlines; the page goes to what was reported.
        result.printed = false;
        break;
    case Field::Assessment:
        result.width = 18;
        break;
    default:
        break;
    }
    return result;
}

} // namespace

Result<ReportDocument> ResultsReport::build(Database &database, qint64 campaignId, QDate asOf)
{
    auto all = UnitRepository(database).all();
    if (!all)
        return Failure{all.error()};
    const auto units = std::make_shared<UnitTree>(std::move(*all));
    auto loaded = Schedule::load(database, *units, campaignId);
    if (!loaded)
        return Failure{loaded.error()};
    const auto schedule = std::make_shared<Schedule>(std::move(loaded.value()));

    // Rows by level, top first; below the top, each unit under the heading of the unit above.
    struct Line
    {
        int row = -1; ///< the schedule's row, or -1 for a heading
        QString heading;
        int number = 0;
    };
    auto lines = std::make_shared<QList<Line>>();
    const QList<CampaignLevel> &levels = schedule->campaign().levels;
    int number = 0;
    for (int l = 0; l < levels.size(); ++l) {
        const QString level = levels.at(l).level;
        lines->append(
            {-1,
             tr("%1. %2").arg(l + 1).arg(
                 QLocale(QLocale::Vietnamese).toUpper(schedule->level(level).displayName())),
             0});
        qint64 parent = -1;
        for (int row = 0; row < schedule->rows().size(); ++row) {
            const ScheduleRow &entry = schedule->rows().at(row);
            if (entry.conference.level != level)
                continue;
            if (l > 1 && entry.conference.parentUnitId != parent) {
                parent = entry.conference.parentUnitId;
                const int index = units->indexOf(parent);
                lines->append({-1, index >= 0 ? units->at(index).name : QString(), 0});
            }
            lines->append({row, QString(), ++number});
        }
    }

    QList<ReportColumn> columns;
    const QList<Field> fields = ResultsColumns::all();
    for (const Field field : fields)
        columns.append(column(field));

    ReportDocument report;
    report.title = tr("RESULTS OF THE SUMMARY CONFERENCES\n%1")
                       .arg(QLocale(QLocale::Vietnamese).toUpper(schedule->campaign().name));
    report.subtitle = tr("(as of %1)").arg(Dates::text(asOf));
    report.date = asOf;
    report.orientation = ReportDocument::Orientation::Landscape;
    ReportPart part;
    part.sheetName = tr("Results");
    part.columns = columns;
    part.rowCount = int(lines->size());
    part.row = [schedule, lines, fields](int index) {
        const Line &line = lines->at(index);
        ReportRow row;
        if (line.row < 0) {
            row.kind = ReportRow::Kind::Group;
            row.group = line.heading;
            return row;
        }
        const ScheduleRow &entry = schedule->rows().at(line.row);
        const Conference &conference = entry.conference;
        const auto count = [](qint64 value) {
            return value >= 0 ? QVariant(value) : QVariant();
        };
        for (const Field field : fields) {
            switch (field) {
            case Field::Number:
                row.cells.append(line.number);
                break;
            case Field::Code:
                row.cells.append(entry.unitCode);
                break;
            case Field::Unit:
                row.cells.append(entry.unitLabel);
                break;
            case Field::Level:
                row.cells.append(schedule->level(conference.level).displayName());
                break;
            case Field::Deadline:
                row.cells.append(entry.deadline.last());
                break;
            default: {
                // What the conference reported, each field by its type.
                const Conference::Field reported = *ResultsColumns::conferenceField(field);
                switch (Conference::typeOf(reported)) {
                case Conference::FieldType::Date:
                    row.cells.append(conference.date(reported));
                    break;
                case Conference::FieldType::Count:
                case Conference::FieldType::Amount:
                    row.cells.append(count(conference.number(reported)));
                    break;
                case Conference::FieldType::Text:
                case Conference::FieldType::LongText:
                    row.cells.append(conference.text(reported));
                    break;
                }
                break;
            }
            }
        }
        return row;
    };
    report.parts.append(part);
    return report;
}
