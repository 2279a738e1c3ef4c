#pragma once

#include "Conference.h"
#include "LegacyEncoding.h"
#include "Result.h"
#include "ResultsColumns.h"
#include "ResultsPreview.h"
#include "Workbook.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

class Database;

/// One conference's change from a results file: the fields it changes, as stored before
/// and as the file has them (the other fields are left equal, so that applying it over what
/// is stored then changes those fields only).
struct ConferenceEdit
{
    Conference before;
    Conference after;
    QString unitName;
};
Q_DECLARE_TYPEINFO(ConferenceEdit, Q_RELOCATABLE_TYPE);

/// Reads conference results back from spreadsheets that units send up: the reporting form
/// filled in, or a table of their own (.xlsx, .ods, .xls, .csv, in any encoding
/// WorkbookReader knows).
///
/// In each visible sheet, the table's header row is looked for in the first 20 rows (two
/// rows when headers are split under merged cells); its columns are placed by their
/// headers (ResultsColumns::recognise()), by the mapping remembered for the sender, or as
/// the clerk maps them. Each row's unit is found by its code; else by its name, without
/// accents or case, among the units of the sender (the unit the form was written for, the
/// one chosen, or the nearest unit above all the rows found by code); two units of one name
/// are never guessed between. Values are read as offices write them (CellValues) and
/// compared with what is stored.
///
/// preview() writes nothing; apply() writes what the preview shows, in one transaction,
/// each conference through CampaignRepository::saveConference() and its checks.
class ResultsImport
{
    Q_DECLARE_TR_FUNCTIONS(ResultsImport)

public:
    using Field = ResultsColumns::Field;

    struct Options
    {
        qint64 campaignId = 0; ///< 0: the form's campaign, or the file's only one
        qint64 senderUnitId = 0; ///< 0: the form's unit, or found from the rows
        /// Columns placed by the clerk, by header text or column letter ("H"), over what
        /// is recognised: for every sheet.
        QHash<Field, QString> mapping;
        /// Columns placed by the clerk for one sheet (see sheetKey()), by column index.
        QHash<QString, QHash<Field, int>> sheetMappings;
        std::optional<LegacyEncoding::Encoding> encoding; ///< empty: detect
        ResultsPreview::Decision conflicts = ResultsPreview::Decision::Ask;
    };

    explicit ResultsImport(Database &database);
    ~ResultsImport();

    /// Reads the units of the campaign the options name (else of the file's only campaign)
    /// and what is entered for them, for the next preview(): a caller reading the files
    /// meanwhile, in a thread of its own, has the two done side by side. What is read is the
    /// next preview's only, and is used when the files' forms name no other campaign; it is
    /// what was stored when prepare() ran, and a failure here is that preview's.
    void prepare(const Options &options);

    /// Reads the files and works out what applying them would do. A file that cannot be
    /// read is in the preview with its error; only a failure of the database fails.
    Result<ResultsPreview> preview(const QStringList &paths, const Options &options);
    /// The same for workbooks already read (or failed to be read), with the names to show.
    Result<ResultsPreview> preview(const QList<std::pair<QString, Result<Workbook>>> &workbooks,
                                   const Options &options);

    /// The edits a preview makes: each matched row's new values and the conflicts decided
    /// Replace; rows with a refused value are left out (apply only when `skipRefused`).
    static QList<ConferenceEdit> edits(const ResultsPreview &preview);
    /// Writes edits in one transaction, each over what is stored then; the undo of an
    /// import writes them with before and after swapped. Nothing is written on a failure
    /// (inside a caller's transaction, which it joins, once the caller rolls back).
    static Result<void> write(Database &database, const QList<ConferenceEdit> &edits);
    /// Applies a preview (when canApply()): its edits, and the column mappings of its
    /// tables remembered for their senders. Returns the number of conferences changed.
    /// When nothing was written to the file since the last preview read what is stored
    /// (Database::changeMark()), its reading serves instead of a second one.
    Result<int> apply(const ResultsPreview &preview, bool skipRefused);

    /// The columns remembered for a sender: each field with the header it had. Fails when
    /// the settings cannot be read.
    Result<QHash<Field, QString>> rememberedMapping(qint64 senderUnitId) const;
    /// Remembers the mappings of a preview's tables (not the forms'), per sender.
    Result<void> rememberMappings(const ResultsPreview &preview);

    /// The key of a sheet in Options::sheetMappings.
    static QString sheetKey(const QString &path, const QString &sheet)
    {
        return path + u'\n' + sheet;
    }

private:
    struct Prepared;
    static Result<void> write(Database &database, const QList<ConferenceEdit> &edits,
                              const Prepared *read);

    Database &m_database;
    std::unique_ptr<Prepared> m_prepared; ///< for the next preview
    std::unique_ptr<Prepared> m_compared; ///< what the last preview compared with
};
