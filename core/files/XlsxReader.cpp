#include "XlsxReader.h"

#include "XmlScanner.h"
#include "ZipParts.h"

#include <QHash>
#include <QXmlStreamReader>

#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// What a cell style (an entry of cellXfs) says about its cells.
struct CellStyle
{
    bool date = false;
    QString font;
};

// "B12" as row 11, column 1; false for a reference that is not one.
bool parseReference(QByteArrayView reference, int *row, int *column)
{
    int c = 0, r = 0;
    qsizetype i = 0;
    while (i < reference.size()) {
        const char ch = reference.at(i);
        const char letter = ch >= 'a' && ch <= 'z' ? char(ch - 'a' + 'A') : ch;
        if (letter < 'A' || letter > 'Z')
            break;
        if (c > 16384)
            return false;
        c = c * 26 + (letter - 'A' + 1);
        ++i;
    }
    const qsizetype digits = i;
    while (i < reference.size() && reference.at(i) >= '0' && reference.at(i) <= '9'
           && r <= 1048576) {
        r = r * 10 + (reference.at(i) - '0');
        ++i;
    }
    if (i != reference.size() || (c == 0 && digits > 0))
        return false;
    *column = c - 1; // -1 when the reference has no letters
    *row = i > digits ? r - 1 : -1;
    return c <= 16384 && r <= 1048576;
}

// A whole number written in ASCII digits, white space around it allowed.
bool parseInteger(QByteArrayView digits, int *value)
{
    digits = digits.trimmed();
    const char *end = digits.data() + digits.size();
    const auto [stop, error] = std::from_chars(digits.data(), end, *value);
    return error == std::errc() && stop == end && !digits.isEmpty();
}

// A finite number as a sheet stores it ("12", "-0.5", "+1.5E-3"), white space around it
// allowed.
bool parseNumber(QByteArrayView text, double *value)
{
    text = text.trimmed();
    if (text.size() > 1 && text.at(0) == '+' && text.at(1) != '-')
        text = text.sliced(1);
    const char *end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, *value);
    return error == std::errc() && stop == end && !text.isEmpty() && std::isfinite(*value);
}

QString attribute(const QXmlStreamReader &xml, QStringView name)
{
    // A const list: iterating the temporary itself would copy every attribute.
    const QXmlStreamAttributes attributes = xml.attributes();
    for (const QXmlStreamAttribute &entry : attributes) {
        if (entry.name() == name)
            return entry.value().toString();
    }
    return {};
}

// A part's path from a relationship's target, relative to the folder of the part holding
// the relationship ("worksheets/sheet1.xml" from xl/) or absolute ("/xl/worksheets/...").
QString resolvePart(const QString &folder, const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    QStringList parts = folder.isEmpty() ? QStringList() : folder.split(u'/');
    for (const QString &piece : target.split(u'/')) {
        if (piece == ".."_L1) {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (piece != "."_L1 && !piece.isEmpty()) {
            parts.append(piece);
        }
    }
    return parts.join(u'/');
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    Reader(ZipParts &zip, const QString &fileName)
        : m_zip(zip)
        , m_fileName(fileName)
    {
    }

    Result<Workbook> read();

private:
    struct SheetEntry
    {
        QString name;
        QString relationship;
        bool hidden = false;
    };

    Failure damaged(const QString &part) const
    {
        return Failure{
            tr("%1 is damaged: the part “%2” is not readable XML.").arg(m_fileName, part)};
    }
    Result<QHash<QString, QString>> relationships(const QString &part,
                                                  QHash<QString, QString> *types);
    Result<void> readStyles(const QString &part);
    Result<void> readSharedStrings(const QString &part);
    Result<void> readSheet(const QString &part, Workbook::Sheet *sheet);
    // Reads an <si> or <is> element (the scanner on its start) into text and runs.
    void readText(XmlScanner &xml, QString *text, QList<Workbook::TextRun> *runs);

    ZipParts &m_zip;
    QString m_fileName;
    bool m_1904 = false;
    QList<CellStyle> m_styles;
    QList<Workbook::Cell> m_strings; ///< shared strings as text cells (text and runs)
    qint64 m_cells = 0;
};

Result<QHash<QString, QString>> Reader::relationships(const QString &part,
                                                      QHash<QString, QString> *types)
{
    QHash<QString, QString> targets;
    const int slash = int(part.lastIndexOf(u'/'));
    const QString folder = slash < 0 ? QString() : part.left(slash);
    const QString rels = (folder.isEmpty() ? QString() : folder + u'/') + u"_rels/"_s
        + part.mid(slash + 1) + u".rels"_s;
    if (!m_zip.contains(rels))
        return targets;
    const auto data = m_zip.read(rels);
    if (!data)
        return Failure{data.error()};
    QXmlStreamReader xml(*data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != u"Relationship")
            continue;
        if (attribute(xml, u"TargetMode") == "External"_L1)
            continue;
        const QString target = resolvePart(folder, attribute(xml, u"Target"));
        targets.insert(attribute(xml, u"Id"), target);
        if (types)
            types->insert(attribute(xml, u"Type").section(u'/', -1), target);
    }
    if (xml.hasError())
        return damaged(rels);
    return targets;
}

