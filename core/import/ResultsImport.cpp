#include "ResultsImport.h"

#include "CampaignRepository.h"
#include "CellValues.h"
#include "Database.h"
#include "OfficeSettings.h"
#include "ReportingForm.h"
#include "StringKey.h"
#include "Text.h"
#include "Transaction.h"
#include "UnitTree.h"
#include "WorkbookReader.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMultiHash>
#include <QScopeGuard>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <system_error>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using Field = ResultsColumns::Field;
using Preview = ResultsPreview;

// The header row is looked for in this many rows from the top.
constexpr int HeaderSearchRows = 20;

// Kind words at the start of a name, as search keys, longest first.
constexpr const char16_t *KindPrefixes[] = {u"thanh pho", u"thi tran", u"dang bo", u"dac khu",
                                            u"phuong",    u"thi xa",   u"huyen",   u"tinh",
                                            u"quan",      u"xa"};

// A name key split into its kind word and the rest: "xa binh an" → ("xa", "binh an").
std::pair<QString, QString> splitKind(const QString &key)
{
    for (const char16_t *prefix : KindPrefixes) {
        const QStringView word(prefix);
        if (key.size() > word.size() + 1 && key.startsWith(word) && key.at(word.size()) == u' ')
            return {word.toString(), key.mid(word.size() + 1)};
    }
    return {QString(), key};
}

QString settingKey(qint64 senderUnitId)
{
    return u"results_mapping_%1"_s.arg(senderUnitId);
}

// A unit taking part in the campaign, with what is stored of its conference.
struct Participant
{
    qint64 unitId = 0;
    qint64 parentId = 0; ///< the unit above it in the campaign
    QString code;
    QString name;
    QString nameKey;
    QString restKey; ///< the name key without its kind word
    Conference conference;
};

// The campaign's units, found by id, code and name.
class CampaignIndex
{
public:
    QList<Participant> participants;
    QHash<qint64, int> byId;
    QHash<StringKey, int> byCode;
    QMultiHash<StringKey, int> byName;
    QMultiHash<StringKey, int> byRest;
    /// The file's mark taken before the conferences were read; none on a server.
    std::optional<Database::ChangeMark> mark;

    void reserve(qsizetype size)
    {
        participants.reserve(size);
        byId.reserve(size);
        byCode.reserve(size);
        byName.reserve(size);
        byRest.reserve(size);
    }
    void add(Participant participant)
    {
        const int index = int(participants.size());
        byId.insert(participant.unitId, index);
        if (!participant.code.isEmpty())
            byCode.insert({participant.code}, index);
        byName.insert({participant.nameKey}, index);
        byRest.insert({participant.restKey}, index);
        participants.append(std::move(participant));
    }
    const Participant *find(qint64 unitId) const
    {
        const int index = byId.value(unitId, -1);
        return index >= 0 ? &participants.at(index) : nullptr;
    }
    /// True when `unitId` is `ancestorId` or below it in the campaign (0: the whole campaign).
    bool isUnder(qint64 unitId, qint64 ancestorId) const
    {
        if (ancestorId == 0)
            return true;
        for (int depth = 0; unitId != 0 && depth < 64; ++depth) {
            if (unitId == ancestorId)
                return true;
            const Participant *participant = find(unitId);
            unitId = participant ? participant->parentId : 0;
        }
        return false;
    }
    QList<qint64> pathOf(qint64 unitId) const
    {
        QList<qint64> path;
        for (int depth = 0; unitId != 0 && depth < 64; ++depth) {
            path.prepend(unitId);
            const Participant *participant = find(unitId);
            unitId = participant ? participant->parentId : 0;
        }
        return path;
    }
    /// The nearest unit above or at all of them.
    qint64 commonAncestor(const QList<qint64> &units) const
    {
        if (units.isEmpty())
            return 0;
        QList<qint64> common = pathOf(units.first());
        for (const qint64 unit : units) {
            const QList<qint64> path = pathOf(unit);
            int same = 0;
            while (same < common.size() && same < path.size() && common.at(same) == path.at(same))
                ++same;
            common.resize(same);
        }
        return common.isEmpty() ? 0 : common.last();
    }
    /// A code as a spreadsheet may have kept it: "30808", or 1234 for "01234".
    int findCode(const QString &code) const
    {
        if (const int index = byCode.value({code}, -1); index >= 0)
            return index;
        bool digits = !code.isEmpty();
        for (const QChar ch : code)
            digits = digits && ch.isDigit();
        if (!digits)
            return -1;
        for (const int length : {2, 3, 5}) {
            if (code.size() < length) {
                const int index = byCode.value({code.rightJustified(length, u'0')}, -1);
                if (index >= 0)
                    return index;
            }
        }
        return -1;
    }
    /// The units under `senderId` a name may mean: the full name first, then the name
    /// without its kind word ("Bình An" for "Xã Bình An"). A name followed by its parent's
    /// in brackets, as danvan's reports write repeated names ("Xã Bình An (Huyện Châu
    /// Thành)"), means the unit of that name under that parent, unless a unit is named so
    /// brackets and all.
    QList<int> findName(const QString &text, qint64 senderId) const
    {
        const QList<int> whole = findPlainName(text, senderId);
        const auto [name, parent] = splitParent(text);
        if (!whole.isEmpty() || parent.isEmpty())
            return whole;
        const QList<int> found = findPlainName(name, senderId);
        const QString parentKey = Text::searchKey(parent);
        QList<int> underParent;
        for (const int index : found) {
            const Participant *above = find(participants.at(index).parentId);
            if (above && nameFits(parentKey, *above))
                underParent.append(index);
        }
        // Brackets that name no unit are a remark ("Xã Bình An (cũ)"), not a parent.
        if (underParent.isEmpty() && found.size() == 1 && !namesAUnit(parentKey))
            return found;
        return underParent;
    }
    /// True when a name written in a row is this unit's, with or without its kind word or
    /// its parent's name in brackets.
    bool nameFits(const QString &text, const Participant &unit) const
    {
        const auto fits = [&unit](const QString &key) {
            return key == unit.nameKey || key == unit.restKey
                || splitKind(key).second == unit.restKey;
        };
        return fits(Text::searchKey(text)) || fits(Text::searchKey(splitParent(text).first));
    }
    /// "Xã Bình An (Huyện Châu Thành)" → ("Xã Bình An", "Huyện Châu Thành").
    static std::pair<QString, QString> splitParent(const QString &text)
    {
        const QString trimmed = text.trimmed();
        if (trimmed.endsWith(u')')) {
            const qsizetype open = trimmed.lastIndexOf(u'(');
            if (open > 0)
                return {trimmed.left(open).trimmed(),
                        trimmed.mid(open + 1, trimmed.size() - open - 2)};
        }
        return {trimmed, QString()};
    }

private:
    bool namesAUnit(const QString &key) const
    {
        return byName.contains({key}) || byRest.contains({key})
            || byRest.contains({splitKind(key).second});
    }
    QList<int> findPlainName(const QString &text, qint64 senderId) const
    {
        const QString key = Text::searchKey(text);
        const auto [kind, rest] = splitKind(key);
        QList<int> found;
        const StringKey wanted{key};
        for (auto it = byName.constFind(wanted); it != byName.cend() && it.key() == wanted; ++it) {
            if (isUnder(participants.at(it.value()).unitId, senderId))
                found.append(it.value());
        }
        if (!found.isEmpty() || !kind.isEmpty())
            return found;
        for (auto it = byRest.constFind(wanted); it != byRest.cend() && it.key() == wanted; ++it) {
            if (isUnder(participants.at(it.value()).unitId, senderId))
                found.append(it.value());
        }
        return found;
    }
};

