#include "CampaignRepository.h"
#include "Database.h"
#include "ReportBuilder.h"
#include "ReportWriter.h"
#include "Schedule.h"
#include "Transaction.h"
#include "Translations.h"
#include "UnitRepository.h"
#include "UnitTree.h"
#include "VietnameseCollator.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

#include <memory>

using namespace Qt::StringLiterals;

namespace {

/// The index of the column with `header`, or -1.
int columnOf(const ReportPart &part, const QString &header)
{
    for (int c = 0; c < part.columns.size(); ++c) {
        if (part.columns.at(c).header == header)
            return int(c);
    }
    qWarning("no column “%s”", qPrintable(header));
    return -1;
}

/// The rows of a table, produced as a writer would produce them.
QList<ReportRow> rowsOf(const ReportPart &part)
{
    QList<ReportRow> rows;
    for (int r = 0; r < part.rowCount; ++r)
        rows.append(part.row(r));
    return rows;
}

QList<ReportRow> dataRowsOf(const ReportPart &part)
{
    QList<ReportRow> rows;
    for (const ReportRow &row : rowsOf(part)) {
        if (row.kind == ReportRow::Kind::Data)
            rows.append(row);
    }
    return rows;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

#ifdef Q_OS_UNIX
/// While alive, files this process writes cannot grow past `bytes`: a full disk, even for
/// root (for whom a read-only folder is no obstacle).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limited = m_saved;
        limited.rlim_cur = bytes;
        m_active = setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }
    bool isActive() const { return m_active; }

private:
    rlimit m_saved{};
    bool m_active = false;
};
#endif

} // namespace

/// ReportBuilder: the tables behind print, PDF, CSV and XLSX, built from the Kiên Giang example,
/// checked against the database read with plain SQL that both engines run (the example on a
/// throwaway server with DANVAN_TEST_ENGINE=postgresql); and ReportWriter's files.
class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void names();
    void unknownCampaign();
    void scheduleRows();
    void scheduleGroups();
    void schedulePilots();
    void scheduleStanding_data();
    void scheduleStanding();
    void scheduleHeldConference();
    void scheduleOverdueRowsEmphasised();
    void progressAgreesWithSchedule_data();
    void progressAgreesWithSchedule();
    void exemplars();
    void rewards();
    void units();
    void unitsInTreeOrder();

    void partPath_data();
    void partPath();
    void writeCsvOneFilePerTable();
    void writeCsvMissingFolder();
    void writeCsvFullDiskKeepsExistingFile();
    void writeCsvSecondTableFailsKeepsFirstFile();
    void writeXlsx();
    void writeXlsxMissingFolder();
    void writeXlsxFullDiskKeepsExistingFile();

private:
    Result<ReportDocument> build(ReportBuilder::Kind kind, QDate asOf) const;
    /// The first column of every row of a query.
    QStringList column(const QString &sql) const;
    qint64 idOf(const QString &code) const;
    bool exec(const QString &sql) const;
    bool setConference(const QString &code, QDate scheduledOn, QDate heldOn,
                       const QString &venue = {}, QDate reportOn = {});

    QTemporaryDir m_exampleDir;
    std::unique_ptr<Database> m_database;
    qint64 m_campaignId = 0;
    /// The test's changes, rolled back when it ends.
    std::unique_ptr<Transaction> m_changes;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestReports::initTestCase()
{
    // Words as the program shows them in English ("1 day", not "%n day(s)").
    Translations::install(Translations::Language::English);
    // One example for every test: what a test changes is rolled back after it.
    QVERIFY(m_exampleDir.isValid());
    m_database = std::make_unique<Database>();
    QVERIFY(TestSupport::createExample(*m_database, m_exampleDir));
    m_campaignId = TestSupport::onlyCampaignId(*m_database);
    QVERIFY(m_campaignId > 0);
}

void TestReports::cleanupTestCase()
{
    m_database.reset();
}

void TestReports::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_changes = std::make_unique<Transaction>(*m_database);
    const auto begun = m_changes->begin();
    QVERIFY2(begun.ok(), qPrintable(begun.error()));
}

void TestReports::cleanup()
{
    m_changes.reset(); // rolls back
    m_dir.reset();
}

Result<ReportDocument> TestReports::build(ReportBuilder::Kind kind, QDate asOf) const
{
    return ReportBuilder::build(kind, *m_database, m_campaignId, asOf);
}

QStringList TestReports::column(const QString &sql) const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    QStringList values;
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

qint64 TestReports::idOf(const QString &code) const
{
    const QStringList ids = column(u"SELECT id FROM units WHERE code = '%1'"_s.arg(code));
    return ids.size() == 1 ? ids.first().toLongLong() : 0;
}

bool TestReports::exec(const QString &sql) const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

bool TestReports::setConference(const QString &code, QDate scheduledOn, QDate heldOn,
                                const QString &venue, QDate reportOn)
{
    CampaignRepository campaigns(*m_database);
    auto conference = campaigns.conference(m_campaignId, idOf(code));
    if (!conference) {
        qWarning("%s", qPrintable(conference.error()));
        return false;
    }
    conference.value().scheduledOn = scheduledOn;
    conference.value().heldOn = heldOn;
    conference.value().venue = venue;
    conference.value().reportReceivedOn = reportOn;
    if (auto saved = campaigns.saveConference(*conference); !saved) {
        qWarning("%s", qPrintable(saved.error()));
        return false;
    }
    return true;
}

void TestReports::names()
{
    for (const auto kind : {ReportBuilder::Kind::Schedule, ReportBuilder::Kind::Progress,
                            ReportBuilder::Kind::Exemplars, ReportBuilder::Kind::Rewards,
                            ReportBuilder::Kind::Units}) {
        QCOMPARE(ReportBuilder::fromName(ReportBuilder::name(kind)), kind);
    }
    QCOMPARE(ReportBuilder::name(ReportBuilder::Kind::Schedule), u"schedule"_s);
    QCOMPARE(ReportBuilder::name(ReportBuilder::Kind::Units), u"units"_s);
    QVERIFY(!ReportBuilder::fromName(u"Schedule"_s));
    QVERIFY(!ReportBuilder::fromName(QString()));
}

