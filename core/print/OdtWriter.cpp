#include "OdtWriter.h"

#include "OutputFile.h"
#include "PrintedCells.h"
#include "ZipWriter.h"

#include <QDateTime>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

// The sizes of the PDF (ReportPrinter), in points.
constexpr double headingPoints = 13;
constexpr double tablePoints = 11;
constexpr double cellPaddingPoints = 2.5;
constexpr double a4ShortMm = 210;
constexpr double a4LongMm = 297;
/// The width of "ĐẢNG CỘNG SẢN VIỆT NAM" in 14 pt bold Times, which the rule under it spans.
constexpr double partyNameMm = 70;
/// The share of the heading's width that the left block (the bodies, the number) takes.
constexpr double headingLeftShare = 0.45;

const QString officeNs = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_s;
const QString styleNs = u"urn:oasis:names:tc:opendocument:xmlns:style:1.0"_s;
const QString textNs = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"_s;
const QString tableNs = u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"_s;
const QString foNs = u"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"_s;
const QString svgNs = u"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"_s;
const QString metaNs = u"urn:oasis:names:tc:opendocument:xmlns:meta:1.0"_s;
const QString dcNs = u"http://purl.org/dc/elements/1.1/"_s;
const QString manifestNs = u"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"_s;
const QString odfVersion = u"1.2"_s;

QString mm(double value)
{
    return QString::number(value, 'f', 2) + u"mm"_s;
}

QString pt(double value)
{
    return QString::number(value, 'f', 1) + u"pt"_s;
}

/// The prefixes ODF readers expect, declared on the next element written (the root).
void declareNamespaces(QXmlStreamWriter &xml, const QList<std::pair<QString, QString>> &spaces)
{
    for (const auto &[prefix, uri] : spaces)
        xml.writeNamespace(uri, prefix);
}

/// Starts the XML of styles.xml or content.xml: the namespaces both use, the root element
/// (left open) and the font they name.
void beginDocument(QXmlStreamWriter &xml, const QString &root)
{
    xml.writeStartDocument();
    declareNamespaces(xml,
                      {{u"office"_s, officeNs},
                       {u"style"_s, styleNs},
                       {u"text"_s, textNs},
                       {u"table"_s, tableNs},
                       {u"fo"_s, foNs},
                       {u"svg"_s, svgNs}});
    xml.writeStartElement(officeNs, root);
    xml.writeAttribute(officeNs, u"version"_s, odfVersion);

    xml.writeStartElement(officeNs, u"font-face-decls"_s);
    xml.writeEmptyElement(styleNs, u"font-face"_s);
    xml.writeAttribute(styleNs, u"name"_s, u"Times New Roman"_s);
    xml.writeAttribute(svgNs, u"font-family"_s, u"'Times New Roman'"_s);
    xml.writeAttribute(styleNs, u"font-family-generic"_s, u"roman"_s);
    xml.writeAttribute(styleNs, u"font-pitch"_s, u"variable"_s);
    xml.writeEndElement();
}

/// Text as ODF keeps it: runs of spaces as <text:s/>, line breaks as <text:line-break/>,
/// tabs as <text:tab/>, and no control characters (which XML cannot hold).
void writeText(QXmlStreamWriter &xml, const QString &text)
{
    QString run;
    const auto flush = [&] {
        if (!run.isEmpty())
            xml.writeCharacters(run);
        run.clear();
    };
    bool atStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch == u' ') {
            qsizetype count = 1;
            while (i + count < text.size() && text.at(i + count) == u' ')
                ++count;
            // One space is kept as it is, unless it leads the paragraph or a line; the rest
            // are counted, which a reader would otherwise collapse.
            if (!atStart) {
                run += u' ';
                --count;
            }
            if (count > 0) {
                flush();
                xml.writeEmptyElement(textNs, u"s"_s);
                if (count > 1)
                    xml.writeAttribute(textNs, u"c"_s, QString::number(count));
            }
            i += (atStart ? count : count + 1) - 1;
            atStart = false;
            continue;
        }
        if (ch == u'\r' || ch == u'\n') {
            if (ch == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            flush();
            xml.writeEmptyElement(textNs, u"line-break"_s);
            atStart = true;
            continue;
        }
        if (ch == u'\t') {
            flush();
            xml.writeEmptyElement(textNs, u"tab"_s);
            atStart = false;
            continue;
        }
        if (ch.unicode() < 0x20 || ch.unicode() == 0xFFFE || ch.unicode() == 0xFFFF)
            continue;
        if (ch.isSurrogate()) {
            if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                run += ch;
                run += text.at(++i);
                atStart = false;
            }
            continue;
        }
        run += ch;
        atStart = false;
    }
    flush();
}