// The text of a header cell, the top-left cell's for a cell inside a merged range.
QStringList headerTexts(const Workbook::Sheet &sheet, int row)
{
    QStringList texts;
    if (row < 0 || row >= sheet.rows.size())
        return texts;
    for (int c = 0; c < sheet.rows.at(row).size(); ++c)
        texts.append(CellValues::shown(sheet.rows.at(row).at(c)).simplified());
    for (const Workbook::Range &range : sheet.merged) {
        if (row < range.firstRow || row > range.lastRow || range.lastColumn > 1000)
            continue;
        const Workbook::Cell *corner = sheet.cell(range.firstRow, range.firstColumn);
        const QString text = corner ? CellValues::shown(*corner).simplified() : QString();
        while (texts.size() <= range.lastColumn)
            texts.append(QString());
        for (int c = range.firstColumn; c <= range.lastColumn; ++c)
            texts[c] = text;
    }
    return texts;
}

struct HeaderGuess
{
    int row = -1;
    int rows = 1;
    QStringList headers;
    QHash<Field, int> columns;
    int score = 0;
    bool hasUnit = false;
    /// Enough to be a table's header: the units' column, or two fields.
    bool isTable() const { return hasUnit || score >= 2; }
    bool isBetterThan(const HeaderGuess &other) const
    {
        if (hasUnit != other.hasUnit)
            return hasUnit;
        return score > other.score;
    }
};

// The column of a header as the clerk named it: its text, or a column letter.
int columnOf(const QStringList &headers, const QString &wanted)
{
    const QString key = Text::searchKey(wanted).simplified();
    for (int c = 0; c < headers.size(); ++c) {
        if (!headers.at(c).isEmpty() && Text::searchKey(headers.at(c)).simplified() == key)
            return c;
    }
    const QString letters = wanted.trimmed().toUpper();
    if (letters.size() >= 1 && letters.size() <= 2) {
        int column = 0;
        for (const QChar ch : letters) {
            if (ch < u'A' || ch > u'Z')
                return -1;
            column = column * 26 + (ch.unicode() - u'A' + 1);
        }
        return column - 1;
    }
    return -1;
}

HeaderGuess evaluate(const QStringList &headers, const QHash<Field, QString> &named,
                     const ResultsColumns::Recogniser &recognise)
{
    HeaderGuess guess;
    guess.headers = headers;
    for (auto it = named.cbegin(); it != named.cend(); ++it) {
        const QString key = Text::searchKey(it.value()).simplified();
        for (int c = 0; c < headers.size(); ++c) {
            if (!headers.at(c).isEmpty() && Text::searchKey(headers.at(c)).simplified() == key)
                guess.columns.insert(it.key(), c);
        }
    }
    QSet<int> taken;
    for (const int column : std::as_const(guess.columns))
        taken.insert(column);
    for (int c = 0; c < headers.size(); ++c) {
        if (headers.at(c).isEmpty() || taken.contains(c))
            continue;
        const auto field = recognise(headers.at(c));
        if (field && !guess.columns.contains(*field))
            guess.columns.insert(*field, c);
    }
    for (auto it = guess.columns.cbegin(); it != guess.columns.cend(); ++it) {
        if (it.key() != Field::Number)
            ++guess.score;
    }
    guess.hasUnit = guess.columns.contains(Field::Code) || guess.columns.contains(Field::Unit);
    return guess;
}

HeaderGuess findHeader(const Workbook::Sheet &sheet, const QHash<Field, QString> &named)
{
    HeaderGuess best;
    const ResultsColumns::Recogniser recognise;
    const int last = std::min<int>(HeaderSearchRows, int(sheet.rows.size()));
    for (int row = 0; row < last; ++row) {
        const QStringList top = headerTexts(sheet, row);
        HeaderGuess single = evaluate(top, named, recognise);
        single.row = row;
        if (single.isTable() && single.isBetterThan(best))
            best = single;
        if (row + 1 >= sheet.rows.size())
            continue;
        // Headers split under merged cells: "Kinh phí (đồng)" over "Dự kiến" and "Đã chi".
        const QStringList below = headerTexts(sheet, row + 1);
        QStringList combined;
        for (int c = 0; c < std::max(top.size(), below.size()); ++c) {
            const QString upper = top.value(c), lower = below.value(c);
            combined.append(lower.isEmpty() || lower == upper ? upper
                                : upper.isEmpty()             ? lower
                                                              : upper + u' ' + lower);
        }
        HeaderGuess pair = evaluate(combined, named, recognise);
        pair.row = row + 1;
        pair.rows = 2;
        if (pair.score > single.score && pair.isTable() && pair.isBetterThan(best))
            best = pair;
    }
    return best;
}