void TestReports::unknownCampaign()
{
    const auto report =
        ReportBuilder::build(ReportBuilder::Kind::Schedule, *m_database, 987654, QDate(2020, 7, 1));
    QVERIFY(!report.ok());
    QVERIFY(!report.error().isEmpty());
}

void TestReports::scheduleRows()
{
    const auto report = build(ReportBuilder::Kind::Schedule, QDate(2020, 7, 1));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->date, QDate(2020, 7, 1));
    QVERIFY(report->subtitle.contains(u"01/07/2020"_s));
    QCOMPARE(report->orientation, ReportDocument::Orientation::Landscape);
    QCOMPARE(report->parts.size(), 1);
    const ReportPart &part = report->parts.first();
    const int number = columnOf(part, u"No."_s);
    const int code = columnOf(part, u"Code"_s);
    const int unit = columnOf(part, u"Unit"_s);
    const int deadline = columnOf(part, u"Deadline"_s);
    QVERIFY(number >= 0 && code >= 0 && unit >= 0 && deadline >= 0);
    QCOMPARE(part.columns.at(code).type, ReportColumn::Type::Code);
    QCOMPARE(part.columns.at(deadline).type, ReportColumn::Type::Date);
    QCOMPARE(part.columns.at(number).type, ReportColumn::Type::Integer);

    // One row per conference of the campaign: 161 units, each once.
    const QList<ReportRow> rows = dataRowsOf(part);
    const QStringList expectedCodes = column(
        u"SELECT u.code FROM conferences c JOIN units u ON u.id = c.unit_id ORDER BY u.code"_s);
    QCOMPARE(expectedCodes.size(), 161);
    QCOMPARE(rows.size(), 161);
    QStringList codes;
    for (int i = 0; i < rows.size(); ++i) {
        const ReportRow &row = rows.at(i);
        QCOMPARE(row.cells.size(), part.columns.size());
        QCOMPARE(row.cells.at(number).toInt(), i + 1);
        codes.append(row.cells.at(code).toString());
    }
    codes.sort();
    QCOMPARE(codes, expectedCodes);
    QCOMPARE(rows.first().cells.at(code).toString(), u"91"_s);
    QCOMPARE(rows.first().cells.at(unit).toString(), u"Tỉnh Kiên Giang"_s);

    // Names exactly as stored; a name that repeats carries its district's.
    QHash<QString, QString> nameOf;
    QHash<QString, QString> parentOf;
    const QStringList unitRows =
        column(u"SELECT u.code || '|' || u.name || '|' || coalesce(p.name, '') "
               "FROM units u LEFT JOIN units p ON p.id = u.parent_id"_s);
    for (const QString &line : unitRows) {
        const QStringList fields = line.split(u'|');
        nameOf.insert(fields.at(0), fields.at(1));
        parentOf.insert(fields.at(0), fields.at(2));
    }
    const QSet<QString> repeated = [&] {
        const QStringList names =
            column(u"SELECT name FROM units GROUP BY name HAVING count(*) > 1"_s);
        return QSet<QString>(names.cbegin(), names.cend());
    }();
    QVERIFY(repeated.contains(u"Xã Bình An"_s));
    for (const ReportRow &row : rows) {
        const QString unitCode = row.cells.at(code).toString();
        const QString name = nameOf.value(unitCode);
        const QString expected =
            repeated.contains(name) ? u"%1 (%2)"_s.arg(name, parentOf.value(unitCode)) : name;
        QCOMPARE(row.cells.at(unit).toString(), expected);
        QVERIFY(row.cells.at(deadline).toDate().isValid());
    }
}

void TestReports::scheduleGroups()
{
    const auto report = build(ReportBuilder::Kind::Schedule, QDate(2020, 7, 1));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    const ReportPart &part = report->parts.first();
    const int code = columnOf(part, u"Code"_s);
    const int level = columnOf(part, u"Level"_s);
    const int under = columnOf(part, u"Under"_s);
    QVERIFY(code >= 0 && level >= 0 && under >= 0);
    // Level and parent are for spreadsheets: in print the headings say them.
    QVERIFY(!part.columns.at(level).printed);
    QVERIFY(!part.columns.at(under).printed);

    // A heading per level (3), then below the districts a heading per district (15).
    const QList<ReportRow> rows = rowsOf(part);
    int groups = 0;
    QString lastGroup;
    QStringList levelsSeen;
    for (const ReportRow &row : rows) {
        if (row.kind == ReportRow::Kind::Group) {
            ++groups;
            QVERIFY(!row.group.isEmpty());
            QVERIFY(row.cells.isEmpty());
            lastGroup = row.group;
            continue;
        }
        QCOMPARE(row.kind, ReportRow::Kind::Data);
        const QString unitCode = row.cells.at(code).toString();
        const QStringList parent =
            column(u"SELECT p.name, u.level FROM units u JOIN units p ON p.id = u.parent_id "
                   "WHERE u.code = '%1'"_s.arg(unitCode));
        if (!levelsSeen.contains(row.cells.at(level).toString()))
            levelsSeen.append(row.cells.at(level).toString());
        if (parent.isEmpty()) {
            QCOMPARE(unitCode, u"91"_s);
            continue;
        }
        QCOMPARE(row.cells.at(under).toString(), parent.first());
        // A commune sits under the heading of its own district.
        if (unitCode.size() == 5)
            QCOMPARE(lastGroup, parent.first());
    }
    QCOMPARE(groups, 3 + 15);
    QCOMPARE(rows.size(), 161 + 3 + 15);
    QCOMPARE(levelsSeen.size(), 3);
    QCOMPARE(rows.first().kind, ReportRow::Kind::Group);
    QVERIFY(rows.first().group.startsWith(u"1. "_s));
}

