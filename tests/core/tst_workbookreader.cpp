#include "ResultsColumns.h"
#include "TestSupport.h"
#include "VniCodec.h"
#include "WorkbookReader.h"
#include "XlsReader.h"
#include "XlsTransfer.h"
#include "XlsxReader.h"
#include "XlsxWriter.h"
#include "ZipParts.h"
#include "ZipWriter.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString corpus(const QString &name)
{
    return TestSupport::dataPath(u"results/"_s + name);
}

// The first visible sheet's rows as text, cells as CellValues would show them.
QString text(const Workbook::Cell *cell)
{
    if (!cell)
        return {};
    switch (cell->type) {
    case Workbook::Cell::Type::Date:
        return cell->date.toString(Qt::ISODate);
    case Workbook::Cell::Type::Number:
        return QString::number(cell->number, 'g', 15);
    default:
        return cell->text;
    }
}

// The row (from 0) whose column holds `value`, or -1.
int rowWith(const Workbook::Sheet &sheet, int column, const QString &value)
{
    for (int r = 0; r < sheet.rows.size(); ++r) {
        if (text(sheet.cell(r, column)) == value)
            return r;
    }
    return -1;
}

// Two sheets with a cell of each kind an .xls gives, and an empty row, for XlsTransfer.
Workbook transferSample()
{
    Workbook::Cell text;
    text.type = Workbook::Cell::Type::Text;
    text.text = u"Xã Vĩnh Hòa Phú"_s;
    Workbook::Cell number;
    number.type = Workbook::Cell::Type::Number;
    number.number = 120.5;
    Workbook::Cell date;
    date.type = Workbook::Cell::Type::Date;
    date.date = QDate(2020, 5, 20);
    Workbook::Sheet first;
    first.name = u"Biểu 1"_s;
    first.rows = {{text, Workbook::Cell(), number}, {}, {date}};
    Workbook::Sheet second;
    second.name = u"Trống"_s;
    Workbook workbook;
    workbook.sheets = {first, second};
    return workbook;
}

} // namespace

/// WorkbookReader and the readers behind it (XlsxReader, OdsReader, XlsReader, CSV), on the
/// corpus of files that units send back (tests/data/results/, written by libxlsxwriter,
/// openpyxl and LibreOffice): values, dates, formulas' values, fonts and old encodings,
/// hidden sheets, merged cells, and files refused in words.
class TestWorkbookReader : public QObject
{
    Q_OBJECT

private slots:
    void formats_data();
    void formats();
    void formFilledByEachProgram_data();
    void formFilledByEachProgram();
    void hiddenSheet();
    void mergedHeaderCells();
    void formulasGiveTheirValues();
    void legacyFonts_data();
    void legacyFonts();
    void encodingChosen();
    void csvEncodings_data();
    void csvEncodings();
    void refused_data();
    void refused();
    void encryptedOfficeFile();
    void readsFromABuffer();
    void rowsFarApart();
    void storedValues_data();
    void storedValues();
    void dateFormats_data();
    void dateFormats();
    void serialDates();
    void tenThousandRows();
    void textIsComposed_data();
    void textIsComposed();
    void xlsTransferRoundTrip();
    void xlsTransferCutShort();
    void xlsReaderInItsOwnProcess_data();
    void xlsReaderInItsOwnProcess();
};

void TestWorkbookReader::formats_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::newRow("xlsx") << u"own-table.xlsx"_s << u"xlsx"_s;
    QTest::newRow("ods") << u"form-905-libreoffice.ods"_s << u"ods"_s;
    QTest::newRow("xls") << u"form-905-libreoffice.xls"_s << u"xls"_s;
    QTest::newRow("csv") << u"results-utf8.csv"_s << u"csv"_s;
    QTest::newRow("tab-separated text") << u"results-utf16le.txt"_s << u"csv"_s;
}

void TestWorkbookReader::formats()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    const auto workbook = WorkbookReader::read(corpus(file));
    QVERIFY2(workbook.ok(), qPrintable(workbook.error()));
    QCOMPARE(workbook->format, format);
    QVERIFY(!workbook->sheets.isEmpty());
}