QVariant storedValue(const Conference &conference, Field field)
{
    const auto reported = ResultsColumns::conferenceField(field);
    if (!reported)
        return {};
    switch (Conference::typeOf(*reported)) {
    case Conference::FieldType::Date: {
        const QDate value = conference.date(*reported);
        return value.isValid() ? QVariant(value) : QVariant();
    }
    case Conference::FieldType::Count:
    case Conference::FieldType::Amount: {
        const qint64 value = conference.number(*reported);
        return value >= 0 ? QVariant(value) : QVariant();
    }
    case Conference::FieldType::Text:
    case Conference::FieldType::LongText: {
        const QString value = conference.text(*reported);
        return value.isEmpty() ? QVariant() : QVariant(value);
    }
    }
    return {};
}

void setValue(Conference *conference, Field field, const QVariant &value)
{
    const auto reported = ResultsColumns::conferenceField(field);
    if (!reported)
        return;
    const bool known = value.isValid() && !value.isNull();
    switch (Conference::typeOf(*reported)) {
    case Conference::FieldType::Date:
        conference->setDate(*reported, known ? value.toDate() : QDate());
        break;
    case Conference::FieldType::Count:
    case Conference::FieldType::Amount:
        conference->setNumber(*reported, known ? value.toLongLong() : -1);
        break;
    case Conference::FieldType::Text:
    case Conference::FieldType::LongText:
        conference->setText(*reported, value.toString());
        break;
    }
}

// Stored text compared as read text is: each line evened out.
QString evenedText(const QString &text)
{
    Workbook::Cell cell;
    cell.type = Workbook::Cell::Type::Text;
    cell.text = text;
    const auto result = CellValues::text(cell);
    return result ? *result : text;
}

bool sameValue(Field field, const QVariant &stored, const QVariant &read)
{
    switch (ResultsColumns::type(field)) {
    case ResultsColumns::Type::Date:
        return stored.toDate() == read.toDate();
    case ResultsColumns::Type::Count:
    case ResultsColumns::Type::Money:
        return stored.toLongLong() == read.toLongLong();
    case ResultsColumns::Type::Text:
        break;
    }
    return evenedText(stored.toString()) == read.toString();
}

// A cell's value for a field, or the message that refuses it.
Result<QVariant> readValue(Field field, const Workbook::Cell &cell)
{
    switch (ResultsColumns::type(field)) {
    case ResultsColumns::Type::Date: {
        const auto date = CellValues::date(cell);
        if (!date)
            return Failure{date.error()};
        return date->isValid() ? QVariant(*date) : QVariant();
    }
    case ResultsColumns::Type::Count: {
        const auto count = CellValues::count(cell);
        if (!count)
            return Failure{count.error()};
        return *count >= 0 ? QVariant(*count) : QVariant();
    }
    case ResultsColumns::Type::Money: {
        const auto money = CellValues::money(cell);
        if (!money)
            return Failure{money.error()};
        return *money >= 0 ? QVariant(*money) : QVariant();
    }
    case ResultsColumns::Type::Text:
        break;
    }
    const auto text = CellValues::text(cell);
    if (!text)
        return Failure{text.error()};
    return text->isEmpty() ? QVariant() : QVariant(*text);
}

// Rows of a sheet are read and compared in parts side by side, one part a processor, when
// there are at least this many rows a part: starting a thread costs less than a tenth of a
// millisecond, a thousand rows some five.
constexpr qsizetype RowsPerPart = 1000;
constexpr int MostParts = 4;

int partsFor(qsizetype rows)
{
    const qsizetype processors = std::clamp(QThread::idealThreadCount(), 1, MostParts);
    return int(std::clamp<qsizetype>(rows / RowsPerPart, 1, processors));
}

// Runs work(part, begin, end) for each of `parts` consecutive ranges of [0, count), the last
// on the calling thread and the others on threads of their own, and returns when all are
// done. A part whose thread cannot be started is run on the calling thread.
template<typename Work>
void inParts(int parts, qsizetype count, const Work &work)
{
    const auto first = [parts, count](int part) {
        return count * part / parts;
    };
    std::vector<std::thread> threads;
    threads.reserve(size_t(parts));
    // Joined however this returns: a thread still running at the vector's end would stop the
    // program.
    const auto joinAll = qScopeGuard([&threads] {
        for (std::thread &thread : threads)
            thread.join();
    });
    for (int part = 0; part + 1 < parts; ++part) {
        try {
            threads.emplace_back(
                [&work, &first, part] { work(part, first(part), first(part + 1)); });
        } catch (const std::system_error &) {
            work(part, first(part), first(part + 1));
        }
    }
    work(parts - 1, first(parts - 1), count);
}

// make(begin, end, problems) run in parts over [0, count) side by side, each part's items
// and problems kept apart, then joined in order: the items returned, the problems appended
// to `problems`.
template<typename Item, typename Make>
QList<Item> joinedParts(qsizetype count, QList<ResultsPreview::Problem> *problems, const Make &make)
{
    const int parts = partsFor(count);
    QList<QList<Item>> items(parts);
    QList<QList<ResultsPreview::Problem>> partProblems(parts);
    // Each part writes its own element, found before the threads start.
    QList<Item> *const itemsOut = items.data();
    QList<ResultsPreview::Problem> *const problemsOut = partProblems.data();
    inParts(parts, count, [&](int part, qsizetype begin, qsizetype end) {
        itemsOut[part] = make(begin, end, &problemsOut[part]);
    });
    QList<Item> joined;
    joined.reserve(count);
    for (int part = 0; part < parts; ++part) {
        joined.append(std::move(items[part]));
        problems->append(std::move(partProblems[part]));
    }
    return joined;
}

// Where a unit was given already in this import.
struct Seen
{
    QString file;
    QString sheet;
    int row = -1;
};

class SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(ResultsImport)