Result<void> Reader::readStyles(const QString &part)
{
    const auto data = m_zip.read(part);
    if (!data)
        return Failure{data.error()};
    QHash<int, QString> formats;
    QStringList fonts;
    QXmlStreamReader xml(*data);
    enum class Section { None, Fonts, CellXfs, Other } section = Section::None;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            if (xml.name() == u"fonts" || xml.name() == u"cellXfs")
                section = Section::None;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"numFmt") {
            formats.insert(attribute(xml, u"numFmtId").toInt(), attribute(xml, u"formatCode"));
        } else if (name == u"fonts") {
            section = Section::Fonts;
        } else if (name == u"cellXfs") {
            section = Section::CellXfs;
        } else if (name == u"cellStyleXfs" || name == u"dxfs") {
            section = Section::Other;
        } else if (section == Section::Fonts && name == u"font") {
            fonts.append(QString());
        } else if (section == Section::Fonts && name == u"name" && !fonts.isEmpty()) {
            fonts.last() = attribute(xml, u"val");
        } else if (section == Section::CellXfs && name == u"xf") {
            const int formatId = attribute(xml, u"numFmtId").toInt();
            const int fontId = attribute(xml, u"fontId").toInt();
            CellStyle style;
            style.date = XlsxReader::isDateFormat(formatId, formats.value(formatId));
            style.font = fontId >= 0 && fontId < fonts.size() ? fonts.at(fontId) : QString();
            m_styles.append(style);
        }
    }
    if (xml.hasError())
        return damaged(part);
    return {};
}

void Reader::readText(XmlScanner &xml, QString *text, QList<Workbook::TextRun> *runs)
{
    const int open = xml.depth();
    QString runFont;
    bool inRun = false, phonetic = false;
    while (!xml.atEnd()) {
        const XmlScanner::Token token = xml.next();
        if (token == XmlScanner::Token::EndElement) {
            if (xml.depth() < open)
                return;
            if (xml.isNamed("r"))
                inRun = false;
            else if (xml.isNamed("rPh"))
                phonetic = false;
            continue;
        }
        if (token != XmlScanner::Token::StartElement)
            continue;
        const QByteArrayView name = xml.name();
        if (XmlScanner::is(name, "r")) {
            inRun = true;
            runFont.clear();
        } else if (XmlScanner::is(name, "rPh")) {
            phonetic = true; // a phonetic reading of East Asian text, not part of the value
        } else if (XmlScanner::is(name, "rFont") && inRun) {
            runFont = XmlScanner::toString(xml.attribute("val"));
        } else if (XmlScanner::is(name, "t") && !phonetic) {
            const QString piece = XmlScanner::toString(xml.readElementText());
            text->append(piece);
            if (inRun)
                runs->append({piece, runFont});
        }
    }
}

