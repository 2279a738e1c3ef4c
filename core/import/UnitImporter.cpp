#include "UnitImporter.h"

#include "CampaignRepository.h"
#include "CommuneListReader.h"
#include "ConversionTableReader.h"
#include "CsvReader.h"
#include "Database.h"
#include "ReorganisationImporter.h"
#include "StringKey.h"
#include "SystemErrors.h"
#include "Text.h"
#include "Transaction.h"
#include "UnitKind.h"
#include "UnitRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <array>
#include <functional>
#include <utility>

using namespace Qt::StringLiterals;

using Incoming = UnitImporter::Incoming;

namespace {

const QString provinceLevel = u"province"_s;
const QString districtLevel = u"district"_s;
const QString communeLevel = u"commune"_s;

/// A column of an input file: the keys its header may have (as Text::searchKey()) and the
/// name to show in messages.
struct Column
{
    QList<QString> keys;
    QString display;
    bool required;
};

/// Maps the header of a file onto the columns the importer knows.
class Header
{
public:
    explicit Header(const QStringList &fields)
    {
        for (int i = 0; i < fields.size(); ++i) {
            QString key = Text::searchKey(fields.at(i));
            key.replace(u'_', u' ');
            m_positions.insert(key.trimmed(), i);
        }
    }
    int find(const Column &column) const
    {
        for (const QString &key : column.keys) {
            if (const int position = m_positions.value(key, -1); position >= 0)
                return position;
        }
        return -1;
    }
    bool has(const QString &key) const { return m_positions.contains(key); }

private:
    QHash<StringKey, int> m_positions;
};

// The register export's columns, in its order.
enum RegisterColumn {
    ProvinceName,
    ProvinceCode,
    DistrictName,
    DistrictCode,
    CommuneName,
    CommuneCode,
    CommuneKind,
    EnglishName,
    RegisterColumnCount
};

const std::array<Column, RegisterColumnCount> &registerColumns()
{
    static const std::array<Column, RegisterColumnCount> columns{{
        {{u"tinh thanh pho"_s}, u"Tỉnh Thành Phố"_s, true},
        {{u"ma tp"_s}, u"Mã TP"_s, true},
        {{u"quan huyen"_s}, u"Quận Huyện"_s, true},
        {{u"ma qh"_s}, u"Mã QH"_s, true},
        {{u"phuong xa"_s}, u"Phường Xã"_s, true},
        {{u"ma px"_s}, u"Mã PX"_s, true},
        {{u"cap"_s}, u"Cấp"_s, true},
        {{u"ten tieng anh"_s}, u"Tên Tiếng Anh"_s, false},
    }};
    return columns;
}

enum HierarchyColumn { Code, Name, Kind, ParentCode, LevelKey, NameEn, HierarchyColumnCount };

const std::array<Column, HierarchyColumnCount> &hierarchyColumns()
{
    static const std::array<Column, HierarchyColumnCount> columns{{
        {{u"code"_s, u"ma"_s, u"ma don vi"_s}, u"code"_s, true},
        {{u"name"_s, u"ten"_s, u"ten don vi"_s}, u"name"_s, true},
        {{u"kind"_s, u"loai"_s, u"loai don vi"_s}, u"kind"_s, true},
        {{u"parent code"_s, u"parent"_s, u"ma cap tren"_s, u"ma don vi cap tren"_s},
         u"parent_code"_s,
         true},
        {{u"level"_s, u"cap"_s}, u"level"_s, false},
        {{u"name en"_s, u"ten tieng anh"_s}, u"name_en"_s, false},
    }};
    return columns;
}

// The longest name or code a unit can have. Real names are under 100 characters; a longer
// value is rows run together (a missing line break) or not a list of units at all.
constexpr int maxValueLength = 250;

// A value shown in a message, cut short when long.
QString shown(const QString &value)
{
    return value.size() > 40 ? value.left(40) + QChar(0x2026) : value;
}

/// Reads the rows of a file whose header has been recognised, checking that each row has
/// the header's number of fields (trailing empty fields are allowed).
class RowReader
{
    Q_DECLARE_TR_FUNCTIONS(UnitImporter)

public:
    RowReader(CsvReader &reader, const QStringList &header)
        : m_reader(reader)
        , m_header(header)
        , m_width(int(header.size()))
    {
    }