public:
    SheetReader(const CampaignIndex &index, const ResultsImport::Options &options,
                QHash<qint64, Seen> &seen)
        : m_index(index)
        , m_options(options)
        , m_seen(seen)
    {
    }

    void read(const QString &path, const Workbook::Sheet &sheet, qint64 formSender,
              const QHash<Field, QString> &remembered, Preview::Sheet *preview);

private:
    struct Candidate
    {
        int row = -1;
        QString code;
        QString name;
        bool hasValues = false;
        int match = -1; ///< index in the campaign index
        bool byName = false;
        QList<int> ambiguous;
    };
    static QList<Candidate> candidatesIn(const Workbook::Sheet &sheet,
                                         const Preview::Sheet &preview, int begin, int end,
                                         QList<Preview::Problem> *problems);
    Preview::Row valuesOf(const Workbook::Sheet &sheet, const Candidate &candidate,
                          const QList<std::pair<Field, int>> &reportedColumns,
                          QList<Preview::Problem> *problems) const;
    void matchByCode(Candidate *candidate, Preview::Sheet *preview);

    const CampaignIndex &m_index;
    const ResultsImport::Options &m_options;
    QHash<qint64, Seen> &m_seen;
};

void SheetReader::matchByCode(Candidate *candidate, Preview::Sheet *preview)
{
    if (candidate->code.isEmpty())
        return;
    candidate->match = m_index.findCode(candidate->code);
    if (candidate->match < 0 && candidate->name.isEmpty()) {
        preview->problems.append(
            {Preview::ProblemKind::NotMatched, candidate->row,
             preview->columns.value(Field::Code, -1), candidate->code,
             tr("No unit of the campaign has the code “%1”.").arg(candidate->code)});
    }
}

// The rows [begin, end) of the sheet that name a unit; the problems of those that do not
// go to `problems`.
QList<SheetReader::Candidate> SheetReader::candidatesIn(const Workbook::Sheet &sheet,
                                                        const Preview::Sheet &preview, int begin,
                                                        int end, QList<Preview::Problem> *problems)
{
    const int codeColumn = preview.columns.value(Field::Code, -1);
    const int unitColumn = preview.columns.value(Field::Unit, -1);
    QList<Candidate> candidates;
    candidates.reserve(end - begin);
    for (int r = begin; r < end; ++r) {
        Candidate candidate;
        candidate.row = r;
        if (const Workbook::Cell *cell = sheet.cell(r, codeColumn)) {
            candidate.code = cell->type == Workbook::Cell::Type::Number
                ? CellValues::shown(*cell)
                : Text::simplified(cell->text).remove(u' ');
        }
        if (const Workbook::Cell *cell = sheet.cell(r, unitColumn))
            candidate.name = Text::simplified(CellValues::shown(*cell));
        for (auto it = preview.columns.cbegin(); it != preview.columns.cend(); ++it) {
            if (!ResultsColumns::isReported(it.key()))
                continue;
            const Workbook::Cell *cell = sheet.cell(r, it.value());
            candidate.hasValues = candidate.hasValues || (cell && !cell->isEmpty());
        }
        if (candidate.code.isEmpty() && candidate.name.isEmpty()) {
            if (candidate.hasValues) {
                problems->append(
                    {Preview::ProblemKind::NotMatched, r, -1, QString(),
                     tr("The row has results but neither a unit's code nor its name.")});
            }
            continue;
        }
        // Totals and headings carry no unit's results of their own.
        const QString nameKey = Text::searchKey(candidate.name);
        if (candidate.code.isEmpty()
            && (nameKey.startsWith("tong"_L1) || nameKey == "cong"_L1 || nameKey == "total"_L1)) {
            if (candidate.hasValues) {
                problems->append({Preview::ProblemKind::Warning, r, unitColumn, candidate.name,
                                  tr("A row of totals: left out.")});
            }
            continue;
        }
        candidates.append(std::move(candidate));
    }
    return candidates;
}

// The values of a row found, each against what is stored of its unit's conference; the
// values refused go to `problems`.
Preview::Row SheetReader::valuesOf(const Workbook::Sheet &sheet, const Candidate &candidate,
                                   const QList<std::pair<Field, int>> &reportedColumns,
                                   QList<Preview::Problem> *problems) const
{
    const Participant &unit = m_index.participants.at(candidate.match);
    Preview::Row row;
    row.row = candidate.row;
    row.unitId = unit.unitId;
    row.unitCode = unit.code;
    row.unitName = unit.name;
    row.byName = candidate.byName;
    row.values.reserve(reportedColumns.size());
    Conference merged = unit.conference;
    for (const auto &[field, column] : std::as_const(reportedColumns)) {
        const Workbook::Cell *cell = sheet.cell(candidate.row, column);
        if (!cell || cell->isEmpty())
            continue;
        const auto value = readValue(field, *cell);
        if (!value) {
            problems->append({Preview::ProblemKind::Refused, candidate.row, column,
                              CellValues::shown(*cell), value.error()});
            row.refused = true;
            continue;
        }
        if (!value->isValid())
            continue;
        Preview::Value entry;
        entry.field = field;
        entry.column = column;
        entry.stored = storedValue(unit.conference, field);
        entry.read = *value;
        if (!entry.stored.isValid())
            entry.status = Preview::Status::New;
        else if (sameValue(field, entry.stored, entry.read))
            entry.status = Preview::Status::Same;
        else
            entry.status = Preview::Status::Conflict;
        entry.decision = entry.status == Preview::Status::Conflict ? m_options.conflicts
                                                                   : Preview::Decision::Ask;
        if (entry.status == Preview::Status::New
            || (entry.status == Preview::Status::Conflict
                && entry.decision != Preview::Decision::Keep))
            setValue(&merged, field, entry.read);
        row.values.append(std::move(entry));
    }
    // A row refused already is left out; what its other values would make is moot.
    if (auto valid = merged.validate(); !row.refused && !valid) {
        problems->append(
            {Preview::ProblemKind::Refused, candidate.row, -1, QString(), valid.error()});
        row.refused = true;
    }
    return row;
}

