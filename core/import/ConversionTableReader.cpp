#include "ConversionTableReader.h"

#include "CsvReader.h"
#include "StringKey.h"
#include "Text.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

enum Column {
    NewProvince,
    NewName,
    NewCode,
    OldName,
    OldCode,
    Note,
    OldDistrict,
    OldProvince,
    ColumnCount
};

struct ColumnName
{
    const char *key; ///< the header's words as headerKey() makes them
    const char16_t *display;
};

constexpr std::array<ColumnName, ColumnCount> columns{{
    {"tinh thanh pho", u"Tỉnh, thành phố"},
    {"ten xa moi", u"Tên Xã mới"},
    {"ma xa moi", u"Mã Xã mới"},
    {"ten xa cu", u"Tên Xã cũ"},
    {"ma xa cu", u"Mã Xã cũ"},
    {"ghi chu", u"Ghi chú"},
    {"quan huyen", u"Quận/huyện"},
    {"tinh cu", u"Tỉnh cũ"},
}};

constexpr int maxValueLength = 250;

// A header's words without accents, case or punctuation: "Tỉnh, thành phố" and
// "Quận/huyện" give "tinh thanh pho" and "quan huyen".
QString headerKey(const QString &text)
{
    QString key = Text::searchKey(text);
    for (QChar &ch : key) {
        if (!ch.isLetterOrNumber())
            ch = u' ';
    }
    return key.simplified();
}

bool isDigits(const QString &code, int count)
{
    if (code.size() != count)
        return false;
    for (const QChar ch : code) {
        if (ch < u'0' || ch > u'9')
            return false;
    }
    return true;
}

/// "Tỉnh An Giang (91)" → name and code; a name without brackets has no code.
struct NamedCode
{
    QString name;
    QString code;
};

NamedCode splitCode(const QString &text)
{
    const QString cleaned = Text::simplifiedNfc(text);
    // "Name (code)": the code is what the last brackets hold, letters and digits only.
    if (cleaned.endsWith(u')')) {
        const qsizetype open = cleaned.lastIndexOf(u'(');
        if (open >= 0) {
            const QString code = cleaned.mid(open + 1, cleaned.size() - open - 2).trimmed();
            bool plain = true;
            for (const QChar ch : code)
                plain = plain && ch.isLetterOrNumber() && ch.unicode() < 128;
            if (plain)
                return {Text::cleanNameNfc(cleaned.left(open)), code};
        }
    }
    return {Text::cleanNameNfc(cleaned), QString()};
}

/// Each distinct text of a column cleaned once: every row repeats its provinces, its district,
/// its note and its new commune's name, mostly in runs (a district's rows together), so the
/// row before is asked first, then the texts seen before.
template<typename T>
class CleanedOnce
{
public:
    explicit CleanedOnce(T (*clean)(const QString &))
        : m_clean(clean)
    {
    }
    T operator()(const QString &text)
    {
        if (m_hasLast && text == m_lastText)
            return m_last;
        auto it = m_seen.constFind(text);
        if (it == m_seen.cend())
            it = m_seen.insert(text, m_clean(text));
        m_lastText = text;
        m_last = *it;
        m_hasLast = true;
        return m_last;
    }

private:
    T (*m_clean)(const QString &);
    QHash<StringKey, T> m_seen;
    QString m_lastText;
    T m_last{};
    bool m_hasLast = false;
};

// Two spellings of one name: the same text, or the same Text::nameKey().
bool sameName(const QString &a, const QString &b)
{
    return a == b || Text::nameKey(a) == Text::nameKey(b);
}

QDate bannerDate(const QString &banner)
{
    static const QRegularExpression pattern(u"(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})"_s);
    const auto match = pattern.match(banner);
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
}

bool isBanner(const QStringList &record)
{
    return !record.isEmpty() && headerKey(record.first()).startsWith("don vi hanh chinh"_L1);
}

bool isHeader(const QStringList &record)
{
    bool newCode = false;
    bool oldCode = false;
    for (const QString &field : record) {
        const QString key = headerKey(field);
        newCode = newCode || key == QLatin1StringView(columns[NewCode].key);
        oldCode = oldCode || key == QLatin1StringView(columns[OldCode].key);
    }
    return newCode && oldCode;
}

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(ConversionTableReader)

public:
    explicit Messages(const QString &fileName)
        : m_fileName(fileName)
    {
    }
    QString at(int line, Column column) const
    {
        return tr("%1, line %2, column “%3”")
            .arg(m_fileName)
            .arg(line)
            .arg(QString::fromUtf16(columns[column].display));
    }

private:
    QString m_fileName;
};

} // namespace

bool ConversionTableReader::recognises(const QStringList &firstRecord)
{
    return isBanner(firstRecord) || isHeader(firstRecord);
}