Result<void> Reader::readSharedStrings(const QString &part)
{
    const auto data = m_zip.read(part);
    if (!data)
        return Failure{data.error()};
    XmlScanner xml(*data);
    while (!xml.atEnd()) {
        if (xml.next() == XmlScanner::Token::StartElement && xml.isNamed("si")) {
            Workbook::Cell cell;
            cell.type = Workbook::Cell::Type::Text;
            readText(xml, &cell.text, &cell.runs);
            // Runs matter only when a font of theirs does.
            bool fonts = false;
            for (const Workbook::TextRun &run : std::as_const(cell.runs))
                fonts = fonts || !run.font.isEmpty();
            if (!fonts)
                cell.runs.clear();
            m_strings.append(cell);
        }
    }
    if (xml.hasError())
        return damaged(part);
    return {};
}

Result<void> Reader::readSheet(const QString &part, Workbook::Sheet *sheet)
{
    const auto data = m_zip.read(part);
    if (!data)
        return Failure{data.error()};
    XmlScanner xml(*data);
    int nextRow = 0;
    int row = -1, nextColumn = 0;
    int widest = 0; // cells in the widest row so far
    while (!xml.atEnd()) {
        if (xml.next() != XmlScanner::Token::StartElement)
            continue;
        const QByteArrayView name = xml.name();
        if (XmlScanner::is(name, "row")) {
            int given = 0;
            const bool numbered = parseInteger(xml.attribute("r"), &given);
            row = numbered && given >= 1 && given <= 1048576 ? given - 1 : nextRow;
            nextRow = row + 1;
            nextColumn = 0;
        } else if (XmlScanner::is(name, "c")) {
            if (row < 0)
                row = nextRow++;
            int cellRow = row, column = nextColumn;
            const QByteArray reference = xml.attribute("r");
            if (!reference.isEmpty()) {
                int r = -1, c = -1;
                if (!parseReference(reference, &r, &c) || c < 0) {
                    return Failure{tr("%1 is damaged: the cell reference “%2” in “%3” is not one.")
                                       .arg(m_fileName, XmlScanner::toString(reference), part)};
                }
                column = c;
                if (r >= 0)
                    cellRow = r;
            }
            nextColumn = column + 1;
            const QByteArray type = xml.attribute("t");
            int styleIndex = 0;
            if (!parseInteger(xml.attribute("s"), &styleIndex))
                styleIndex = 0;
            const CellStyle style = styleIndex >= 0 && styleIndex < m_styles.size()
                ? m_styles.at(styleIndex)
                : CellStyle();
            Workbook::Cell cell;
            cell.font = style.font;
            QByteArray value;
            bool hasValue = false;
            const int open = xml.depth();
            while (!xml.atEnd()) {
                const XmlScanner::Token token = xml.next();
                if (token == XmlScanner::Token::EndElement && xml.depth() < open)
                    break;
                if (token != XmlScanner::Token::StartElement)
                    continue;
                if (xml.isNamed("v")) {
                    value = xml.readElementText();
                    hasValue = true;
                } else if (xml.isNamed("f")) {
                    cell.formula = true;
                    xml.skipCurrentElement();
                } else if (xml.isNamed("is")) {
                    readText(xml, &cell.text, &cell.runs);
                    cell.type = Workbook::Cell::Type::Text;
                    hasValue = true;
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (XmlScanner::is(type, "s") && hasValue) {
                int index = -1;
                if (!parseInteger(value, &index) || index < 0 || index >= m_strings.size()) {
                    return Failure{
                        tr("%1 is damaged: cell %2 of “%3” points to a text that is "
                           "not there.")
                            .arg(m_fileName, XmlScanner::toString(reference), sheet->name)};
                }
                const Workbook::Cell &shared = m_strings.at(index);
                cell.type = Workbook::Cell::Type::Text;
                cell.text = shared.text;
                cell.runs = shared.runs;
            } else if ((XmlScanner::is(type, "str") || XmlScanner::is(type, "e")) && hasValue) {
                cell.type = XmlScanner::is(type, "e") ? Workbook::Cell::Type::Error
                                                      : Workbook::Cell::Type::Text;
                cell.text = XmlScanner::toString(value);
            } else if (XmlScanner::is(type, "b") && hasValue) {
                cell.type = Workbook::Cell::Type::Boolean;
                cell.text = value.trimmed() == "1" ? u"TRUE"_s : u"FALSE"_s;
            } else if (XmlScanner::is(type, "d") && hasValue) {
                cell.type = Workbook::Cell::Type::Date;
                cell.date = QDate::fromString(XmlScanner::toString(value.left(10)), Qt::ISODate);
                if (!cell.date.isValid()) {
                    cell.type = Workbook::Cell::Type::Text;
                    cell.text = XmlScanner::toString(value);
                }
            } else if (XmlScanner::is(type, "inlineStr")
                       || cell.type == Workbook::Cell::Type::Text) {
                cell.type = Workbook::Cell::Type::Text;
            } else if (hasValue && !value.trimmed().isEmpty()) {
                double number = 0;
                if (!parseNumber(value, &number)) {
                    cell.type = Workbook::Cell::Type::Text;
                    cell.text = XmlScanner::toString(value);
                } else if (style.date && XlsxReader::dateFromSerial(number, m_1904).isValid()) {
                    cell.type = Workbook::Cell::Type::Date;
                    cell.date = XlsxReader::dateFromSerial(number, m_1904);
                } else {
                    cell.type = Workbook::Cell::Type::Number;
                    cell.number = number;
                }
            }
            if (cell.type == Workbook::Cell::Type::Empty)
                continue;
            if (++m_cells > XlsxReader::MaxCells) {
                return Failure{tr("%1 is too large to read: it has more than %L2 cells.")
                                   .arg(m_fileName)
                                   .arg(XlsxReader::MaxCells)};
            }
            while (sheet->rows.size() <= cellRow)
                sheet->rows.append(QList<Workbook::Cell>());
            QList<Workbook::Cell> &cells = sheet->rows[cellRow];
            if (cells.size() <= column) {
                // A row's first cell makes room for as many as the widest row so far holds:
                // a heading of one cell before it would otherwise make it grow cell by cell.
                // Rows that get no cell (a gap) get no room.
                if (cells.capacity() == 0)
                    cells.reserve(std::max(widest, column + 1));
                cells.resize(column + 1);
                widest = std::max(widest, column + 1);
            }
            cells[column] = std::move(cell);
        } else if (XmlScanner::is(name, "mergeCell")) {
            const QList<QByteArray> corners = xml.attribute("ref").split(':');
            int r1 = 0, c1 = 0, r2 = 0, c2 = 0;
            if (corners.size() == 2 && parseReference(corners.at(0), &r1, &c1)
                && parseReference(corners.at(1), &r2, &c2) && r1 >= 0 && c1 >= 0 && r2 >= r1
                && c2 >= c1) {
                sheet->merged.append({r1, c1, r2, c2});
            }
        }
    }
    if (xml.hasError())
        return damaged(part);
    return {};
}

Result<Workbook> Reader::read()
{
    QString workbookPart = u"xl/workbook.xml"_s;
    QHash<QString, QString> rootTypes;
    const auto root = relationships(QString(), &rootTypes);
    if (!root)
        return Failure{root.error()};
    if (const QString office = rootTypes.value(u"officeDocument"_s); !office.isEmpty())
        workbookPart = office;
    if (!m_zip.contains(workbookPart)) {
        return Failure{
            tr("%1 is not an Excel workbook (.xlsx): it has no workbook part.").arg(m_fileName)};
    }
    QHash<QString, QString> types;
    const auto targets = relationships(workbookPart, &types);
    if (!targets)
        return Failure{targets.error()};
    const int slash = int(workbookPart.lastIndexOf(u'/'));
    const QString folder = slash < 0 ? QString() : workbookPart.left(slash);

    QString stylesPart = types.value(u"styles"_s);
    if (stylesPart.isEmpty() && m_zip.contains(folder + u"/styles.xml"_s))
        stylesPart = folder + u"/styles.xml"_s;
    if (!stylesPart.isEmpty() && m_zip.contains(stylesPart)) {
        if (auto done = readStyles(stylesPart); !done)
            return Failure{done.error()};
    }
    QString stringsPart = types.value(u"sharedStrings"_s);
    if (stringsPart.isEmpty() && m_zip.contains(folder + u"/sharedStrings.xml"_s))
        stringsPart = folder + u"/sharedStrings.xml"_s;
    if (!stringsPart.isEmpty() && m_zip.contains(stringsPart)) {
        if (auto done = readSharedStrings(stringsPart); !done)
            return Failure{done.error()};
    }

    const auto workbookData = m_zip.read(workbookPart);
    if (!workbookData)
        return Failure{workbookData.error()};
    QList<SheetEntry> entries;
    QXmlStreamReader xml(*workbookData);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"workbookPr") {
            const QString value = attribute(xml, u"date1904");
            m_1904 = value == "1"_L1 || value == "true"_L1;
        } else if (xml.name() == u"sheet") {
            SheetEntry entry;
            entry.name = attribute(xml, u"name");
            entry.relationship = attribute(xml, u"id");
            const QString state = attribute(xml, u"state");
            entry.hidden = state == "hidden"_L1 || state == "veryHidden"_L1;
            entries.append(entry);
        }
    }
    if (xml.hasError())
        return damaged(workbookPart);
    Workbook workbook;
    workbook.format = u"xlsx"_s;
    for (const SheetEntry &entry : std::as_const(entries)) {
        const QString part = targets->value(entry.relationship);
        if (part.isEmpty() || !m_zip.contains(part))
            continue; // a chart sheet or a sheet the file lost: nothing to read
        Workbook::Sheet sheet;
        sheet.name = entry.name;
        sheet.hidden = entry.hidden;
        if (auto done = readSheet(part, &sheet); !done)
            return Failure{done.error()};
        workbook.sheets.append(std::move(sheet));
    }
    if (workbook.sheets.isEmpty())
        return Failure{tr("%1 has no sheet to read.").arg(m_fileName)};
    return workbook;
}

} // namespace