void TestReports::schedulePilots()
{
    const auto report = build(ReportBuilder::Kind::Schedule, QDate(2020, 7, 1));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    const ReportPart &part = report->parts.first();
    const int code = columnOf(part, u"Code"_s);
    const int pilot = columnOf(part, u"Pilot"_s);
    QVERIFY(code >= 0 && pilot >= 0);

    QStringList expected =
        column(u"SELECT u.code FROM pilots p JOIN units u ON u.id = p.unit_id ORDER BY 1"_s);
    QCOMPARE(expected, (QStringList{u"30898"_s, u"907"_s}));
    QStringList marked;
    for (const ReportRow &row : dataRowsOf(part)) {
        const QString text = row.cells.at(pilot).toString();
        if (text.isEmpty())
            continue;
        QCOMPARE(text, u"yes"_s);
        marked.append(row.cells.at(code).toString());
    }
    marked.sort();
    QCOMPARE(marked, expected);
}

void TestReports::scheduleStanding_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("deadline");
    QTest::addColumn<QString>("directive");
    QTest::addColumn<QString>("standing");
    QTest::addColumn<bool>("emphasised");

    // As of 1 July 2020, nothing held. Deadlines: communes end of June, districts end of
    // July (Châu Thành, 905, end of June), the province mid-September (20th); pilots Gò
    // Quao (907) early June (10th) and Xã Bình An (30898) May.
    QTest::newRow("commune") << u"30880"_s << QDate(2020, 6, 30) << u"cuối tháng 6-2020"_s
                             << u"Not scheduled, overdue by 1 day"_s << true;
    QTest::newRow("pilot commune") << u"30898"_s << QDate(2020, 5, 31) << u"tháng 5/2020"_s
                                   << u"Not scheduled, overdue by 31 days"_s << true;
    QTest::newRow("district") << u"899"_s << QDate(2020, 7, 31) << u"cuối tháng 7-2020"_s
                              << u"Not scheduled, 30 days left"_s << false;
    QTest::newRow("district, own deadline")
        << u"905"_s << QDate(2020, 6, 30) << u"cuối tháng 6/2020"_s
        << u"Not scheduled, overdue by 1 day"_s << true;
    QTest::newRow("pilot district") << u"907"_s << QDate(2020, 6, 10) << u"đầu tháng 6-2020"_s
                                    << u"Not scheduled, overdue by 21 days"_s << true;
    QTest::newRow("province") << u"91"_s << QDate(2020, 9, 20) << u"giữa tháng 9-2020"_s
                              << u"Not scheduled, 81 days left"_s << false;
}

void TestReports::scheduleStanding()
{
    QFETCH(QString, code);
    QFETCH(QDate, deadline);
    QFETCH(QString, directive);
    QFETCH(QString, standing);
    QFETCH(bool, emphasised);

    const auto report = build(ReportBuilder::Kind::Schedule, QDate(2020, 7, 1));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    const ReportPart &part = report->parts.first();
    const int codeColumn = columnOf(part, u"Code"_s);
    bool found = false;
    for (const ReportRow &row : dataRowsOf(part)) {
        if (row.cells.at(codeColumn).toString() != code)
            continue;
        QVERIFY(!found);
        found = true;
        QCOMPARE(row.cells.at(columnOf(part, u"Deadline"_s)).toDate(), deadline);
        QCOMPARE(row.cells.at(columnOf(part, u"As the directive writes it"_s)).toString(),
                 directive);
        QCOMPARE(row.cells.at(columnOf(part, u"Standing"_s)).toString(), standing);
        QCOMPARE(row.emphasised, emphasised);
        QVERIFY(!row.cells.at(columnOf(part, u"Held on"_s)).toDate().isValid());
        QVERIFY(!row.cells.at(columnOf(part, u"Planned for"_s)).toDate().isValid());
        QVERIFY(row.cells.at(columnOf(part, u"Venue"_s)).toString().isEmpty());
    }
    QVERIFY(found);
}

void TestReports::scheduleHeldConference()
{
    QVERIFY(setConference(u"30880"_s, QDate(2020, 6, 15), QDate(2020, 6, 20),
                          u"Hội trường UBND thị trấn Minh Lương"_s));
    QVERIFY(setConference(u"30883"_s, QDate(2020, 6, 25), QDate(2020, 7, 5), u"Nhà văn hóa"_s,
                          QDate(2020, 7, 8)));
    QVERIFY(setConference(u"30886"_s, QDate(2020, 7, 20), QDate(), u"Trụ sở xã"_s));

    const auto report = build(ReportBuilder::Kind::Schedule, QDate(2020, 7, 10));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    const ReportPart &part = report->parts.first();
    QHash<QString, ReportRow> byCode;
    for (const ReportRow &row : dataRowsOf(part))
        byCode.insert(row.cells.at(columnOf(part, u"Code"_s)).toString(), row);
    const int planned = columnOf(part, u"Planned for"_s);
    const int held = columnOf(part, u"Held on"_s);
    const int venue = columnOf(part, u"Venue"_s);
    const int standing = columnOf(part, u"Standing"_s);

    const ReportRow onTime = byCode.value(u"30880"_s);
    QCOMPARE(onTime.cells.at(planned).toDate(), QDate(2020, 6, 15));
    QCOMPARE(onTime.cells.at(held).toDate(), QDate(2020, 6, 20));
    QCOMPARE(onTime.cells.at(venue).toString(), u"Hội trường UBND thị trấn Minh Lương"_s);
    QCOMPARE(onTime.cells.at(standing).toString(), u"Held, held on time"_s);
    QVERIFY(!onTime.emphasised);

    const ReportRow late = byCode.value(u"30883"_s);
    QCOMPARE(late.cells.at(held).toDate(), QDate(2020, 7, 5));
    QCOMPARE(late.cells.at(standing).toString(), u"Report received, held 5 days late"_s);
    QVERIFY(late.emphasised);

    const ReportRow planning = byCode.value(u"30886"_s);
    QCOMPARE(planning.cells.at(planned).toDate(), QDate(2020, 7, 20));
    QVERIFY(!planning.cells.at(held).toDate().isValid());
    QCOMPARE(planning.cells.at(standing).toString(), u"Scheduled, overdue by 10 days"_s);
    QVERIFY(planning.emphasised);
}