    /// False at the end; check error() then.
    bool next(QStringList *fields)
    {
        if (!m_reader.readRecord(fields)) {
            m_error = m_reader.error();
            return false;
        }
        while (fields->size() > m_width && fields->last().trimmed().isEmpty())
            fields->removeLast();
        if (fields->size() < m_width) {
            m_error = tr("%1: the row ends before this column (it has %2 fields, the header "
                         "%3). Check the row for a missing separator (“%4”).")
                          .arg(at(m_header.at(fields->size())))
                          .arg(fields->size())
                          .arg(m_width)
                          .arg(m_reader.delimiter());
            return false;
        }
        if (fields->size() > m_width) {
            m_error = tr("%1: the row goes on after this column with “%2” (it has %3 fields, the "
                         "header %4). Check the row for an extra separator (“%5”), or put quotes "
                         "around a name that contains one.")
                          .arg(at(m_header.last()), shown(fields->at(m_width)))
                          .arg(fields->size())
                          .arg(m_width)
                          .arg(m_reader.delimiter());
            return false;
        }
        return true;
    }
    int line() const { return m_reader.recordLine(); }
    const QString &error() const { return m_error; }

private:
    QString at(const QString &column) const
    {
        return tr("%1, line %2, column “%3”")
            .arg(m_reader.fileName())
            .arg(m_reader.recordLine())
            .arg(column.trimmed());
    }

    CsvReader &m_reader;
    QStringList m_header;
    int m_width;
    QString m_error;
};

class FileMessages
{
    Q_DECLARE_TR_FUNCTIONS(UnitImporter)

public:
    explicit FileMessages(const QString &fileName)
        : m_fileName(fileName)
    {
    }
    /// "file, line N, column “X”": where a message points.
    QString at(int line, const QString &column) const
    {
        return tr("%1, line %2, column “%3”").arg(m_fileName).arg(line).arg(column);
    }
    /// A failure for a name or code too long to be one.
    Failure tooLong(int line, const QString &column, const QString &value) const
    {
        return {tr("%1: “%2” is %3 characters long, more than a unit's name or code can be "
                   "(%4). A missing line break or quote may have run rows together.")
                    .arg(at(line, column), shown(value))
                    .arg(value.size())
                    .arg(maxValueLength)};
    }

private:
    QString m_fileName;
};

// The register writes codes as digits of a fixed length: 2 for a province, 3 for a
// district, 5 for a commune.
bool isRegisterCode(const QString &code, int digits)
{
    if (code.size() != digits)
        return false;
    for (const QChar ch : code) {
        if (ch < u'0' || ch > u'9')
            return false;
    }
    return true;
}

class RegisterParser
{
    Q_DECLARE_TR_FUNCTIONS(UnitImporter)

public:
    RegisterParser(const QString &fileName, const std::array<int, RegisterColumnCount> &positions)
        : m_messages(fileName)
        , m_positions(positions)
    {
    }

