#include "CampaignRepository.h"
#include "Database.h"
#include "DocumentStyle.h"
#include "ExampleFixture.h"
#include "ReportBuilder.h"
#include "ReportPrinter.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The pages of a PDF as its page objects count them (Qt writes them uncompressed).
int pdfPages(const QByteArray &pdf)
{
    static const QRegularExpression page(u"/Type\\s*/Page(?![a-zA-Z])"_s);
    int count = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++count;
    return count;
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
}

} // namespace

/// DocumentStyle's lines of a Party document, and ReportPrinter's PDF: pages, paper, and
/// files written whole or not at all. Runs on the offscreen platform.
class TestReportPrinter : public QObject, private TestSupport::ExampleFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void numberLine_data();
    void numberLine();
    void placeAndDate_data();
    void placeAndDate();
    void styleFromExampleSettings();

    void schedulePdf();
    void orientation_data();
    void orientation();
    void replacesExistingFile();
    void missingFolder();
    void fullDiskKeepsExistingFile();

private:
    ReportDocument schedule() const;
};

void TestReportPrinter::init()
{
    QVERIFY(openExample());
}

void TestReportPrinter::cleanup()
{
    closeExample();
}

ReportDocument TestReportPrinter::schedule() const
{
    auto report = ReportBuilder::build(ReportBuilder::Kind::Schedule, *m_database, m_campaignId,
                                       QDate(2020, 7, 1));
    if (!report)
        qFatal("%s", qPrintable(report.error()));
    return *report;
}

void TestReportPrinter::numberLine_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("expected");

    QTest::newRow("number and symbol") << u"12"_s << u"TB/BDVTU"_s << u"Số 12-TB/BDVTU"_s;
    // A blank number leaves room to write it by hand: "Số" and spaces before the symbol.
    QTest::newRow("blank number") << QString() << u"TB/BDVTU"_s << u"Số {4,}-TB/BDVTU"_s;
    QTest::newRow("no symbol") << u"12"_s << QString() << u"Số 12"_s;
    QTest::newRow("nothing") << QString() << QString() << u"Số {4,}"_s;
    QTest::newRow("report symbol") << u"135"_s << u"BC/BDVTU"_s << u"Số 135-BC/BDVTU"_s;
    // A number typed with the symbol is printed as typed, not with the symbol twice.
    QTest::newRow("number typed with the symbol")
        << u"12-TB/BDVTU"_s << u"TB/BDVTU"_s << u"Số 12-TB/BDVTU"_s;
    QTest::newRow("number typed with another symbol")
        << u"12-KH/BDVTU"_s << u"TB/BDVTU"_s << u"Số 12-KH/BDVTU"_s;
}

void TestReportPrinter::numberLine()
{
    QFETCH(QString, number);
    QFETCH(QString, symbol);
    QFETCH(QString, expected);

    DocumentStyle style;
    style.number = number;
    style.symbol = symbol;
    // Expected lines are patterns: only the blanks' width is left open.
    const QRegularExpression pattern(QRegularExpression::anchoredPattern(expected));
    QVERIFY2(pattern.match(style.numberLine()).hasMatch(), qPrintable(style.numberLine()));
    // "Số" without a colon, as the rules write it.
    QVERIFY(!style.numberLine().contains(u':'));
}

void TestReportPrinter::placeAndDate_data()
{
    QTest::addColumn<QString>("place");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");

    // A day below 10 and the months 1 and 2 take a leading zero; the other months do not.
    QTest::newRow("February, day 6")
        << u"Kiên Giang"_s << QDate(2020, 2, 6) << u"Kiên Giang, ngày 06 tháng 02 năm 2020"_s;
    QTest::newRow("March, day 25")
        << u"Kiên Giang"_s << QDate(2020, 3, 25) << u"Kiên Giang, ngày 25 tháng 3 năm 2020"_s;
    QTest::newRow("January, day 1")
        << u"Rạch Giá"_s << QDate(2021, 1, 1) << u"Rạch Giá, ngày 01 tháng 01 năm 2021"_s;
    QTest::newRow("January, day 31")
        << u"Hà Nội"_s << QDate(2020, 1, 31) << u"Hà Nội, ngày 31 tháng 01 năm 2020"_s;
    QTest::newRow("February, day 29")
        << u"Hà Nội"_s << QDate(2020, 2, 29) << u"Hà Nội, ngày 29 tháng 02 năm 2020"_s;
    QTest::newRow("March, day 5") << u"Hà Nội"_s << QDate(2020, 3, 5)
                                  << u"Hà Nội, ngày 05 tháng 3 năm 2020"_s;
    QTest::newRow("September, day 9")
        << u"Hà Nội"_s << QDate(2020, 9, 9) << u"Hà Nội, ngày 09 tháng 9 năm 2020"_s;
    QTest::newRow("October, day 10")
        << u"Hà Nội"_s << QDate(2020, 10, 10) << u"Hà Nội, ngày 10 tháng 10 năm 2020"_s;
    QTest::newRow("December, day 31")
        << u"Hà Nội"_s << QDate(2020, 12, 31) << u"Hà Nội, ngày 31 tháng 12 năm 2020"_s;
    QTest::newRow("no place") << QString() << QDate(2020, 7, 1) << u"ngày 01 tháng 7 năm 2020"_s;
}

void TestReportPrinter::placeAndDate()
{
    QFETCH(QString, place);
    QFETCH(QDate, date);
    QFETCH(QString, expected);

    DocumentStyle style;
    style.place = place;
    style.date = date;
    QCOMPARE(style.placeAndDate(), expected);
}