void TestReports::scheduleOverdueRowsEmphasised()
{
    // As of 1 July nothing is held: the 145 communes and the two districts due in June
    // (Châu Thành and the pilot Gò Quao) are overdue, nothing else.
    const auto report = build(ReportBuilder::Kind::Schedule, QDate(2020, 7, 1));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    const ReportPart &part = report->parts.first();
    const int code = columnOf(part, u"Code"_s);
    QStringList emphasised;
    for (const ReportRow &row : dataRowsOf(part)) {
        if (row.emphasised)
            emphasised.append(row.cells.at(code).toString());
    }
    QCOMPARE(emphasised.size(), 147);
    QVERIFY(emphasised.contains(u"905"_s));
    QVERIFY(emphasised.contains(u"907"_s));
    QVERIFY(!emphasised.contains(u"899"_s));
    QVERIFY(!emphasised.contains(u"91"_s));
    const QStringList communes = column(u"SELECT code FROM units WHERE level = 'commune'"_s);
    QCOMPARE(communes.size(), 145);
    for (const QString &commune : communes)
        QVERIFY2(emphasised.contains(commune), qPrintable(commune));
}

void TestReports::progressAgreesWithSchedule_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::newRow("March, nothing due") << QDate(2020, 3, 25);
    QTest::newRow("late June, communes due soon") << QDate(2020, 6, 25);
    QTest::newRow("10 July") << QDate(2020, 7, 10);
    QTest::newRow("October") << QDate(2020, 10, 1);
}

void TestReports::progressAgreesWithSchedule()
{
    QFETCH(QDate, asOf);

    // Some conferences held, on time and late, one with its report.
    QVERIFY(setConference(u"30880"_s, {}, QDate(2020, 6, 20), {}, QDate(2020, 6, 22)));
    QVERIFY(setConference(u"30883"_s, {}, QDate(2020, 7, 5)));
    QVERIFY(setConference(u"30730"_s, {}, QDate(2020, 5, 30)));
    QVERIFY(setConference(u"905"_s, {}, QDate(2020, 7, 2)));
    QVERIFY(setConference(u"907"_s, {}, QDate(2020, 6, 1)));

    const auto units = UnitRepository(*m_database).all();
    QVERIFY2(units.ok(), qPrintable(units.error()));
    auto schedule = Schedule::load(*m_database, UnitTree(*units), m_campaignId);
    QVERIFY2(schedule.ok(), qPrintable(schedule.error()));
    schedule.value().evaluate(asOf, 7); // the example's due-soon days
    const Schedule::Counts counts = schedule->counts();

    const auto report = build(ReportBuilder::Kind::Progress, asOf);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->orientation, ReportDocument::Orientation::Portrait);
    QCOMPARE(report->parts.size(), 3);

    // I. Totals by level: one row per level, adding up to the schedule's counts.
    const ReportPart &levels = report->parts.at(0);
    QCOMPARE(levels.rowCount, 3);
    const QList<int> perLevel{1, 15, 145};
    const QStringList sqlPerLevel = column(
        u"SELECT count(*) FROM conferences c JOIN levels l ON l.key = c.level "
        "WHERE c.campaign_id = %1 GROUP BY c.level, l.rank ORDER BY l.rank"_s.arg(m_campaignId));
    QCOMPARE(sqlPerLevel.size(), 3);
    int total = 0, held = 0, received = 0, dueSoon = 0, overdue = 0;
    const QList<ReportRow> levelRows = rowsOf(levels);
    for (int i = 0; i < levelRows.size(); ++i) {
        const QVariantList &cells = levelRows.at(i).cells;
        QCOMPARE(cells.at(columnOf(levels, u"Units"_s)).toInt(), perLevel.at(i));
        QCOMPARE(cells.at(columnOf(levels, u"Units"_s)).toString(), sqlPerLevel.at(i));
        total += cells.at(columnOf(levels, u"Units"_s)).toInt();
        held += cells.at(columnOf(levels, u"Held"_s)).toInt();
        received += cells.at(columnOf(levels, u"Report received"_s)).toInt();
        dueSoon += cells.at(columnOf(levels, u"Due soon"_s)).toInt();
        overdue += cells.at(columnOf(levels, u"Overdue"_s)).toInt();
    }
    QCOMPARE(total, counts.total);
    QCOMPARE(total, 161);
    QCOMPARE(held, counts.held);
    QCOMPARE(received, counts.reportReceived);
    QCOMPARE(dueSoon, counts.dueSoon);
    QCOMPARE(overdue, counts.overdue);
    QCOMPARE(held,
             int(column(u"SELECT id FROM conferences WHERE held_on <= '%1'"_s.arg(
                            asOf.toString(Qt::ISODate)))
                     .size()));

    // II. By district: the fifteen districts, their communes adding up to 145.
    const ReportPart &districts = report->parts.at(1);
    QCOMPARE(districts.rowCount, 15);
    int below = 0, belowHeld = 0;
    QStringList districtCodes;
    for (const ReportRow &row : rowsOf(districts)) {
        below += row.cells.at(columnOf(districts, u"Units below"_s)).toInt();
        belowHeld += row.cells.at(columnOf(districts, u"Held"_s)).toInt();
        districtCodes.append(row.cells.at(columnOf(districts, u"Code"_s)).toString());
    }
    QCOMPARE(below, 145);
    QCOMPARE(belowHeld, levelRows.at(2).cells.at(columnOf(levels, u"Held"_s)).toInt());
    districtCodes.sort();
    QCOMPARE(districtCodes,
             column(u"SELECT code FROM units WHERE level = 'district' ORDER BY 1"_s));

    // III. Overdue: one line per overdue conference.
    const ReportPart &late = report->parts.at(2);
    QCOMPARE(late.rowCount, counts.overdue);
    for (const ReportRow &row : rowsOf(late)) {
        QVERIFY(row.cells.at(columnOf(late, u"Days overdue"_s)).toLongLong() > 0);
        QVERIFY(row.cells.at(columnOf(late, u"Deadline"_s)).toDate() < asOf);
    }
}