    Result<void> addRow(const QStringList &fields, int line)
    {
        const auto field = [&](RegisterColumn column) {
            const int position = m_positions.at(column);
            return position >= 0 ? Text::simplifiedNfc(fields.at(position)) : QString();
        };
        const auto at = [&](RegisterColumn column) {
            return m_messages.at(line, registerColumns().at(column).display);
        };

        for (int column = 0; column < RegisterColumnCount; ++column) {
            const int position = m_positions.at(column);
            if (position >= 0 && fields.at(position).size() > maxValueLength) {
                return m_messages.tooLong(line, registerColumns().at(column).display,
                                          fields.at(position));
            }
        }
        const QString provinceCode = field(ProvinceCode);
        const QString provinceName = cleanName(field(ProvinceName));
        if (provinceCode.isEmpty() || provinceName.isEmpty()) {
            const RegisterColumn missing = provinceCode.isEmpty() ? ProvinceCode : ProvinceName;
            return Failure{tr("%1: the province is missing. Every row of the register names "
                              "its province and the province's code.")
                               .arg(at(missing))};
        }
        if (!isRegisterCode(provinceCode, 2)) {
            return Failure{tr("%1: “%2” is not a province code; the register's province codes "
                              "have two digits, such as “91”.")
                               .arg(at(ProvinceCode), provinceCode)};
        }
        if (auto added = addUnit(provinceCode, provinceName, QString(), provinceLevel, QString(),
                                 line, ProvinceName);
            !added)
            return added;

        const QString districtCode = field(DistrictCode);
        const QString districtName = cleanName(field(DistrictName));
        if (districtCode.isEmpty() != districtName.isEmpty()) {
            const RegisterColumn missing = districtCode.isEmpty() ? DistrictCode : DistrictName;
            return Failure{tr("%1: the district's name and code go together; one of them is "
                              "missing.")
                               .arg(at(missing))};
        }
        if (!districtCode.isEmpty()) {
            if (!isRegisterCode(districtCode, 3)) {
                return Failure{tr("%1: “%2” is not a district code; the register's district "
                                  "codes have three digits, such as “905”.")
                                   .arg(at(DistrictCode), districtCode)};
            }
            if (auto added = addUnit(districtCode, districtName, QString(), districtLevel,
                                     provinceCode, line, DistrictName);
                !added)
                return added;
        }

        const QString communeCode = field(CommuneCode);
        const QString communeName = Text::cleanNameNfc(field(CommuneName));
        if (communeCode.isEmpty() != communeName.isEmpty()) {
            const RegisterColumn missing = communeCode.isEmpty() ? CommuneCode : CommuneName;
            return Failure{tr("%1: the commune's name and code go together; one of them is "
                              "missing.")
                               .arg(at(missing))};
        }
        if (communeCode.isEmpty())
            return {};
        if (!isRegisterCode(communeCode, 5)) {
            return Failure{tr("%1: “%2” is not a commune code; the register's commune codes "
                              "have five digits, such as “30898”.")
                               .arg(at(CommuneCode), communeCode)};
        }
        const QString kind = UnitKind::normalized(field(CommuneKind));
        if (!UnitKind::isCommuneKind(kind)) {
            return Failure{tr("%1: “%2” is not a grassroots kind; write Xã, Phường, Thị trấn or "
                              "Đặc khu.")
                               .arg(at(CommuneKind), field(CommuneKind))};
        }
        // After the 2025 reorganisation communes belong to the province directly.
        const QString parent = districtCode.isEmpty() ? provinceCode : districtCode;
        if (auto added =
                addUnit(communeCode, communeName, kind, communeLevel, parent, line, CommuneName);
            !added)
            return added;
        m_units[m_index.value(communeCode)].nameEn = field(EnglishName);
        return {};
    }

    /// Provinces, then districts, then communes, each in the order of the file.
    QList<Incoming> units() const
    {
        QList<Incoming> ordered;
        ordered.reserve(m_units.size());
        for (const QString &level : {provinceLevel, districtLevel, communeLevel}) {
            for (const Incoming &unit : m_units) {
                if (unit.level == level)
                    ordered.append(unit);
            }
        }
        return ordered;
    }

private:
    // Every row repeats its province and district: clean each distinct name once.
    QString cleanName(const QString &name)
    {
        auto it = m_cleanNames.constFind(name);
        if (it == m_cleanNames.cend())
            it = m_cleanNames.insert(name, Text::cleanNameNfc(name));
        return *it;
    }

    // A code seen again must say the same thing: same name, kind and parent.
    Result<void> addUnit(const QString &code, const QString &name, const QString &kind,
                         const QString &level, const QString &parentCode, int line,
                         RegisterColumn column)
    {
        if (const int index = m_index.value(code, -1); index >= 0) {
            const Incoming &seen = m_units.at(index);
            const auto where = [&] {
                return m_messages.at(line, registerColumns().at(column).display);
            };
            if (seen.level != level) {
                return Failure{tr("%1: the code %2 is used on line %3 for “%4” at another "
                                  "level. Each code names one unit.")
                                   .arg(where(), code)
                                   .arg(seen.line)
                                   .arg(seen.name)};
            }
            if (seen.name != name || (!kind.isEmpty() && seen.kind != kind)) {
                return Failure{tr("%1: the code %2 is “%3” here but “%4” on line %5. Each "
                                  "code names one unit; correct one of the two rows.")
                                   .arg(where(), code, name, seen.name)
                                   .arg(seen.line)};
            }
            if (seen.parentCode != parentCode) {
                // The row's parent code is what contradicts the earlier row.
                const RegisterColumn parentColumn = level == communeLevel
                    ? (parentCode.size() == 2 ? ProvinceCode : DistrictCode)
                    : ProvinceCode;
                return Failure{
                    tr("%1: %2 (%3) belongs to %4 here but to %5 on line %6. A unit "
                       "has one parent; correct one of the two rows.")
                        .arg(m_messages.at(line, registerColumns().at(parentColumn).display), name,
                             code, parentCode, seen.parentCode)
                        .arg(seen.line)};
            }
            return {};
        }
        Incoming unit;
        unit.code = code;
        unit.name = name;
        unit.kind = kind.isEmpty() ? UnitKind::fromName(name) : kind;
        if (unit.kind.isEmpty())
            unit.kind = level == provinceLevel ? u"tỉnh"_s : u"huyện"_s;
        unit.level = level;
        unit.parentCode = parentCode;
        unit.line = line;
        m_index.insert(code, int(m_units.size()));
        m_units.append(unit);
        return {};
    }