void TestReportPrinter::styleFromExampleSettings()
{
    // The office of the example (resources/example/kiengiang-2016-2020.json).
    const DocumentStyle style = DocumentStyle::fromSettings(*m_database).value();
    QCOMPARE(style.superiorBody, u"TỈNH ỦY KIÊN GIANG"_s);
    QCOMPARE(style.issuingBody, u"BAN DÂN VẬN"_s);
    QCOMPARE(style.symbol, u"TB/BDVTU"_s);
    QCOMPARE(style.place, u"Kiên Giang"_s);
    QCOMPARE(style.signerCapacity, u"K/T TRƯỞNG BAN"_s);
    QCOMPARE(style.signerTitle, u"PHÓ TRƯỞNG BAN"_s);
    QCOMPARE(style.recipients.size(), 5);
    QCOMPARE(style.recipients.first(), u"- Ban Dân vận Trung ương (b/c);"_s);
    QCOMPARE(style.recipients.last(), u"- Lưu Văn phòng."_s);
    // The margins of a Party document by default: left 30, top 20, right 15, bottom 20 mm.
    QCOMPARE(style.marginsMm, QMarginsF(30, 20, 15, 20));
}

void TestReportPrinter::schedulePdf()
{
    DocumentStyle style = DocumentStyle::fromSettings(*m_database).value();
    style.number = u"12"_s;
    ReportPrinter printer(schedule(), style);
    QCOMPARE(printer.orientation(), ReportDocument::Orientation::Landscape);
    const QString path = m_dir->filePath(u"lịch tổng kết.pdf"_s);
    const auto pages = printer.writePdf(path);
    QVERIFY2(pages.ok(), qPrintable(pages.error()));
    // 161 units and their headings do not fit on one landscape page.
    QVERIFY2(*pages > 1, qPrintable(QString::number(*pages)));
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QCOMPARE(pdfPages(pdf), *pages);
    // Fonts are embedded, so that any reader shows the Vietnamese letters.
    QVERIFY(pdf.contains("/FontFile2"));
    QVERIFY(pdf.contains("/ToUnicode"));
    // Nothing else left beside it.
    QVERIFY(!entries(m_dir->path()).contains(u"lịch tổng kết.pdf.part"_s));
}

void TestReportPrinter::orientation_data()
{
    QTest::addColumn<int>("orientation");
    QTest::addColumn<QByteArray>("mediaBox");
    // A4 in points: 595 × 842.
    QTest::newRow("landscape") << int(ReportDocument::Orientation::Landscape)
                               << QByteArray("/MediaBox [0 0 842");
    QTest::newRow("portrait") << int(ReportDocument::Orientation::Portrait)
                              << QByteArray("/MediaBox [0 0 595");
}

void TestReportPrinter::orientation()
{
    QFETCH(int, orientation);
    QFETCH(QByteArray, mediaBox);

    ReportPrinter printer(schedule(), DocumentStyle::fromSettings(*m_database).value());
    printer.setOrientation(ReportDocument::Orientation(orientation));
    const QString path = m_dir->filePath(u"lịch.pdf"_s);
    const auto pages = printer.writePdf(path);
    QVERIFY2(pages.ok(), qPrintable(pages.error()));
    const QByteArray pdf = readAll(path);
    QCOMPARE(pdf.count("/MediaBox"), qsizetype(*pages));
    QCOMPARE(pdf.count(mediaBox), qsizetype(*pages));
}

void TestReportPrinter::replacesExistingFile()
{
    const QString path = TestSupport::writeFile(*m_dir, u"lịch.pdf"_s, "an old PDF");
    ReportPrinter printer(schedule(), DocumentStyle::fromSettings(*m_database).value());
    const auto pages = printer.writePdf(path);
    QVERIFY2(pages.ok(), qPrintable(pages.error()));
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(pdfPages(pdf), *pages);
}

void TestReportPrinter::missingFolder()
{
    QTemporaryDir out;
    const QString path = out.filePath(u"không có/lịch.pdf"_s);
    ReportPrinter printer(schedule(), DocumentStyle::fromSettings(*m_database).value());
    const auto pages = printer.writePdf(path);
    QVERIFY(!pages.ok());
    QVERIFY2(pages.error().contains(QDir::toNativeSeparators(path)), qPrintable(pages.error()));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(entries(out.path()).isEmpty());
}

void TestReportPrinter::fullDiskKeepsExistingFile()
{
#ifdef Q_OS_UNIX
    QTemporaryDir out;
    const QString path = TestSupport::writeFile(out, u"lịch.pdf"_s, "the PDF sent last week");
    ReportPrinter printer(schedule(), DocumentStyle::fromSettings(*m_database).value());
    {
        // Files cannot grow past 16 KB, as on a full disk (the PDF is over 50 KB).
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit saved{};
        getrlimit(RLIMIT_FSIZE, &saved);
        rlimit limited = saved;
        limited.rlim_cur = 16 * 1024;
        if (setrlimit(RLIMIT_FSIZE, &limited) != 0)
            QSKIP("the file size limit cannot be set here");
        const auto pages = printer.writePdf(path);
        setrlimit(RLIMIT_FSIZE, &saved);
        QVERIFY(!pages.ok());
        QVERIFY2(pages.error().contains(QDir::toNativeSeparators(path)), qPrintable(pages.error()));
    }
    QCOMPARE(readAll(path), QByteArray("the PDF sent last week"));
    QCOMPARE(entries(out.path()), QStringList{u"lịch.pdf"_s});
#else
    QSKIP("needs a file size limit (POSIX)");
#endif
}

QTEST_MAIN(TestReportPrinter)
#include "tst_reportprinter.moc"