void SheetReader::read(const QString &path, const Workbook::Sheet &sheet, qint64 formSender,
                       const QHash<Field, QString> &remembered, Preview::Sheet *preview)
{
    // The header: what the clerk named, else what was remembered for the sender, else
    // what is recognised.
    QHash<Field, QString> named = remembered;
    for (auto it = m_options.mapping.cbegin(); it != m_options.mapping.cend(); ++it)
        named.insert(it.key(), it.value());
    HeaderGuess header = findHeader(sheet, named);
    const QString key = ResultsImport::sheetKey(path, sheet.name);
    if (header.row < 0) {
        // Name what the likeliest header row holds, for the clerk to map.
        int likely = -1, most = 0;
        for (int r = 0; r < std::min<int>(HeaderSearchRows, int(sheet.rows.size())); ++r) {
            int texts = 0;
            for (const Workbook::Cell &cell : sheet.rows.at(r))
                texts += cell.type == Workbook::Cell::Type::Text && !cell.isEmpty();
            if (texts > most) {
                most = texts;
                likely = r;
            }
        }
        header.row = likely;
        header.headers = headerTexts(sheet, likely);
        if (!m_options.sheetMappings.contains(key)) {
            QStringList found;
            for (int c = 0; c < header.headers.size() && found.size() < 30; ++c) {
                if (!header.headers.at(c).isEmpty())
                    found.append(u"%1 “%2”"_s.arg(Workbook::columnName(c), header.headers.at(c)));
            }
            preview->headerRow = likely;
            preview->headers = header.headers;
            preview->skipped = found.size() < 2
                ? tr("No table of conference results was found in its first %1 rows.")
                      .arg(HeaderSearchRows)
                : tr("No header of a table of conference results was recognised; row %1 "
                     "holds: %2.")
                      .arg(likely + 1)
                      .arg(found.join(u", "_s));
            return;
        }
    }
    preview->headerRow = header.row;
    preview->headerRows = header.rows;
    preview->headers = header.headers;
    preview->columns = header.columns;
    for (auto it = remembered.cbegin(); it != remembered.cend(); ++it) {
        if (header.columns.value(it.key(), -1) >= 0
            && columnOf(header.headers, it.value()) == header.columns.value(it.key()))
            preview->rememberedMapping = true;
    }
    // Letters given on the command line, and the window's own mapping of this sheet.
    for (auto it = m_options.mapping.cbegin(); it != m_options.mapping.cend(); ++it) {
        const int column = columnOf(header.headers, it.value());
        if (column >= 0)
            preview->columns.insert(it.key(), column);
    }
    if (m_options.sheetMappings.contains(key)) {
        preview->columns = m_options.sheetMappings.value(key);
        preview->rememberedMapping = false;
    }
    // A column given two fields keeps the last.
    QHash<int, Field> fieldOf;
    for (auto it = preview->columns.cbegin(); it != preview->columns.cend(); ++it)
        fieldOf.insert(it.value(), it.key());
    for (int c = 0; c < preview->headers.size(); ++c) {
        if (!preview->headers.at(c).isEmpty() && !fieldOf.contains(c))
            preview->ignoredColumns.append(c);
    }
    bool reports = false;
    for (const Field field : ResultsColumns::reported())
        reports = reports || preview->columns.contains(field);
    const bool hasUnit =
        preview->columns.contains(Field::Code) || preview->columns.contains(Field::Unit);
    QStringList unplaced;
    for (const int column : std::as_const(preview->ignoredColumns))
        unplaced.append(
            u"%1 “%2”"_s.arg(Workbook::columnName(column), preview->headers.at(column)));
    if (!reports && !m_options.sheetMappings.contains(key)) {
        preview->skipped = tr("No column of a conference's results was recognised; the headers "
                              "not placed are: %1.")
                               .arg(unplaced.isEmpty() ? tr("none") : unplaced.join(u", "_s));
        return;
    }
    if (!hasUnit) {
        preview->problems.append(
            {Preview::ProblemKind::Refused, preview->headerRow, -1, QString(),
             tr("No column of the units' codes or names was recognised; the headers not placed "
                "are: %1. Say which column holds which field (on the command line: --map "
                "code=B,unit=\"Tên đơn vị\").")
                 .arg(unplaced.isEmpty() ? tr("none") : unplaced.join(u", "_s))});
        return;
    }

    // The rows: their unit's code and name, and whether they carry any value.
    const int codeColumn = preview->columns.value(Field::Code, -1);
    const int unitColumn = preview->columns.value(Field::Unit, -1);
    // Read in parts side by side, joined in the sheet's order.
    const int firstRow = preview->headerRow + 1;
    const qsizetype rowCount = std::max<qsizetype>(0, sheet.rows.size() - firstRow);
    QList<Candidate> candidates = joinedParts<Candidate>(
        rowCount, &preview->problems,
        [&](qsizetype begin, qsizetype end, QList<Preview::Problem> *problems) {
            return candidatesIn(sheet, *preview, firstRow + int(begin), firstRow + int(end),
                                problems);
        });

    // The sender: given, or the form's unit, or the nearest unit above the rows found by
    // code (or by a name no other unit has).
    qint64 sender = m_options.senderUnitId ? m_options.senderUnitId : formSender;
    preview->senderSource = m_options.senderUnitId ? u"chosen"_s : u"form"_s;
    for (Candidate &candidate : candidates)
        matchByCode(&candidate, preview);
    if (sender == 0) {
        // Only codes tell who sent a table: a name two units share is never guessed by
        // where the other names are.
        QList<qint64> found;
        for (const Candidate &candidate : std::as_const(candidates)) {
            if (candidate.match >= 0)
                found.append(m_index.participants.at(candidate.match).unitId);
        }
        sender = m_index.commonAncestor(found);
        // One unit found: the table is its parent's, which may list others by name.
        if (found.size() == 1) {
            if (const Participant *only = m_index.find(sender); only && only->parentId)
                sender = only->parentId;
        }
        preview->senderSource = u"found"_s;
    }
    preview->senderUnitId = sender;
    if (const Participant *participant = m_index.find(sender))
        preview->senderName = participant->name;

    for (Candidate &candidate : candidates) {
        if (candidate.match >= 0) {
            const Participant &unit = m_index.participants.at(candidate.match);
            if (!m_index.isUnder(unit.unitId, sender)) {
                preview->problems.append({Preview::ProblemKind::NotMatched, candidate.row,
                                          codeColumn, candidate.code,
                                          tr("%1 (%2) is not under %3, whose file this is.")
                                              .arg(unit.name, unit.code, preview->senderName)});
                candidate.match = -2;
                continue;
            }
            if (!candidate.name.isEmpty()) {
                if (!m_index.nameFits(candidate.name, unit)) {
                    preview->problems.append(
                        {Preview::ProblemKind::Warning, candidate.row, unitColumn, candidate.name,
                         tr("The code %1 is %2's; the row names “%3”. It is taken as %2's.")
                             .arg(unit.code, unit.name, candidate.name)});
                }
            }
            continue;
        }
        if (candidate.name.isEmpty())
            continue;
        const QList<int> byName = m_index.findName(candidate.name, sender);
        if (byName.size() == 1) {
            candidate.match = byName.first();
            candidate.byName = true;
            if (!candidate.code.isEmpty()) {
                preview->problems.append(
                    {Preview::ProblemKind::Warning, candidate.row, codeColumn, candidate.code,
                     tr("No unit has the code %1; the row is taken as %2's, by its name.")
                         .arg(candidate.code, m_index.participants.at(byName.first()).name)});
            }
        } else if (byName.size() > 1) {
            QStringList where;
            for (const int index : byName) {
                const Participant &unit = m_index.participants.at(index);
                const Participant *parent = m_index.find(unit.parentId);
                where.append(parent ? tr("%1 in %2").arg(unit.code, parent->name) : unit.code);
            }
            preview->problems.append(
                {Preview::ProblemKind::Ambiguous, candidate.row, unitColumn, candidate.name,
                 (sender == 0 ? tr("%n units are named “%1” (%2): write the unit's code in the "
                                   "row, or say which unit sent the file.",
                                   nullptr, int(byName.size()))
                              : tr("%n units are named “%1” here (%2): write the unit's code in "
                                   "the row.",
                                   nullptr, int(byName.size())))
                     .arg(candidate.name, where.join(u", "_s))});
        } else if (candidate.hasValues || !candidate.code.isEmpty()) {
            preview->problems.append(
                {Preview::ProblemKind::NotMatched, candidate.row, unitColumn, candidate.name,
                 preview->senderName.isEmpty()
                     ? tr("No unit of the campaign is named “%1”.").arg(candidate.name)
                     : tr("No unit named “%1” is under %2.")
                           .arg(candidate.name, preview->senderName)});
        }
    }

    // The values of each row found, against what is stored.
    QList<std::pair<Field, int>> reportedColumns; // the sheet's fields, in the report's order
    for (const Field field : ResultsColumns::reported()) {
        if (const int column = preview->columns.value(field, -1); column >= 0)
            reportedColumns.append({field, column});
    }
    // Which rows are read: the first of each unit (in the sheet's order, as the clerk reads).
    QList<const Candidate *> found;
    found.reserve(candidates.size());
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (candidate.match < 0)
            continue;
        const Participant &unit = m_index.participants.at(candidate.match);
        if (const auto it = m_seen.constFind(unit.unitId); it != m_seen.constEnd()) {
            preview->problems.append({Preview::ProblemKind::Duplicate, candidate.row,
                                      candidate.byName ? unitColumn : codeColumn,
                                      candidate.byName ? candidate.name : candidate.code,
                                      tr("%1 is given twice: also in %2, sheet “%3”, row %4.")
                                          .arg(unit.name, it->file, it->sheet)
                                          .arg(it->row + 1)});
            continue;
        }
        m_seen.insert(unit.unitId, {QDir::toNativeSeparators(path), sheet.name, candidate.row});
        found.append(&candidate);
    }
    preview->rows = joinedParts<Preview::Row>(
        found.size(), &preview->problems,
        [&](qsizetype begin, qsizetype end, QList<Preview::Problem> *problems) {
            QList<Preview::Row> rows;
            rows.reserve(end - begin);
            for (qsizetype i = begin; i < end; ++i)
                rows.append(valuesOf(sheet, *found.at(i), reportedColumns, problems));
            return rows;
        });
    // In the order of the sheet, as the clerk will go through them.
    std::stable_sort(preview->problems.begin(), preview->problems.end(),
                     [](const Preview::Problem &a, const Preview::Problem &b) {
                         return a.row < b.row || (a.row == b.row && a.column < b.column);
                     });
}