void TestWorkbookReader::formFilledByEachProgram_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("openpyxl") << u"form-905-openpyxl.xlsx"_s;
    QTest::newRow("LibreOffice xlsx") << u"form-905-libreoffice.xlsx"_s;
    QTest::newRow("LibreOffice ods") << u"form-905-libreoffice.ods"_s;
    QTest::newRow("LibreOffice xls") << u"form-905-libreoffice.xls"_s;
}

void TestWorkbookReader::formFilledByEachProgram()
{
    QFETCH(QString, file);
    const auto workbook = WorkbookReader::read(corpus(file));
    QVERIFY2(workbook.ok(), qPrintable(workbook.error()));
    // The form's three sheets, the last one hidden (FreeXL does not say which are).
    QCOMPARE(workbook->sheets.size(), 3);
    QCOMPARE(workbook->sheets.at(2).name, u"danvan"_s);
    if (workbook->format != "xls"_L1)
        QVERIFY(workbook->sheets.at(2).hidden);
    const Workbook::Sheet &sheet = workbook->sheets.first();
    QCOMPARE(ResultsColumns::recognise(text(sheet.cell(5, 1))), ResultsColumns::Field::Code);
    // Codes stay text with their digits; days are days; numbers are numbers.
    const int district = rowWith(sheet, 1, u"905"_s);
    QVERIFY(district > 5);
    QCOMPARE(sheet.cell(district, 1)->type, Workbook::Cell::Type::Text);
    QCOMPARE(text(sheet.cell(district, 2)), u"Huyện Châu Thành"_s);
    QCOMPARE(sheet.cell(district, 7)->type, Workbook::Cell::Type::Date);
    QCOMPARE(sheet.cell(district, 7)->date, QDate(2020, 6, 26));
    QCOMPARE(sheet.cell(district, 10)->type, Workbook::Cell::Type::Number);
    QCOMPARE(sheet.cell(district, 10)->number, 142.0);
    QCOMPARE(text(sheet.cell(district, 6)), u"Hội trường Huyện ủy Châu Thành"_s);
    const int pilot = rowWith(sheet, 1, u"30898"_s);
    QVERIFY(pilot > district);
    QCOMPARE(sheet.cell(pilot, 7)->date, QDate(2020, 5, 15));
    // The report day typed as text stays text, as typed.
    QVERIFY(sheet.cell(pilot, 11)->type == Workbook::Cell::Type::Text);
}

void TestWorkbookReader::hiddenSheet()
{
    const auto workbook = WorkbookReader::read(corpus(u"own-table-hidden-sheet.xlsx"_s));
    QVERIFY(workbook.ok());
    QCOMPARE(workbook->sheets.size(), 2);
    QVERIFY(!workbook->sheets.at(0).hidden);
    QVERIFY(workbook->sheets.at(1).hidden);
    QCOMPARE(workbook->sheets.at(1).name, u"Dữ liệu cũ"_s);
}

void TestWorkbookReader::mergedHeaderCells()
{
    const auto workbook = WorkbookReader::read(corpus(u"own-table-merged-header.xlsx"_s));
    QVERIFY(workbook.ok());
    const Workbook::Sheet &sheet = workbook->sheets.first();
    QCOMPARE(sheet.merged.size(), 6);
    bool budget = false;
    for (const Workbook::Range &range : sheet.merged) {
        if (text(sheet.cell(range.firstRow, range.firstColumn)) == u"Kinh phí (đồng)"_s) {
            budget = range.lastColumn == range.firstColumn + 1 && range.lastRow == range.firstRow;
        }
    }
    QVERIFY(budget);
}

void TestWorkbookReader::formulasGiveTheirValues()
{
    // Saved by LibreOffice: each formula with its last value, which is what is read.
    const auto workbook = WorkbookReader::read(corpus(u"own-table-formulas.xlsx"_s));
    QVERIFY2(workbook.ok(), qPrintable(workbook.error()));
    const Workbook::Sheet &sheet = workbook->sheets.first();
    const Workbook::Cell *attendees = sheet.cell(1, 5);
    QVERIFY(attendees);
    QVERIFY(attendees->formula);
    QCOMPARE(attendees->number, 95.0);
    // =DATE(2020;5;20) without a date format: its serial number, which reads as the day.
    QVERIFY(sheet.cell(1, 2)->formula);
    QCOMPARE(sheet.cell(1, 2)->number, 43971.0);
    QCOMPARE(sheet.cell(2, 7)->number, 5000000.0);
}

