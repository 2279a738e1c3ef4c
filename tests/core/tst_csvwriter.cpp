#include "CsvWriter.h"
#include "ReportDocument.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Type = ReportColumn::Type;

const QByteArray bom("\xEF\xBB\xBF");

/// A table from fixed rows.
ReportPart makePart(const QList<ReportColumn> &columns, const QList<ReportRow> &rows)
{
    ReportPart part;
    part.title = u"Bảng"_s;
    part.sheetName = u"Bảng"_s;
    part.columns = columns;
    part.rowCount = int(rows.size());
    part.row = [rows](int index) {
        return rows.at(index);
    };
    return part;
}

ReportRow dataRow(const QVariantList &cells)
{
    ReportRow row;
    row.cells = cells;
    return row;
}

/// The whole output of writing `part`, as UTF-8 bytes.
QByteArray written(const ReportPart &part, QChar delimiter = u',',
                   CsvWriter::DateStyle dates = CsvWriter::DateStyle::DayMonthYear)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.setDelimiter(delimiter);
    writer.setDateStyle(dates);
    if (auto done = writer.write(part); !done)
        qWarning("%s", qPrintable(done.error()));
    return buffer.data();
}

} // namespace

/// CsvWriter: report tables as the CSV that Excel on a Vietnamese Windows opens: UTF-8 with
/// a byte-order mark, CRLF, RFC 4180 quoting, typed cells, and the formula guard.
class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void byteOrderMarkAndLineEnds();
    void headerRow();
    void oneByteOrderMarkForTwoTables();
    void text_data();
    void text();
    void numbers_data();
    void numbers();
    void dates_data();
    void dates();
    void formulaGuard_data();
    void formulaGuard();
    void semicolonDelimiter();
    void groupRowsSkipped();
    void rowsInOrder();
    void largeTableWholeAndExact();
    void deviceThatRefuses();
};

void TestCsvWriter::byteOrderMarkAndLineEnds()
{
    const QByteArray out = written(
        makePart({{u"Tên"_s, Type::Text}, {u"Số"_s, Type::Integer}},
                 {dataRow({u"Xã Bình An"_s, 3}), dataRow({u"Phường Vĩnh Thanh Vân"_s, 12})}));
    QVERIFY(out.startsWith(bom));
    QVERIFY(!out.mid(3).startsWith(bom));
    QVERIFY(out.endsWith("\r\n"));
    // Every line break is CRLF: as many CR as LF, each LF right after a CR.
    QCOMPARE(out.count('\n'), 3);
    QCOMPARE(out.count("\r\n"), 3);
    QCOMPARE(out.count('\r'), 3);
    QVERIFY(!out.contains("sep="));
    QCOMPARE(
        out,
        bom + u"\"Tên\",\"Số\"\r\n\"Xã Bình An\",3\r\n\"Phường Vĩnh Thanh Vân\",12\r\n"_s.toUtf8());
}

void TestCsvWriter::headerRow()
{
    // Headers are text like any other: quoted, in the user's words, guarded too.
    const QByteArray out = written(makePart({{u"Mã"_s, Type::Code},
                                             {u"Ngày, tháng"_s, Type::Date},
                                             {u"Ghi \"chú\""_s, Type::Text},
                                             {u"-Âm"_s, Type::Money}},
                                            {}));
    QCOMPARE(QString::fromUtf8(out.mid(3)),
             u"\"Mã\",\"Ngày, tháng\",\"Ghi \"\"chú\"\"\",\"'-Âm\"\r\n"_s);
}

void TestCsvWriter::oneByteOrderMarkForTwoTables()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    const ReportPart part = makePart({{u"A"_s, Type::Text}}, {dataRow({u"x"_s})});
    QVERIFY(writer.write(part).ok());
    QVERIFY(writer.write(part).ok());
    QCOMPARE(buffer.data(), bom + "\"A\"\r\n\"x\"\r\n\"A\"\r\n\"x\"\r\n");
}