// The file's campaign, when it has only one.
Result<qint64> onlyCampaign(Database &database)
{
    const auto all = CampaignRepository(database).all();
    if (!all)
        return Failure{all.error()};
    if (all->size() != 1) {
        return Failure{
            ResultsImport::tr("The database has %n campaign(s): choose the one the results are "
                              "for.",
                              nullptr, int(all->size()))};
    }
    return all->first().id;
}

// The campaign's units, with what is entered for each.
Result<CampaignIndex> readIndex(Database &database, qint64 campaignId)
{
    // Taken first: a write after it makes the mark differ, whether it came before the
    // reading or after. Inside a transaction, what is read may yet be rolled back: no mark.
    std::optional<Database::ChangeMark> mark = database.changeMark();
    if (mark && !mark->outsideTransaction)
        mark.reset();
    auto conferences = CampaignRepository(database).namedConferences(campaignId);
    if (!conferences)
        return Failure{conferences.error()};
    CampaignIndex index;
    index.mark = mark;
    // Sized at once: a hash that grows hashes its keys again.
    index.reserve(conferences->size());
    for (CampaignRepository::NamedConference &named : conferences.value()) {
        Participant participant;
        participant.unitId = named.conference.unitId;
        participant.parentId = named.conference.parentUnitId;
        participant.code = std::move(named.unitCode);
        participant.name = std::move(named.unitName);
        participant.nameKey = Text::searchKey(participant.name);
        participant.restKey = splitKind(participant.nameKey).second;
        participant.conference = std::move(named.conference);
        index.add(std::move(participant));
    }
    return index;
}

} // namespace

struct ResultsImport::Prepared
{
    qint64 campaignId = 0;
    Result<CampaignIndex> index;
};

