#include "ResultsPreview.h"

#include "Dates.h"
#include "JsonWriter.h"
#include "Money.h"
#include "Workbook.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace {

// A value: days as yyyy-MM-dd, numbers as numbers, nothing as null.
void writeValue(JsonWriter &json, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        json.null();
    else if (value.typeId() == QMetaType::QDate)
        json.string(Dates::isoText(value.toDate()));
    else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        json.number(value.toLongLong());
    else
        json.string(value.toString());
}

} // namespace

bool ResultsPreview::Row::hasChanges() const
{
    for (const Value &value : values) {
        if (value.changes())
            return true;
    }
    return false;
}

ResultsPreview::Counts ResultsPreview::counts() const
{
    Counts counts;
    for (const File &file : files) {
        if (!file.error.isEmpty())
            ++counts.fileErrors;
        for (const Sheet &sheet : file.sheets) {
            for (const Problem &problem : sheet.problems)
                ++(problem.blocks() ? counts.refused : counts.warnings);
            for (const Row &row : sheet.rows) {
                if (row.refused)
                    continue; // left out: nothing of it is applied
                bool changes = false;
                for (const Value &value : row.values) {
                    switch (value.status) {
                    case Status::New:
                        ++counts.newValues;
                        changes = true;
                        break;
                    case Status::Same:
                        ++counts.unchanged;
                        break;
                    case Status::Conflict:
                        if (value.decision == Decision::Replace) {
                            ++counts.replaced;
                            changes = true;
                        } else if (value.decision == Decision::Keep) {
                            ++counts.kept;
                        } else {
                            ++counts.undecided;
                        }
                        break;
                    }
                }
                counts.units += changes;
            }
        }
    }
    return counts;
}

bool ResultsPreview::canApply(bool skipRefused) const
{
    const Counts total = counts();
    return total.fileErrors == 0 && total.undecided == 0 && (skipRefused || total.refused == 0);
}

void ResultsPreview::decideConflicts(Decision decision, bool all)
{
    for (File &file : files) {
        for (Sheet &sheet : file.sheets) {
            for (Row &row : sheet.rows) {
                for (Value &value : row.values) {
                    if (value.status == Status::Conflict
                        && (all || value.decision == Decision::Ask))
                        value.decision = decision;
                }
            }
        }
    }
}

QString ResultsPreview::valueText(Field field, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (ResultsColumns::type(field)) {
    case ResultsColumns::Type::Date:
        return Dates::text(value.toDate());
    case ResultsColumns::Type::Count:
        return QString::number(value.toLongLong());
    case ResultsColumns::Type::Money:
        return Money::format(value.toLongLong());
    case ResultsColumns::Type::Text:
        break;
    }
    return value.toString();
}

QString ResultsPreview::statusKey(Status status)
{
    switch (status) {
    case Status::New:
        return u"new"_s;
    case Status::Same:
        return u"same"_s;
    case Status::Conflict:
        return u"conflict"_s;
    }
    return {};
}

QString ResultsPreview::decisionKey(Decision decision)
{
    switch (decision) {
    case Decision::Ask:
        return u"ask"_s;
    case Decision::Keep:
        return u"keep"_s;
    case Decision::Replace:
        return u"replace"_s;
    }
    return {};
}

QString ResultsPreview::problemKey(ProblemKind kind)
{
    switch (kind) {
    case ProblemKind::Refused:
        return u"refused"_s;
    case ProblemKind::NotMatched:
        return u"not-matched"_s;
    case ProblemKind::Ambiguous:
        return u"ambiguous"_s;
    case ProblemKind::Duplicate:
        return u"duplicate"_s;
    case ProblemKind::Warning:
        return u"warning"_s;
    }
    return {};
}

QString ResultsPreview::location(const File &file, const Sheet &sheet, const Problem &problem)
{
    QString where = tr("%1, sheet “%2”").arg(file.path, sheet.name);
    if (problem.row >= 0)
        where = tr("%1, row %2").arg(where).arg(problem.row + 1);
    if (problem.column >= 0) {
        const QString header = sheet.headers.value(problem.column);
        where = header.isEmpty()
            ? tr("%1, column %2").arg(where, Workbook::columnName(problem.column))
            : tr("%1, column %2 (%3)").arg(where, Workbook::columnName(problem.column), header);
    }
    return where;
}

QByteArray ResultsPreview::toJson() const
{
    JsonWriter json;
    writeJson(json);
    return json.bytes();
}