void paragraph(QXmlStreamWriter &xml, const QString &style, const QString &text)
{
    xml.writeStartElement(textNs, u"p"_s);
    xml.writeAttribute(textNs, u"style-name"_s, style);
    writeText(xml, text);
    xml.writeEndElement();
}

/// A paragraph style: `paragraph` and `text` are the attributes of its two property sets.
void paragraphStyle(QXmlStreamWriter &xml, const QString &name,
                    const QList<std::pair<QString, QString>> &paragraph,
                    const QList<std::pair<QString, QString>> &text)
{
    xml.writeStartElement(styleNs, u"style"_s);
    xml.writeAttribute(styleNs, u"name"_s, name);
    xml.writeAttribute(styleNs, u"family"_s, u"paragraph"_s);
    xml.writeAttribute(styleNs, u"parent-style-name"_s, u"Standard"_s);
    if (!paragraph.isEmpty()) {
        xml.writeEmptyElement(styleNs, u"paragraph-properties"_s);
        for (const auto &[attribute, value] : paragraph)
            xml.writeAttribute(attribute, value);
    }
    if (!text.isEmpty()) {
        xml.writeEmptyElement(styleNs, u"text-properties"_s);
        for (const auto &[attribute, value] : text)
            xml.writeAttribute(attribute, value);
    }
    xml.writeEndElement();
}

/// A style of a table, a column, a row or a cell, with one set of properties.
void tableStyle(QXmlStreamWriter &xml, const QString &name, const QString &family,
                const QList<std::pair<QString, QString>> &properties,
                const QString &masterPage = QString())
{
    xml.writeStartElement(styleNs, u"style"_s);
    xml.writeAttribute(styleNs, u"name"_s, name);
    xml.writeAttribute(styleNs, u"family"_s, family);
    if (!masterPage.isEmpty())
        xml.writeAttribute(styleNs, u"master-page-name"_s, masterPage);
    xml.writeEmptyElement(styleNs, family + u"-properties"_s);
    for (const auto &[attribute, value] : properties)
        xml.writeAttribute(attribute, value);
    xml.writeEndElement();
}

QString cellParagraphStyle(Qt::Alignment alignment, bool bold)
{
    const QString side = alignment & Qt::AlignRight ? u"Right"_s
        : alignment & Qt::AlignHCenter              ? u"Centre"_s
                                                    : u"Left"_s;
    return (bold ? u"DV_CellBold"_s : u"DV_Cell"_s) + side;
}

/// The page style of the first page: no page number in its header.
const QString firstPage = u"First_20_Page"_s;

/// The advance of a letter of Times New Roman (and Liberation Serif, which has its metrics),
/// in thousandths of the font size: the letter's base, without its accents.
int advance(QChar letter, bool bold)
{
    static const char *const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    static const int regular[] = {722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889,
                                  722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611,
                                  444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778,
                                  500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444};
    static const int heavy[] = {722, 667, 722, 722, 667, 611, 778, 778, 389, 500,  778, 667, 944,
                                722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667,
                                500, 556, 444, 556, 444, 333, 500, 556, 278, 333,  556, 278, 833,
                                556, 500, 556, 556, 444, 389, 333, 556, 500, 722,  500, 500, 444};
    QChar base = letter;
    int horn = 0;
    if (letter.unicode() >= 128) {
        const QString parts = QString(letter).normalized(QString::NormalizationForm_D);
        base = parts.isEmpty() ? letter : parts.at(0);
        // The horn of ơ and ư juts out to the right of the letter.
        horn = parts.contains(QChar(0x031B)) ? 60 : 0;
    }
    if (base == u'Đ')
        base = u'D';
    else if (base == u'đ')
        base = u'd';
    if (base.isDigit())
        return 500;
    if (base.unicode() < 128) {
        if (const char *at = std::strchr(letters, base.toLatin1()); at && base.unicode() != 0)
            return (bold ? heavy : regular)[at - letters] + horn;
        switch (base.unicode()) {
        case ' ':
        case '.':
        case ',':
            return 250;
        case '/':
        case ':':
        case ';':
            return 278;
        case '-':
        case '(':
        case ')':
            return 333;
        default:
            break;
        }
    }
    return bold ? 556 : 500;
}