void TestCsvWriter::text_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("expected");

    const int text = int(Type::Text);
    const int code = int(Type::Code);
    QTest::newRow("plain") << QVariant(u"Huyện Châu Thành"_s) << text << u"\"Huyện Châu Thành\""_s;
    QTest::newRow("comma") << QVariant(u"Rạch Giá, Kiên Giang"_s) << text
                           << u"\"Rạch Giá, Kiên Giang\""_s;
    QTest::newRow("semicolon") << QVariant(u"a; b"_s) << text << u"\"a; b\""_s;
    QTest::newRow("quotes") << QVariant(u"Phong trào \"Dân vận khéo\""_s) << text
                            << u"\"Phong trào \"\"Dân vận khéo\"\"\""_s;
    QTest::newRow("only a quote") << QVariant(u"\""_s) << text << u"\"\"\"\""_s;
    QTest::newRow("LF") << QVariant(u"dòng 1\ndòng 2"_s) << text << u"\"dòng 1\ndòng 2\""_s;
    QTest::newRow("CRLF inside") << QVariant(u"dòng 1\r\ndòng 2"_s) << text
                                 << u"\"dòng 1\r\ndòng 2\""_s;
    QTest::newRow("spaces kept") << QVariant(u"  hai bên  "_s) << text << u"\"  hai bên  \""_s;
    QTest::newRow("empty") << QVariant(QString()) << text << QString();
    QTest::newRow("null") << QVariant() << text << QString();
    QTest::newRow("code with leading zeros") << QVariant(u"01"_s) << code << u"\"01\""_s;
    QTest::newRow("code 00001") << QVariant(u"00001"_s) << code << u"\"00001\""_s;
    QTest::newRow("code digits") << QVariant(u"30898"_s) << code << u"\"30898\""_s;
    QTest::newRow("code empty") << QVariant(QString()) << code << QString();
    QTest::newRow("text that looks like a number")
        << QVariant(u"1.000"_s) << text << u"\"1.000\""_s;
    QTest::newRow("text that looks like a date")
        << QVariant(u"05/09/2020"_s) << text << u"\"05/09/2020\""_s;
}

void TestCsvWriter::text()
{
    QFETCH(QVariant, value);
    QFETCH(int, type);
    QFETCH(QString, expected);

    QBuffer buffer;
    CsvWriter writer(&buffer);
    QCOMPARE(writer.cellText(value, Type(type)), expected);
    // The same through a whole file.
    const QByteArray out = written(makePart({{u"H"_s, Type(type)}}, {dataRow({value})}));
    QCOMPARE(QString::fromUtf8(out.mid(3)), u"\"H\"\r\n"_s + expected + u"\r\n"_s);
}

void TestCsvWriter::numbers_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("expected");

    const int integer = int(Type::Integer);
    const int money = int(Type::Money);
    QTest::newRow("integer") << QVariant(qint64(42)) << integer << u"42"_s;
    QTest::newRow("int") << QVariant(7) << integer << u"7"_s;
    QTest::newRow("zero") << QVariant(qint64(0)) << integer << u"0"_s;
    QTest::newRow("no value") << QVariant() << integer << QString();
    // ReportDocument.h: a negative qint64 is "no value", written empty, never "-5" (and so never
    // the text "'-5" either: numbers are not guarded).
    QTest::newRow("negative integer") << QVariant(qint64(-5)) << integer << QString();
    QTest::newRow("negative int") << QVariant(-1) << integer << QString();
    QTest::newRow("money") << QVariant(qint64(1500000)) << money << u"1500000"_s;
    QTest::newRow("money, large") << QVariant(qint64(12345678901234)) << money
                                  << u"12345678901234"_s;
    QTest::newRow("money zero") << QVariant(qint64(0)) << money << u"0"_s;
    QTest::newRow("negative money") << QVariant(qint64(-1)) << money << QString();
    QTest::newRow("money, no value") << QVariant() << money << QString();
}

