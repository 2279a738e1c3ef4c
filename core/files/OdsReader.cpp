#include "OdsReader.h"

#include "XlsxReader.h"
#include "ZipParts.h"

#include <QHash>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

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

// A count attribute (repeated, spanned) within bounds: 1 when absent or wrong.
int countAttribute(const QXmlStreamReader &xml, QStringView name, int limit)
{
    bool ok = false;
    const int value = attribute(xml, name).toInt(&ok);
    return ok && value >= 1 ? std::min(value, limit) : 1;
}

constexpr int MaxRows = 1048576;
constexpr int MaxColumns = 16384;

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(OdsReader)

public:
    Reader(ZipParts &zip, const QString &fileName)
        : m_zip(zip)
        , m_fileName(fileName)
    {
    }

    Result<Workbook> read();

private:
    struct Style
    {
        QString font; ///< the font face's name, as styles refer to it
        QString parent;
        bool hiddenTable = false;
    };

    Failure damaged(const QString &part) const
    {
        return Failure{
            tr("%1 is damaged: the part “%2” is not readable XML.").arg(m_fileName, part)};
    }
    // Reads font faces and styles of either part; stops at the body of content.xml.
    void readStyles(QXmlStreamReader &xml);
    /// The font a style sets, through its parents; with `orDefault`, the default cell
    /// style's font when none does.
    QString fontOf(const QString &style, bool orDefault = true) const;
    Result<void> readTable(QXmlStreamReader &xml, Workbook::Sheet *sheet);
    // Reads a <table:table-cell>'s text: paragraphs, spaces, tabs and spans.
    void readCellText(QXmlStreamReader &xml, Workbook::Cell *cell);

    ZipParts &m_zip;
    QString m_fileName;
    QHash<QString, QString> m_fontFamilies; ///< font face name → family
    QHash<QString, Style> m_styles;
    qint64 m_cells = 0;
};

void Reader::readStyles(QXmlStreamReader &xml)
{
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"style") {
            current.clear();
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"body")
            return;
        if (name == u"font-face") {
            QString family = attribute(xml, u"font-family");
            if (family.size() >= 2 && (family.front() == u'\'' || family.front() == u'"'))
                family = family.mid(1, family.size() - 2);
            m_fontFamilies.insert(attribute(xml, u"name"), family);
        } else if (name == u"style") {
            current = attribute(xml, u"name");
            Style &style = m_styles[current];
            style.parent = attribute(xml, u"parent-style-name");
        } else if (name == u"text-properties" && !current.isEmpty()) {
            const QString font = attribute(xml, u"font-name");
            if (!font.isEmpty())
                m_styles[current].font = font;
        } else if (name == u"table-properties" && !current.isEmpty()) {
            m_styles[current].hiddenTable = attribute(xml, u"display") == "false"_L1;
        }
    }
}

QString Reader::fontOf(const QString &styleName, bool orDefault) const
{
    QString name = styleName;
    for (int depth = 0; depth < 16 && !name.isEmpty(); ++depth) {
        const auto it = m_styles.constFind(name);
        if (it == m_styles.constEnd())
            break;
        if (!it->font.isEmpty())
            return m_fontFamilies.value(it->font, it->font);
        name = it->parent;
    }
    if (!orDefault)
        return {};
    // Cells without a style of their own take the default cell style's font.
    const auto fallback = m_styles.constFind(u"Default"_s);
    if (fallback != m_styles.constEnd() && !fallback->font.isEmpty())
        return m_fontFamilies.value(fallback->font, fallback->font);
    return {};
}