    FileMessages m_messages;
    std::array<int, RegisterColumnCount> m_positions;
    QList<Incoming> m_units;
    QHash<StringKey, int> m_index;
    QHash<StringKey, QString> m_cleanNames;
};

QString levelFromText(const QString &text)
{
    const QString key = Text::searchKey(text);
    if (key.isEmpty())
        return {};
    if (key == "province"_L1 || key == "tinh"_L1 || key == "cap tinh"_L1)
        return provinceLevel;
    if (key == "district"_L1 || key == "huyen"_L1 || key == "cap huyen"_L1
        || key == "cap huyen va tuong duong"_L1)
        return districtLevel;
    if (key == "commune"_L1 || key == "xa"_L1 || key == "co so"_L1 || key == "cap co so"_L1
        || key == "cap xa"_L1)
        return communeLevel;
    return u"?"_s;
}

} // namespace

UnitImporter::UnitImporter(Database &database)
    : m_database(database)
{
}

Result<ImportTally> UnitImporter::importFile(const QString &path)
{
    return applyRead(readFile(path));
}

Result<ImportTally> UnitImporter::import(QIODevice *device, const QString &fileName)
{
    return applyRead(read(device, fileName));
}

Result<ImportTally> UnitImporter::applyRead(const Result<File> &file)
{
    if (!file) {
        m_refusedOlder = false;
        m_prepared.reset(); // units read ahead of a file that is not to be applied
        return Failure{file.error()};
    }
    return apply(*file);
}

Result<UnitImporter::File> UnitImporter::readFile(const QString &path)
{
    QFile file(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!QFileInfo::exists(path))
        return Failure{tr("The file “%1” does not exist.").arg(name)};
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("“%1” cannot be read: %2").arg(name, SystemErrors::text(file))};
    return read(&file, name);
}