void TestReports::exemplars()
{
    const qint64 economy =
        column(u"SELECT id FROM fields WHERE name = 'Kinh tế'"_s).value(0).toLongLong();
    QVERIFY(economy > 0);
    QVERIFY(exec(u"INSERT INTO exemplars (campaign_id, unit_id, recognised_by, kind, name, "
                 "field_id, money, workdays) VALUES (%1, %2, %3, 'collective', "
                 "'Tổ nhân dân tự quản ấp Minh Phong', %4, 1500000, 120)"_s.arg(m_campaignId)
                     .arg(idOf(u"30880"_s))
                     .arg(idOf(u"905"_s))
                     .arg(economy)));
    QVERIFY(exec(u"INSERT INTO exemplars (campaign_id, unit_id, recognised_by, kind, name, "
                 "field_id, money, workdays) VALUES (%1, %2, %3, 'individual', "
                 "'Ông Nguyễn Văn Ơn', NULL, NULL, NULL)"_s.arg(m_campaignId)
                     .arg(idOf(u"30898"_s))
                     .arg(idOf(u"91"_s))));

    const auto report = build(ReportBuilder::Kind::Exemplars, QDate(2020, 9, 1));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->parts.size(), 2);

    const ReportPart &list = report->parts.at(0);
    QCOMPARE(list.rowCount, 2);
    const QList<ReportRow> rows = rowsOf(list);
    const int name = columnOf(list, u"Name"_s);
    const int money = columnOf(list, u"Money mobilised (đồng)"_s);
    const int workdays = columnOf(list, u"Workdays"_s);
    QCOMPARE(list.columns.at(money).type, ReportColumn::Type::Money);
    QCOMPARE(rows.at(0).cells.at(name).toString(), u"Tổ nhân dân tự quản ấp Minh Phong"_s);
    QCOMPARE(rows.at(0).cells.at(columnOf(list, u"Unit code"_s)).toString(), u"30880"_s);
    QCOMPARE(rows.at(0).cells.at(columnOf(list, u"Unit"_s)).toString(), u"Thị trấn Minh Lương"_s);
    QCOMPARE(rows.at(0).cells.at(columnOf(list, u"Commended by"_s)).toString(),
             u"Huyện Châu Thành"_s);
    QCOMPARE(rows.at(0).cells.at(columnOf(list, u"Field"_s)).toString(), u"Kinh tế"_s);
    QCOMPARE(rows.at(0).cells.at(money).toLongLong(), 1500000);
    QCOMPARE(rows.at(0).cells.at(workdays).toLongLong(), 120);
    QCOMPARE(rows.at(1).cells.at(name).toString(), u"Ông Nguyễn Văn Ơn"_s);
    QCOMPARE(rows.at(1).cells.at(columnOf(list, u"Unit"_s)).toString(),
             u"Xã Bình An (Huyện Châu Thành)"_s);
    // Not known: no value at all, never a zero.
    QVERIFY(!rows.at(1).cells.at(money).isValid() || rows.at(1).cells.at(money).toLongLong() < 0);
    QVERIFY(!rows.at(1).cells.at(workdays).isValid()
            || rows.at(1).cells.at(workdays).toLongLong() < 0);

    // II. Counts: the four fields, "field not set" (used here), and the total.
    const ReportPart &counts = report->parts.at(1);
    const QList<ReportRow> countRows = rowsOf(counts);
    QCOMPARE(countRows.size(), 4 + 1 + 1);
    QCOMPARE(countRows.last().kind, ReportRow::Kind::Total);
    for (int i = 0; i < countRows.size() - 1; ++i)
        QCOMPARE(countRows.at(i).kind, ReportRow::Kind::Data);
    const ReportRow &totalRow = countRows.last();
    QCOMPARE(totalRow.cells.at(columnOf(counts, u"Collective models"_s)).toLongLong(), 1);
    QCOMPARE(totalRow.cells.at(columnOf(counts, u"Individual exemplars"_s)).toLongLong(), 1);
    QCOMPARE(totalRow.cells.at(columnOf(counts, u"Total"_s)).toLongLong(), 2);
    QCOMPARE(totalRow.cells.at(columnOf(counts, u"Money mobilised (đồng)"_s)).toLongLong(),
             1500000);
    QCOMPARE(countRows.first().cells.first().toString(), u"Kinh tế"_s);
}

