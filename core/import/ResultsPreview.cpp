#include "ResultsPreview.h"

#include "Dates.h"
#include "Money.h"
#include "Workbook.h"

#include <QDate>
#include <QJsonArray>

using namespace Qt::StringLiterals;

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

QJsonValue ResultsPreview::jsonValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        return value.toLongLong();
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

QJsonObject ResultsPreview::toJson() const
{
    QJsonArray fileArray;
    for (const File &file : files) {
        QJsonObject fileObject{
            {u"file"_s, file.path}, {u"format"_s, file.format}, {u"form"_s, file.isForm}};
        if (!file.error.isEmpty())
            fileObject.insert(u"error"_s, file.error);
        QJsonArray sheetArray;
        for (const Sheet &sheet : file.sheets) {
            QJsonObject sheetObject{{u"sheet"_s, sheet.name}, {u"encoding"_s, sheet.encoding}};
            if (!sheet.skipped.isEmpty()) {
                sheetObject.insert(u"skipped"_s, sheet.skipped);
                sheetArray.append(sheetObject);
                continue;
            }
            sheetObject.insert(u"headerRow"_s, sheet.headerRow + 1);
            if (sheet.senderUnitId) {
                sheetObject.insert(
                    u"sender"_s,
                    QJsonObject{{u"name"_s, sheet.senderName}, {u"source"_s, sheet.senderSource}});
            }
            QJsonObject mapping;
            for (const Field field : ResultsColumns::all()) {
                if (!sheet.columns.contains(field))
                    continue;
                const int column = sheet.columns.value(field);
                mapping.insert(ResultsColumns::key(field),
                               QJsonObject{{u"column"_s, Workbook::columnName(column)},
                                           {u"header"_s, sheet.headers.value(column)}});
            }
            sheetObject.insert(u"mapping"_s, mapping);
            sheetObject.insert(u"rememberedMapping"_s, sheet.rememberedMapping);
            QJsonArray ignored;
            for (const int column : sheet.ignoredColumns) {
                ignored.append(QJsonObject{{u"column"_s, Workbook::columnName(column)},
                                           {u"header"_s, sheet.headers.value(column)}});
            }
            sheetObject.insert(u"ignoredColumns"_s, ignored);
            QJsonArray rowArray;
            for (const Row &row : sheet.rows) {
                QJsonArray values;
                for (const Value &value : row.values) {
                    QJsonObject valueObject{{u"field"_s, ResultsColumns::key(value.field)},
                                            {u"column"_s, Workbook::columnName(value.column)},
                                            {u"old"_s, jsonValue(value.stored)},
                                            {u"new"_s, jsonValue(value.read)},
                                            {u"status"_s, statusKey(value.status)}};
                    if (value.status == Status::Conflict)
                        valueObject.insert(u"decision"_s, decisionKey(value.decision));
                    values.append(valueObject);
                }
                rowArray.append(QJsonObject{{u"row"_s, row.row + 1},
                                            {u"code"_s, row.unitCode},
                                            {u"unit"_s, row.unitName},
                                            {u"matchedBy"_s, row.byName ? u"name"_s : u"code"_s},
                                            {u"refused"_s, row.refused},
                                            {u"values"_s, values}});
            }
            sheetObject.insert(u"rows"_s, rowArray);
            QJsonArray problemArray;
            for (const Problem &problem : sheet.problems) {
                QJsonObject problemObject{{u"kind"_s, problemKey(problem.kind)},
                                          {u"message"_s, problem.message}};
                if (problem.row >= 0)
                    problemObject.insert(u"row"_s, problem.row + 1);
                if (problem.column >= 0) {
                    problemObject.insert(u"column"_s, Workbook::columnName(problem.column));
                    problemObject.insert(u"header"_s, sheet.headers.value(problem.column));
                }
                if (!problem.value.isEmpty())
                    problemObject.insert(u"value"_s, problem.value);
                problemArray.append(problemObject);
            }
            sheetObject.insert(u"problems"_s, problemArray);
            sheetArray.append(sheetObject);
        }
        fileObject.insert(u"sheets"_s, sheetArray);
        fileArray.append(fileObject);
    }
    const Counts total = counts();
    return QJsonObject{{u"campaign"_s, campaignId},
                       {u"campaignName"_s, campaignName},
                       {u"files"_s, fileArray},
                       {u"summary"_s,
                        QJsonObject{{u"units"_s, total.units},
                                    {u"newValues"_s, total.newValues},
                                    {u"replaced"_s, total.replaced},
                                    {u"kept"_s, total.kept},
                                    {u"undecided"_s, total.undecided},
                                    {u"unchanged"_s, total.unchanged},
                                    {u"refused"_s, total.refused},
                                    {u"warnings"_s, total.warnings},
                                    {u"fileErrors"_s, total.fileErrors}}}};
}