void TestWorkbookReader::legacyFonts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("TCVN3 fonts, xlsx")
        << u"own-table-tcvn3-font.xlsx"_s
        << u"TCVN3 (ABC), by the font .VnTime (8 cell(s)); TCVN3 (ABC), by the font .VnTimeH (9 cell(s))"_s;
    QTest::newRow("TCVN3 fonts, ods")
        << u"own-table-tcvn3.ods"_s
        << u"TCVN3 (ABC), by the font .VnTime (8 cell(s)); TCVN3 (ABC), by the font .VnTimeH (9 cell(s))"_s;
    QTest::newRow("VNI font") << u"own-table-vni-font.xlsx"_s
                              << u"VNI Windows, by the font VNI-Times (16 cell(s))"_s;
    QTest::newRow("TCVN3 without its font")
        << u"own-table-tcvn3-no-font.xlsx"_s << u"TCVN3 (ABC), told from the text (15 cell(s))"_s;
    // FreeXL gives no fonts: the text tells.
    QTest::newRow("TCVN3 in xls") << u"own-table-tcvn3.xls"_s
                                  << u"TCVN3 (ABC), told from the text (15 cell(s))"_s;
}

void TestWorkbookReader::legacyFonts()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    const auto workbook = WorkbookReader::read(corpus(file));
    QVERIFY2(workbook.ok(), qPrintable(workbook.error()));
    const Workbook::Sheet &sheet = workbook->sheets.first();
    QCOMPARE(sheet.encoding, encoding);
    QCOMPARE(sheet.name, u"Kết quả"_s);
    // The header row, typed in capitals fonts or in lower case, reads as Vietnamese.
    QCOMPARE(text(sheet.cell(3, 1)).toLower(), u"tên đơn vị"_s);
    QCOMPARE(text(sheet.cell(4, 1)), u"Thị trấn Minh Lương"_s);
    QCOMPARE(text(sheet.cell(6, 1)), u"Xã Vĩnh Hòa Phú"_s);
    QCOMPARE(text(sheet.cell(6, 3)), u"Hội trường xã"_s);
    QCOMPARE(text(sheet.cell(5, 3)), u"Nhà văn hóa xã"_s);
}

void TestWorkbookReader::encodingChosen()
{
    // The clerk says the text is Unicode: the look-alikes stay as they are.
    const auto asIs = WorkbookReader::read(corpus(u"own-table-tcvn3-font.xlsx"_s),
                                           LegacyEncoding::Encoding::Unicode);
    QVERIFY(asIs.ok());
    QCOMPARE(asIs->sheets.first().encoding, u"Unicode"_s);
    QVERIFY(text(asIs->sheets.first().cell(5, 3)) != u"Nhà văn hóa xã"_s);
    // Or VNI, which turns it into something else.
    const auto vni = WorkbookReader::read(corpus(u"own-table-tcvn3-no-font.xlsx"_s),
                                          LegacyEncoding::Encoding::Vni);
    QVERIFY(vni.ok());
    QVERIFY2(vni->sheets.first().encoding.startsWith(u"VNI Windows, as chosen"_s),
             qPrintable(vni->sheets.first().encoding));
}

void TestWorkbookReader::csvEncodings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("UTF-8") << u"results-utf8.csv"_s << u"UTF-8"_s;
    QTest::newRow("UTF-8 BOM") << u"results-utf8-bom.csv"_s << u"UTF-8 (with a byte-order mark)"_s;
    QTest::newRow("UTF-16 LE") << u"results-utf16le.txt"_s << u"UTF-16 LE"_s;
    QTest::newRow("UTF-16 BE") << u"results-utf16be.csv"_s << u"UTF-16 BE"_s;
    QTest::newRow("Windows-1258") << u"results-windows-1258.csv"_s << u"Windows-1258"_s;
    QTest::newRow("TCVN3") << u"results-tcvn3.csv"_s << u"TCVN3 (ABC)"_s;
    QTest::newRow("VNI") << u"results-vni.csv"_s << u"VNI Windows"_s;
}