/// The width of `text` set in Times New Roman, in points.
double textPoints(QStringView text, double points, bool bold)
{
    int total = 0;
    for (const QChar letter : text)
        total += advance(letter, bold);
    return total * points / 1000.0;
}

constexpr double mmPerPoint = 25.4 / 72;

} // namespace

/// The widths of a table's printed columns, in millimetres, as the PDF lays them out
/// (PrintedCells::columnWidths), with the letters measured by Times New Roman's widths.
QList<double> OdtWriter::columnWidthsMm(const ReportPart &part, const QList<int> &columns) const
{
    // A little more than the font's own measure, for the reader's rounding and kerning.
    const auto measure = [](const QString &text, bool bold) {
        return textPoints(text, tablePoints, bold) * 1.05;
    };
    QList<double> widths = PrintedCells::columnWidths(
        part, columns, measure, bodyWidthMm() / mmPerPoint, 2 * cellPaddingPoints + 1);
    for (double &width : widths)
        width *= mmPerPoint;
    return widths;
}

OdtWriter::OdtWriter(const ReportDocument &report, const DocumentStyle &style)
    : m_report(report)
    , m_style(style)
    , m_orientation(report.orientation)
{
    if (!m_style.date.isValid())
        m_style.date = report.date.isValid() ? report.date : QDate::currentDate();
}

double OdtWriter::pageWidthMm() const
{
    return m_orientation == ReportDocument::Orientation::Landscape ? a4LongMm : a4ShortMm;
}

double OdtWriter::pageHeightMm() const
{
    return m_orientation == ReportDocument::Orientation::Landscape ? a4ShortMm : a4LongMm;
}

double OdtWriter::bodyWidthMm() const
{
    return std::max(20.0, pageWidthMm() - m_style.marginsMm.left() - m_style.marginsMm.right());
}