Result<UnitImporter::File> UnitImporter::read(QIODevice *device, const QString &fileName)
{
    CsvReader reader(device, fileName);
    if (auto loaded = reader.load(); !loaded)
        return Failure{loaded.error()};

    QStringList fields;
    if (!reader.readRecord(&fields)) {
        if (!reader.error().isEmpty())
            return Failure{reader.error()};
        return Failure{tr("%1 is empty. Export the register's list of units as CSV, or "
                          "write a file with the columns code, name, kind, parent_code.")
                           .arg(fileName)};
    }
    // The files of the 2025 reorganisation have layouts of their own (docs/registers.md).
    if (ConversionTableReader::recognises(fields) || CommuneListReader::recognises(fields))
        return readReorganisation(reader, fields);
    const Header header(fields);
    const QStringList headerFields = fields;
    File file;
    file.name = fileName;
    ImportTally &report = file.tally;
    QList<Incoming> &incoming = file.units;
    bool &nameEnGiven = file.nameEnGiven;

    const bool isRegister =
        header.has(u"ma px"_s) || header.has(u"ma tp"_s) || header.has(u"ma qh"_s);
    if (isRegister) {
        report.format = ImportTally::Format::Register;
        std::array<int, RegisterColumnCount> positions{};
        for (int column = 0; column < RegisterColumnCount; ++column) {
            const Column &known = registerColumns().at(column);
            positions[column] = header.find(known);
            if (positions[column] < 0 && known.required) {
                return Failure{tr("%1, line 1: the column “%2” is missing. The register's "
                                  "export has the columns Tỉnh Thành Phố, Mã TP, Quận Huyện, "
                                  "Mã QH, Phường Xã, Mã PX, Cấp (and Tên Tiếng Anh).")
                                   .arg(fileName, known.display)};
            }
        }
        nameEnGiven = positions[EnglishName] >= 0;
        RegisterParser parser(fileName, positions);
        RowReader rows(reader, headerFields);
        while (rows.next(&fields)) {
            ++report.rows;
            if (auto added = parser.addRow(fields, rows.line()); !added)
                return Failure{added.error()};
        }
        if (!rows.error().isEmpty())
            return Failure{rows.error()};
        incoming = parser.units();
    } else if (header.find(hierarchyColumns().at(Code)) >= 0
               && header.find(hierarchyColumns().at(Name)) >= 0) {
        report.format = ImportTally::Format::Hierarchy;
        std::array<int, HierarchyColumnCount> positions{};
        for (int column = 0; column < HierarchyColumnCount; ++column) {
            const Column &known = hierarchyColumns().at(column);
            positions[column] = header.find(known);
            if (positions[column] < 0 && known.required) {
                return Failure{tr("%1, line 1: the column “%2” is missing. A hierarchy file has "
                                  "the columns code, name, kind, parent_code (and level, "
                                  "name_en).")
                                   .arg(fileName, known.display)};
            }
        }
        nameEnGiven = positions[NameEn] >= 0;
        static const QRegularExpression codePattern(u"^[\\p{L}\\p{N}._/-]+$"_s);
        const FileMessages messages(fileName);
        QHash<StringKey, int> seen;
        RowReader rows(reader, headerFields);
        while (rows.next(&fields)) {
            ++report.rows;
            const auto field = [&](HierarchyColumn column) {
                const int position = positions.at(column);
                return position >= 0 ? Text::simplifiedNfc(fields.at(position)) : QString();
            };
            const auto at = [&](HierarchyColumn column) {
                return messages.at(rows.line(), hierarchyColumns().at(column).display);
            };
            for (int column = 0; column < HierarchyColumnCount; ++column) {
                const int position = positions.at(column);
                if (position >= 0 && fields.at(position).size() > maxValueLength) {
                    return messages.tooLong(rows.line(), hierarchyColumns().at(column).display,
                                            fields.at(position));
                }
            }
            Incoming unit;
            unit.line = rows.line();
            unit.code = field(Code);
            unit.name = Text::cleanNameNfc(field(Name));
            unit.kind = UnitKind::normalized(field(Kind));
            unit.parentCode = field(ParentCode);
            unit.nameEn = field(NameEn);
            if (unit.code.isEmpty())
                return Failure{tr("%1: the code is missing. Every unit needs a code of its "
                                  "own, such as “91-DBKCQ”.")
                                   .arg(at(Code))};
            if (!codePattern.match(unit.code).hasMatch())
                return Failure{tr("%1: “%2” is not a usable code; use letters, digits and . - _ / "
                                  "without spaces.")
                                   .arg(at(Code), unit.code)};
            if (unit.name.isEmpty())
                return Failure{tr("%1: the name is missing.").arg(at(Name))};
            if (unit.parentCode == unit.code)
                return Failure{
                    tr("%1: the unit %2 cannot be its own parent.").arg(at(ParentCode), unit.code)};
            if (unit.kind.isEmpty())
                unit.kind = UnitKind::fromName(unit.name);
            unit.level = levelFromText(field(LevelKey));
            if (unit.level == "?"_L1)
                return Failure{tr("%1: “%2” is not a level; write province, district or "
                                  "commune (tỉnh, huyện, cơ sở).")
                                   .arg(at(LevelKey), field(LevelKey))};
            if (const int line = seen.value(unit.code, 0); line > 0)
                return Failure{tr("%1: the code %2 is already used on line %3. Each code names "
                                  "one unit.")
                                   .arg(at(Code), unit.code)
                                   .arg(line)};
            seen.insert(unit.code, unit.line);
            incoming.append(unit);
        }
        if (!rows.error().isEmpty())
            return Failure{rows.error()};
    } else {
        return Failure{tr("%1, line 1: these are not the columns of the register's export "
                          "(Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp) "
                          "nor of a hierarchy file (code, name, kind, parent_code).")
                           .arg(fileName)};
    }
    if (incoming.isEmpty())
        return Failure{tr("%1 has a header but no units.").arg(fileName)};
    return file;
}

Result<UnitImporter::File> UnitImporter::readReorganisation(CsvReader &reader,
                                                            const QStringList &firstRecord)
{
    const bool table = ConversionTableReader::recognises(firstRecord);
    auto read = table ? ConversionTableReader::read(reader, firstRecord)
                      : CommuneListReader::read(reader, firstRecord);
    if (!read)
        return Failure{read.error()};
    File file;
    file.name = reader.fileName();
    file.reorganisation = std::move(read.value());
    return file;
}