void TestWorkbookReader::csvEncodings()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    const auto workbook = WorkbookReader::read(corpus(file));
    QVERIFY2(workbook.ok(), qPrintable(workbook.error()));
    const Workbook::Sheet &sheet = workbook->sheets.first();
    QCOMPARE(sheet.encoding, encoding);
    QCOMPARE(sheet.rows.size(), 5);
    const int nameColumn = text(sheet.cell(0, 0)) == u"Mã đơn vị"_s ? 1 : 0;
    QCOMPARE(text(sheet.cell(0, nameColumn)), u"Tên đơn vị"_s);
    QVERIFY(text(sheet.cell(3, nameColumn)).endsWith(u"Vĩnh Hòa Phú"_s));
    QVERIFY(text(sheet.cell(1, nameColumn)).endsWith(u"Minh Lương"_s));
}

void TestWorkbookReader::refused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("words");
    QTest::newRow("damaged") << u"damaged.xlsx"_s << u"is damaged"_s;
    QTest::newRow("not a workbook") << u"not-a-workbook.xlsx"_s << u"is damaged"_s;
    QTest::newRow("xls with a password") << u"password.xls"_s << u"protected by a password"_s;
    // libfreexl 1.0.6 reads past a buffer of its own on this file (found by
    // fuzz_workbookreader): the reader's process may crash or give nothing; either way the file
    // is refused in words.
    QTest::newRow("xls libfreexl misreads") << u"freexl-overread.xls"_s << u"is damaged"_s;
    QTest::newRow("ods with a password") << u"password.ods"_s << u"protected by a password"_s;
}

void TestWorkbookReader::refused()
{
    QFETCH(QString, file);
    QFETCH(QString, words);
    const auto workbook = WorkbookReader::read(corpus(file));
    QVERIFY(!workbook.ok());
    QVERIFY2(workbook.error().contains(words), qPrintable(workbook.error()));
    QVERIFY2(workbook.error().contains(file), qPrintable(workbook.error()));
}

void TestWorkbookReader::encryptedOfficeFile()
{
    // Excel's encrypted .xlsx: a compound file holding "EncryptionInfo" and the package.
    QByteArray bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    bytes.append(QByteArray(504, '\0'));
    const QString stream = u"EncryptionInfo"_s;
    bytes.append(reinterpret_cast<const char *>(stream.utf16()), stream.size() * 2);
    bytes.append(QByteArray(1024, '\0'));
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const auto workbook = WorkbookReader::read(&buffer, u"secret.xlsx"_s);
    QVERIFY(!workbook.ok());
    QVERIFY2(workbook.error().contains(u"protected by a password"_s), qPrintable(workbook.error()));
}