bool XlsxReader::isDateFormat(int numberFormatId, const QString &formatCode)
{
    // Excel's built-in formats that show a day (times of day alone are numbers here).
    if ((numberFormatId >= 14 && numberFormatId <= 17) || numberFormatId == 22
        || (numberFormatId >= 27 && numberFormatId <= 36)
        || (numberFormatId >= 50 && numberFormatId <= 58))
        return true;
    if (formatCode.isEmpty())
        return false;
    // A custom format: look for d or y outside quoted text, escapes and [brackets].
    bool quoted = false;
    int bracket = 0;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar ch = formatCode.at(i);
        if (ch == u'"') {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (ch == u'\\' || ch == u'_' || ch == u'*') {
            ++i;
        } else if (ch == u'[') {
            ++bracket;
        } else if (ch == u']') {
            bracket = std::max(0, bracket - 1);
        } else if (bracket == 0 && (ch == u'd' || ch == u'D' || ch == u'y' || ch == u'Y')) {
            return true;
        } else if (ch == u';') {
            return false; // the first section decides
        }
    }
    return false;
}

QDate XlsxReader::dateFromSerial(double serial, bool system1904)
{
    if (!std::isfinite(serial) || serial < 1 || serial >= 2958466)
        return {};
    const auto days = qint64(std::floor(serial));
    if (system1904)
        return QDate(1904, 1, 1).addDays(days);
    // Excel counts a 29 February 1900 that never was: serial 60. Days before it are one off.
    if (days < 60)
        return QDate(1899, 12, 31).addDays(days);
    if (days == 60)
        return QDate(1900, 2, 28);
    return QDate(1899, 12, 30).addDays(days);
}

Result<Workbook> XlsxReader::read(QIODevice *device, const QString &fileName)
{
    ZipParts zip(device, fileName);
    if (auto opened = zip.open(); !opened)
        return Failure{opened.error()};
    return read(zip, fileName);
}

Result<Workbook> XlsxReader::read(ZipParts &zip, const QString &fileName)
{
    return Reader(zip, fileName).read();
}
