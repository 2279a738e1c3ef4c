#include "CellValues.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Workbook::Cell textCell(const QString &text)
{
    Workbook::Cell cell;
    cell.type = Workbook::Cell::Type::Text;
    cell.text = text;
    return cell;
}

Workbook::Cell numberCell(double number)
{
    Workbook::Cell cell;
    cell.type = Workbook::Cell::Type::Number;
    cell.number = number;
    return cell;
}

} // namespace

/// CellValues: days, numbers of people and amounts as offices write them in spreadsheets,
/// and what is refused.
class TestCellValues : public QObject
{
    Q_OBJECT

private slots:
    void dates_data();
    void dates();
    void dateCells();
    void counts_data();
    void counts();
    void money_data();
    void money();
    void text();
};

void TestCellValues::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date"); // invalid: refused
    const QDate may20(2020, 5, 20);
    QTest::newRow("dd/MM/yyyy") << u"20/05/2020"_s << may20;
    QTest::newRow("d/M/yyyy") << u"20/5/2020"_s << may20;
    QTest::newRow("dd-MM-yyyy") << u"20-05-2020"_s << may20;
    QTest::newRow("d.M.yyyy") << u"20.5.2020"_s << may20;
    QTest::newRow("ISO") << u"2020-05-20"_s << may20;
    QTest::newRow("words") << u"ngày 20 tháng 5 năm 2020"_s << may20;
    QTest::newRow("words capitalised") << u"Ngày 20 tháng 05 năm 2020"_s << may20;
    QTest::newRow("words without accents") << u"ngay 20 thang 5 nam 2020"_s << may20;
    QTest::newRow("with ngày") << u"ngày 20/5/2020"_s << may20;
    QTest::newRow("with a weekday") << u"Thứ Tư, 20/5/2020"_s << may20;
    QTest::newRow("with a time") << u"20/05/2020 08:00"_s << may20;
    QTest::newRow("time first") << u"8h00 ngày 20/5/2020"_s << may20;
    QTest::newRow("two-digit year") << u"20/5/20"_s << may20;
    QTest::newRow("spaces") << u" 20 / 5 / 2020 "_s << may20;
    QTest::newRow("no such day") << u"31/02/2020"_s << QDate();
    QTest::newRow("month 13") << u"20/13/2020"_s << QDate();
    QTest::newRow("day 0") << u"00/05/2020"_s << QDate();
    QTest::newRow("a sign") << u"+5/05/2020"_s << QDate();
    QTest::newRow("year 0000") << u"20/05/0000"_s << QDate();
    QTest::newRow("end of June") << u"cuối tháng 6"_s << QDate();
    QTest::newRow("two days") << u"20/5/2020 và 21/5/2020"_s << QDate();
    QTest::newRow("words") << u"chưa tổ chức"_s << QDate();
}

void TestCellValues::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const auto parsed = CellValues::date(textCell(text));
    if (!date.isValid()) {
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().contains(text.trimmed()), qPrintable(parsed.error()));
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(*parsed, date);
}

void TestCellValues::dateCells()
{
    Workbook::Cell date;
    date.type = Workbook::Cell::Type::Date;
    date.date = QDate(2020, 6, 26);
    QCOMPARE(*CellValues::date(date), QDate(2020, 6, 26));
    // A serial number without a date format.
    QCOMPARE(*CellValues::date(numberCell(43971)), QDate(2020, 5, 20));
    QVERIFY(!CellValues::date(numberCell(120)).ok());
    QVERIFY(!CellValues::date(Workbook::Cell()).value().isValid());
    Workbook::Cell error;
    error.type = Workbook::Cell::Type::Error;
    error.text = u"#REF!"_s;
    QVERIFY(!CellValues::date(error).ok());
}

void TestCellValues::counts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("count"); // -2: refused
    QTest::newRow("plain") << u"120"_s << qint64(120);
    QTest::newRow("thousands") << u"1.500"_s << qint64(1500);
    QTest::newRow("with people") << u"120 người"_s << qint64(120);
    QTest::newRow("with delegates") << u"95 đại biểu"_s << qint64(95);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("empty") << u"  "_s << qint64(-1);
    QTest::newRow("in words") << u"một trăm"_s << qint64(-2);
    QTest::newRow("about") << u"khoảng 100"_s << qint64(-2);
    QTest::newRow("negative") << u"-5"_s << qint64(-2);
    QTest::newRow("decimal") << u"1.5"_s << qint64(-2);
    // Figures alone are read at once; the limits are the same as the longer way's.
    QTest::newRow("figures with spaces") << u" 175\u00a0"_s << qint64(175);
    QTest::newRow("leading zeros") << u"0042"_s << qint64(42);
    QTest::newRow("the most people") << u"10000000"_s << qint64(10000000);
    QTest::newRow("too many people") << u"10000001"_s << qint64(-2);
    QTest::newRow("nineteen figures") << u"1234567890123456789"_s << qint64(-2);
    QTest::newRow("full-width figures") << u"１２０"_s << qint64(-2);
}

void TestCellValues::counts()
{
    QFETCH(QString, text);
    QFETCH(qint64, count);
    const auto parsed = CellValues::count(textCell(text));
    if (count == -2) {
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().contains(text), qPrintable(parsed.error()));
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(*parsed, count);
    QCOMPARE(*CellValues::count(numberCell(142)), qint64(142));
    QVERIFY(!CellValues::count(numberCell(12.5)).ok());
    QVERIFY(!CellValues::count(numberCell(-1)).ok());
}

void TestCellValues::money_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("amount"); // -2: refused
    QTest::newRow("dots") << u"1.500.000"_s << qint64(1500000);
    QTest::newRow("with đ") << u"1.500.000 đ"_s << qint64(1500000);
    QTest::newRow("with đồng") << u"14.500.000 đồng"_s << qint64(14500000);
    QTest::newRow("plain") << u"5000000"_s << qint64(5000000);
    QTest::newRow("commas") << u"1,500,000"_s << qint64(1500000);
    QTest::newRow("words") << u"năm triệu"_s << qint64(-2);
    QTest::newRow("decimal") << u"1500000,5"_s << qint64(-2);
    QTest::newRow("figures with spaces") << u"  45000000 "_s << qint64(45000000);
    QTest::newRow("the largest") << u"999999999999999"_s << qint64(999999999999999);
    QTest::newRow("too large") << u"1000000000000000"_s << qint64(-2);
    QTest::newRow("eighteen figures") << u"999999999999999999"_s << qint64(-2);
    QTest::newRow("negative") << u"-5"_s << qint64(-2);
}

void TestCellValues::money()
{
    QFETCH(QString, text);
    QFETCH(qint64, amount);
    const auto parsed = CellValues::money(textCell(text));
    if (amount == -2) {
        QVERIFY(!parsed.ok());
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(*parsed, amount);
    QCOMPARE(*CellValues::money(numberCell(15000000)), qint64(15000000));
    QVERIFY(!CellValues::money(numberCell(0.5)).ok());
}

void TestCellValues::text()
{
    QCOMPARE(*CellValues::text(textCell(u"  Hội  trường\u00A0xã \n\n  tốt  \n"_s)),
             u"Hội trường xã\n\ntốt"_s);
    QCOMPARE(*CellValues::text(numberCell(120)), u"120"_s);
    // Decomposed input (Windows-1258) is stored composed.
    const QString decomposed = u"Hòa"_s.normalized(QString::NormalizationForm_D);
    QCOMPARE(*CellValues::text(textCell(decomposed)), u"Hòa"_s);
}

QTEST_GUILESS_MAIN(TestCellValues)
#include "tst_cellvalues.moc"