Result<void> UnitImporter::prepare()
{
    m_prepared.reset();
    // Taken first: a write after it makes the mark differ, whether it came before the reading
    // or after. Inside a transaction, what is read may yet be rolled back: nothing is kept.
    const std::optional<Database::ChangeMark> mark = m_database.changeMark();
    if (!mark || !mark->outsideTransaction)
        return {};
    auto units = UnitRepository(m_database).all();
    if (!units)
        return Failure{units.error()};
    m_prepared.emplace(std::move(units.value()));
    m_preparedMark = *mark;
    return {};
}

std::optional<UnitSnapshot> UnitImporter::takePrepared()
{
    std::optional<UnitSnapshot> prepared = std::exchange(m_prepared, std::nullopt);
    if (prepared && m_database.changeMark() != m_preparedMark)
        prepared.reset();
    return prepared;
}

Result<ImportTally> UnitImporter::apply(const File &file)
{
    m_refusedOlder = false;
    // The file's units: those prepare() read when nothing was written since, else read now.
    std::optional<UnitSnapshot> prepared = takePrepared();
    Result<QList<Unit>> units =
        prepared ? Result<QList<Unit>>(prepared->units()) : UnitRepository(m_database).all();
    if (!units)
        return Failure{units.error()};
    if (!file.reorganisation)
        return applyUnits(file.units, file.tally, file.nameEnGiven, file.name, *units);
    // The day given, else the one the file states, else the day of the 2025 reorganisation.
    QDate effective = m_effectiveDate;
    if (!effective.isValid())
        effective = file.reorganisation->effective;
    if (!effective.isValid())
        effective = reorganisationDay();
    if (!prepared)
        prepared.emplace(std::move(units.value()));
    return ReorganisationImporter(m_database)
        .apply(*file.reorganisation, effective, file.name, *prepared);
}

