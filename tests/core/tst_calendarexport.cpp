#include "CalendarExport.h"
#include "CampaignRepository.h"
#include "Database.h"
#include "SteeringRepository.h"
#include "TestSupport.h"
#include "UnitRepository.h"

#include <QDir>
#include <QFile>
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
    void groupCalendarHoldsWhatItsUnitsConcern();
    void oneCalendarPerGroup();
    void noGroupNoCalendars();

private:
    /// The UID lines of a calendar.
    static QList<QByteArray> uids(const QByteArray &calendar);
    /// Two steering groups of the example: "Tổ 1" follows Huyện Châu Thành (905) and Xã
    /// Bình An (30898), "Tổ 2/Hòn Đất" Xã Sơn Kiên (30835); both communes planned.
    static bool addGroups(Database &database);
};

QList<QByteArray> TestCalendarExport::uids(const QByteArray &calendar)
{
    QList<QByteArray> found;
    for (const QByteArray &line : calendar.split('\n')) {
        if (line.startsWith("UID:"))
            found.append(line.trimmed());
    }
    return found;
}

bool TestCalendarExport::addGroups(Database &database)
{
    UnitRepository units(database);
    CampaignRepository campaigns(database);
    const auto id = [&units](const QString &code) {
        const auto unit = units.byCode(code);
        return unit ? unit->id : 0;
    };
    SteeringRepository steering(database);
    SteeringGroup first;
    first.campaignId = 1;
    first.name = u"Tổ 1"_s;
    first.unitIds = {id(u"905"_s), id(u"30898"_s)};
    SteeringGroup second;
    second.campaignId = 1;
    second.name = u"Tổ 2/Hòn Đất"_s;
    second.unitIds = {id(u"30835"_s)};
    if (!steering.save(first) || !steering.save(second))
        return false;
    for (const QString &code : {u"30898"_s, u"30835"_s}) {
        const auto read = campaigns.conference(1, id(code));
        if (!read)
            return false;
        Conference conference = *read;
        conference.scheduledOn = QDate(2020, 5, 15);
        if (!campaigns.saveConference(conference))
            return false;
    }
    return true;
}

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
    if (TestSupport::onServer())
        QSKIP("a server's database is not a file that a calendar could be written over");
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

void TestCalendarExport::groupCalendarHoldsWhatItsUnitsConcern()
{
    QTemporaryDir dir;
    Database database;
    QVERIFY(TestSupport::createExample(database, dir, u"lịch.sqlite"_s));
    QVERIFY(addGroups(database));
    const auto groups = SteeringRepository(database).groups(1);
    QVERIFY(groups && groups->size() == 2);
    const QDateTime stamp(QDate(2020, 6, 1), {}, Qt::UTC);
    const auto whole = CalendarExport::build(database, 1, stamp);
    const auto first = CalendarExport::build(database, 1, stamp, groups->at(0).id);
    const auto second = CalendarExport::build(database, 1, stamp, groups->at(1).id);
    QVERIFY(whole && first && second);
    // Its own units' conferences, not the other group's.
    QVERIFY(first->contains("UID:20200206-91-conference-30898@danvan\r\n"));
    QVERIFY(!first->contains("conference-30835@"));
    QVERIFY(second->contains("UID:20200206-91-conference-30835@danvan\r\n"));
    QVERIFY(!second->contains("conference-30898@"));
    // The deadlines of its units' levels only: a district and a commune, not the province.
    QVERIFY(first->contains("UID:20200206-91-level-district@danvan\r\n"));
    QVERIFY(first->contains("UID:20200206-91-level-commune@danvan\r\n"));
    QVERIFY(!first->contains("level-province@"));
    QVERIFY(!second->contains("level-district@"));
    QVERIFY(second->contains("UID:20200206-91-level-commune@danvan\r\n"));
    // Named after the group, and every event as it is in the whole calendar (same UIDs, so
    // a phone that has both updates one event).
    QVERIFY(first->contains(u"X-WR-CALNAME:"_s.toUtf8()));
    QVERIFY(first->contains(u"Tổ 1"_s.toUtf8()));
    const QList<QByteArray> all = uids(*whole);
    for (const QByteArray &uid : uids(*first) + uids(*second))
        QVERIFY2(all.contains(uid), uid.constData());
    QVERIFY(uids(*first).size() < all.size());
    // A group that is not the campaign's.
    QVERIFY(!CalendarExport::build(database, 1, stamp, 999999));
}

void TestCalendarExport::oneCalendarPerGroup()
{
    QTemporaryDir dir;
    Database database;
    QVERIFY(TestSupport::createExample(database, dir, u"lịch.sqlite"_s));
    QVERIFY(addGroups(database));
    QVERIFY(QDir(dir.path()).mkdir(u"lịch tổ"_s));
    const QString folder = dir.filePath(u"lịch tổ"_s);
    const auto written = CalendarExport::writePerGroup(database, 1, folder);
    QVERIFY2(written, qPrintable(written ? QString() : written.error()));
    QCOMPARE(written->size(), 2);
    // The slash of "Tổ 2/Hòn Đất" cannot name a file: it becomes a dash.
    QVERIFY(QFileInfo::exists(folder + u"/Tổ 1.ics"_s));
    QVERIFY(QFileInfo::exists(folder + u"/Tổ 2-Hòn Đất.ics"_s));
    QFile second(folder + u"/Tổ 2-Hòn Đất.ics"_s);
    QVERIFY(second.open(QIODevice::ReadOnly));
    const QByteArray text = second.readAll();
    QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(text.contains("conference-30835@"));
    // A folder that is not there: nothing written, said so.
    const auto missing = CalendarExport::writePerGroup(database, 1, dir.filePath(u"không có"_s));
    QVERIFY(!missing);
    QVERIFY(missing.error().contains(u"không có"_s));
    QCOMPARE(CalendarExport::fileNameOf(u"  ..Tổ: 3  "_s), u"Tổ- 3"_s);
}

void TestCalendarExport::noGroupNoCalendars()
{
    QTemporaryDir dir;
    Database database;
    QVERIFY(TestSupport::createExample(database, dir, u"lịch.sqlite"_s));
    const auto written = CalendarExport::writePerGroup(database, 1, dir.path());
    QVERIFY(!written);
    QCOMPARE(QDir(dir.path()).entryList({u"*.ics"_s}).size(), 0);
}

QTEST_GUILESS_MAIN(TestCalendarExport)

#include "tst_calendarexport.moc"
