#pragma once

#include "ResultsColumns.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

class JsonWriter;
class QIODevice;

/// What reading results back would do, before anything is written: per file and sheet, the
/// table found (its header row and which column holds which field), the units matched, each
/// field's stored and new value, the conflicts with what is already entered and what is
/// decided for them, and the rows not matched and values refused, each with its file,
/// sheet, row and column.
struct ResultsPreview
{
    Q_DECLARE_TR_FUNCTIONS(ResultsPreview)

public:
    using Field = ResultsColumns::Field;

    /// A value read against the one stored.
    enum class Status {
        New, ///< nothing was stored: the value is added
        Same, ///< the file says what is stored: nothing changes
        Conflict, ///< the file says something else than what is stored
    };
    /// What is done with a conflict.
    enum class Decision { Ask, Keep, Replace };

    struct Value
    {
        Field field = Field::Note;
        int column = -1; ///< from 0
        QVariant stored; ///< QDate, qint64 or QString; invalid when nothing is stored
        QVariant read; ///< the value in the file, of the same type
        Status status = Status::New;
        Decision decision = Decision::Ask; ///< for a conflict

        /// The value changes when applied.
        bool changes() const
        {
            return status == Status::New
                || (status == Status::Conflict && decision == Decision::Replace);
        }
    };

    /// A row of a sheet matched with a unit of the campaign.
    struct Row
    {
        int row = -1; ///< from 0
        qint64 unitId = 0;
        QString unitCode;
        QString unitName;
        bool byName = false; ///< matched by name (no code, or a code not known)
        QList<Value> values;
        /// A value of the row was refused: the row is left out unless the clerk says so.
        bool refused = false;

        bool hasChanges() const;
    };

    enum class ProblemKind {
        Refused, ///< a value that cannot be right
        NotMatched, ///< a row whose unit is not found
        Ambiguous, ///< a row whose name fits several units and that has no code
        Duplicate, ///< a unit already given by another row
        Warning, ///< worth knowing; applying goes on
    };
    struct Problem
    {
        ProblemKind kind = ProblemKind::Warning;
        int row = -1; ///< from 0; -1 for the sheet
        int column = -1; ///< from 0; -1 for the row
        QString value; ///< what the cell shows
        QString message;

        bool blocks() const { return kind != ProblemKind::Warning; }
    };

    struct Sheet
    {
        QString name;
        bool hidden = false;
        /// Why the sheet was not read (hidden, no table found); empty when it was.
        QString skipped;
        QString encoding;
        int headerRow = -1; ///< from 0: the (last) header row
        int headerRows = 1; ///< two for a header whose cells are split under merged ones
        QStringList headers; ///< the header of each column, as read
        QHash<Field, int> columns; ///< where each field is; absent when it is not
        QList<int> ignoredColumns; ///< columns with a header that is no field
        bool rememberedMapping = false; ///< the mapping is the one remembered for the sender
        qint64 senderUnitId = 0;
        QString senderName;
        QString senderSource; ///< "form", "chosen", "found"
        QList<Row> rows;
        QList<Problem> problems;
    };

    struct File
    {
        QString path;
        QString format; ///< "xlsx", "ods", "xls", "csv"
        /// Why the file could not be read at all; empty when it was.
        QString error;
        bool isForm = false; ///< written by ReportingForm
        QList<Sheet> sheets;
    };

    qint64 campaignId = 0;
    QString campaignName;
    QList<File> files;

    /// Totals over every file.
    struct Counts
    {
        int units = 0; ///< units whose conference changes
        int newValues = 0;
        int replaced = 0; ///< conflicts decided Replace
        int kept = 0; ///< conflicts decided Keep
        int undecided = 0; ///< conflicts still to decide
        int unchanged = 0; ///< values the same as stored
        int refused = 0; ///< problems that stop applying
        int warnings = 0;
        int fileErrors = 0;
    };
    Counts counts() const;

    /// Applying is possible: no file unread, no conflict undecided, and no refusal unless
    /// `skipRefused` (then the refused rows are left out).
    bool canApply(bool skipRefused) const;
    /// Sets the decision of every conflict that is still Ask (or of all with `all`).
    void decideConflicts(Decision decision, bool all = false);

    /// A value as text for the user: a day dd/MM/yyyy, an amount 1.500.000.
    static QString valueText(Field field, const QVariant &value);
    static QString statusKey(Status status);
    static QString decisionKey(Decision decision);
    static QString problemKey(ProblemKind kind);
    /// "the-file.xlsx, sheet “Hội nghị”, row 12, column K (Số người dự): ..."
    static QString location(const File &file, const Sheet &sheet, const Problem &problem);

    /// Everything above as JSON, in UTF-8, as `danvan-cli import-results --dry-run` prints
    /// it.
    QByteArray toJson() const;
    /// The same written to `device` as it is made (a national table's is 30 MB); false when
    /// the device did not take all of it.
    bool writeJson(QIODevice *device) const;

private:
    void writeJson(JsonWriter &json) const;
};
Q_DECLARE_TYPEINFO(ResultsPreview::Value, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ResultsPreview::Row, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ResultsPreview::Problem, Q_RELOCATABLE_TYPE);