void TestWorkbookReader::rowsFarApart()
{
    // Three rows sixteen cells wide, then one value in the sheet's last row: the rows between
    // hold nothing and are given no room (as wide as the widest, they would take 1.7 GB).
    QByteArray sheet = "<worksheet><sheetData>";
    for (int row = 1; row <= 3; ++row) {
        sheet += "<row r=\"" + QByteArray::number(row) + "\">";
        for (char column = 'A'; column <= 'P'; ++column) {
            sheet += "<c r=\"" + QByteArray(1, column) + QByteArray::number(row)
                + "\" t=\"inlineStr\"><is><t>" + QByteArray(1, column) + "</t></is></c>";
        }
        sheet += "</row>";
    }
    sheet += "<row r=\"1048576\"><c r=\"B1048576\"><v>42</v></c></row></sheetData></worksheet>";
    const auto bytes =
        ZipWriter::pack({{u"[Content_Types].xml"_s, "<Types/>"},
                         {u"_rels/.rels"_s,
                          "<Relationships><Relationship Id=\"rId1\" Type=\"x/officeDocument\" "
                          "Target=\"xl/workbook.xml\"/></Relationships>"},
                         {u"xl/workbook.xml"_s,
                          "<workbook><sheets><sheet name=\"Far\" sheetId=\"1\" r:id=\"rId1\" "
                          "xmlns:r=\"r\"/></sheets></workbook>"},
                         {u"xl/_rels/workbook.xml.rels"_s,
                          "<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" "
                          "Target=\"worksheets/sheet1.xml\"/></Relationships>"},
                         {u"xl/worksheets/sheet1.xml"_s, sheet}});
    QVERIFY2(bytes.ok(), qPrintable(bytes.error()));
    QByteArray data = *bytes;
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const auto workbook = WorkbookReader::read(&buffer, u"far.xlsx"_s);
    QVERIFY2(workbook.ok(), qPrintable(workbook.error()));
    const Workbook::Sheet &read = workbook->sheets.first();
    QCOMPARE(read.rows.size(), 1048576);
    QCOMPARE(read.rows.at(2).size(), 16);
    QCOMPARE(text(read.cell(2, 15)), u"P"_s);
    QCOMPARE(read.cell(1048575, 1)->number, 42.0);
    for (const int gap : {3, 4, 500000, 1048574}) {
        QVERIFY(read.rows.at(gap).isEmpty());
        QCOMPARE(read.rows.at(gap).capacity(), 0);
    }
}

