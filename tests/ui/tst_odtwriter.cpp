#include "CampaignRepository.h"
#include "Database.h"
#include "DocumentStyle.h"
#include "ExampleFixture.h"
#include "OdtWriter.h"
#include "PrintedCells.h"
#include "ReportBuilder.h"
#include "ReportFiles.h"
#include "UnitRepository.h"
#include "ZipParts.h"

#include "TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

#include <memory>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
}

quint16 le16(const QByteArray &bytes, int at)
{
    return quint16(quint8(bytes.at(at)) | quint8(bytes.at(at + 1)) << 8);
}

/// A cell of a table in content.xml: its text (paragraphs joined by line breaks), how many
/// columns it spans, its cell style and the style of its paragraphs.
struct Cell
{
    QString text;
    int span = 1;
    QString style;
    QString paragraphStyle;
};

/// A table of content.xml, read back with QXmlStreamReader.
struct Table
{
    QString name;
    QString style;
    QList<QList<Cell>> headerRows;
    QList<QList<Cell>> rows;
    int columns = 0;
};

/// What content.xml holds, as a reader sees it: the tables, the paragraphs outside them, and
/// all the text.
struct Content
{
    QList<Table> tables;
    QStringList paragraphs; ///< outside tables, with their styles: "DV_Title|TEXT"
    QString text; ///< every paragraph, one a line
    QString error; ///< the XML error, if any
};

Content readContent(const QByteArray &xml)
{
    Content content;
    QXmlStreamReader reader(xml);
    QList<Table> open;
    bool inHeader = false;
    QList<Cell> row;
    Cell cell;
    bool inCell = false;
    QString paragraph;
    QString paragraphStyle;
    int depth = 0; // of text:p
    while (!reader.atEnd()) {
        reader.readNext();
        const auto name = reader.qualifiedName();
        if (reader.isStartElement()) {
            if (name == "table:table"_L1) {
                open.append(Table{});
                open.last().name = reader.attributes().value("table:name"_L1).toString();
                open.last().style = reader.attributes().value("table:style-name"_L1).toString();
            } else if (name == "table:table-column"_L1) {
                const auto repeated = reader.attributes().value("table:number-columns-repeated"_L1);
                open.last().columns += repeated.isEmpty() ? 1 : repeated.toInt();
            } else if (name == "table:table-header-rows"_L1) {
                inHeader = true;
            } else if (name == "table:table-row"_L1) {
                row.clear();
            } else if (name == "table:table-cell"_L1) {
                cell = Cell{};
                inCell = true;
                const auto span = reader.attributes().value("table:number-columns-spanned"_L1);
                cell.span = span.isEmpty() ? 1 : span.toInt();
                cell.style = reader.attributes().value("table:style-name"_L1).toString();
            } else if (name == "table:covered-table-cell"_L1) {
                row.append(Cell{u"(covered)"_s, 0, {}, {}});
            } else if (name == "text:p"_L1) {
                ++depth;
                paragraph.clear();
                paragraphStyle = reader.attributes().value("text:style-name"_L1).toString();
            } else if (name == "text:s"_L1) {
                const auto count = reader.attributes().value("text:c"_L1);
                paragraph += QString(count.isEmpty() ? 1 : count.toInt(), u' ');
            } else if (name == "text:line-break"_L1) {
                paragraph += u'\n';
            } else if (name == "text:tab"_L1) {
                paragraph += u'\t';
            }
        } else if (reader.isCharacters() && depth > 0) {
            paragraph += reader.text();
        } else if (reader.isEndElement()) {
            if (name == "text:p"_L1) {
                --depth;
                content.text += paragraph + u'\n';
                if (inCell) {
                    cell.text +=
                        (cell.text.isEmpty() && cell.paragraphStyle.isEmpty() ? QString() : u"\n"_s)
                        + paragraph;
                    if (cell.paragraphStyle.isEmpty())
                        cell.paragraphStyle = paragraphStyle;
                } else {
                    content.paragraphs.append(paragraphStyle + u'|' + paragraph);
                }
            } else if (name == "table:table-cell"_L1) {
                row.append(cell);
                inCell = false;
            } else if (name == "table:table-row"_L1) {
                (inHeader ? open.last().headerRows : open.last().rows).append(row);
            } else if (name == "table:table-header-rows"_L1) {
                inHeader = false;
            } else if (name == "table:table"_L1) {
                content.tables.append(open.takeLast());
            }
        }
    }
    if (reader.hasError())
        content.error = reader.errorString();
    return content;
}

