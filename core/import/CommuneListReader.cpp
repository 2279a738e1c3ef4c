#include "CommuneListReader.h"

#include "CsvReader.h"
#include "StringKey.h"
#include "Text.h"
#include "UnitKind.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxValueLength = 250;

bool isCommuneCode(const QString &code)
{
    if (code.size() != 5)
        return false;
    for (const QChar ch : code) {
        if (ch < u'0' || ch > u'9')
            return false;
    }
    return true;
}

// "TỈNH AN GIANG", "Thành phố Hà Nội": a province's name, by its first word.
bool isProvinceName(const QString &text)
{
    const QString kind = UnitKind::fromName(Text::simplified(text));
    return kind == u"tỉnh"_s || kind == u"thành phố"_s;
}

QString field(const QStringList &fields, int index)
{
    return index < fields.size() ? Text::simplifiedNfc(fields.at(index)) : QString();
}

bool isProvinceRow(const QStringList &fields)
{
    if (!field(fields, 0).isEmpty() || !isProvinceName(field(fields, 1)))
        return false;
    for (int i = 2; i < fields.size(); ++i) {
        if (!field(fields, i).isEmpty())
            return false;
    }
    return true;
}

bool isCommuneRow(const QStringList &fields)
{
    return isCommuneCode(field(fields, 0)) && !field(fields, 1).isEmpty()
        && isProvinceName(field(fields, 2));
}

// The list writes provinces in capitals on their own rows; kept as written elsewhere.
QString provinceName(const QString &text)
{
    const QString name = Text::cleanName(text);
    if (name != name.toUpper())
        return name;
    // "TỈNH AN GIANG" → "Tỉnh An Giang": each word with its first letter only in capitals.
    QStringList words = name.toLower().split(u' ');
    for (QString &word : words) {
        if (!word.isEmpty())
            word[0] = word.at(0).toUpper();
    }
    return Text::cleanName(words.join(u' '));
}

} // namespace

bool CommuneListReader::recognises(const QStringList &firstRecord)
{
    return isProvinceRow(firstRecord) || isCommuneRow(firstRecord);
}

Result<Reorganisation> CommuneListReader::read(CsvReader &reader, const QStringList &firstRecord)
{
    Reorganisation list;
    list.source = Reorganisation::Source::CommuneList;
    const QString fileName = reader.fileName();
    const auto at = [&fileName](int line, const QString &column) {
        return tr("%1, line %2, column %3").arg(fileName).arg(line).arg(column);
    };
    QHash<StringKey, int> provinceIndex; // by Text::nameKey()
    QHash<StringKey, int> communeIndex;
    QString section;
    QStringList fields = firstRecord;
    int line = reader.recordLine();
    bool more = true;
    while (more) {
        ++list.rows;
        for (const QString &value : std::as_const(fields)) {
            if (value.size() > maxValueLength) {
                return Failure{tr("%1, line %2: a field is %3 characters long, more than a "
                                  "name or code can be. A missing line break or quote may have "
                                  "run rows together.")
                                   .arg(fileName)
                                   .arg(line)
                                   .arg(value.size())};
            }
        }
        bool blank = true;
        for (const QString &value : std::as_const(fields))
            blank = blank && Text::simplifiedNfc(value).isEmpty();
        if (blank) {
            // nothing on this row
        } else if (isProvinceRow(fields)) {
            section = provinceName(field(fields, 1));
        } else {
            for (int i = 3; i < fields.size(); ++i) {
                if (!field(fields, i).isEmpty()) {
                    return Failure{
                        tr("%1: the list of new communes has three fields on a row "
                           "(code, name, province); this row goes on with “%2”.")
                            .arg(at(line, QString::number(i + 1)), field(fields, i).left(40))};
                }
            }
            const QString code = field(fields, 0);
            const QString name = Text::cleanName(field(fields, 1));
            QString province =
                field(fields, 2).isEmpty() ? section : provinceName(field(fields, 2));
            if (!isCommuneCode(code)) {
                return Failure{tr("%1: “%2” is not a commune code; commune codes have five "
                                  "digits, such as “30898”.")
                                   .arg(at(line, u"1"_s), code)};
            }
            if (name.isEmpty())
                return Failure{tr("%1: the commune's name is missing.").arg(at(line, u"2"_s))};
            if (province.isEmpty()) {
                return Failure{tr("%1: the province is missing; write it on the row or on a "
                                  "province row before it (“, TỈNH AN GIANG,,”).")
                                   .arg(at(line, u"3"_s))};
            }
            if (const int seen = communeIndex.value(code, -1); seen >= 0) {
                return Failure{tr("%1: the code %2 is already used on line %3. Each code names "
                                  "one commune.")
                                   .arg(at(line, u"1"_s), code)
                                   .arg(list.communes.at(seen).line)};
            }
            const QString key = Text::nameKey(province);
            if (!provinceIndex.contains(key)) {
                provinceIndex.insert(key, int(list.provinces.size()));
                list.provinces.append({QString(), province, line});
            }
            communeIndex.insert(code, int(list.communes.size()));
            list.communes.append({code, name, QString(), province, line});
        }
        more = reader.readRecord(&fields);
        line = reader.recordLine();
    }
    if (!reader.error().isEmpty())
        return Failure{reader.error()};
    if (list.communes.isEmpty())
        return Failure{tr("%1 names provinces but no communes.").arg(fileName)};
    return list;
}