void TestReports::rewards()
{
    const qint64 form =
        column(u"SELECT id FROM reward_forms WHERE name = 'Bằng khen'"_s).value(0).toLongLong();
    QVERIFY(form > 0);
    QVERIFY(exec(u"INSERT INTO rewards (id, campaign_id, unit_id, form_id, issuer, signer, "
                 "signer_title, decision_number, decision_date) VALUES (1, %1, %2, %3, "
                 "'Ban Thường vụ Tỉnh ủy Kiên Giang', 'Nguyễn Thị Ánh', 'Phó Bí thư', "
                 "'1234-QĐ/TU', '2020-10-09')"_s.arg(m_campaignId)
                     .arg(idOf(u"91"_s))
                     .arg(form)));
    QVERIFY(exec(u"INSERT INTO reward_recipients (reward_id, kind, name, position) VALUES "
                 "(1, 'collective', 'Ban Dân vận Huyện ủy Châu Thành', 1), "
                 "(1, 'individual', 'Bà Lê Thị Ửng', 2)"_s));

    const auto report = build(ReportBuilder::Kind::Rewards, QDate(2020, 10, 15));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->parts.size(), 1);
    const ReportPart &part = report->parts.first();
    QCOMPARE(part.rowCount, 1);
    const ReportRow row = part.row(0);
    QCOMPARE(row.cells.at(columnOf(part, u"Decision"_s)).toString(), u"1234-QĐ/TU"_s);
    QCOMPARE(row.cells.at(columnOf(part, u"Dated"_s)).toDate(), QDate(2020, 10, 9));
    QCOMPARE(row.cells.at(columnOf(part, u"Form"_s)).toString(), u"Bằng khen"_s);
    QCOMPARE(row.cells.at(columnOf(part, u"Issued by"_s)).toString(),
             u"Ban Thường vụ Tỉnh ủy Kiên Giang"_s);
    QVERIFY(row.cells.at(columnOf(part, u"Signed by"_s)).toString().contains(u"Nguyễn Thị Ánh"_s));
    QVERIFY(row.cells.at(columnOf(part, u"Signed by"_s)).toString().contains(u"Phó Bí thư"_s));
    QCOMPARE(row.cells.at(columnOf(part, u"At the conference of"_s)).toString(),
             u"Tỉnh Kiên Giang"_s);
    const QString recipients = row.cells.at(columnOf(part, u"Recipients"_s)).toString();
    QVERIFY(recipients.contains(u"Ban Dân vận Huyện ủy Châu Thành"_s));
    QVERIFY(recipients.contains(u"Bà Lê Thị Ửng"_s));
    QVERIFY(recipients.indexOf(u"Ban Dân vận"_s) < recipients.indexOf(u"Bà Lê"_s));
    QCOMPARE(row.cells.at(columnOf(part, u"Number of recipients"_s)).toLongLong(), 2);
}

void TestReports::units()
{
    QVERIFY(exec(u"UPDATE units SET valid_to = '2020-01-01' WHERE code = '30730'"_s));
    const auto report =
        ReportBuilder::build(ReportBuilder::Kind::Units, *m_database, 0, QDate(2020, 7, 1));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->parts.size(), 1);
    const ReportPart &part = report->parts.first();
    const QList<ReportRow> rows = rowsOf(part);
    QCOMPARE(rows.size(), 161);

    QStringList expected =
        column(u"SELECT u.code || '|' || u.name || '|' || coalesce(p.code, '') || '|' || "
               "coalesce(p.name, '') || '|' || coalesce(CAST(u.valid_to AS TEXT), '') "
               "FROM units u LEFT JOIN units p ON p.id = u.parent_id ORDER BY u.code"_s);
    QCOMPARE(expected.size(), 161);
    expected.sort();
    const int code = columnOf(part, u"Code"_s);
    const int parentCode = columnOf(part, u"Parent code"_s);
    QCOMPARE(part.columns.at(code).type, ReportColumn::Type::Code);
    QCOMPARE(part.columns.at(parentCode).type, ReportColumn::Type::Code);
    QStringList got;
    for (const ReportRow &row : rows) {
        QCOMPARE(row.kind, ReportRow::Kind::Data);
        const QDate validTo = row.cells.at(columnOf(part, u"In force until"_s)).toDate();
        got.append(QStringList{row.cells.at(code).toString(),
                               row.cells.at(columnOf(part, u"Name"_s)).toString(),
                               row.cells.at(parentCode).toString(),
                               row.cells.at(columnOf(part, u"Parent"_s)).toString(),
                               validTo.isValid() ? validTo.toString(Qt::ISODate) : QString()}
                       .join(u'|'));
        const QString status = row.cells.at(columnOf(part, u"Status"_s)).toString();
        QCOMPARE(status,
                 row.cells.at(code).toString() == u"30730"_s ? u"retired"_s : u"in force"_s);
    }
    got.sort();
    QCOMPARE(got, expected);
    // Tree order: the province first, each district before its communes.
    QCOMPARE(rows.first().cells.at(code).toString(), u"91"_s);
    QHash<QString, int> position;
    for (int i = 0; i < rows.size(); ++i)
        position.insert(rows.at(i).cells.at(code).toString(), i);
    for (const ReportRow &row : rows) {
        const QString parent = row.cells.at(parentCode).toString();
        if (!parent.isEmpty())
            QVERIFY(position.value(parent) < position.value(row.cells.at(code).toString()));
    }
}