void TestWorkbookReader::readsFromABuffer()
{
    QFile file(corpus(u"form-905-openpyxl.xlsx"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const auto workbook = WorkbookReader::read(&buffer, u"form.xlsx"_s);
    QVERIFY2(workbook.ok(), qPrintable(workbook.error()));
    QCOMPARE(workbook->format, u"xlsx"_s);
    QByteArray xls;
    QFile xlsFile(corpus(u"form-905-libreoffice.xls"_s));
    QVERIFY(xlsFile.open(QIODevice::ReadOnly));
    xls = xlsFile.readAll();
    QBuffer xlsBuffer(&xls);
    QVERIFY(xlsBuffer.open(QIODevice::ReadOnly));
    const auto old = WorkbookReader::read(&xlsBuffer, u"form.xls"_s);
    QVERIFY2(old.ok(), qPrintable(old.error()));
    QCOMPARE(old->format, u"xls"_s);
}

void TestWorkbookReader::storedValues_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("number");

    using Type = Workbook::Cell::Type;
    const auto number = [](const char *name, const char *cell, double value) {
        QTest::newRow(name) << QByteArray(cell) << int(Type::Number) << QString() << value;
    };
    const auto text = [](const char *name, const char *cell, const QString &value) {
        QTest::newRow(name) << QByteArray(cell) << int(Type::Text) << value << 0.0;
    };
    number("whole", "<c r=\"A1\"><v>1500000</v></c>", 1500000);
    number("negative, with a point", "<c r=\"A1\"><v>-0.5</v></c>", -0.5);
    number("with an exponent", "<c r=\"A1\"><v>1.5E-3</v></c>", 0.0015);
    number("with a sign and spaces", "<c r=\"A1\"><v> +12 </v></c>", 12);
    text("two signs", "<c r=\"A1\"><v>+-1</v></c>", u"+-1"_s);
    text("a comma", "<c r=\"A1\"><v>1,5</v></c>", u"1,5"_s);
    text("infinite", "<c r=\"A1\"><v>infinity</v></c>", u"infinity"_s);
    text("too large", "<c r=\"A1\"><v>1e400</v></c>", u"1e400"_s);
    text("shared", "<c r=\"A1\" t=\"s\"><v>1</v></c>", u"Xã Bình An & Cô Tô"_s);
    text("inline, in runs",
         "<c r=\"A1\" t=\"inlineStr\"><is><r><t>Xã </t></r><r><t>Cô Tô</t></r></is></c>",
         u"Xã Cô Tô"_s);
    text("a formula's text", "<c r=\"A1\" t=\"str\"><f>B1&amp;\"\"</f><v>&lt;9&gt;</v></c>",
         u"<9>"_s);
    QTest::newRow("a boolean") << QByteArray("<c r=\"A1\" t=\"b\"><v>1</v></c>")
                               << int(Type::Boolean) << u"TRUE"_s << 0.0;
}

void TestWorkbookReader::storedValues()
{
    QFETCH(QByteArray, cell);
    QFETCH(int, type);
    QFETCH(QString, text);
    QFETCH(double, number);
    const QHash<QString, QByteArray> parts{
        {u"xl/workbook.xml"_s,
         "<workbook xmlns:r=\"r\"><sheets><sheet name=\"S\" r:id=\"rId1\"/></sheets>"
         "</workbook>"},
        {u"xl/_rels/workbook.xml.rels"_s,
         "<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" "
         "Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"x/sharedStrings\" "
         "Target=\"sharedStrings.xml\"/></Relationships>"},
        {u"xl/sharedStrings.xml"_s,
         "<sst><si><t>0</t></si><si><t>X\xC3\xA3 B\xC3\xACnh An &amp; C\xC3\xB4 T\xC3\xB4</t>"
         "</si></sst>"},
        {u"xl/worksheets/sheet1.xml"_s,
         "<worksheet><sheetData><row r=\"1\">" + cell + "</row></sheetData></worksheet>"}};
    ZipParts zip(parts, u"values.xlsx"_s);
    const auto workbook = XlsxReader::read(zip, u"values.xlsx"_s);
    QVERIFY2(workbook, qPrintable(workbook.error()));
    const Workbook::Cell *read = workbook->sheets.value(0).cell(0, 0);
    QVERIFY(read);
    QCOMPARE(int(read->type), type);
    QCOMPARE(read->text, text);
    QCOMPARE(read->number, number);
}

void TestWorkbookReader::dateFormats_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("date");
    QTest::newRow("built-in 14") << 14 << QString() << true;
    QTest::newRow("built-in 22") << 22 << QString() << true;
    QTest::newRow("built-in time") << 20 << QString() << false;
    QTest::newRow("general") << 0 << u"General"_s << false;
    QTest::newRow("dd/mm/yyyy") << 164 << u"dd/mm/yyyy"_s << true;
    QTest::newRow("locale prefix") << 165 << u"[$-42A]dd/mm/yyyy;@"_s << true;
    QTest::newRow("thousands") << 166 << u"#,##0"_s << false;
    QTest::newRow("quoted d") << 167 << u"0 \"đồng\""_s << false;
    QTest::newRow("red") << 168 << u"[Red]0.00"_s << false;
    QTest::newRow("text") << 49 << u"@"_s << false;
}

void TestWorkbookReader::dateFormats()
{
    QFETCH(int, id);
    QFETCH(QString, code);
    QFETCH(bool, date);
    QCOMPARE(XlsxReader::isDateFormat(id, code), date);
}

void TestWorkbookReader::serialDates()
{
    QCOMPARE(XlsxReader::dateFromSerial(43971), QDate(2020, 5, 20));
    QCOMPARE(XlsxReader::dateFromSerial(43971.75), QDate(2020, 5, 20));
    QCOMPARE(XlsxReader::dateFromSerial(1), QDate(1900, 1, 1));
    QCOMPARE(XlsxReader::dateFromSerial(59), QDate(1900, 2, 28));
    QCOMPARE(XlsxReader::dateFromSerial(61), QDate(1900, 3, 1));
    QCOMPARE(XlsxReader::dateFromSerial(42509, true), QDate(2020, 5, 20));
    QVERIFY(!XlsxReader::dateFromSerial(0).isValid());
    QVERIFY(!XlsxReader::dateFromSerial(-3).isValid());
    QVERIFY(!XlsxReader::dateFromSerial(1e12).isValid());
}