ResultsImport::ResultsImport(Database &database)
    : m_database(database)
{
}

ResultsImport::~ResultsImport() = default;

void ResultsImport::prepare(const Options &options)
{
    qint64 campaignId = options.campaignId;
    if (campaignId == 0) {
        const auto only = onlyCampaign(m_database);
        if (!only)
            return; // the files' forms will tell, or the preview will say why not
        campaignId = *only;
    }
    m_prepared.reset(new Prepared{campaignId, readIndex(m_database, campaignId)});
}

Result<ResultsPreview> ResultsImport::preview(const QStringList &paths, const Options &options)
{
    QList<std::pair<QString, Result<Workbook>>> workbooks;
    for (const QString &path : paths)
        workbooks.append({path, WorkbookReader::read(path, options.encoding)});
    return preview(workbooks, options);
}

Result<ResultsPreview>
ResultsImport::preview(const QList<std::pair<QString, Result<Workbook>>> &workbooks,
                       const Options &options)
{
    ResultsPreview preview;
    // What prepare() read is this preview's, or nobody's, whatever happens below.
    const std::unique_ptr<Prepared> prepared = std::move(m_prepared);
    // The campaign: the one chosen, else the forms', else the file's only one.
    CampaignRepository campaigns(m_database);
    qint64 campaignId = options.campaignId;
    QList<std::optional<ReportingForm::Identity>> identities;
    for (const auto &[path, workbook] : workbooks) {
        identities.append(workbook ? ReportingForm::identify(*workbook) : std::nullopt);
        if (campaignId == 0 && identities.last())
            campaignId = identities.last()->campaignId;
    }
    // What prepare() found, when no form names a campaign: the same as asking again.
    if (campaignId == 0 && prepared)
        campaignId = prepared->campaignId;
    if (campaignId == 0) {
        const auto only = onlyCampaign(m_database);
        if (!only)
            return Failure{only.error()};
        campaignId = *only;
    }
    const auto campaign = campaigns.byId(campaignId);
    if (!campaign)
        return Failure{campaign.error()};
    preview.campaignId = campaignId;
    preview.campaignName = campaign->name;
    Result<CampaignIndex> read = prepared && prepared->campaignId == campaignId
        ? std::move(prepared->index)
        : readIndex(m_database, campaignId);
    if (!read)
        return Failure{read.error()};
    const CampaignIndex &index = *read;

    QHash<qint64, Seen> seen;
    SheetReader reader(index, options, seen);
    for (int i = 0; i < workbooks.size(); ++i) {
        const auto &[path, workbook] = workbooks.at(i);
        ResultsPreview::File file;
        file.path = QDir::toNativeSeparators(path);
        if (!workbook) {
            file.error = workbook.error();
            preview.files.append(file);
            continue;
        }
        file.format = workbook->format;
        const auto &identity = identities.at(i);
        file.isForm = identity.has_value();
        qint64 formSender = 0;
        if (identity) {
            if (identity->campaignId != campaignId) {
                const auto other = campaigns.byId(identity->campaignId);
                file.error =
                    tr("%1 is the form of campaign number %2 (%3), not of the campaign "
                       "chosen (%4).")
                        .arg(file.path)
                        .arg(identity->campaignId)
                        .arg(other ? other->name : tr("not in this database"), campaign->name);
                preview.files.append(file);
                continue;
            }
            const Participant *unit = index.find(identity->unitId);
            if (!unit && !identity->unitCode.isEmpty()) {
                const int byCode = index.findCode(identity->unitCode);
                unit = byCode >= 0 ? &index.participants.at(byCode) : nullptr;
            }
            formSender = unit ? unit->unitId : 0;
        }
        const qint64 rememberFor = options.senderUnitId ? options.senderUnitId : formSender;
        QHash<Field, QString> remembered;
        if (rememberFor && !file.isForm) {
            auto stored = rememberedMapping(rememberFor);
            if (!stored)
                return Failure{stored.error()};
            remembered = std::move(*stored);
        }
        bool anyTable = false;
        for (const Workbook::Sheet &sheet : workbook->sheets) {
            if (identity && sheet.name == ReportingForm::identitySheetName())
                continue;
            ResultsPreview::Sheet sheetPreview;
            sheetPreview.name = sheet.name;
            sheetPreview.hidden = sheet.hidden;
            sheetPreview.encoding = sheet.encoding;
            if (sheet.hidden) {
                sheetPreview.skipped = tr("The sheet is hidden.");
            } else if (identity && &sheet != &workbook->sheets.constFirst()) {
                sheetPreview.skipped = tr("The models and exemplars of a form are not read back: "
                                          "enter them in the register.");
            } else {
                reader.read(path, sheet, formSender, remembered, &sheetPreview);
                anyTable = anyTable || sheetPreview.skipped.isEmpty();
            }
            file.sheets.append(sheetPreview);
        }
        if (!anyTable) {
            QStringList reasons;
            for (const ResultsPreview::Sheet &sheet : std::as_const(file.sheets)) {
                if (!sheet.hidden)
                    reasons.append(tr("sheet “%1”: %2").arg(sheet.name, sheet.skipped));
            }
            file.error = tr("%1: no sheet holds a table of conference results (a header row "
                            "naming the units and what their conferences reported, in the "
                            "first %2 rows). Say which column holds which field (on the command "
                            "line: --map code=B,held=\"Ngày tổ chức\"). %3")
                             .arg(file.path)
                             .arg(HeaderSearchRows)
                             .arg(reasons.join(u' '));
        }
        preview.files.append(file);
    }
    m_compared.reset(new Prepared{campaignId, std::move(read)});
    return preview;
}