void TestReports::unitsInTreeOrder()
{
    // A district with more communes than the tree compares by name directly (it sorts a long
    // list by ICU sort keys instead): names that differ by Vietnamese letters, tone marks,
    // numbers and only by their code.
    const QStringList stems{u"An"_s,    u"Ân"_s,    u"Ăn Lợi"_s, u"Bình"_s, u"Đông"_s,
                            u"Dương"_s, u"Ô Môn"_s, u"Ơn"_s,     u"Hòa"_s,  u"Hoà"_s};
    const qint64 district = idOf(u"899"_s);
    QVERIFY(district > 0);
    QList<Unit> added;
    for (int number : {10, 2, 7, 1, 33, 3, 20}) {
        for (const QString &stem : stems) {
            Unit unit;
            unit.code = u"9%1"_s.arg(added.size(), 4, 10, QLatin1Char('0'));
            unit.name = u"Xã %1 %2"_s.arg(stem).arg(number);
            unit.kind = u"xã"_s;
            unit.level = u"commune"_s;
            unit.parentId = district;
            unit.validFrom = QDate(2019, 1, 1);
            added.append(unit);
        }
    }
    // Twins told apart by their codes only.
    added[1].name = added[0].name;
    UnitRepository repository(*m_database);
    QVERIFY(repository.insert(added).ok());

    const auto report =
        ReportBuilder::build(ReportBuilder::Kind::Units, *m_database, 0, QDate(2020, 7, 1));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    const ReportPart &part = report->parts.first();
    const QList<ReportRow> rows = rowsOf(part);
    QCOMPARE(rows.size(), 161 + 70);
    const int code = columnOf(part, u"Code"_s);
    const int name = columnOf(part, u"Name"_s);

    // The order of the window's tree, row for row.
    const auto all = repository.all();
    QVERIFY(all.ok());
    const UnitTree tree(*all);
    QCOMPARE(tree.size(), rows.size());
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).cells.at(code).toString(), tree.at(i).code);

    // The district's communes by name in Vietnamese order, numbers as numbers, then by code.
    QStringList below;
    for (const ReportRow &row : rows) {
        if (row.cells.at(columnOf(part, u"Parent code"_s)).toString() == u"899"_s)
            below.append(row.cells.at(code).toString() + u'|' + row.cells.at(name).toString());
    }
    QVERIFY(below.size() > 70);
    const VietnameseCollator collator;
    for (int i = 1; i < below.size(); ++i) {
        const QStringList before = below.at(i - 1).split(u'|');
        const QStringList after = below.at(i).split(u'|');
        const int order = collator.compare(before.at(1), after.at(1));
        QVERIFY2(order < 0 || (order == 0 && before.at(0) < after.at(0)),
                 qPrintable(below.at(i - 1) + u" before "_s + below.at(i)));
    }
    const auto at = [&below](const QString &text) {
        for (int i = 0; i < below.size(); ++i) {
            if (below.at(i).endsWith(u'|' + text))
                return i;
        }
        return -1;
    };
    QVERIFY(at(u"Xã An 2"_s) < at(u"Xã An 10"_s));
    QVERIFY(at(u"Xã An 33"_s) < at(u"Xã Ân 1"_s));
    QVERIFY(at(u"Xã Dương 1"_s) < at(u"Xã Đông 1"_s));
    QVERIFY(at(u"Xã Ô Môn 20"_s) < at(u"Xã Ơn 1"_s));

    // Every cell as the database holds it: kind and level in the user's words.
    QHash<QString, QStringList> stored;
    for (const QString &line :
         column(u"SELECT u.code || '|' || u.name || '|' || u.kind || '|' || "
                "CASE WHEN l.name_en <> '' THEN l.name_en ELSE l.name_vi END || '|' || "
                "coalesce(p.code, '') || '|' || coalesce(p.name, '') || '|' || "
                "coalesce(CAST(u.valid_from AS TEXT), '') || '|' || "
                "coalesce(CAST(u.valid_to AS TEXT), '') "
                "FROM units u JOIN levels l ON l.key = u.level "
                "LEFT JOIN units p ON p.id = u.parent_id"_s)) {
        stored.insert(line.section(u'|', 0, 0), line.split(u'|'));
    }
    const QHash<QString, QString> kinds{
        {u"tỉnh"_s, u"province"_s},       {u"huyện"_s, u"district"_s},
        {u"thành phố"_s, u"city"_s},      {u"thị xã"_s, u"town"_s},
        {u"thị trấn"_s, u"township"_s},   {u"phường"_s, u"ward"_s},
        {u"quận"_s, u"urban district"_s}, {u"xã"_s, u"commune"_s}};
    for (const ReportRow &row : rows) {
        const QStringList unit = stored.value(row.cells.at(code).toString());
        QCOMPARE(unit.size(), 8);
        QCOMPARE(row.cells.at(name).toString(), unit.at(1));
        QVERIFY2(kinds.contains(unit.at(2)), qPrintable(unit.at(2)));
        QCOMPARE(row.cells.at(columnOf(part, u"Kind"_s)).toString(), kinds.value(unit.at(2)));
        QCOMPARE(row.cells.at(columnOf(part, u"Level"_s)).toString(), unit.at(3));
        QCOMPARE(row.cells.at(columnOf(part, u"Parent code"_s)).toString(), unit.at(4));
        QCOMPARE(row.cells.at(columnOf(part, u"Parent"_s)).toString(), unit.at(5));
        QCOMPARE(row.cells.at(columnOf(part, u"In force from"_s)).toDate(),
                 QDate::fromString(unit.at(6), Qt::ISODate));
        QCOMPARE(row.cells.at(columnOf(part, u"In force until"_s)).toDate(),
                 QDate::fromString(unit.at(7), Qt::ISODate));
        QCOMPARE(row.cells.at(columnOf(part, u"Status"_s)).toString(),
                 unit.at(7).isEmpty() ? u"in force"_s : u"retired"_s);
    }
}

void TestReports::partPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("part");
    QTest::addColumn<QString>("expected");

    QTest::newRow("first") << u"/tmp/bao-cao/schedule.csv"_s << 0 << u"/tmp/bao-cao/schedule.csv"_s;
    QTest::newRow("second") << u"/tmp/bao-cao/schedule.csv"_s << 1
                            << u"/tmp/bao-cao/schedule-2.csv"_s;
    QTest::newRow("third") << u"/tmp/bao-cao/schedule.csv"_s << 2
                           << u"/tmp/bao-cao/schedule-3.csv"_s;
    QTest::newRow("Vietnamese name")
        << u"/tmp/Báo cáo tiến độ.csv"_s << 1 << u"/tmp/Báo cáo tiến độ-2.csv"_s;
    QTest::newRow("no folder") << u"progress.csv"_s << 1 << u"progress-2.csv"_s;
    QTest::newRow("relative folder") << u"out/progress.csv"_s << 2 << u"out/progress-3.csv"_s;
    QTest::newRow("no suffix") << u"/tmp/progress"_s << 1 << u"/tmp/progress-2.csv"_s;
    QTest::newRow("two dots") << u"/tmp/ban.2020.csv"_s << 1 << u"/tmp/ban.2020-2.csv"_s;
    QTest::newRow("upper-case suffix") << u"/tmp/P.CSV"_s << 1 << u"/tmp/P-2.CSV"_s;
    QTest::newRow("dot in folder") << u"/tmp/a.b/progress"_s << 1 << u"/tmp/a.b/progress-2.csv"_s;
}

void TestReports::partPath()
{
    QFETCH(QString, path);
    QFETCH(int, part);
    QFETCH(QString, expected);
    QCOMPARE(ReportWriter::partPath(path, part), expected);
}