bool ResultsPreview::writeJson(QIODevice *device) const
{
    JsonWriter json(device);
    writeJson(json);
    return json.finish();
}

void ResultsPreview::writeJson(JsonWriter &json) const
{
    // Each field's key and each column's name made once, not for each of the values.
    QHash<Field, QString> fieldKeys;
    for (const Field field : ResultsColumns::all())
        fieldKeys.insert(field, ResultsColumns::key(field));
    QStringList columnNames;
    const auto columnName = [&columnNames](int column) -> QString {
        if (column < 0)
            return Workbook::columnName(column);
        while (columnNames.size() <= column)
            columnNames.append(Workbook::columnName(int(columnNames.size())));
        return columnNames.at(column);
    };
    const auto columnObject = [&json, &columnName](int column, const QString &header) {
        json.beginObject();
        json.key("column").string(columnName(column));
        json.key("header").string(header);
        json.endObject();
    };
    json.beginObject();
    json.key("campaign").number(campaignId);
    json.key("campaignName").string(campaignName);
    json.key("files").beginArray();
    for (const File &file : files) {
        json.beginObject();
        json.key("file").string(file.path);
        json.key("format").string(file.format);
        json.key("form").boolean(file.isForm);
        if (!file.error.isEmpty())
            json.key("error").string(file.error);
        json.key("sheets").beginArray();
        for (const Sheet &sheet : file.sheets) {
            json.beginObject();
            json.key("sheet").string(sheet.name);
            json.key("encoding").string(sheet.encoding);
            if (!sheet.skipped.isEmpty()) {
                json.key("skipped").string(sheet.skipped);
                json.endObject();
                continue;
            }
            json.key("headerRow").number(sheet.headerRow + 1);
            if (sheet.senderUnitId) {
                json.key("sender").beginObject();
                json.key("name").string(sheet.senderName);
                json.key("source").string(sheet.senderSource);
                json.endObject();
            }
            json.key("mapping").beginObject();
            for (const Field field : ResultsColumns::all()) {
                if (!sheet.columns.contains(field))
                    continue;
                const int column = sheet.columns.value(field);
                json.key(ResultsColumns::key(field).toLatin1());
                columnObject(column, sheet.headers.value(column));
            }
            json.endObject();
            json.key("rememberedMapping").boolean(sheet.rememberedMapping);
            json.key("ignoredColumns").beginArray();
            for (const int column : sheet.ignoredColumns)
                columnObject(column, sheet.headers.value(column));
            json.endArray();
            json.key("rows").beginArray();
            for (const Row &row : sheet.rows) {
                json.beginObject();
                json.key("row").number(row.row + 1);
                json.key("code").string(row.unitCode);
                json.key("unit").string(row.unitName);
                json.key("matchedBy").string(row.byName ? u"name" : u"code");
                json.key("refused").boolean(row.refused);
                json.key("values").beginArray();
                for (const Value &value : row.values) {
                    json.beginObject();
                    json.key("field").string(fieldKeys.value(value.field));
                    json.key("column").string(columnName(value.column));
                    writeValue(json.key("old"), value.stored);
                    writeValue(json.key("new"), value.read);
                    json.key("status").string(statusKey(value.status));
                    if (value.status == Status::Conflict)
                        json.key("decision").string(decisionKey(value.decision));
                    json.endObject();
                }
                json.endArray();
                json.endObject();
            }
            json.endArray();
            json.key("problems").beginArray();
            for (const Problem &problem : sheet.problems) {
                json.beginObject();
                json.key("kind").string(problemKey(problem.kind));
                json.key("message").string(problem.message);
                if (problem.row >= 0)
                    json.key("row").number(problem.row + 1);
                if (problem.column >= 0) {
                    json.key("column").string(Workbook::columnName(problem.column));
                    json.key("header").string(sheet.headers.value(problem.column));
                }
                if (!problem.value.isEmpty())
                    json.key("value").string(problem.value);
                json.endObject();
            }
            json.endArray();
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }
    json.endArray();
    const Counts total = counts();
    json.key("summary").beginObject();
    json.key("units").number(total.units);
    json.key("newValues").number(total.newValues);
    json.key("replaced").number(total.replaced);
    json.key("kept").number(total.kept);
    json.key("undecided").number(total.undecided);
    json.key("unchanged").number(total.unchanged);
    json.key("refused").number(total.refused);
    json.key("warnings").number(total.warnings);
    json.key("fileErrors").number(total.fileErrors);
    json.endObject();
    json.endObject();
}