void TestWorkbookReader::tenThousandRows()
{
    // A table of 10,000 rows written by libxlsxwriter (constant memory, shared strings off),
    // as a large export would be.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ReportDocument report;
    ReportPart part;
    part.sheetName = u"Kết quả"_s;
    part.columns = {{u"Mã đơn vị"_s, ReportColumn::Type::Code},
                    {u"Tên đơn vị"_s, ReportColumn::Type::Text},
                    {u"Ngày tổ chức"_s, ReportColumn::Type::Date},
                    {u"Số người dự"_s, ReportColumn::Type::Integer}};
    part.rowCount = 10000;
    part.row = [](int index) {
        ReportRow row;
        row.cells = {QString::number(10000 + index), u"Xã Số %1"_s.arg(index),
                     QDate(2020, 5, 1).addDays(index % 60), qint64(index % 300)};
        return row;
    };
    report.parts.append(part);
    const QString path = dir.filePath(u"big.xlsx"_s);
    QVERIFY(XlsxWriter::write(report, path).ok());
    const auto workbook = WorkbookReader::read(path);
    QVERIFY2(workbook.ok(), qPrintable(workbook.error()));
    const Workbook::Sheet &sheet = workbook->sheets.first();
    QCOMPARE(sheet.rows.size(), 10001);
    QCOMPARE(text(sheet.cell(10000, 0)), u"19999"_s);
    QCOMPARE(text(sheet.cell(10000, 1)), u"Xã Số 9999"_s);
    QCOMPARE(sheet.cell(10000, 2)->date, QDate(2020, 5, 1).addDays(9999 % 60));
    QCOMPARE(sheet.cell(10000, 3)->number, double(9999 % 300));
}

void TestWorkbookReader::textIsComposed_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("read");
    QTest::newRow("composed already") << u"Xã Vĩnh Hòa Phú"_s << u"Xã Vĩnh Hòa Phú"_s;
    QTest::newRow("tone as a combining mark") << u"Ho\u0300a Thuy\u0301"_s << u"Hòa Thuý"_s;
    // Characters that NFC writes otherwise though they are no marks: the fuzzer found the
    // first in a cell.
    QTest::newRow("en quad") << u"Ban\u2000Dân vận"_s << u"Ban\u2002Dân vận"_s;
    QTest::newRow("angstrom sign") << u"\u212B"_s << u"\u00C5"_s;
    QTest::newRow("Hangul jamo") << u"\u1100\u1161"_s << u"\uAC00"_s;
    QTest::newRow("beyond the first plane") << u"\U0001D15E"_s << u"\U0001D157\U0001D165"_s;
}

void TestWorkbookReader::textIsComposed()
{
    QFETCH(QString, stored);
    QFETCH(QString, read);
    QCOMPARE(read, read.normalized(QString::NormalizationForm_C));
    Workbook workbook;
    Workbook::Sheet sheet;
    Workbook::Cell cell;
    cell.type = Workbook::Cell::Type::Text;
    cell.text = stored;
    sheet.rows = {{cell}};
    workbook.sheets = {sheet};
    WorkbookReader::decodeText(&workbook, LegacyEncoding::Encoding::Unicode);
    QCOMPARE(workbook.sheets.at(0).cell(0, 0)->text, read);
}

void TestWorkbookReader::xlsTransferRoundTrip()
{
    const auto decoded =
        XlsTransfer::decode(XlsTransfer::encode(XlsTransfer::Outcome::Read, transferSample()));
    QVERIFY(decoded);
    QCOMPARE(decoded->outcome, XlsTransfer::Outcome::Read);
    QCOMPARE(decoded->workbook.format, u"xls"_s);
    QCOMPARE(decoded->workbook.sheets.size(), 2);
    const Workbook::Sheet &sheet = decoded->workbook.sheets.at(0);
    QCOMPARE(sheet.name, u"Biểu 1"_s);
    QCOMPARE(sheet.rows.size(), 3);
    QCOMPARE(sheet.rows.at(0).size(), 3);
    QCOMPARE(sheet.cell(0, 0)->text, u"Xã Vĩnh Hòa Phú"_s);
    QCOMPARE(sheet.cell(0, 1)->type, Workbook::Cell::Type::Empty);
    QCOMPARE(sheet.cell(0, 2)->number, 120.5);
    QVERIFY(sheet.rows.at(1).isEmpty());
    QCOMPARE(sheet.cell(2, 0)->type, Workbook::Cell::Type::Date);
    QCOMPARE(sheet.cell(2, 0)->date, QDate(2020, 5, 20));
    QCOMPARE(decoded->workbook.sheets.at(1).name, u"Trống"_s);

    const auto refused = XlsTransfer::decode(XlsTransfer::encode(XlsTransfer::Outcome::Encrypted));
    QVERIFY(refused);
    QCOMPARE(refused->outcome, XlsTransfer::Outcome::Encrypted);
    QVERIFY(refused->workbook.sheets.isEmpty());
}