Result<Reorganisation> ConversionTableReader::read(CsvReader &reader,
                                                   const QStringList &firstRecord)
{
    Reorganisation table;
    table.source = Reorganisation::Source::ConversionTable;
    const QString fileName = reader.fileName();
    const Messages messages(fileName);
    QStringList header = firstRecord;
    table.rows = 1;
    if (isBanner(firstRecord)) {
        table.effective = bannerDate(firstRecord.first());
        if (!reader.readRecord(&header)) {
            if (!reader.error().isEmpty())
                return Failure{reader.error()};
            return Failure{tr("%1 has the banner of the conversion table but no header after "
                              "it (Tỉnh, thành phố, Tên Xã mới, Mã Xã mới, Tên Xã cũ, Mã Xã cũ, "
                              "Ghi chú, Quận/huyện, Tỉnh cũ).")
                               .arg(fileName)};
        }
        ++table.rows;
        if (!isHeader(header)) {
            return Failure{tr("%1, line %2: after the banner the conversion table has its "
                              "header (Tỉnh, thành phố, Tên Xã mới, Mã Xã mới, Tên Xã cũ, Mã Xã "
                              "cũ, Ghi chú, Quận/huyện, Tỉnh cũ); this line is not it.")
                               .arg(fileName)
                               .arg(reader.recordLine())};
        }
    }
    const int headerLine = reader.recordLine();
    std::array<int, ColumnCount> position{};
    position.fill(-1);
    for (int i = 0; i < header.size(); ++i) {
        const QString key = headerKey(header.at(i));
        for (int column = 0; column < ColumnCount; ++column) {
            if (position[column] < 0 && key == QLatin1StringView(columns[column].key))
                position[column] = i;
        }
    }
    for (int column = 0; column < ColumnCount; ++column) {
        if (position[column] < 0) {
            return Failure{tr("%1, line %2: the column “%3” is missing. The conversion table "
                              "has the columns Tỉnh, thành phố, Tên Xã mới, Mã Xã mới, Tên Xã "
                              "cũ, Mã Xã cũ, Ghi chú, Quận/huyện, Tỉnh cũ.")
                               .arg(fileName)
                               .arg(headerLine)
                               .arg(QString::fromUtf16(columns[column].display))};
        }
    }
    int width = 0;
    for (int column = 0; column < ColumnCount; ++column)
        width = std::max(width, position[column] + 1);

    QHash<StringKey, int> provinceIndex;
    QHash<StringKey, int> communeIndex;
    CleanedOnce<NamedCode> newProvinceOf(splitCode);
    CleanedOnce<QString> newNameOf(Text::cleanNameNfc);
    CleanedOnce<std::optional<UnitLink::Kind>> kindOf(UnitLink::fromNote);
    CleanedOnce<NamedCode> oldDistrictOf(splitCode);
    CleanedOnce<NamedCode> oldProvinceOf(splitCode);
    NamedCode sectionProvince; // the province of the last row that named one
    QStringList fields;
    while (reader.readRecord(&fields)) {
        ++table.rows;
        const int line = reader.recordLine();
        int filled = 0;
        int lastFilled = -1;
        for (int i = 0; i < fields.size(); ++i) {
            // Fields are NFC (CsvReader): only white space is evened out, once per field.
            fields[i] = Text::simplifiedNfc(fields.at(i));
            if (fields.at(i).size() > maxValueLength) {
                return Failure{tr("%1, line %2: a field is %3 characters long, more than a "
                                  "name, code or note can be. A missing line break or quote "
                                  "may have run rows together.")
                                   .arg(fileName)
                                   .arg(line)
                                   .arg(fields.at(i).size())};
            }
            if (!fields.at(i).isEmpty()) {
                ++filled;
                lastFilled = i;
            }
        }
        if (filled == 0)
            continue;
        if (lastFilled >= std::max(width, int(header.size()))) {
            return Failure{tr("%1, line %2: the row goes on after the last column with “%3”. "
                              "Check the row for an extra separator (“%4”), or put quotes "
                              "around a name that contains one.")
                               .arg(fileName)
                               .arg(line)
                               .arg(fields.at(lastFilled).left(40))
                               .arg(reader.delimiter())};
        }
        while (fields.size() < width)
            fields.append(QString());
        const auto field = [&](Column column) -> const QString & {
            return fields.at(position[column]);
        };
        // A new province's own row: its name alone, in capitals.
        if (filled == 1 && !field(NewProvince).isEmpty()) {
            sectionProvince = {};
            continue;
        }

        NamedCode province = newProvinceOf(field(NewProvince));
        if (province.name.isEmpty())
            province = sectionProvince;
        if (province.name.isEmpty() || province.code.isEmpty()) {
            return Failure{tr("%1: the new province and its code are missing; write them as "
                              "“Tỉnh An Giang (91)”.")
                               .arg(messages.at(line, NewProvince))};
        }
        if (!isDigits(province.code, 2)) {
            return Failure{tr("%1: “%2” is not a province code; province codes have two "
                              "digits, such as “91” in “Tỉnh An Giang (91)”.")
                               .arg(messages.at(line, NewProvince), province.code)};
        }
        sectionProvince = province;
        if (const int index = provinceIndex.value(province.code, -1); index >= 0) {
            const Reorganisation::Province &seen = table.provinces.at(index);
            if (!sameName(seen.name, province.name)) {
                return Failure{tr("%1: the province code %2 is “%3” here but “%4” on line %5. "
                                  "Each code names one province; correct one of the two rows.")
                                   .arg(messages.at(line, NewProvince), province.code,
                                        province.name, seen.name)
                                   .arg(seen.line)};
            }
        } else {
            provinceIndex.insert(province.code, int(table.provinces.size()));
            table.provinces.append({province.code, province.name, line});
        }

        const QString newCode = field(NewCode);
        const QString newName = newNameOf(field(NewName));
        if (newCode.isEmpty() || newName.isEmpty()) {
            return Failure{tr("%1: the new commune's name and code are both needed.")
                               .arg(messages.at(line, newCode.isEmpty() ? NewCode : NewName))};
        }
        if (!isDigits(newCode, 5)) {
            return Failure{tr("%1: “%2” is not a commune code; commune codes have five digits, "
                              "such as “30880”.")
                               .arg(messages.at(line, NewCode), newCode)};
        }
        if (const int index = communeIndex.value(newCode, -1); index >= 0) {
            const Reorganisation::Commune &seen = table.communes.at(index);
            if (!sameName(seen.name, newName)) {
                return Failure{tr("%1: the code %2 is “%3” here but “%4” on line %5. Each code "
                                  "names one new commune; correct one of the two rows.")
                                   .arg(messages.at(line, NewName), newCode, newName, seen.name)
                                   .arg(seen.line)};
            }
            if (seen.provinceCode != province.code) {
                return Failure{tr("%1: %2 (%3) is in the province %4 here but in %5 on line "
                                  "%6. A commune has one province; correct one of the two rows.")
                                   .arg(messages.at(line, NewProvince), newName, newCode,
                                        province.code, seen.provinceCode)
                                   .arg(seen.line)};
            }
        } else {
            communeIndex.insert(newCode, int(table.communes.size()));
            table.communes.append({newCode, newName, province.code, province.name, line});
        }

        Reorganisation::Origin origin;
        origin.newCode = newCode;
        origin.line = line;
        origin.oldCode = field(OldCode);
        origin.oldName = Text::cleanNameNfc(field(OldName)); // on its one row, or two
        origin.note = field(Note);
        origin.kind = kindOf(origin.note);
        const NamedCode district = oldDistrictOf(field(OldDistrict));
        origin.oldDistrictName = district.name;
        origin.oldDistrictCode = district.code;
        const NamedCode oldProvince = oldProvinceOf(field(OldProvince));
        origin.oldProvinceName = oldProvince.name;
        origin.oldProvinceCode = oldProvince.code;
        if (!origin.oldCode.isEmpty() && !isDigits(origin.oldCode, 5)) {
            return Failure{tr("%1: “%2” is not a commune code; commune codes have five digits, "
                              "such as “30880”.")
                               .arg(messages.at(line, OldCode), origin.oldCode)};
        }
        if (!origin.oldDistrictCode.isEmpty() && !isDigits(origin.oldDistrictCode, 3)) {
            return Failure{tr("%1: “%2” is not a district code; district codes have three "
                              "digits, such as “905” in “Huyện Châu Thành (905)”.")
                               .arg(messages.at(line, OldDistrict), origin.oldDistrictCode)};
        }
        if (!origin.oldProvinceCode.isEmpty() && !isDigits(origin.oldProvinceCode, 2)) {
            return Failure{tr("%1: “%2” is not a province code; province codes have two "
                              "digits, such as “91” in “Tỉnh Kiên Giang (91)”.")
                               .arg(messages.at(line, OldProvince), origin.oldProvinceCode)};
        }
        if (!origin.oldCode.isEmpty() || !origin.oldName.isEmpty()
            || !origin.oldDistrictCode.isEmpty())
            table.origins.append(origin);
    }
    if (!reader.error().isEmpty())
        return Failure{reader.error()};
    if (table.communes.isEmpty())
        return Failure{tr("%1 has the header of the conversion table but no rows of new "
                          "communes.")
                           .arg(fileName)};
    return table;
}