QByteArray OdtWriter::styles() const
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    beginDocument(xml, u"document-styles"_s);

    xml.writeStartElement(officeNs, u"styles"_s);
    // Times New Roman everywhere, in Vietnamese: the spelling checker and hyphenation of the
    // reader follow the language.
    xml.writeStartElement(styleNs, u"default-style"_s);
    xml.writeAttribute(styleNs, u"family"_s, u"paragraph"_s);
    xml.writeEmptyElement(styleNs, u"paragraph-properties"_s);
    xml.writeAttribute(foNs, u"orphans"_s, u"2"_s);
    xml.writeAttribute(foNs, u"widows"_s, u"2"_s);
    xml.writeEmptyElement(styleNs, u"text-properties"_s);
    xml.writeAttribute(styleNs, u"font-name"_s, u"Times New Roman"_s);
    xml.writeAttribute(foNs, u"font-size"_s, pt(headingPoints));
    xml.writeAttribute(foNs, u"language"_s, u"vi"_s);
    xml.writeAttribute(foNs, u"country"_s, u"VN"_s);
    xml.writeAttribute(styleNs, u"font-name-complex"_s, u"Times New Roman"_s);
    xml.writeAttribute(styleNs, u"font-name-asian"_s, u"Times New Roman"_s);
    xml.writeEndElement();
    xml.writeStartElement(styleNs, u"style"_s);
    xml.writeAttribute(styleNs, u"name"_s, u"Standard"_s);
    xml.writeAttribute(styleNs, u"family"_s, u"paragraph"_s);
    xml.writeAttribute(styleNs, u"class"_s, u"text"_s);
    xml.writeEndElement();

    const QString size = u"fo:font-size"_s;
    const QString weight = u"fo:font-weight"_s;
    const QString style = u"fo:font-style"_s;
    const QString align = u"fo:text-align"_s;
    const QString bold = u"bold"_s;
    const QString italic = u"italic"_s;
    const QString centre = u"center"_s;
    const QString noSpace = u"0mm"_s;
    // The heading: the bodies and the number line centred on the left, the Party's name in
    // bold with a rule under it as wide as the name, the place and date in italics.
    paragraphStyle(xml, u"DV_Body"_s, {{align, centre}}, {});
    paragraphStyle(xml, u"DV_BodyBold"_s, {{align, centre}}, {{weight, bold}});
    const double rightCell = bodyWidthMm() * (1 - headingLeftShare);
    const double ruleIndent = std::max(0.0, (rightCell - partyNameMm) / 2);
    paragraphStyle(xml, u"DV_Party"_s,
                   {{align, centre},
                    {u"fo:margin-left"_s, mm(ruleIndent)},
                    {u"fo:margin-right"_s, mm(ruleIndent)},
                    {u"fo:border-bottom"_s, u"0.75pt solid #000000"_s},
                    {u"fo:padding-bottom"_s, u"1pt"_s},
                    {u"fo:margin-bottom"_s, u"6pt"_s}},
                   {{size, pt(headingPoints + 1)}, {weight, bold}});
    paragraphStyle(xml, u"DV_Date"_s, {{align, centre}}, {{style, italic}});
    // The title in capitals, bold; the subtitle in italics.
    paragraphStyle(xml, u"DV_Title"_s,
                   {{align, centre},
                    {u"fo:margin-top"_s, pt(headingPoints)},
                    {u"fo:keep-with-next"_s, u"always"_s}},
                   {{size, pt(headingPoints + 1)}, {weight, bold}});
    paragraphStyle(xml, u"DV_Subtitle"_s,
                   {{align, centre},
                    {u"fo:margin-bottom"_s, pt(headingPoints * 0.8)},
                    {u"fo:keep-with-next"_s, u"always"_s}},
                   {{style, italic}});
    paragraphStyle(xml, u"DV_PartTitle"_s,
                   {{u"fo:margin-bottom"_s, u"3pt"_s}, {u"fo:keep-with-next"_s, u"always"_s}},
                   {{weight, bold}});
    // The tables' cells, in the smaller size of the PDF's tables.
    for (const QString &side : {u"Left"_s, u"Centre"_s, u"Right"_s}) {
        const QString value = side == "Left"_L1 ? u"start"_s
            : side == "Centre"_L1               ? centre
                                                : u"end"_s;
        paragraphStyle(xml, u"DV_Cell"_s + side, {{align, value}, {u"fo:margin"_s, noSpace}},
                       {{size, pt(tablePoints)}});
        paragraphStyle(xml, u"DV_CellBold"_s + side, {{align, value}, {u"fo:margin"_s, noSpace}},
                       {{size, pt(tablePoints)}, {weight, bold}});
    }
    paragraphStyle(xml, u"DV_HeaderCell"_s, {{align, centre}, {u"fo:margin"_s, noSpace}},
                   {{size, pt(tablePoints)}, {weight, bold}});
    // "Nơi nhận:" and the recipients on the left, smaller; the signature block on the right.
    paragraphStyle(xml, u"DV_RecipientsHeading"_s, {},
                   {{size, u"12pt"_s}, {weight, bold}, {style, italic}});
    paragraphStyle(xml, u"DV_Recipient"_s, {}, {{size, pt(tablePoints)}});
    paragraphStyle(xml, u"DV_Signature"_s, {{align, centre}}, {});
    paragraphStyle(xml, u"DV_SignatureBold"_s, {{align, centre}}, {{weight, bold}});
    paragraphStyle(xml, u"Header"_s, {{align, centre}}, {});
    xml.writeEndElement(); // office:styles

    // A4 in the orientation asked for, with the office's margins; the page number in the
    // header from page 2 (the first page has a style of its own, without the header).
    xml.writeStartElement(officeNs, u"automatic-styles"_s);
    xml.writeStartElement(styleNs, u"page-layout"_s);
    xml.writeAttribute(styleNs, u"name"_s, u"DV_Page"_s);
    xml.writeEmptyElement(styleNs, u"page-layout-properties"_s);
    xml.writeAttribute(foNs, u"page-width"_s, mm(pageWidthMm()));
    xml.writeAttribute(foNs, u"page-height"_s, mm(pageHeightMm()));
    xml.writeAttribute(styleNs, u"print-orientation"_s,
                       m_orientation == ReportDocument::Orientation::Landscape ? u"landscape"_s
                                                                               : u"portrait"_s);
    xml.writeAttribute(styleNs, u"num-format"_s, u"1"_s);
    xml.writeAttribute(foNs, u"margin-top"_s, mm(m_style.marginsMm.top()));
    xml.writeAttribute(foNs, u"margin-bottom"_s, mm(m_style.marginsMm.bottom()));
    xml.writeAttribute(foNs, u"margin-left"_s, mm(m_style.marginsMm.left()));
    xml.writeAttribute(foNs, u"margin-right"_s, mm(m_style.marginsMm.right()));
    xml.writeAttribute(styleNs, u"writing-mode"_s, u"lr-tb"_s);
    xml.writeStartElement(styleNs, u"header-style"_s);
    xml.writeEmptyElement(styleNs, u"header-footer-properties"_s);
    xml.writeAttribute(foNs, u"min-height"_s, u"0mm"_s);
    xml.writeAttribute(foNs, u"margin-bottom"_s, mm(3));
    xml.writeEndElement();
    xml.writeEndElement(); // style:page-layout
    xml.writeEndElement(); // office:automatic-styles

    xml.writeStartElement(officeNs, u"master-styles"_s);
    xml.writeStartElement(styleNs, u"master-page"_s);
    xml.writeAttribute(styleNs, u"name"_s, u"Standard"_s);
    xml.writeAttribute(styleNs, u"page-layout-name"_s, u"DV_Page"_s);
    xml.writeStartElement(styleNs, u"header"_s);
    xml.writeStartElement(textNs, u"p"_s);
    xml.writeAttribute(textNs, u"style-name"_s, u"Header"_s);
    xml.writeStartElement(textNs, u"page-number"_s);
    xml.writeAttribute(textNs, u"select-page"_s, u"current"_s);
    xml.writeCharacters(u"2"_s);
    xml.writeEndElement();
    xml.writeEndElement(); // text:p
    xml.writeEndElement(); // style:header
    xml.writeEndElement(); // style:master-page
    xml.writeStartElement(styleNs, u"master-page"_s);
    xml.writeAttribute(styleNs, u"name"_s, firstPage);
    xml.writeAttribute(styleNs, u"display-name"_s, u"First Page"_s);
    xml.writeAttribute(styleNs, u"page-layout-name"_s, u"DV_Page"_s);
    xml.writeAttribute(styleNs, u"next-style-name"_s, u"Standard"_s);
    xml.writeEndElement();
    xml.writeEndElement(); // office:master-styles

    xml.writeEndElement(); // office:document-styles
    xml.writeEndDocument();
    return bytes;
}

