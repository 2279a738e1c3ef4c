#include "ReportingForm.h"

#include "CatalogueRepository.h"
#include "Database.h"
#include "Exemplar.h"
#include "ExemplarRepository.h"
#include "OfficeSettings.h"
#include "OutputTarget.h"
#include "ResultsColumns.h"
#include "Schedule.h"
#include "Text.h"
#include "UnitRepository.h"
#include "UnitTree.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Field = ResultsColumns::Field;

const char *const IdentityMark = "danvan-form";
constexpr int FormVersion = 1;
// The rows of the first sheet: title, campaign, unit, instructions, a blank row, headers.
constexpr lxw_row_t HeaderRow = 5;
// Empty rows offered for new models and exemplars.
constexpr int NewExemplarRows = 100;

lxw_datetime toLxw(QDate date)
{
    return lxw_datetime{date.year(), date.month(), date.day(), 0, 0, 0.0};
}

// A workbook being written, with the strings libxlsxwriter keeps pointers to until it is
// closed.
class Writer
{
public:
    explicit Writer(lxw_workbook *workbook)
        : m_workbook(workbook)
    {
    }
    ~Writer()
    {
        if (m_workbook)
            workbook_close(m_workbook);
    }
    lxw_error close()
    {
        const lxw_error error = workbook_close(m_workbook);
        m_workbook = nullptr;
        return error;
    }
    lxw_workbook *workbook() const { return m_workbook; }

    /// UTF-8 that lives as long as the workbook.
    char *keep(const QString &text)
    {
        m_strings.push_back(std::make_unique<QByteArray>(text.toUtf8()));
        return m_strings.back()->data();
    }
    void text(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column, const QString &text,
              lxw_format *format)
    {
        if (text.isEmpty())
            worksheet_write_blank(sheet, row, column, format);
        else
            worksheet_write_string(sheet, row, column, text.toUtf8().constData(), format);
    }
    void date(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column, QDate date, lxw_format *format)
    {
        if (!date.isValid()) {
            worksheet_write_blank(sheet, row, column, format);
            return;
        }
        lxw_datetime when = toLxw(date);
        worksheet_write_datetime(sheet, row, column, &when, format);
    }
    void number(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column, qint64 value,
                lxw_format *format)
    {
        if (value < 0)
            worksheet_write_blank(sheet, row, column, format);
        else
            worksheet_write_number(sheet, row, column, double(value), format);
    }

private:
    lxw_workbook *m_workbook;
    std::vector<std::unique_ptr<QByteArray>> m_strings;
};

QString upper(const QString &text)
{
    return QLocale(QLocale::Vietnamese).toUpper(text);
}

int columnWidth(Field field)
{
    switch (field) {
    case Field::Number:
        return 5;
    case Field::Code:
        return 8;
    case Field::Unit:
        return 26;
    case Field::Level:
        return 12;
    case Field::Venue:
    case Field::Chair:
        return 20;
    case Field::Assessment:
        return 36;
    case Field::Note:
        return 24;
    case Field::BudgetPlanned:
    case Field::BudgetSpent:
        return 14;
    default:
        return 12;
    }
}

// The form's rows: the unit itself when it takes part, then the units right below it.
QList<int> formRows(const Schedule &schedule, qint64 unitId)
{
    QList<int> rows;
    if (const int own = schedule.rowOfUnit(unitId); own >= 0)
        rows.append(own);
    for (int i = 0; i < schedule.rows().size(); ++i) {
        if (schedule.rows().at(i).conference.parentUnitId == unitId)
            rows.append(i);
    }
    return rows;
}

} // namespace

QString ReportingForm::identitySheetName()
{
    return u"danvan"_s;
}

std::optional<ReportingForm::Identity> ReportingForm::identify(const Workbook &workbook)
{
    for (const Workbook::Sheet &sheet : workbook.sheets) {
        if (sheet.name != identitySheetName())
            continue;
        const Workbook::Cell *mark = sheet.cell(0, 0);
        if (!mark || mark->text != QLatin1String(IdentityMark))
            return std::nullopt;
        const auto value = [&sheet](int row) -> QString {
            const Workbook::Cell *cell = sheet.cell(row, 1);
            if (!cell)
                return {};
            if (cell->type == Workbook::Cell::Type::Number)
                return QString::number(qint64(cell->number));
            return cell->text.trimmed();
        };
        Identity identity;
        identity.campaignId = value(1).toLongLong();
        identity.unitCode = value(2);
        identity.unitId = value(3).toLongLong();
        if (identity.campaignId <= 0)
            return std::nullopt;
        return identity;
    }
    return std::nullopt;
}