bool wellFormed(const QByteArray &xml, QString *error)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    if (reader.hasError())
        *error = u"%1 (line %2)"_s.arg(reader.errorString()).arg(reader.lineNumber());
    return !reader.hasError();
}

/// A cell's style without "End", which only adds the table's right border.
QString kind(const Cell &cell)
{
    return cell.style.endsWith("End"_L1) ? cell.style.chopped(3) : cell.style;
}

/// The widths of the columns of a table, in millimetres, from their styles in content.xml.
QList<double> columnWidths(const QByteArray &xml, const QString &table)
{
    const QRegularExpression style(
        u"<style:style style:name=\"%1\\.C(\\d+)\" style:family=\"table-column\">"
        "<style:table-column-properties style:column-width=\"([0-9.]+)mm\""_s.arg(table));
    QList<double> widths;
    for (auto it = style.globalMatch(QString::fromUtf8(xml)); it.hasNext();) {
        const auto match = it.next();
        if (match.captured(1).toInt() != widths.size() + 1)
            return {};
        widths.append(match.captured(2).toDouble());
    }
    return widths;
}

double sum(const QList<double> &values)
{
    return std::accumulate(values.cbegin(), values.cend(), 0.0);
}

/// The table of a report's part `index`.
const Table *partTable(const Content &content, int index)
{
    for (const Table &table : content.tables) {
        if (table.name == u"DV_Table%1"_s.arg(index + 1))
            return &table;
    }
    return nullptr;
}

} // namespace

/// OdtWriter's OpenDocument text: the container, the document's text and tables as a reader
/// finds them, the page, and files written whole or not at all.
class TestOdtWriter : public QObject, private TestSupport::ExampleFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void container();
    void scheduleText();
    void scheduleTables();
    void page_data();
    void page();
    void exemplarsTotals();
    void cellsAsPrinted();
    void throughReportFiles();
    void replacesExistingFile();
    void missingFolder();
    void overTheDatabaseRefused();
    void fullDiskKeepsExistingFile();

private:
    ReportDocument report(ReportBuilder::Kind kind) const;
    DocumentStyle style() const;
};

void TestOdtWriter::init()
{
    QVERIFY(openExample());
}

void TestOdtWriter::cleanup()
{
    closeExample();
}

ReportDocument TestOdtWriter::report(ReportBuilder::Kind kind) const
{
    auto built = ReportBuilder::build(kind, *m_database, m_campaignId, QDate(2020, 7, 1));
    if (!built)
        qFatal("%s", qPrintable(built.error()));
    return *built;
}

DocumentStyle TestOdtWriter::style() const
{
    DocumentStyle style = DocumentStyle::fromSettings(*m_database).value();
    style.number = u"12"_s;
    return style;
}