QByteArray OdtWriter::content() const
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    beginDocument(xml, u"document-content"_s);

    const double body = bodyWidthMm();
    const QString width = u"style:width"_s;
    const QString align = u"table:align"_s;
    const QString margins = u"margins"_s;
    const QString border = u"0.5pt solid #000000"_s;
    const QString padding = pt(cellPaddingPoints);
    const QString top = u"top"_s;
    xml.writeStartElement(officeNs, u"automatic-styles"_s);
    // The heading: two blocks side by side without borders; the first page's own style
    // (no page number) starts with it.
    tableStyle(xml, u"DV_Heading"_s, u"table"_s,
               {{width, mm(body)}, {align, margins}, {u"fo:margin-bottom"_s, pt(headingPoints)}},
               firstPage);
    tableStyle(xml, u"DV_Heading.A"_s, u"table-column"_s,
               {{u"style:column-width"_s, mm(body * headingLeftShare)}});
    tableStyle(xml, u"DV_Heading.B"_s, u"table-column"_s,
               {{u"style:column-width"_s, mm(body * (1 - headingLeftShare))}});
    tableStyle(xml, u"DV_Plain"_s, u"table-cell"_s,
               {{u"fo:padding"_s, u"0mm"_s},
                {u"fo:border"_s, u"none"_s},
                {u"style:vertical-align"_s, top}});
    // The report's tables: black borders, the header row shaded; overdue rows shaded
    // lighter, a tint that survives black-and-white printing (as in the PDF). Each line is
    // drawn once, as LibreOffice writes its own tables: every cell its left and bottom
    // borders, the header its top, the last column ("End") its right.
    for (const QString &end : {QString(), u"End"_s}) {
        const QString right = end.isEmpty() ? u"none"_s : border;
        QList<std::pair<QString, QString>> lines{{u"fo:padding"_s, padding},
                                                 {u"fo:border-left"_s, border},
                                                 {u"fo:border-right"_s, right},
                                                 {u"fo:border-bottom"_s, border}};
        tableStyle(xml, u"DV_Cell"_s + end, u"table-cell"_s,
                   lines
                       + QList<std::pair<QString, QString>>{{u"fo:border-top"_s, u"none"_s},
                                                            {u"style:vertical-align"_s, top}});
        tableStyle(
            xml, u"DV_OverdueCell"_s + end, u"table-cell"_s,
            lines
                + QList<std::pair<QString, QString>>{{u"fo:border-top"_s, u"none"_s},
                                                     {u"fo:background-color"_s, u"#e6e6e6"_s},
                                                     {u"style:vertical-align"_s, top}});
        tableStyle(
            xml, u"DV_HeaderCell"_s + end, u"table-cell"_s,
            lines
                + QList<std::pair<QString, QString>>{{u"fo:border-top"_s, border},
                                                     {u"fo:background-color"_s, u"#eeeeee"_s},
                                                     {u"style:vertical-align"_s, u"middle"_s}});
    }
    // A row is not cut at the foot of a page, as in the PDF.
    tableStyle(xml, u"DV_Row"_s, u"table-row"_s, {{u"fo:keep-together"_s, u"always"_s}});
    QList<QList<int>> printed;
    for (int p = 0; p < m_report.parts.size(); ++p) {
        const ReportPart &part = m_report.parts.at(p);
        printed.append(PrintedCells::columns(part));
        const QString name = u"DV_Table%1"_s.arg(p + 1);
        tableStyle(
            xml, name, u"table"_s,
            {{width, mm(body)}, {align, margins}, {u"fo:margin-bottom"_s, pt(headingPoints)}});
        const QList<double> widths = columnWidthsMm(part, printed.last());
        for (int i = 0; i < widths.size(); ++i) {
            tableStyle(xml, u"%1.C%2"_s.arg(name).arg(i + 1), u"table-column"_s,
                       {{u"style:column-width"_s, mm(widths.at(i))},
                        {u"style:rel-column-width"_s, u"%1*"_s.arg(qRound(widths.at(i) * 100))}});
        }
    }
    // The signature block, kept whole on one page.
    tableStyle(xml, u"DV_Signature"_s, u"table"_s,
               {{width, mm(body)},
                {align, margins},
                {u"style:may-break-between-rows"_s, u"false"_s},
                {u"fo:margin-top"_s, u"6pt"_s}});
    tableStyle(xml, u"DV_Signature.A"_s, u"table-column"_s,
               {{u"style:column-width"_s, mm(body / 2)}});
    tableStyle(xml, u"DV_Keep"_s, u"table-row"_s, {{u"fo:keep-together"_s, u"always"_s}});
    xml.writeEndElement(); // office:automatic-styles

    xml.writeStartElement(officeNs, u"body"_s);
    xml.writeStartElement(officeNs, u"text"_s);

    const auto startCell = [&](const QString &style, int spanned = 1) {
        xml.writeStartElement(tableNs, u"table-cell"_s);
        xml.writeAttribute(tableNs, u"style-name"_s, style);
        if (spanned > 1)
            xml.writeAttribute(tableNs, u"number-columns-spanned"_s, QString::number(spanned));
        xml.writeAttribute(officeNs, u"value-type"_s, u"string"_s);
    };
    const auto columns = [&](const QString &style, int count) {
        xml.writeEmptyElement(tableNs, u"table-column"_s);
        xml.writeAttribute(tableNs, u"style-name"_s, style);
        if (count > 1)
            xml.writeAttribute(tableNs, u"number-columns-repeated"_s, QString::number(count));
    };

    // The heading blocks.
    xml.writeStartElement(tableNs, u"table"_s);
    xml.writeAttribute(tableNs, u"name"_s, u"DV_Heading"_s);
    xml.writeAttribute(tableNs, u"style-name"_s, u"DV_Heading"_s);
    columns(u"DV_Heading.A"_s, 1);
    columns(u"DV_Heading.B"_s, 1);
    xml.writeStartElement(tableNs, u"table-row"_s);
    startCell(u"DV_Plain"_s);
    for (const DocumentStyle::Line &line : m_style.bodyLines())
        paragraph(xml, line.bold ? u"DV_BodyBold"_s : u"DV_Body"_s, line.text);
    xml.writeEndElement();
    startCell(u"DV_Plain"_s);
    paragraph(xml, u"DV_Party"_s, DocumentStyle::partyName());
    paragraph(xml, u"DV_Date"_s, m_style.placeAndDate());
    xml.writeEndElement();
    xml.writeEndElement(); // table:table-row
    xml.writeEndElement(); // table:table

    paragraph(xml, u"DV_Title"_s, DocumentStyle::capitals(m_report.title));
    if (!m_report.subtitle.isEmpty())
        paragraph(xml, u"DV_Subtitle"_s, m_report.subtitle);

    for (int p = 0; p < m_report.parts.size(); ++p) {
        const ReportPart &part = m_report.parts.at(p);
        const QList<int> &shown = printed.at(p);
        if (shown.isEmpty())
            continue;
        if (!part.title.isEmpty())
            paragraph(xml, u"DV_PartTitle"_s, part.title);
        const QString name = u"DV_Table%1"_s.arg(p + 1);
        xml.writeStartElement(tableNs, u"table"_s);
        xml.writeAttribute(tableNs, u"name"_s, name);
        xml.writeAttribute(tableNs, u"style-name"_s, name);
        for (int i = 0; i < shown.size(); ++i)
            columns(u"%1.C%2"_s.arg(name).arg(i + 1), 1);
        // The header row, which LibreOffice and Word repeat at the top of every page.
        const auto cellStyle = [&](const QString &style, int index) {
            return index == shown.size() - 1 ? style + u"End"_s : style;
        };
        xml.writeStartElement(tableNs, u"table-header-rows"_s);
        xml.writeStartElement(tableNs, u"table-row"_s);
        xml.writeAttribute(tableNs, u"style-name"_s, u"DV_Row"_s);
        for (int i = 0; i < shown.size(); ++i) {
            const int column = shown.at(i);
            startCell(cellStyle(u"DV_HeaderCell"_s, i));
            paragraph(xml, u"DV_HeaderCell"_s, part.columns.at(column).header);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement(); // table:table-header-rows
        for (int r = 0; r < part.rowCount; ++r) {
            const ReportRow row = part.row(r);
            xml.writeStartElement(tableNs, u"table-row"_s);
            xml.writeAttribute(tableNs, u"style-name"_s, u"DV_Row"_s);
            if (row.kind == ReportRow::Kind::Group) {
                // A heading across the whole table, in bold.
                startCell(u"DV_CellEnd"_s, int(shown.size()));
                paragraph(xml, u"DV_CellBoldLeft"_s, row.group);
                xml.writeEndElement();
                for (int i = 1; i < shown.size(); ++i)
                    xml.writeEmptyElement(tableNs, u"covered-table-cell"_s);
                xml.writeEndElement();
                continue;
            }
            const bool bold = row.kind == ReportRow::Kind::Total;
            for (int i = 0; i < shown.size(); ++i) {
                const int column = shown.at(i);
                const ReportColumn::Type type = part.columns.at(column).type;
                startCell(cellStyle(row.emphasised ? u"DV_OverdueCell"_s : u"DV_Cell"_s, i));
                paragraph(xml, cellParagraphStyle(PrintedCells::alignment(type), bold),
                          PrintedCells::text(row.cells.value(column), type));
                xml.writeEndElement();
            }
            xml.writeEndElement(); // table:table-row
        }
        xml.writeEndElement(); // table:table
    }

    // "Nơi nhận:" and the recipients on the left, the signature block on the right.
    xml.writeStartElement(tableNs, u"table"_s);
    xml.writeAttribute(tableNs, u"name"_s, u"DV_Signature"_s);
    xml.writeAttribute(tableNs, u"style-name"_s, u"DV_Signature"_s);
    columns(u"DV_Signature.A"_s, 2);
    xml.writeStartElement(tableNs, u"table-row"_s);
    xml.writeAttribute(tableNs, u"style-name"_s, u"DV_Keep"_s);
    startCell(u"DV_Plain"_s);
    paragraph(xml, u"DV_RecipientsHeading"_s, DocumentStyle::recipientsHeading());
    for (const QString &recipient : m_style.recipients)
        paragraph(xml, u"DV_Recipient"_s, recipient);
    xml.writeEndElement();
    startCell(u"DV_Plain"_s);
    for (const DocumentStyle::Line &line : m_style.signatureLines())
        paragraph(xml, line.bold ? u"DV_SignatureBold"_s : u"DV_Signature"_s, line.text);
    xml.writeEndElement();
    xml.writeEndElement(); // table:table-row
    xml.writeEndElement(); // table:table

    xml.writeEndElement(); // office:text
    xml.writeEndElement(); // office:body
    xml.writeEndElement(); // office:document-content
    xml.writeEndDocument();
    return bytes;
}