void TestCsvWriter::numbers()
{
    QFETCH(QVariant, value);
    QFETCH(int, type);
    QFETCH(QString, expected);

    QBuffer buffer;
    CsvWriter writer(&buffer);
    const QString text = writer.cellText(value, Type(type));
    QCOMPARE(text, expected);
    QVERIFY(!text.contains(u'"'));
    QVERIFY(!text.contains(u'\''));
    QVERIFY(!text.contains(u'.'));
    QVERIFY(!text.contains(u' '));
}

void TestCsvWriter::dates_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("iso");
    QTest::addColumn<QString>("expected");

    QTest::newRow("dmy") << QVariant(QDate(2020, 9, 5)) << false << u"05/09/2020"_s;
    QTest::newRow("dmy, two digits") << QVariant(QDate(2020, 12, 31)) << false << u"31/12/2020"_s;
    QTest::newRow("iso") << QVariant(QDate(2020, 9, 5)) << true << u"2020-09-05"_s;
    QTest::newRow("iso, leap day") << QVariant(QDate(2020, 2, 29)) << true << u"2020-02-29"_s;
    QTest::newRow("invalid, dmy") << QVariant(QDate()) << false << QString();
    QTest::newRow("invalid, iso") << QVariant(QDate()) << true << QString();
    QTest::newRow("null") << QVariant() << false << QString();
}

void TestCsvWriter::dates()
{
    QFETCH(QVariant, value);
    QFETCH(bool, iso);
    QFETCH(QString, expected);

    QBuffer buffer;
    CsvWriter writer(&buffer);
    writer.setDateStyle(iso ? CsvWriter::DateStyle::Iso : CsvWriter::DateStyle::DayMonthYear);
    QCOMPARE(writer.cellText(value, Type::Date), expected);
    // Unquoted, so that a spreadsheet reads a date.
    const QByteArray out =
        written(makePart({{u"Ngày"_s, Type::Date}}, {dataRow({value})}), u',',
                iso ? CsvWriter::DateStyle::Iso : CsvWriter::DateStyle::DayMonthYear);
    QCOMPARE(QString::fromUtf8(out.mid(3)), u"\"Ngày\"\r\n"_s + expected + u"\r\n"_s);
}

void TestCsvWriter::formulaGuard_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("guarded");

    QTest::newRow("=") << u"=1+1"_s << true;
    QTest::newRow("+") << u"+84 912 345 678"_s << true;
    QTest::newRow("-") << u"-5"_s << true;
    QTest::newRow("@") << u"@SUM(A1)"_s << true;
    QTest::newRow("tab") << u"\tx"_s << true;
    QTest::newRow("CR") << u"\rx"_s << true;
    QTest::newRow("= alone") << u"="_s << true;
    QTest::newRow("HYPERLINK") << u"=HYPERLINK(\"http://x\",\"y\")"_s << true;
    QTest::newRow("dash in the middle") << u"Hòn Đất - Kiên Giang"_s << false;
    QTest::newRow("equals in the middle") << u"a=b"_s << false;
    QTest::newRow("leading space") << u" =1+1"_s << false;
    QTest::newRow("apostrophe") << u"'abc"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("LF first") << u"\nx"_s << false;
    QTest::newRow("Vietnamese") << u"Đảng bộ"_s << false;
}

void TestCsvWriter::formulaGuard()
{
    QFETCH(QString, value);
    QFETCH(bool, guarded);

    QCOMPARE(CsvWriter::looksLikeFormula(value), guarded);
    QBuffer buffer;
    CsvWriter writer(&buffer);
    QString expected;
    if (!value.isEmpty()) {
        // The guard is one apostrophe before the text, inside the quotes.
        expected = (guarded ? u"'"_s : QString()) + value;
        expected = u'"' + expected.replace(u'"', u"\"\""_s) + u'"';
    }
    QCOMPARE(writer.cellText(value, Type::Text), expected);
    QCOMPARE(writer.cellText(value, Type::Code), expected);
}