void TestOdtWriter::container()
{
    const QString path = m_dir->filePath(u"lịch tổng kết.odt"_s);
    const auto written = OdtWriter(report(ReportBuilder::Kind::Schedule), style()).write(path);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    const QByteArray bytes = readAll(path);

    // The first local header: "mimetype", stored (method 0), no extra field, and the media
    // type right after it, where readers look for it.
    QVERIFY(bytes.startsWith("PK\x03\x04"));
    QCOMPARE(le16(bytes, 8), quint16(0));
    const int nameLength = le16(bytes, 26);
    QCOMPARE(le16(bytes, 28), quint16(0));
    QCOMPARE(bytes.mid(30, nameLength), QByteArray("mimetype"));
    QCOMPARE(bytes.mid(30 + nameLength, int(qstrlen(OdtWriter::MimeType))),
             QByteArray(OdtWriter::MimeType));

    QBuffer buffer;
    buffer.setData(bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    ZipParts parts(&buffer, path);
    QVERIFY2(parts.open().ok(), "the file is not a ZIP container");
    QCOMPARE(parts.names(),
             (QStringList{u"mimetype"_s, u"META-INF/manifest.xml"_s, u"content.xml"_s,
                          u"styles.xml"_s, u"meta.xml"_s}));
    QCOMPARE(parts.read(u"mimetype"_s).value(), QByteArray(OdtWriter::MimeType));
    for (const QString &name :
         {u"META-INF/manifest.xml"_s, u"content.xml"_s, u"styles.xml"_s, u"meta.xml"_s}) {
        const auto part = parts.read(name);
        QVERIFY2(part.ok(), qPrintable(part.error()));
        QString error;
        QVERIFY2(wellFormed(*part, &error), qPrintable(name + u": "_s + error));
    }
    const QByteArray manifest = parts.read(u"META-INF/manifest.xml"_s).value();
    for (const char *entry : {"\"/\"", "\"content.xml\"", "\"styles.xml\"", "\"meta.xml\""})
        QVERIFY2(manifest.contains(entry), entry);
    QVERIFY(parts.read(u"meta.xml"_s).value().contains("<dc:language>vi-VN</dc:language>"));
    // Nothing else left beside it.
    QCOMPARE(entries(m_dir->path()).filter(u".odt"_s), QStringList{u"lịch tổng kết.odt"_s});
}

void TestOdtWriter::scheduleText()
{
    const ReportDocument schedule = report(ReportBuilder::Kind::Schedule);
    const DocumentStyle document = style();
    const Content content = readContent(OdtWriter(schedule, document).content());
    QVERIFY2(content.error.isEmpty(), qPrintable(content.error));

    // Every unit of the example, by its name.
    const auto units = UnitRepository(*m_database).all();
    QVERIFY2(units.ok(), qPrintable(units.error()));
    QCOMPARE(units->size(), 161);
    for (const Unit &unit : *units)
        QVERIFY2(content.text.contains(unit.name), qPrintable(unit.name));

    // The heading: two blocks side by side, the left one with the bodies in capitals and the
    // number line, the right one with the Party's name and the place and date.
    QVERIFY(!content.tables.isEmpty());
    const Table &heading = content.tables.first();
    QCOMPARE(heading.name, u"DV_Heading"_s);
    QCOMPARE(heading.columns, 2);
    QCOMPARE(heading.rows.size(), 1);
    const QList<Cell> &blocks = heading.rows.first();
    QCOMPARE(blocks.size(), 2);
    QCOMPARE(blocks.at(0).text, u"TỈNH ỦY KIÊN GIANG\nBAN DÂN VẬN\n*\nSố 12-TB/BDVTU"_s);
    QCOMPARE(blocks.at(1).text, u"ĐẢNG CỘNG SẢN VIỆT NAM\nKiên Giang, ngày 01 tháng 7 năm 2020"_s);
    QCOMPARE(blocks.at(1).style, u"DV_Plain"_s);

    // The title in capitals, the subtitle under it.
    QVERIFY(content.paragraphs.size() >= 2);
    QCOMPARE(content.paragraphs.at(0),
             u"DV_Title|"_s + QLocale(QLocale::Vietnamese).toUpper(schedule.title));
    QCOMPARE(content.paragraphs.at(1), u"DV_Subtitle|"_s + schedule.subtitle);

    // The signature block, last: "Nơi nhận:" and the recipients beside the signer.
    const Table &signature = content.tables.last();
    QCOMPARE(signature.name, u"DV_Signature"_s);
    QCOMPARE(signature.rows.size(), 1);
    const QList<Cell> &sides = signature.rows.first();
    QCOMPARE(sides.size(), 2);
    QCOMPARE(sides.at(0).text, (QStringList{u"Nơi nhận:"_s} + document.recipients).join(u'\n'));
    QCOMPARE(sides.at(0).paragraphStyle, u"DV_RecipientsHeading"_s);
    QVERIFY2(sides.at(1).text.startsWith(u"K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n"_s),
             qPrintable(sides.at(1).text));
    QVERIFY2(sides.at(1).text.endsWith(u'\n' + document.signerName), qPrintable(sides.at(1).text));
    QCOMPARE(sides.at(1).paragraphStyle, u"DV_SignatureBold"_s);
}

void TestOdtWriter::scheduleTables()
{
    const ReportDocument schedule = report(ReportBuilder::Kind::Schedule);
    const Content content = readContent(OdtWriter(schedule, style()).content());
    QVERIFY2(content.error.isEmpty(), qPrintable(content.error));
    int groups = 0;
    int overdue = 0;
    for (int p = 0; p < schedule.parts.size(); ++p) {
        const ReportPart &part = schedule.parts.at(p);
        const Table *table = partTable(content, p);
        QVERIFY2(table, qPrintable(part.title));
        QStringList printed;
        QStringList left;
        for (const ReportColumn &column : part.columns)
            (column.printed ? printed : left).append(column.header);
        // Columns only a spreadsheet needs are left out, as in print.
        QVERIFY(!left.isEmpty());
        QCOMPARE(table->columns, printed.size());
        // One header row, which readers repeat on every page.
        QCOMPARE(table->headerRows.size(), 1);
        QStringList header;
        for (const Cell &cell : table->headerRows.first()) {
            header.append(cell.text);
            QCOMPARE(kind(cell), u"DV_HeaderCell"_s);
        }
        // The table's right border on its last column only.
        QCOMPARE(table->headerRows.first().last().style, u"DV_HeaderCellEnd"_s);
        QCOMPARE(table->headerRows.first().first().style, u"DV_HeaderCell"_s);
        QCOMPARE(header, printed);
        QCOMPARE(table->rows.size(), part.rowCount);
        for (int r = 0; r < part.rowCount; ++r) {
            const ReportRow row = part.row(r);
            const QList<Cell> &cells = table->rows.at(r);
            QCOMPARE(cells.size(), printed.size());
            if (row.kind == ReportRow::Kind::Group) {
                // A group heading: one bold cell across the table.
                ++groups;
                QCOMPARE(cells.first().text, row.group);
                QCOMPARE(cells.first().span, int(printed.size()));
                QCOMPARE(cells.first().paragraphStyle, u"DV_CellBoldLeft"_s);
                for (int i = 1; i < cells.size(); ++i)
                    QCOMPARE(cells.at(i).span, 0);
                continue;
            }
            // Overdue rows shaded, like the PDF; the others not.
            overdue += row.emphasised ? 1 : 0;
            for (const Cell &cell : cells)
                QCOMPARE(kind(cell), row.emphasised ? u"DV_OverdueCell"_s : u"DV_Cell"_s);
            // Dates as dd/mm/yyyy text.
            int shown = 0;
            for (int c = 0; c < part.columns.size(); ++c) {
                if (!part.columns.at(c).printed)
                    continue;
                const Cell &cell = cells.at(shown++);
                if (part.columns.at(c).type == ReportColumn::Type::Date) {
                    const QDate date = row.cells.value(c).toDate();
                    QCOMPARE(cell.text,
                             date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString());
                    QCOMPARE(cell.paragraphStyle, u"DV_CellCentre"_s);
                }
            }
        }
    }
    // The columns fill the body of a landscape A4 page, 297 − 30 − 15 = 252 mm, and a date
    // is never cut in two.
    const QList<double> widths =
        columnWidths(OdtWriter(schedule, style()).content(), u"DV_Table1"_s);
    QCOMPARE(widths.size(), PrintedCells::columns(schedule.parts.first()).size());
    QVERIFY2(qAbs(sum(widths) - 252) < 0.1, qPrintable(QString::number(sum(widths))));
    const QList<int> shown = PrintedCells::columns(schedule.parts.first());
    int dates = 0;
    for (int i = 0; i < shown.size(); ++i) {
        const ReportPart &part = schedule.parts.first();
        if (part.columns.at(shown.at(i)).type != ReportColumn::Type::Date)
            continue;
        bool filled = false;
        for (int r = 0; r < part.rowCount && !filled; ++r)
            filled = part.row(r).cells.value(shown.at(i)).toDate().isValid();
        if (filled) {
            ++dates;
            QVERIFY2(widths.at(i) >= 19, qPrintable(QString::number(widths.at(i))));
        }
    }
    QVERIFY(dates > 0);
    // The districts' headings, and the units overdue on 1 July 2020.
    QVERIFY2(groups > 10, qPrintable(QString::number(groups)));
    QVERIFY2(overdue > 0, qPrintable(QString::number(overdue)));
}

void TestOdtWriter::page_data()
{
    QTest::addColumn<int>("orientation");
    QTest::addColumn<QString>("width");
    QTest::addColumn<QString>("height");
    QTest::addColumn<QString>("name");
    // A4: 210 × 297 mm.
    QTest::newRow("landscape") << int(ReportDocument::Orientation::Landscape) << u"297.00mm"_s
                               << u"210.00mm"_s << u"landscape"_s;
    QTest::newRow("portrait") << int(ReportDocument::Orientation::Portrait) << u"210.00mm"_s
                              << u"297.00mm"_s << u"portrait"_s;
}

void TestOdtWriter::page()
{
    QFETCH(int, orientation);
    QFETCH(QString, width);
    QFETCH(QString, height);
    QFETCH(QString, name);

    OdtWriter writer(report(ReportBuilder::Kind::Schedule), style());
    QCOMPARE(writer.orientation(), ReportDocument::Orientation::Landscape);
    writer.setOrientation(ReportDocument::Orientation(orientation));
    const QString styles = QString::fromUtf8(writer.styles());
    QString error;
    QVERIFY2(wellFormed(writer.styles(), &error), qPrintable(error));
    QVERIFY(styles.contains(u"fo:page-width=\"%1\" fo:page-height=\"%2\""_s.arg(width, height)));
    QVERIFY(styles.contains(u"style:print-orientation=\"%1\""_s.arg(name)));
    // The office's margins: left 30, top 20, right 15, bottom 20 mm.
    QVERIFY(styles.contains(u"fo:margin-top=\"20.00mm\" fo:margin-bottom=\"20.00mm\" "
                            "fo:margin-left=\"30.00mm\" fo:margin-right=\"15.00mm\""_s));
    // Times New Roman, in Vietnamese.
    QVERIFY(styles.contains(u"style:font-name=\"Times New Roman\""_s));
    QVERIFY(styles.contains(u"fo:language=\"vi\" fo:country=\"VN\""_s));
    // Page numbers in the header of every page but the first, which has a page style of its
    // own that the document starts with.
    QVERIFY(styles.contains(u"<text:page-number text:select-page=\"current\">"_s));
    QVERIFY(styles.contains(u"style:name=\"First_20_Page\""_s));
    QVERIFY(styles.contains(u"style:next-style-name=\"Standard\""_s));
    const QString content = QString::fromUtf8(writer.content());
    QVERIFY(content.contains(u"<style:style style:name=\"DV_Heading\" style:family=\"table\" "
                             "style:master-page-name=\"First_20_Page\">"_s));
}

void TestOdtWriter::exemplarsTotals()
{
    const ReportDocument exemplars = report(ReportBuilder::Kind::Exemplars);
    const Content content = readContent(OdtWriter(exemplars, style()).content());
    QVERIFY2(content.error.isEmpty(), qPrintable(content.error));
    static const QRegularExpression grouped(u"^\\d{1,3}(\\.\\d{3})*$"_s);
    int totals = 0;
    for (int p = 0; p < exemplars.parts.size(); ++p) {
        const ReportPart &part = exemplars.parts.at(p);
        const QList<int> printed = PrintedCells::columns(part);
        const Table *table = partTable(content, p);
        if (printed.isEmpty()) {
            QVERIFY(!table);
            continue;
        }
        QVERIFY(table);
        QCOMPARE(table->rows.size(), part.rowCount);
        for (int r = 0; r < part.rowCount; ++r) {
            const ReportRow row = part.row(r);
            if (row.kind == ReportRow::Kind::Group)
                continue;
            const QList<Cell> &cells = table->rows.at(r);
            // Totals in bold, as in the PDF.
            const bool total = row.kind == ReportRow::Kind::Total;
            totals += total ? 1 : 0;
            for (int i = 0; i < printed.size(); ++i) {
                QVERIFY2(cells.at(i).paragraphStyle.startsWith(u"DV_CellBold"_s) == total,
                         qPrintable(cells.at(i).paragraphStyle));
                if (part.columns.at(printed.at(i)).type == ReportColumn::Type::Money)
                    QVERIFY2(grouped.match(cells.at(i).text).hasMatch(),
                             qPrintable(cells.at(i).text));
            }
        }
    }
    QVERIFY(totals > 0);
}

void TestOdtWriter::cellsAsPrinted()
{
    ReportDocument made;
    made.title = u"Danh sách\nthử"_s;
    made.subtitle = u"(đến ngày 05/09/2020)"_s;
    made.date = QDate(2020, 9, 5);
    made.orientation = ReportDocument::Orientation::Portrait;
    ReportPart part;
    part.title = u"I. Thử"_s;
    using Type = ReportColumn::Type;
    part.columns = {{u"Tên"_s, Type::Text, 20},   {u"Mã"_s, Type::Code, 6},
                    {u"Ngày"_s, Type::Date, 10},  {u"Số"_s, Type::Integer, 5},
                    {u"Tiền"_s, Type::Money, 12}, {u"Chỉ bảng tính"_s, Type::Text, 10, false}};
    part.rowCount = 4;
    part.row = [](int index) {
        ReportRow row;
        switch (index) {
        case 0:
            row.kind = ReportRow::Kind::Group;
            row.group = u"Huyện Châu Thành"_s;
            break;
        case 1:
            row.cells = {u"Ấp  Mới\nxã Bình An"_s, u"01"_s,      QDate(2020, 9, 5), qint64(7),
                         qint64(1500000),          u"không in"_s};
            break;
        case 2:
            row.emphasised = true;
            row.cells = {u"Xã\x01 An Sơn"_s, u"007"_s,   QDate(),
                         qint64(-1),         QVariant(), u"không in"_s};
            break;
        default:
            row.kind = ReportRow::Kind::Total;
            row.cells = {u"Cộng"_s, QString(), QDate(), qint64(7), qint64(1500000), QString()};
        }
        return row;
    };
    made.parts = {part};

    OdtWriter writer(made, style());
    QCOMPARE(writer.orientation(), ReportDocument::Orientation::Portrait);
    const QByteArray xml = writer.content();
    const Content content = readContent(xml);
    QVERIFY2(content.error.isEmpty(), qPrintable(content.error));
    QCOMPARE(content.paragraphs.at(0), u"DV_Title|DANH SÁCH\nTHỬ"_s);
    QCOMPARE(content.paragraphs.at(2), u"DV_PartTitle|I. Thử"_s);
    const Table *table = partTable(content, 0);
    QVERIFY(table);
    QCOMPARE(table->columns, 5);
    QVERIFY(!content.text.contains(u"không in"_s));
    QVERIFY(!content.text.contains(u"Chỉ bảng tính"_s));

    const auto texts = [&](int row) {
        QStringList result;
        for (const Cell &cell : table->rows.at(row))
            result.append(cell.text);
        return result;
    };
    const auto styles = [&](int row) {
        QStringList result;
        for (const Cell &cell : table->rows.at(row))
            result.append(cell.paragraphStyle);
        return result;
    };
    QCOMPARE(table->rows.at(0).first().text, u"Huyện Châu Thành"_s);
    QCOMPARE(table->rows.at(0).first().span, 5);
    // Spaces and line breaks kept; dates dd/mm/yyyy; money grouped by thousands.
    QCOMPARE(
        texts(1),
        (QStringList{u"Ấp  Mới\nxã Bình An"_s, u"01"_s, u"05/09/2020"_s, u"7"_s, u"1.500.000"_s}));
    QCOMPARE(styles(1),
             (QStringList{u"DV_CellLeft"_s, u"DV_CellCentre"_s, u"DV_CellCentre"_s,
                          u"DV_CellRight"_s, u"DV_CellRight"_s}));
    // No date, no number: empty cells; a control character, which XML cannot hold, left out.
    QCOMPARE(texts(2), (QStringList{u"Xã An Sơn"_s, u"007"_s, QString(), QString(), QString()}));
    for (const Cell &cell : table->rows.at(2))
        QCOMPARE(kind(cell), u"DV_OverdueCell"_s);
    QCOMPARE(texts(3), (QStringList{u"Cộng"_s, QString(), QString(), u"7"_s, u"1.500.000"_s}));
    QCOMPARE(styles(3),
             (QStringList{u"DV_CellBoldLeft"_s, u"DV_CellBoldCentre"_s, u"DV_CellBoldCentre"_s,
                          u"DV_CellBoldRight"_s, u"DV_CellBoldRight"_s}));
    // The columns fill the body of a portrait A4 page, 210 − 30 − 15 = 165 mm; the date's
    // column holds "05/09/2020" on one line (about 18 mm in 11 pt Times).
    const QList<double> widths = columnWidths(xml, u"DV_Table1"_s);
    QCOMPARE(widths.size(), 5);
    QVERIFY2(qAbs(sum(widths) - 165) < 0.1, qPrintable(QString::number(sum(widths))));
    QVERIFY2(widths.at(2) >= 19, qPrintable(QString::number(widths.at(2))));
}

void TestOdtWriter::throughReportFiles()
{
    ExportChoices choices;
    choices.format = ExportChoices::Format::Odt;
    choices.documentNumber = u"135"_s;
    choices.orientation = ReportDocument::Orientation::Portrait;
    const QString path = m_dir->filePath(u"lịch.odt"_s);
    const auto written =
        ReportFiles::write(report(ReportBuilder::Kind::Schedule), *m_database, path, choices);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(written->files, QStringList{QDir::toNativeSeparators(path)});

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    ZipParts parts(&file, path);
    QVERIFY(parts.open().ok());
    // The number and the orientation chosen, the office's heading from the file.
    const QString content = QString::fromUtf8(parts.read(u"content.xml"_s).value());
    QVERIFY(content.contains(u"Số 135-TB/BDVTU"_s));
    QVERIFY(content.contains(u"TỈNH ỦY KIÊN GIANG"_s));
    const QString styles = QString::fromUtf8(parts.read(u"styles.xml"_s).value());
    QVERIFY(styles.contains(u"style:print-orientation=\"portrait\""_s));
}

void TestOdtWriter::replacesExistingFile()
{
    const QString path = TestSupport::writeFile(*m_dir, u"lịch.odt"_s, "an old document");
    const auto written = OdtWriter(report(ReportBuilder::Kind::Schedule), style()).write(path);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QVERIFY(readAll(path).startsWith("PK\x03\x04"));
}

void TestOdtWriter::missingFolder()
{
    QTemporaryDir out;
    const QString path = out.filePath(u"không có/lịch.odt"_s);
    const auto written = OdtWriter(report(ReportBuilder::Kind::Schedule), style()).write(path);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(QDir::toNativeSeparators(path)), qPrintable(written.error()));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(entries(out.path()).isEmpty());
}