QByteArray OdtWriter::meta() const
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    declareNamespaces(xml, {{u"office"_s, officeNs}, {u"meta"_s, metaNs}, {u"dc"_s, dcNs}});
    xml.writeStartElement(officeNs, u"document-meta"_s);
    xml.writeAttribute(officeNs, u"version"_s, odfVersion);
    xml.writeStartElement(officeNs, u"meta"_s);
    xml.writeTextElement(metaNs, u"generator"_s, u"danvan"_s);
    xml.writeTextElement(dcNs, u"title"_s, QString(m_report.title).replace(u'\n', u' '));
    if (!m_report.subtitle.isEmpty())
        xml.writeTextElement(dcNs, u"subject"_s, QString(m_report.subtitle).replace(u'\n', u' '));
    xml.writeTextElement(dcNs, u"language"_s, u"vi-VN"_s);
    const QString now = QDateTime::currentDateTime().toString(Qt::ISODate);
    xml.writeTextElement(metaNs, u"creation-date"_s, now);
    xml.writeTextElement(dcNs, u"date"_s, now);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray OdtWriter::manifest()
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeNamespace(manifestNs, u"manifest"_s);
    xml.writeStartElement(manifestNs, u"manifest"_s);
    xml.writeAttribute(manifestNs, u"version"_s, odfVersion);
    const auto entry = [&](const QString &path, const QString &type) {
        xml.writeEmptyElement(manifestNs, u"file-entry"_s);
        xml.writeAttribute(manifestNs, u"full-path"_s, path);
        if (path == "/"_L1)
            xml.writeAttribute(manifestNs, u"version"_s, odfVersion);
        xml.writeAttribute(manifestNs, u"media-type"_s, type);
    };
    entry(u"/"_s, QString::fromLatin1(MimeType));
    entry(u"content.xml"_s, u"text/xml"_s);
    entry(u"styles.xml"_s, u"text/xml"_s);
    entry(u"meta.xml"_s, u"text/xml"_s);
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

Result<QByteArray> OdtWriter::document() const
{
    // "mimetype" first and stored, so that a reader knows the file from its first bytes.
    return ZipWriter::pack({{u"mimetype"_s, QByteArray(MimeType), true},
                            {u"META-INF/manifest.xml"_s, manifest(), false},
                            {u"content.xml"_s, content(), false},
                            {u"styles.xml"_s, styles(), false},
                            {u"meta.xml"_s, meta(), false}});
}

Result<void> OdtWriter::write(const QString &path) const
{
    // Whole or not at all: the file replaces the target only once every byte is written.
    OutputFile file(path);
    if (auto opened = file.open(); !opened)
        return Failure{opened.error()};
    const auto bytes = document();
    if (!bytes) {
        file.cancel();
        return Failure{tr("“%1” could not be written: %2").arg(file.name(), bytes.error())};
    }
    if (file.device()->write(*bytes) != bytes->size() || file.hasFailed())
        return file.writeFailure();
    if (auto committed = file.commit(); !committed)
        return Failure{committed.error()};
    return {};
}