Result<ImportTally> UnitImporter::applyUnits(const QList<Incoming> &incomingUnits,
                                             ImportTally report, bool nameEnGiven,
                                             const QString &fileName,
                                             const QList<Unit> &existingUnits)
{
    UnitRepository units(m_database);
    const auto levels = units.levels();
    if (!levels)
        return Failure{levels.error()};
    QHash<StringKey, int> rank;
    for (const Level &level : *levels)
        rank.insert(level.key, level.rank);

    // Since 2025 a code may name two units on different days: an edition speaks of the one
    // in force on its effective day, or else of the latest one (which it may bring back).
    const QDate effective = m_effectiveDate.isValid() ? m_effectiveDate : QDate::currentDate();
    const auto newer = [effective](const Unit &a, const Unit &b) {
        if (a.isActiveOn(effective) != b.isActiveOn(effective))
            return a.isActiveOn(effective);
        const QDate endA = a.validTo.isValid() ? a.validTo : QDate(9999, 12, 31);
        const QDate endB = b.validTo.isValid() ? b.validTo : QDate(9999, 12, 31);
        return endA > endB;
    };
    QHash<StringKey, Unit> existing;
    QHash<qint64, const Unit *> existingById;
    existing.reserve(existingUnits.size());
    for (const Unit &unit : existingUnits) {
        if (unit.code.isEmpty())
            continue;
        const auto it = existing.find(unit.code);
        if (it == existing.end())
            existing.insert(unit.code, unit);
        else if (newer(unit, *it))
            *it = unit;
    }
    for (const Unit &unit : existingUnits)
        existingById.insert(unit.id, &unit);

    // Order parents before children and settle levels; in a hierarchy file a parent may come
    // after its child, or be a unit already on file.
    QList<Incoming> ordered;
    ordered.reserve(incomingUnits.size());
    const FileMessages messages(fileName);
    if (report.format == ImportTally::Format::Register) {
        ordered = incomingUnits;
    } else {
        QHash<StringKey, int> indexOf;
        for (int i = 0; i < incomingUnits.size(); ++i)
            indexOf.insert(incomingUnits.at(i).code, i);
        QList<int> state(incomingUnits.size(), 0); // 0 new, 1 on the path, 2 done
        QList<Incoming> resolved = incomingUnits;
        // `depth` counts the units from the first one visited up to this one.
        std::function<Result<void>(int, int)> visit = [&](int i, int depth) -> Result<void> {
            if (state.at(i) == 2)
                return {};
            Incoming &unit = resolved[i];
            if (state.at(i) == 1) {
                return Failure{tr("%1: the unit %2 is its own ancestor through parent_code; "
                                  "a hierarchy cannot go round in a circle.")
                                   .arg(messages.at(unit.line, u"parent_code"_s), unit.code)};
            }
            // A chain longer than the levels is wrong, and the level check below says where
            // once the recursion returns; a chain of thousands (a file listing each unit as
            // the parent of the one before) would exhaust the stack first, so stop it here.
            constexpr int maxDepth = 1000;
            if (depth > maxDepth) {
                return Failure{tr("%1: the chain of parent codes through the unit %2 is more "
                                  "than %3 units long, but there are only %4 levels; a unit "
                                  "must be below its parent.")
                                   .arg(messages.at(unit.line, u"parent_code"_s), unit.code)
                                   .arg(maxDepth)
                                   .arg(levels->size())};
            }
            state[i] = 1;
            QString parentLevel;
            if (!unit.parentCode.isEmpty()) {
                if (const int parent = indexOf.value(unit.parentCode, -1); parent >= 0) {
                    if (auto done = visit(parent, depth + 1); !done)
                        return done;
                    parentLevel = resolved.at(parent).level;
                } else if (existing.contains(unit.parentCode)) {
                    parentLevel = existing.value(unit.parentCode).level;
                } else {
                    return Failure{
                        tr("%1: no unit has the code “%2”, in this file or in "
                           "the database.")
                            .arg(messages.at(unit.line, u"parent_code"_s), unit.parentCode)};
                }
            }
            if (unit.level.isEmpty()) {
                if (parentLevel.isEmpty())
                    unit.level = provinceLevel;
                else if (UnitKind::isCommuneKind(unit.kind) || parentLevel == districtLevel)
                    unit.level = communeLevel;
                else
                    unit.level = districtLevel;
            }
            if (!parentLevel.isEmpty() && rank.value(unit.level) <= rank.value(parentLevel)) {
                return Failure{tr("%1: %2 is at the level “%3” but its parent %4 is at “%5”; "
                                  "a unit must be below its parent.")
                                   .arg(messages.at(unit.line, u"level"_s), unit.name, unit.level,
                                        unit.parentCode, parentLevel)};
            }
            state[i] = 2;
            ordered.append(unit);
            return {};
        };
        for (int i = 0; i < resolved.size(); ++i) {
            if (auto done = visit(i, 1); !done)
                return Failure{done.error()};
        }
    }
    report.units = int(ordered.size());

    // The provinces this edition speaks for: those it lists, and those that held any unit it
    // lists (a province merged away still has its units listed under the new one).
    const auto provinceOf = [&existingById](const Unit *unit) {
        QSet<qint64> seenIds;
        while (unit && unit->parentId && !seenIds.contains(unit->id)) {
            seenIds.insert(unit->id);
            const Unit *parent = existingById.value(unit->parentId, nullptr);
            if (!parent)
                break;
            unit = parent;
        }
        return unit ? unit->id : 0;
    };
    QSet<qint64> scope;
    QSet<StringKey> listed;
    // The file's provinces already on file (some unit listed under them exists): only the
    // units added to those start on the effective date.
    QHash<StringKey, QString> parentOf;
    for (const Incoming &unit : std::as_const(ordered))
        parentOf.insert(unit.code, unit.parentCode);
    const auto fileProvinceOf = [&parentOf](QString code) {
        for (int depth = 0; depth < 8 && !parentOf.value(code).isEmpty(); ++depth)
            code = parentOf.value(code);
        return code;
    };
    QSet<StringKey> knownProvinces;
    if (report.format == ImportTally::Format::Register) {
        for (const Incoming &unit : std::as_const(ordered)) {
            listed.insert(unit.code);
            if (const auto it = existing.constFind(unit.code); it != existing.cend()) {
                scope.insert(provinceOf(&*it));
                knownProvinces.insert(fileProvinceOf(unit.code));
            }
        }
    }
    // An edition older than one already imported for these provinces would roll their units
    // back: refused unless asked for. The newest edition on file is the latest day a
    // register unit of theirs began, or the day after the latest one ended.
    m_refusedOlder = false;
    QDate newestOnFile;
    for (const Unit &unit : std::as_const(existing)) {
        if (unit.source != "register"_L1 || !scope.contains(provinceOf(&unit)))
            continue;
        for (const QDate edition : {unit.validFrom, unit.validTo.addDays(1)}) {
            if (edition.isValid() && (!newestOnFile.isValid() || edition > newestOnFile))
                newestOnFile = edition;
        }
    }
    if (!m_allowOlder && newestOnFile.isValid() && effective < newestOnFile) {
        m_refusedOlder = true;
        return Failure{tr("%1 is an edition in force from %2, older than the edition already "
                          "imported for its provinces, in force from %3. Importing it would "
                          "bring back the units the newer edition retired and retire those it "
                          "added; nothing was changed.")
                           .arg(fileName, effective.toString(u"dd/MM/yyyy"_s),
                                newestOnFile.toString(u"dd/MM/yyyy"_s))};
    }

    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return Failure{begun.error()};

    QHash<StringKey, qint64> idByCode;
    idByCode.reserve(existing.size() + ordered.size());
    for (auto it = existing.cbegin(); it != existing.cend(); ++it)
        idByCode.insert(it.key(), it->id);

    // The writes go several rows to a statement (on a server each statement is a round
    // trip): new units in generations, each written before the first unit that needs the id
    // of one of them as its parent (a register's provinces, then districts, then communes),
    // then every change to units already on file, whose new parents are all written by then.
    QList<Unit> adding;
    QSet<StringKey> addingCodes;
    QList<Unit> changing;
    const auto addPending = [&]() -> Result<void> {
        if (adding.isEmpty())
            return {};
        if (auto done = units.insert(adding); !done)
            return done;
        for (const Unit &added : std::as_const(adding))
            idByCode.insert(added.code, added.id);
        adding.clear();
        addingCodes.clear();
        return {};
    };

    for (const Incoming &unit : std::as_const(ordered)) {
        if (addingCodes.contains(unit.parentCode)) {
            if (auto done = addPending(); !done)
                return Failure{done.error()};
        }
        const qint64 parentId = unit.parentCode.isEmpty() ? 0 : idByCode.value(unit.parentCode);
        if (const auto it = existing.constFind(unit.code); it != existing.cend()) {
            Unit updated = *it;
            const bool renamed = updated.name != unit.name || updated.kind != unit.kind
                || updated.level != unit.level || (nameEnGiven && updated.nameEn != unit.nameEn);
            const bool moved = updated.parentId != parentId;
            const bool restored = updated.isRetired();
            if (!renamed && !moved && !restored) {
                ++report.unchanged;
                continue;
            }
            updated.name = unit.name;
            updated.kind = unit.kind;
            updated.level = unit.level;
            if (nameEnGiven)
                updated.nameEn = unit.nameEn;
            updated.parentId = parentId;
            updated.validTo = QDate();
            changing.append(updated);
            report.renamed += renamed;
            report.moved += moved;
            report.restored += restored;
            continue;
        }
        Unit added;
        added.code = unit.code;
        added.name = unit.name;
        added.nameEn = unit.nameEn;
        added.kind = unit.kind;
        added.level = unit.level;
        added.parentId = parentId;
        added.source =
            report.format == ImportTally::Format::Register ? u"register"_s : u"hierarchy"_s;
        if (knownProvinces.contains(fileProvinceOf(unit.code)))
            added.validFrom = effective;
        adding.append(added);
        addingCodes.insert(added.code);
        ++report.added;
    }
    if (auto done = addPending(); !done)
        return Failure{done.error()};

    if (report.format == ImportTally::Format::Register) {
        for (const Unit &unit : std::as_const(existing)) {
            if (unit.source != "register"_L1 || unit.isRetired() || listed.contains(unit.code)
                || !scope.contains(provinceOf(&unit)))
                continue;
            Unit retired = unit;
            retired.validTo = effective.addDays(-1);
            if (retired.validFrom.isValid() && retired.validTo < retired.validFrom)
                retired.validTo = retired.validFrom;
            changing.append(retired);
            ++report.retired;
        }
    }
    if (auto done = units.update(changing); !done)
        return Failure{done.error()};

    if (report.added > 0) {
        const auto joined = CampaignRepository(m_database).addMissingParticipants();
        if (!joined)
            return Failure{joined.error()};
        report.joinedCampaigns = *joined;
    }
    if (auto committed = transaction.commit(); !committed)
        return Failure{committed.error()};
    return report;
}