QString ReportingForm::fileName(const Unit &unit)
{
    QString slug = Text::searchKey(unit.name);
    static const QRegularExpression other(u"[^a-z0-9]+"_s);
    slug.replace(other, u"-"_s);
    while (slug.startsWith(u'-'))
        slug.remove(0, 1);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    //: A file name: lower case, no accents, no spaces.
    QString name = tr("reporting-form");
    if (!unit.code.isEmpty())
        name += u'-' + unit.code;
    if (!slug.isEmpty())
        name += u'-' + slug;
    return name + u".xlsx"_s;
}

Result<QList<qint64>> ReportingForm::unitsBelow(Database &database, qint64 campaignId,
                                                qint64 unitId)
{
    auto all = UnitRepository(database).all();
    if (!all)
        return Failure{all.error()};
    const UnitTree tree(std::move(*all));
    const auto schedule = Schedule::load(database, tree, campaignId);
    if (!schedule)
        return Failure{schedule.error()};
    QList<qint64> units;
    for (const ScheduleRow &row : schedule->rows()) {
        if (row.conference.parentUnitId == unitId)
            units.append(row.conference.unitId);
    }
    return units;
}

Result<void> ReportingForm::write(Database &database, qint64 campaignId, qint64 unitId,
                                  const QString &path)
{
    // Never over the open database, its companions or any danvan file.
    if (auto allowed = OutputTarget::check(path, database.filePath()); !allowed)
        return allowed;
    auto all = UnitRepository(database).all();
    if (!all)
        return Failure{all.error()};
    const UnitTree tree(std::move(*all));
    const int unitIndex = tree.indexOf(unitId);
    if (unitIndex < 0)
        return Failure{tr("There is no unit number %1.").arg(unitId)};
    const Unit &unit = tree.at(unitIndex);
    auto loaded = Schedule::load(database, tree, campaignId);
    if (!loaded)
        return Failure{loaded.error()};
    const Schedule &schedule = *loaded;
    const QList<int> rows = formRows(schedule, unitId);
    if (rows.isEmpty()) {
        return Failure{tr("%1 takes no part in campaign number %2 and has no unit below it that "
                          "does: there is no form to write.")
                           .arg(unit.name)
                           .arg(campaignId)};
    }
    QSet<qint64> formUnits;
    for (const int row : rows)
        formUnits.insert(schedule.rows().at(row).conference.unitId);
    const auto exemplars = ExemplarRepository(database).exemplars(campaignId);
    if (!exemplars)
        return Failure{exemplars.error()};
    const auto fields =
        CatalogueRepository(database, CatalogueRepository::Catalogue::Fields).entries();
    if (!fields)
        return Failure{fields.error()};
    const auto settings = OfficeSettings::read(database);
    if (!settings)
        return Failure{settings.error()};
    const QString superior = settings->value(OfficeSettings::IssuingBody);

    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Failure{tr("No temporary folder is available to write the form.")};
    const QString scratchFile = scratch.filePath(u"form.xlsx"_s);
    Writer writer(workbook_new(QFile::encodeName(scratchFile).constData()));
    if (!writer.workbook())
        return Failure{tr("The form could not be written to a temporary file.")};
    lxw_workbook *workbook = writer.workbook();

    lxw_format *title = workbook_add_format(workbook);
    format_set_bold(title);
    format_set_font_size(title, 13);
    format_set_align(title, LXW_ALIGN_CENTER);
    format_set_align(title, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format *plain = workbook_add_format(workbook);
    lxw_format *note = workbook_add_format(workbook);
    format_set_italic(note);
    format_set_text_wrap(note);
    format_set_align(note, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_bg_color(header, 0xE8EEF4);
    format_set_border(header, LXW_BORDER_THIN);
    // Locked: what the form gives. Open: what the unit fills in.
    lxw_format *locked = workbook_add_format(workbook);
    format_set_bg_color(locked, 0xF2F2F2);
    format_set_border(locked, LXW_BORDER_THIN);
    format_set_align(locked, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *lockedCode = workbook_add_format(workbook);
    format_set_bg_color(lockedCode, 0xF2F2F2);
    format_set_border(lockedCode, LXW_BORDER_THIN);
    format_set_num_format(lockedCode, "@");
    format_set_align(lockedCode, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *lockedDate = workbook_add_format(workbook);
    format_set_bg_color(lockedDate, 0xF2F2F2);
    format_set_border(lockedDate, LXW_BORDER_THIN);
    format_set_num_format(lockedDate, "dd/mm/yyyy");
    format_set_align(lockedDate, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *openText = workbook_add_format(workbook);
    format_set_unlocked(openText);
    format_set_border(openText, LXW_BORDER_THIN);
    format_set_text_wrap(openText);
    format_set_align(openText, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *openDate = workbook_add_format(workbook);
    format_set_unlocked(openDate);
    format_set_border(openDate, LXW_BORDER_THIN);
    format_set_num_format(openDate, "dd/mm/yyyy");
    format_set_align(openDate, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *openCount = workbook_add_format(workbook);
    format_set_unlocked(openCount);
    format_set_border(openCount, LXW_BORDER_THIN);
    format_set_num_format(openCount, "0");
    format_set_align(openCount, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *openMoney = workbook_add_format(workbook);
    format_set_unlocked(openMoney);
    format_set_border(openMoney, LXW_BORDER_THIN);
    format_set_num_format(openMoney, "#,##0");
    format_set_align(openMoney, LXW_ALIGN_VERTICAL_TOP);

    // --- Sheet 1: the conferences --------------------------------------------------------
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, writer.keep(tr("Conferences")));
    const QList<Field> columns = ResultsColumns::all();
    const auto lastColumn = lxw_col_t(columns.size() - 1);
    for (int c = 0; c < columns.size(); ++c) {
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), columnWidth(columns.at(c)),
                             nullptr);
    }
    const Campaign &campaign = schedule.campaign();
    worksheet_set_row(sheet, 0, 20, nullptr);
    worksheet_merge_range(sheet, 0, 0, 0, lastColumn,
                          tr("REPORT ON THE SUMMARY CONFERENCES").toUtf8().constData(), title);
    worksheet_merge_range(sheet, 1, 0, 1, lastColumn, upper(campaign.name).toUtf8().constData(),
                          title);
    const QString reporting = unit.code.isEmpty()
        ? tr("Reporting unit: %1").arg(unit.name)
        : tr("Reporting unit: %1 (code %2)").arg(unit.name, unit.code);
    worksheet_merge_range(sheet, 2, 0, 2, lastColumn, reporting.toUtf8().constData(), plain);
    const QString instructions =
        (superior.isEmpty()
             ? tr("Fill in the white cells and send the file back.")
             : tr("Fill in the white cells and send the file back to %1.").arg(superior))
        + u' '
        + tr("Days as dd/mm/yyyy, numbers of people and amounts in đồng as whole numbers. Leave "
             "a cell empty when it is not known. The grey columns, the sheet names and the "
             "order of the columns must stay as they are.");
    worksheet_set_row(sheet, 3, 32, nullptr);
    worksheet_merge_range(sheet, 3, 0, 3, lastColumn, instructions.toUtf8().constData(), note);
    worksheet_set_row(sheet, HeaderRow, 45, nullptr);
    for (int c = 0; c < columns.size(); ++c)
        writer.text(sheet, HeaderRow, lxw_col_t(c), ResultsColumns::header(columns.at(c)), header);

    lxw_row_t row = HeaderRow;
    int number = 0;
    for (const int index : rows) {
        const ScheduleRow &entry = schedule.rows().at(index);
        const Conference &conference = entry.conference;
        ++row;
        for (int c = 0; c < columns.size(); ++c) {
            const auto column = lxw_col_t(c);
            switch (columns.at(c)) {
            case Field::Number:
                writer.number(sheet, row, column, ++number, locked);
                break;
            case Field::Code:
                writer.text(sheet, row, column, entry.unitCode, lockedCode);
                break;
            case Field::Unit:
                writer.text(sheet, row, column, entry.unitName, locked);
                break;
            case Field::Level:
                writer.text(sheet, row, column, schedule.level(conference.level).displayName(),
                            locked);
                break;
            case Field::Deadline:
                writer.date(sheet, row, column, entry.deadline.last(), lockedDate);
                break;
            default: {
                // What the conference reported, each field by its type.
                const Conference::Field reported = *ResultsColumns::conferenceField(columns.at(c));
                switch (Conference::typeOf(reported)) {
                case Conference::FieldType::Date:
                    writer.date(sheet, row, column, conference.date(reported), openDate);
                    break;
                case Conference::FieldType::Count:
                    writer.number(sheet, row, column, conference.number(reported), openCount);
                    break;
                case Conference::FieldType::Amount:
                    writer.number(sheet, row, column, conference.number(reported), openMoney);
                    break;
                case Conference::FieldType::Text:
                case Conference::FieldType::LongText:
                    writer.text(sheet, row, column, conference.text(reported), openText);
                    break;
                }
                break;
            }
            }
        }
    }
    const lxw_row_t firstData = HeaderRow + 1;
    const lxw_row_t lastData = row;
    // Data validation: days are days, counts and amounts whole numbers of 0 or more.
    for (int c = 0; c < columns.size(); ++c) {
        const Field field = columns.at(c);
        if (!ResultsColumns::isReported(field))
            continue;
        lxw_data_validation validation{};
        validation.ignore_blank = LXW_VALIDATION_ON;
        validation.show_error = LXW_VALIDATION_ON;
        validation.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
        validation.error_title = writer.keep(ResultsColumns::header(field));
        switch (ResultsColumns::type(field)) {
        case ResultsColumns::Type::Date:
            validation.validate = LXW_VALIDATION_TYPE_DATE;
            validation.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
            validation.minimum_datetime = toLxw(QDate(2000, 1, 1));
            validation.maximum_datetime = toLxw(QDate(2100, 12, 31));
            validation.error_message =
                writer.keep(tr("Enter a day as dd/mm/yyyy, for example 20/05/2020."));
            break;
        case ResultsColumns::Type::Count:
        case ResultsColumns::Type::Money:
            validation.validate = LXW_VALIDATION_TYPE_INTEGER;
            validation.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
            validation.value_number = 0;
            validation.error_message =
                writer.keep(ResultsColumns::type(field) == ResultsColumns::Type::Money
                                ? tr("Enter an amount in đồng as a whole number, for example "
                                     "1500000.")
                                : tr("Enter a number of people as a whole number, for "
                                     "example 120."));
            break;
        case ResultsColumns::Type::Text:
            continue;
        }
        worksheet_data_validation_range(sheet, firstData, lxw_col_t(c), lastData, lxw_col_t(c),
                                        &validation);
    }
    worksheet_freeze_panes(sheet, HeaderRow + 1, 3);
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9); // A4
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, HeaderRow, HeaderRow);
    lxw_protection protection{};
    protection.format_columns = LXW_TRUE;
    protection.format_rows = LXW_TRUE;
    worksheet_protect(sheet, nullptr, &protection);

    // --- Sheet 2: models and exemplars ---------------------------------------------------
    lxw_worksheet *models =
        workbook_add_worksheet(workbook, writer.keep(tr("Models and exemplars")));
    const QStringList modelHeaders{tr("No."),  tr("Unit"),  tr("Name of the model or exemplar"),
                                   tr("Kind"), tr("Field"), tr("Description")};
    const int modelWidths[] = {5, 30, 40, 20, 24, 50};
    for (int c = 0; c < modelHeaders.size(); ++c)
        worksheet_set_column(models, lxw_col_t(c), lxw_col_t(c), modelWidths[c], nullptr);
    const auto modelsLast = lxw_col_t(modelHeaders.size() - 1);
    worksheet_merge_range(
        models, 0, 0, 0, modelsLast,
        tr("MODELS AND EXEMPLARS OF THE “DÂN VẬN KHÉO” MOVEMENT").toUtf8().constData(), title);
    worksheet_merge_range(models, 1, 0, 1, modelsLast, reporting.toUtf8().constData(), plain);
    worksheet_merge_range(models, 2, 0, 2, modelsLast,
                          tr("One row per model (a collective's initiative) or exemplar (a "
                             "person); choose the unit, the kind and the field from the lists.")
                              .toUtf8()
                              .constData(),
                          note);
    const lxw_row_t modelHeader = 3;
    worksheet_set_row(models, modelHeader, 30, nullptr);
    for (int c = 0; c < modelHeaders.size(); ++c)
        writer.text(models, modelHeader, lxw_col_t(c), modelHeaders.at(c), header);
    // The units to choose from: "Xã Bình An (30808)".
    QStringList unitChoices;
    QHash<qint64, QString> choiceOf;
    for (const int index : rows) {
        const ScheduleRow &entry = schedule.rows().at(index);
        const QString choice = entry.unitCode.isEmpty()
            ? entry.unitName
            : u"%1 (%2)"_s.arg(entry.unitName, entry.unitCode);
        unitChoices.append(choice);
        choiceOf.insert(entry.conference.unitId, choice);
    }
    QHash<qint64, QString> fieldName;
    for (const CatalogueEntry &entry : *fields)
        fieldName.insert(entry.id, entry.name);
    lxw_row_t modelRow = modelHeader;
    int modelNumber = 0;
    for (const Exemplar &exemplar : *exemplars) {
        if (!formUnits.contains(exemplar.unitId))
            continue;
        ++modelRow;
        writer.number(models, modelRow, 0, ++modelNumber, locked);
        writer.text(models, modelRow, 1, choiceOf.value(exemplar.unitId), openText);
        writer.text(models, modelRow, 2, exemplar.name, openText);
        writer.text(models, modelRow, 3, Exemplar::kindName(exemplar.kind), openText);
        writer.text(models, modelRow, 4, fieldName.value(exemplar.fieldId), openText);
        writer.text(models, modelRow, 5, exemplar.description, openText);
    }
    for (int i = 0; i < NewExemplarRows; ++i) {
        ++modelRow;
        writer.number(models, modelRow, 0, ++modelNumber, locked);
        for (lxw_col_t c = 1; c <= modelsLast; ++c)
            worksheet_write_blank(models, modelRow, c, openText);
    }

    // --- The hidden sheet: which form this is, and the lists to choose from ---------------
    lxw_worksheet *identity = workbook_add_worksheet(workbook, writer.keep(identitySheetName()));
    worksheet_write_string(identity, 0, 0, IdentityMark, nullptr);
    worksheet_write_number(identity, 0, 1, FormVersion, nullptr);
    worksheet_write_string(identity, 1, 0, "campaign", nullptr);
    worksheet_write_number(identity, 1, 1, double(campaignId), nullptr);
    worksheet_write_string(identity, 2, 0, "unit", nullptr);
    writer.text(identity, 2, 1, unit.code, nullptr);
    worksheet_write_string(identity, 3, 0, "unit-id", nullptr);
    worksheet_write_number(identity, 3, 1, double(unitId), nullptr);
    const QStringList kinds{Exemplar::kindName(Exemplar::Kind::Collective),
                            Exemplar::kindName(Exemplar::Kind::Individual)};
    QStringList fieldNames;
    for (const CatalogueEntry &entry : *fields)
        fieldNames.append(entry.name);
    const QList<QStringList> listValues{unitChoices, kinds, fieldNames};
    const lxw_col_t listColumns[] = {3, 4, 5};
    const lxw_col_t modelColumns[] = {1, 3, 4};
    for (int l = 0; l < 3; ++l) {
        const QStringList &values = listValues.at(l);
        for (int i = 0; i < values.size(); ++i)
            writer.text(identity, lxw_row_t(i), listColumns[l], values.at(i), nullptr);
        if (values.isEmpty())
            continue;
        const QString letter = Workbook::columnName(int(listColumns[l]));
        lxw_data_validation validation{};
        validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
        validation.value_formula =
            writer.keep(u"=%1!$%2$1:$%2$%3"_s.arg(identitySheetName(), letter).arg(values.size()));
        validation.ignore_blank = LXW_VALIDATION_ON;
        validation.show_error = LXW_VALIDATION_ON;
        validation.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
        validation.error_message = writer.keep(tr("Choose a value from the list."));
        worksheet_data_validation_range(models, modelHeader + 1, modelColumns[l], modelRow,
                                        modelColumns[l], &validation);
    }
    worksheet_hide(identity);
    worksheet_activate(sheet);
    worksheet_freeze_panes(models, modelHeader + 1, 0);

    if (const lxw_error error = writer.close(); error != LXW_NO_ERROR) {
        return Failure{
            tr("“%1” could not be written: %2")
                .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(error)))};
    }
    // Put in place whole: an earlier file of that name stays until the new one is complete.
    QFile made(scratchFile);
    QSaveFile target(path);
    if (!made.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly)
        || target.write(made.readAll()) < 0 || !target.commit()) {
        return Failure{tr("“%1” cannot be written: %2")
                           .arg(QDir::toNativeSeparators(path), target.errorString())};
    }
    return {};
}