void TestWorkbookReader::xlsTransferCutShort()
{
    // What a reader that crashes half-way leaves: every beginning of a whole message, and
    // a message with bytes after its end, are refused.
    const QByteArray whole = XlsTransfer::encode(XlsTransfer::Outcome::Read, transferSample());
    QVERIFY(XlsTransfer::decode(whole));
    for (qsizetype size = 0; size < whole.size(); ++size)
        QVERIFY2(!XlsTransfer::decode(whole.left(size)), qPrintable(QString::number(size)));
    QVERIFY(!XlsTransfer::decode(whole + "x"));

    // A date cell whose day is not a day (what the fuzzer made of a message).
    Workbook workbook = transferSample();
    workbook.sheets[0].rows[2][0].date = QDate();
    QVERIFY(!XlsTransfer::decode(XlsTransfer::encode(XlsTransfer::Outcome::Read, workbook)));
}

void TestWorkbookReader::xlsReaderInItsOwnProcess_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("words");
    QTest::newRow("crashes") << u"kill -SEGV $$"_s << XlsReader::DefaultTimeoutMs
                             << u"is damaged"_s;
    QTest::newRow("fails") << u"exit 1"_s << XlsReader::DefaultTimeoutMs << u"is damaged"_s;
    // What a shell says of a program whose library is missing: nothing about the file.
    QTest::newRow("cannot run") << u"exit 127"_s << XlsReader::DefaultTimeoutMs
                                << u"did not start (exit code 127)"_s;
    QTest::newRow("cut short") << u"printf dvLS"_s << XlsReader::DefaultTimeoutMs
                               << u"is damaged"_s;
    QTest::newRow("hangs") << u"exec sleep 60"_s << 1000 << u"took too long"_s;
}

void TestWorkbookReader::xlsReaderInItsOwnProcess()
{
    QFETCH(QString, script);
    QFETCH(int, timeoutMs);
    QFETCH(QString, words);
    // The reader the programs run is found, and reads the form.
    QVERIFY2(!XlsReader::program().isEmpty(), "danvan-xls-reader is built beside the tests");
    QVERIFY(WorkbookReader::read(corpus(u"form-905-libreoffice.xls"_s)).ok());

    // A reader that goes wrong in its own process: the file is refused in words, and this
    // process goes on.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile reader(dir.filePath(u"reader"_s));
    QVERIFY(reader.open(QIODevice::WriteOnly));
    reader.write("#!/bin/sh\n" + script.toUtf8() + '\n');
    reader.close();
    QVERIFY(reader.setPermissions(reader.permissions() | QFile::ExeOwner));
    XlsReader::setProgram(reader.fileName(), timeoutMs);
    const auto workbook = WorkbookReader::read(corpus(u"form-905-libreoffice.xls"_s));
    XlsReader::setProgram(QString());
    QVERIFY(!workbook.ok());
    QVERIFY2(workbook.error().contains(words), qPrintable(workbook.error()));
    QVERIFY2(workbook.error().contains(u"form-905-libreoffice.xls"_s),
             qPrintable(workbook.error()));

    // A reader that is not there.
    XlsReader::setProgram(dir.filePath(u"missing"_s));
    const auto missing = WorkbookReader::read(corpus(u"form-905-libreoffice.xls"_s));
    XlsReader::setProgram(QString());
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().contains(u"did not start"_s), qPrintable(missing.error()));
}

QTEST_GUILESS_MAIN(TestWorkbookReader)
#include "tst_workbookreader.moc"