void TestOdtWriter::overTheDatabaseRefused()
{
    ExportChoices choices;
    choices.format = ExportChoices::Format::Odt;
    const QString database = m_database->filePath();
    const QByteArray before = TestSupport::fileDigest(database);
    for (const QString &path : QStringList{database, database + u"-wal"_s, database + u"-shm"_s}) {
        const auto written =
            ReportFiles::write(report(ReportBuilder::Kind::Schedule), *m_database, path, choices);
        QVERIFY2(!written.ok(), qPrintable(path));
        QVERIFY(!written.error().isEmpty());
    }
    QCOMPARE(TestSupport::fileDigest(database), before);
    QVERIFY(m_database->connection().isOpen());
}

void TestOdtWriter::fullDiskKeepsExistingFile()
{
#ifdef Q_OS_UNIX
    QTemporaryDir out;
    const QString path = TestSupport::writeFile(out, u"lịch.odt"_s, "the document sent last week");
    OdtWriter writer(report(ReportBuilder::Kind::Schedule), style());
    const auto document = writer.document();
    QVERIFY2(document.ok(), qPrintable(document.error()));
    // Files cannot grow past half the document, as on a full disk.
    const rlim_t limit = rlim_t(document->size() / 2);
    QVERIFY(limit > 1024);
    {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit saved{};
        getrlimit(RLIMIT_FSIZE, &saved);
        rlimit limited = saved;
        limited.rlim_cur = limit;
        if (setrlimit(RLIMIT_FSIZE, &limited) != 0)
            QSKIP("the file size limit cannot be set here");
        const auto written = writer.write(path);
        setrlimit(RLIMIT_FSIZE, &saved);
        QVERIFY(!written.ok());
        QVERIFY2(written.error().contains(QDir::toNativeSeparators(path)),
                 qPrintable(written.error()));
    }
    QCOMPARE(readAll(path), QByteArray("the document sent last week"));
    QCOMPARE(entries(out.path()), QStringList{u"lịch.odt"_s});
#else
    QSKIP("needs a file size limit (POSIX)");
#endif
}

QTEST_MAIN(TestOdtWriter)
#include "tst_odtwriter.moc"