QList<ConferenceEdit> ResultsImport::edits(const ResultsPreview &preview)
{
    QList<const ResultsPreview::Row *> rows;
    for (const ResultsPreview::File &file : preview.files) {
        for (const ResultsPreview::Sheet &sheet : file.sheets) {
            for (const ResultsPreview::Row &row : sheet.rows) {
                if (!row.refused && row.hasChanges())
                    rows.append(&row);
            }
        }
    }
    // Each row's edit is its own: made in parts side by side, in the rows' order.
    QList<ConferenceEdit> list(rows.size());
    ConferenceEdit *const out = list.data();
    inParts(partsFor(rows.size()), rows.size(), [&](int, qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i) {
            const ResultsPreview::Row &row = *rows.at(i);
            ConferenceEdit &edit = out[i];
            edit.unitName = row.unitName;
            edit.before.campaignId = edit.after.campaignId = preview.campaignId;
            edit.before.unitId = edit.after.unitId = row.unitId;
            for (const ResultsPreview::Value &value : row.values) {
                if (!value.changes())
                    continue;
                setValue(&edit.before, value.field, value.stored);
                setValue(&edit.after, value.field, value.read);
            }
        }
    });
    return list;
}

Result<void> ResultsImport::write(Database &database, const QList<ConferenceEdit> &edits)
{
    return write(database, edits, nullptr);
}

Result<void> ResultsImport::write(Database &database, const QList<ConferenceEdit> &edits,
                                  const Prepared *read)
{
    if (edits.isEmpty())
        return {};
    Transaction transaction(database, Transaction::Nesting::Join);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    // What is stored now, read once per campaign inside the transaction: each edit changes
    // its fields over it, so that what another program wrote meanwhile to the others stays.
    // What was read before serves when nothing was written since.
    const CampaignIndex *known =
        read && read->index && read->index->mark && database.changeMark() == read->index->mark
        ? &*read->index
        : nullptr;
    CampaignRepository campaigns(database);
    // Over what was read, each edit's conference is its own: made in parts side by side.
    if (known && std::all_of(edits.cbegin(), edits.cend(), [read](const ConferenceEdit &edit) {
            return edit.after.campaignId == read->campaignId;
        })) {
        QList<Conference> changed(edits.size());
        Conference *const out = changed.data();
        std::atomic<bool> complete = true;
        inParts(partsFor(edits.size()), edits.size(), [&](int, qsizetype begin, qsizetype end) {
            for (qsizetype i = begin; i < end; ++i) {
                const ConferenceEdit &edit = edits.at(i);
                const Participant *participant = known->find(edit.after.unitId);
                if (!participant) {
                    complete = false; // told below, in the edits' order
                    return;
                }
                out[i] = Conference::withFields(participant->conference, edit.after,
                                                Conference::differences(edit.before, edit.after));
            }
        });
        if (complete) {
            if (auto saved = campaigns.saveConferences(changed); !saved)
                return saved;
            return transaction.commit();
        }
    }
    QHash<qint64, QHash<qint64, Conference>> stored;
    QList<Conference> changed;
    changed.reserve(edits.size());
    for (const ConferenceEdit &edit : edits) {
        const qint64 campaignId = edit.after.campaignId;
        if (known && campaignId == read->campaignId) {
            if (const Participant *participant = known->find(edit.after.unitId)) {
                changed.append(
                    Conference::withFields(participant->conference, edit.after,
                                           Conference::differences(edit.before, edit.after)));
                continue;
            }
        }
        if (!stored.contains(campaignId)) {
            const auto list = campaigns.conferences(campaignId);
            if (!list)
                return Failure{list.error()};
            QHash<qint64, Conference> &byUnit = stored[campaignId];
            for (const Conference &conference : *list)
                byUnit.insert(conference.unitId, conference);
        }
        const QHash<qint64, Conference> &byUnit = stored[campaignId];
        const auto it = byUnit.constFind(edit.after.unitId);
        if (it == byUnit.constEnd()) {
            return Failure{tr("%1 does not take part in campaign number %2.")
                               .arg(edit.unitName)
                               .arg(campaignId)};
        }
        changed.append(Conference::withFields(*it, edit.after,
                                              Conference::differences(edit.before, edit.after)));
    }
    if (auto saved = campaigns.saveConferences(changed); !saved)
        return saved;
    return transaction.commit();
}

Result<int> ResultsImport::apply(const ResultsPreview &preview, bool skipRefused)
{
    if (!preview.canApply(skipRefused)) {
        return Failure{tr("The results cannot be applied yet: a file could not be read, a "
                          "conflict is not decided, or a value is refused.")};
    }
    const QList<ConferenceEdit> list = edits(preview);
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return Failure{begun.error()};
    if (auto written = write(m_database, list, m_compared.get()); !written)
        return Failure{written.error()};
    if (auto remembered = rememberMappings(preview); !remembered)
        return Failure{remembered.error()};
    if (auto committed = transaction.commit(); !committed)
        return Failure{committed.error()};
    return int(list.size());
}

Result<QHash<ResultsColumns::Field, QString>>
ResultsImport::rememberedMapping(qint64 senderUnitId) const
{
    const auto settings = OfficeSettings::read(m_database);
    if (!settings)
        return Failure{settings.error()};
    QHash<Field, QString> mapping;
    const QString key = settingKey(senderUnitId);
    const QString stored = settings->texts({key}).value(key);
    const QJsonObject object = QJsonDocument::fromJson(stored.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (const auto field = ResultsColumns::fromKey(it.key()); field && it->isString())
            mapping.insert(*field, it->toString());
    }
    return mapping;
}

Result<void> ResultsImport::rememberMappings(const ResultsPreview &preview)
{
    QStringList keys;
    QHash<QString, QString> values;
    for (const ResultsPreview::File &file : preview.files) {
        if (file.isForm)
            continue;
        for (const ResultsPreview::Sheet &sheet : file.sheets) {
            if (!sheet.skipped.isEmpty() || sheet.senderUnitId == 0 || sheet.rows.isEmpty())
                continue;
            QJsonObject object;
            for (auto it = sheet.columns.cbegin(); it != sheet.columns.cend(); ++it) {
                const QString header = sheet.headers.value(it.value());
                if (!header.isEmpty())
                    object.insert(ResultsColumns::key(it.key()), header);
            }
            const QString key = settingKey(sheet.senderUnitId);
            if (!keys.contains(key))
                keys.append(key);
            values.insert(key,
                          QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        }
    }
    if (keys.isEmpty())
        return {};
    return OfficeSettings::setTexts(m_database, keys, values);
}