void TestReports::writeCsvOneFilePerTable()
{
    const auto report = build(ReportBuilder::Kind::Progress, QDate(2020, 7, 1));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->parts.size(), 3);
    QTemporaryDir out;
    const QString path = out.filePath(u"tiến độ.csv"_s);
    const auto written =
        ReportWriter::writeCsv(*report, path, u';', CsvWriter::DateStyle::DayMonthYear);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    const QStringList expected{QDir::toNativeSeparators(path),
                               QDir::toNativeSeparators(out.filePath(u"tiến độ-2.csv"_s)),
                               QDir::toNativeSeparators(out.filePath(u"tiến độ-3.csv"_s))};
    QCOMPARE(*written, expected);
    QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 3);

    for (int i = 0; i < 3; ++i) {
        const ReportPart &part = report->parts.at(i);
        const QByteArray bytes = readAll(ReportWriter::partPath(path, i));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s);
        QCOMPARE(lines.size(), part.rowCount + 2); // header, rows, empty rest
        QVERIFY(lines.last().isEmpty());
        QStringList header;
        for (const ReportColumn &column : part.columns)
            header.append(u'"' + column.header + u'"');
        QCOMPARE(lines.first(), header.join(u';'));
    }
    // The district table: fifteen rows, the district's code quoted as text.
    const QString second = QString::fromUtf8(readAll(expected.at(1)));
    QVERIFY(second.contains(u";\"905\";\"Huyện Châu Thành\";10;"_s));
    // The overdue table: the deadline as dd/MM/yyyy.
    const QString third = QString::fromUtf8(readAll(expected.at(2)));
    QVERIFY(third.contains(u";30/06/2020;1;"_s));
}

void TestReports::writeCsvMissingFolder()
{
    const auto report = build(ReportBuilder::Kind::Schedule, QDate(2020, 7, 1));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QTemporaryDir out;
    const QString path = out.filePath(u"không có/lịch.csv"_s);
    const auto written = ReportWriter::writeCsv(*report, path, u',', CsvWriter::DateStyle::Iso);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(QDir::toNativeSeparators(path)), qPrintable(written.error()));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void TestReports::writeCsvFullDiskKeepsExistingFile()
{
#ifdef Q_OS_UNIX
    const auto report = build(ReportBuilder::Kind::Schedule, QDate(2020, 7, 1));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QTemporaryDir out;
    const QString path = TestSupport::writeFile(out, u"lịch.csv"_s, "the old schedule\r\n");
    {
        const FileSizeLimit limit(4096); // the schedule is about 25 KB
        if (!limit.isActive())
            QSKIP("the file size limit cannot be set here");
        const auto written =
            ReportWriter::writeCsv(*report, path, u',', CsvWriter::DateStyle::DayMonthYear);
        QVERIFY(!written.ok());
        QVERIFY2(written.error().contains(QDir::toNativeSeparators(path)),
                 qPrintable(written.error()));
    }
    QCOMPARE(readAll(path), QByteArray("the old schedule\r\n"));
    QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{u"lịch.csv"_s});
#else
    QSKIP("needs a file size limit (POSIX)");
#endif
}

void TestReports::writeCsvSecondTableFailsKeepsFirstFile()
{
    const auto report = build(ReportBuilder::Kind::Progress, QDate(2020, 7, 1));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QTemporaryDir out;
    const QString path = TestSupport::writeFile(out, u"progress.csv"_s, "old first table\r\n");
    const QString third = TestSupport::writeFile(out, u"progress-3.csv"_s, "old third\r\n");
    // The second table's file cannot be made: a folder has its name.
    QVERIFY(QDir(out.path()).mkdir(u"progress-2.csv"_s));

    const auto written =
        ReportWriter::writeCsv(*report, path, u',', CsvWriter::DateStyle::DayMonthYear);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(u"progress-2.csv"_s), qPrintable(written.error()));
    // Nothing replaced: not the first table, not the third.
    QCOMPARE(readAll(path), QByteArray("old first table\r\n"));
    QCOMPARE(readAll(third), QByteArray("old third\r\n"));
    QVERIFY(QFileInfo(out.filePath(u"progress-2.csv"_s)).isDir());
    QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 3);
}

void TestReports::writeXlsx()
{
    const auto report = build(ReportBuilder::Kind::Progress, QDate(2020, 7, 1));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QTemporaryDir out;
    const QString path = out.filePath(u"tiến độ.xlsx"_s);
    const auto written = ReportWriter::writeXlsx(*report, path);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(*written, QStringList{QDir::toNativeSeparators(path)});
    // One workbook (a zip), whatever the number of tables.
    QVERIFY(readAll(path).startsWith("PK\x03\x04"));
    QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 1);
}

void TestReports::writeXlsxMissingFolder()
{
    const auto report = build(ReportBuilder::Kind::Units, QDate(2020, 7, 1));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QTemporaryDir out;
    const QString path = out.filePath(u"không có/đơn vị.xlsx"_s);
    const auto written = ReportWriter::writeXlsx(*report, path);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(QDir::toNativeSeparators(path)), qPrintable(written.error()));
    QVERIFY(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void TestReports::writeXlsxFullDiskKeepsExistingFile()
{
#ifdef Q_OS_UNIX
    const auto report = build(ReportBuilder::Kind::Schedule, QDate(2020, 7, 1));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QTemporaryDir out;
    const QString path = TestSupport::writeFile(out, u"lịch.xlsx"_s, "the old workbook");
    {
        const FileSizeLimit limit(4096); // the schedule's workbook is over 10 KB
        if (!limit.isActive())
            QSKIP("the file size limit cannot be set here");
        const auto written = ReportWriter::writeXlsx(*report, path);
        QVERIFY(!written.ok());
        QVERIFY(!written.error().isEmpty());
    }
    QCOMPARE(readAll(path), QByteArray("the old workbook"));
    QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{u"lịch.xlsx"_s});
#else
    QSKIP("needs a file size limit (POSIX)");
#endif
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