void TestCsvWriter::semicolonDelimiter()
{
    const QByteArray out = written(
        makePart(
            {{u"Mã"_s, Type::Code},
             {u"Tên"_s, Type::Text},
             {u"Ngày"_s, Type::Date},
             {u"Số"_s, Type::Integer}},
            {dataRow({u"905"_s, u"Huyện Châu Thành; Kiên Giang"_s, QDate(2020, 6, 30), qint64(10)}),
             dataRow({u"91"_s, u"Tỉnh, Kiên Giang"_s, QDate(), qint64(-1)})}),
        u';');
    QCOMPARE(QString::fromUtf8(out.mid(3)),
             u"\"Mã\";\"Tên\";\"Ngày\";\"Số\"\r\n"
             u"\"905\";\"Huyện Châu Thành; Kiên Giang\";30/06/2020;10\r\n"
             u"\"91\";\"Tỉnh, Kiên Giang\";;\r\n"_s);
}

void TestCsvWriter::groupRowsSkipped()
{
    ReportRow group;
    group.kind = ReportRow::Kind::Group;
    group.group = u"Huyện Châu Thành"_s;
    ReportRow total = dataRow({u"Tổng cộng"_s, qint64(3)});
    total.kind = ReportRow::Kind::Total;
    ReportRow emphasised = dataRow({u"Xã Bình An"_s, qint64(2)});
    emphasised.emphasised = true;
    const QByteArray out = written(makePart(
        {{u"Tên"_s, Type::Text}, {u"Số"_s, Type::Integer}},
        {group, dataRow({u"Thị trấn Minh Lương"_s, qint64(1)}), group, emphasised, total}));
    QCOMPARE(QString::fromUtf8(out.mid(3)),
             u"\"Tên\",\"Số\"\r\n\"Thị trấn Minh Lương\",1\r\n\"Xã Bình An\",2\r\n"
             u"\"Tổng cộng\",3\r\n"_s);
}

void TestCsvWriter::rowsInOrder()
{
    // Short rows are padded with empty cells; every line has the header's column count.
    const QByteArray out =
        written(makePart({{u"A"_s, Type::Text}, {u"B"_s, Type::Integer}, {u"C"_s, Type::Date}},
                         {dataRow({u"một"_s}), dataRow({u"hai"_s, qint64(2), QDate(2020, 1, 2)})}));
    QCOMPARE(QString::fromUtf8(out.mid(3)),
             u"\"A\",\"B\",\"C\"\r\n\"một\",,\r\n\"hai\",2,02/01/2020\r\n"_s);
}

void TestCsvWriter::largeTableWholeAndExact()
{
    // More than one 64 KiB block: every row arrives once, in order.
    constexpr int rows = 5000;
    ReportPart part;
    part.columns = {{u"Số"_s, Type::Integer}, {u"Tên"_s, Type::Text}};
    part.rowCount = rows;
    part.row = [](int index) {
        return dataRow({qint64(index), u"Ấp số %1, xã Bình An"_s.arg(index)});
    };
    const QByteArray out = written(part);
    QVERIFY(out.size() > 1 << 17);
    const QList<QByteArray> lines = out.mid(3).split('\n');
    QCOMPARE(lines.size(), rows + 2); // the header, the rows, and the empty rest
    QVERIFY(lines.last().isEmpty());
    for (int i = 0; i < rows; ++i) {
        QCOMPARE(QString::fromUtf8(lines.at(i + 1)), u"%1,\"Ấp số %1, xã Bình An\"\r"_s.arg(i));
    }
}

void TestCsvWriter::deviceThatRefuses()
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadOnly);
    CsvWriter writer(&buffer);
    const auto done = writer.write(makePart({{u"A"_s, Type::Text}}, {dataRow({u"x"_s})}));
    QVERIFY(!done.ok());
    QVERIFY(!done.error().isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