void Reader::readCellText(QXmlStreamReader &xml, Workbook::Cell *cell)
{
    int paragraphs = 0;
    int depth = 0;
    QStringList spanFonts; // the fonts of the spans we are in
    auto append = [&](const QString &text) {
        cell->text.append(text);
        const QString font = spanFonts.isEmpty() ? QString() : spanFonts.last();
        if (!cell->runs.isEmpty() && cell->runs.last().font == font)
            cell->runs.last().text.append(text);
        else
            cell->runs.append({text, font});
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            const QStringView name = xml.name();
            if (name == u"p" || name == u"h") {
                if (paragraphs++ > 0)
                    append(u"\n"_s);
            } else if (name == u"s") {
                append(QString(countAttribute(xml, u"c", 1000), u' '));
            } else if (name == u"tab") {
                append(u"\t"_s);
            } else if (name == u"line-break") {
                append(u"\n"_s);
            } else if (name == u"span") {
                // A span without a font of its own keeps the one around it.
                const QString font = fontOf(attribute(xml, u"style-name"), false);
                spanFonts.append(font.isEmpty() && !spanFonts.isEmpty() ? spanFonts.last() : font);
            } else if (name == u"annotation") {
                xml.skipCurrentElement(); // a comment, not the value
                --depth;
            }
        } else if (xml.isEndElement()) {
            if (depth == 0)
                return; // the cell's end
            --depth;
            if (xml.name() == u"span" && !spanFonts.isEmpty())
                spanFonts.removeLast();
        } else if (xml.isCharacters() && depth > 0) {
            append(xml.text().toString());
        }
    }
}

Result<void> Reader::readTable(QXmlStreamReader &xml, Workbook::Sheet *sheet)
{
    QStringList columnStyles; // the default cell style of each column, as far as they are given
    int row = 0;
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            if (depth == 0)
                return {}; // </table:table>
            --depth;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"table-column") {
            const int repeat = countAttribute(xml, u"number-columns-repeated", MaxColumns);
            const QString style = attribute(xml, u"default-cell-style-name");
            for (int i = 0; i < repeat && columnStyles.size() < MaxColumns; ++i)
                columnStyles.append(style);
            xml.skipCurrentElement();
            continue;
        }
        if (name != u"table-row") {
            // Groups of rows or columns, header rows: their rows are read as any other.
            if (name == u"table-header-rows" || name == u"table-rows" || name == u"table-row-group"
                || name == u"table-column-group" || name == u"table-header-columns"
                || name == u"table-columns") {
                ++depth;
            } else {
                xml.skipCurrentElement();
            }
            continue;
        }
        const int rowRepeat = countAttribute(xml, u"number-rows-repeated", MaxRows);
        const QString rowStyle = attribute(xml, u"default-cell-style-name");
        QList<Workbook::Cell> cells;
        int column = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == u"table-row")
                break;
            if (!xml.isStartElement())
                continue;
            const bool covered = xml.name() == u"covered-table-cell";
            if (xml.name() != u"table-cell" && !covered) {
                xml.skipCurrentElement();
                continue;
            }
            const int repeat = countAttribute(xml, u"number-columns-repeated", MaxColumns);
            const int spanColumns = countAttribute(xml, u"number-columns-spanned", MaxColumns);
            const int spanRows = countAttribute(xml, u"number-rows-spanned", MaxRows);
            if (!covered && (spanColumns > 1 || spanRows > 1)) {
                sheet->merged.append({row, column, std::min(row + spanRows, MaxRows) - 1,
                                      std::min(column + spanColumns, MaxColumns) - 1});
            }
            Workbook::Cell cell;
            QString style = attribute(xml, u"style-name");
            if (style.isEmpty())
                style = column < columnStyles.size() ? columnStyles.at(column) : rowStyle;
            cell.font = fontOf(style);
            cell.formula = !attribute(xml, u"formula").isEmpty();
            const QString type = attribute(xml, u"value-type");
            const QString value = attribute(xml, u"value");
            const QString dateValue = attribute(xml, u"date-value");
            const QString booleanValue = attribute(xml, u"boolean-value");
            const QString stringValue = attribute(xml, u"string-value");
            readCellText(xml, &cell);
            if (type == "float"_L1 || type == "percentage"_L1 || type == "currency"_L1) {
                bool ok = false;
                cell.number = value.toDouble(&ok);
                cell.type = ok ? Workbook::Cell::Type::Number : Workbook::Cell::Type::Text;
            } else if (type == "date"_L1) {
                cell.date = QDate::fromString(dateValue.left(10), Qt::ISODate);
                cell.type =
                    cell.date.isValid() ? Workbook::Cell::Type::Date : Workbook::Cell::Type::Text;
            } else if (type == "boolean"_L1) {
                cell.type = Workbook::Cell::Type::Boolean;
                cell.text = booleanValue == "true"_L1 ? u"TRUE"_s : u"FALSE"_s;
            } else if (!type.isEmpty()) {
                cell.type = Workbook::Cell::Type::Text;
                if (!stringValue.isEmpty())
                    cell.text = stringValue;
            }
            if (cell.type != Workbook::Cell::Type::Text)
                cell.runs.clear();
            bool fonts = false;
            for (const Workbook::TextRun &run : std::as_const(cell.runs))
                fonts = fonts || (!run.font.isEmpty() && run.font != cell.font);
            if (!fonts)
                cell.runs.clear();
            if (cell.type == Workbook::Cell::Type::Empty || covered) {
                column = std::min(column + repeat, MaxColumns);
                continue;
            }
            for (int i = 0; i < repeat && column < MaxColumns; ++i, ++column) {
                if (++m_cells > XlsxReader::MaxCells) {
                    return Failure{tr("%1 is too large to read: it has more than %L2 cells.")
                                       .arg(m_fileName)
                                       .arg(XlsxReader::MaxCells)};
                }
                if (cells.size() <= column)
                    cells.resize(column + 1);
                cells[column] = cell;
            }
        }
        if (cells.isEmpty()) {
            row = std::min(row + rowRepeat, MaxRows);
            continue;
        }
        for (int i = 0; i < rowRepeat && row < MaxRows; ++i, ++row) {
            m_cells += cells.size();
            if (i > 0 && m_cells > XlsxReader::MaxCells) {
                return Failure{tr("%1 is too large to read: it has more than %L2 cells.")
                                   .arg(m_fileName)
                                   .arg(XlsxReader::MaxCells)};
            }
            while (sheet->rows.size() < row)
                sheet->rows.append(QList<Workbook::Cell>());
            sheet->rows.append(cells);
        }
    }
    return {};
}

