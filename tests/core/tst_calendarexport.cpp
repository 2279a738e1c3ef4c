#include "CalendarExport.h"
#include "CampaignRepository.h"
#include "Database.h"
#include "TestSupport.h"
#include "UnitRepository.h"

#include <QFileInfo>

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestCalendarExport : public QObject
{
    Q_OBJECT

private slots:
    void textIsEscaped_data();
    void textIsEscaped();
    void longLinesFoldWithoutSplittingALetter();
    void sameEventsSameUidsWhateverTheStamp();
    void notOverTheDatabase();
};

void TestCalendarExport::textIsEscaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << u"Hội trường"_s << u"Hội trường"_s;
    QTest::newRow("comma and semicolon")
        << u"Ấp 1, xã Bình An; tầng 2"_s << u"Ấp 1\\, xã Bình An\\; tầng 2"_s;
    QTest::newRow("backslash") << u"a\\b"_s << u"a\\\\b"_s;
    QTest::newRow("line breaks") << u"một\r\nhai\nba"_s << u"một\\nhai\\nba"_s;
}

void TestCalendarExport::textIsEscaped()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(CalendarExport::escaped(text), escaped);
}

void TestCalendarExport::longLinesFoldWithoutSplittingALetter()
{
    // Three-byte letters (ậ, ễ) at every offset, so that some fall on the 75th octet.
    for (int lead = 0; lead < 4; ++lead) {
        const QByteArray line = "SUMMARY:" + QByteArray(lead, 'x')
            + u"Tổng kết phong trào thi đua Dân vận khéo ở Xã Bình An, huyện Châu Thành, "
              "tỉnh Kiên Giang giai đoạn 2016–2020 — Nguyễn Thị Ngọc Diễm"_s.toUtf8();
        const QByteArray folded = CalendarExport::folded(line);
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> physical = folded.chopped(2).split('\n');
        QVERIFY(physical.size() > 1);
        QByteArray unfolded;
        for (qsizetype i = 0; i < physical.size(); ++i) {
            QByteArray part = physical.at(i);
            if (i + 1 < physical.size()) {
                QVERIFY(part.endsWith('\r'));
                part.chop(1);
            }
            QVERIFY2(part.size() <= 75, part.constData());
            if (i > 0) {
                QVERIFY(part.startsWith(' '));
                part.remove(0, 1);
            }
            // Each piece is whole UTF-8 on its own.
            QVERIFY(QString::fromUtf8(part).toUtf8() == part);
            unfolded += part;
        }
        QCOMPARE(unfolded, line);
    }
    QCOMPARE(CalendarExport::folded("VERSION:2.0"), QByteArray("VERSION:2.0\r\n"));
}

void TestCalendarExport::sameEventsSameUidsWhateverTheStamp()
{
    QTemporaryDir dir;
    Database database;
    QVERIFY(TestSupport::createExample(database, dir, u"lịch.sqlite"_s));
    const auto first =
        CalendarExport::build(database, 1, QDateTime(QDate(2020, 6, 1), {}, Qt::UTC));
    const auto second =
        CalendarExport::build(database, 1, QDateTime(QDate(2020, 7, 1), {}, Qt::UTC));
    QVERIFY2(first && second, qPrintable(first ? second.error() : first.error()));
    const auto uids = [](const QByteArray &calendar) {
        QList<QByteArray> found;
        for (const QByteArray &line : calendar.split('\n')) {
            if (line.startsWith("UID:"))
                found.append(line.trimmed());
        }
        return found;
    };
    QVERIFY(uids(*first).size() >= 5);
    QCOMPARE(uids(*first), uids(*second));
    QVERIFY(*first != *second); // only the stamps differ
    QVERIFY(first->contains("DTSTAMP:20200601T000000Z\r\n"));
    QVERIFY(first->contains("UID:20200206-91-level-commune@danvan\r\n"));
    // A conference planned appears once planned, with its venue escaped.
    const auto binhAn = UnitRepository(database).byCode(u"30898"_s);
    QVERIFY(binhAn);
    Conference planned = *CampaignRepository(database).conference(1, binhAn->id);
    planned.scheduledOn = QDate(2020, 5, 15);
    planned.venue = u"Hội trường, ấp Bình Lợi"_s;
    QVERIFY(CampaignRepository(database).saveConference(planned));
    const auto third = CalendarExport::build(database, 1, QDateTime::currentDateTimeUtc());
    QVERIFY(third);
    QCOMPARE(uids(*third).size(), uids(*first).size() + 1);
    QVERIFY(third->contains("DTSTART;VALUE=DATE:20200515\r\n"));
    QVERIFY(third->contains(u"LOCATION:Hội trường\\, ấp Bình Lợi\r\n"_s.toUtf8()));
}

void TestCalendarExport::notOverTheDatabase()
{
    QTemporaryDir dir;
    Database database;
    const QString path = dir.filePath(u"lịch.sqlite"_s);
    QVERIFY(TestSupport::createExample(database, dir, u"lịch.sqlite"_s));
    const QByteArray before = TestSupport::fileDigest(path);
    QVERIFY(!CalendarExport::write(database, 1, path));
    QCOMPARE(TestSupport::fileDigest(path), before);
    const QString ics = dir.filePath(u"lịch.ics"_s);
    QVERIFY(CalendarExport::write(database, 1, ics));
    QVERIFY(QFileInfo(ics).size() > 0);
}

QTEST_GUILESS_MAIN(TestCalendarExport)

#include "tst_calendarexport.moc"