Result<Workbook> Reader::read()
{
    if (m_zip.contains(u"mimetype"_s)) {
        const auto mimetype = m_zip.read(u"mimetype"_s);
        if (mimetype
            && !mimetype->trimmed().startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
            return Failure{tr("%1 is an OpenDocument file but not a spreadsheet.").arg(m_fileName)};
        }
    }
    // An encrypted document keeps its parts in the container, but unreadable.
    if (m_zip.contains(u"META-INF/manifest.xml"_s)) {
        const auto manifest = m_zip.read(u"META-INF/manifest.xml"_s);
        if (manifest && manifest->contains("encryption-data")) {
            return Failure{tr("%1 is protected by a password. Open it in the spreadsheet, remove "
                              "the password and save it again.")
                               .arg(m_fileName)};
        }
    }
    if (!m_zip.contains(u"content.xml"_s)) {
        return Failure{
            tr("%1 is not an OpenDocument spreadsheet (.ods): it has no content.").arg(m_fileName)};
    }
    if (m_zip.contains(u"styles.xml"_s)) {
        const auto styles = m_zip.read(u"styles.xml"_s);
        if (!styles)
            return Failure{styles.error()};
        QXmlStreamReader xml(*styles);
        readStyles(xml);
        if (xml.hasError())
            return damaged(u"styles.xml"_s);
    }
    const auto content = m_zip.read(u"content.xml"_s);
    if (!content)
        return Failure{content.error()};
    QXmlStreamReader xml(*content);
    readStyles(xml);
    Workbook workbook;
    workbook.format = u"ods"_s;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"table") {
            Workbook::Sheet sheet;
            sheet.name = attribute(xml, u"name");
            sheet.hidden = m_styles.value(attribute(xml, u"style-name")).hiddenTable;
            if (auto done = readTable(xml, &sheet); !done)
                return Failure{done.error()};
            workbook.sheets.append(std::move(sheet));
        }
    }
    if (xml.hasError())
        return damaged(u"content.xml"_s);
    if (workbook.sheets.isEmpty())
        return Failure{tr("%1 has no sheet to read.").arg(m_fileName)};
    return workbook;
}

} // namespace

Result<Workbook> OdsReader::read(QIODevice *device, const QString &fileName)
{
    ZipParts zip(device, fileName);
    if (auto opened = zip.open(); !opened)
        return Failure{opened.error()};
    return read(zip, fileName);
}

Result<Workbook> OdsReader::read(ZipParts &zip, const QString &fileName)
{
    return Reader(zip, fileName).read();
}
