#include "CampaignRepository.h"
#include "Database.h"
#include "ExampleFixture.h"
#include "ReportBuilder.h"
#include "ResultsColumns.h"
#include "TestSupport.h"
#include "UnitRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Field = ResultsColumns::Field;

/// The results report (ReportBuilder::Kind::Results) on the Kiên Giang example: the form's
/// columns, every field entered, grouped by the campaign's own levels.
class TestResultsReport : public QObject, private TestSupport::ExampleFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void columnsAreTheForms();
    void everyFieldEntered();
    void groupedByTheCampaignsLevels();

private:
    ReportDocument build(qint64 campaignId = 1);
    int rowOf(const ReportPart &part, const QString &code);
};

void TestResultsReport::init()
{
    QVERIFY(openExample());
}

void TestResultsReport::cleanup()
{
    closeExample();
}

ReportDocument TestResultsReport::build(qint64 campaignId)
{
    const auto report = ReportBuilder::build(ReportBuilder::Kind::Results, *m_database, campaignId,
                                             QDate(2020, 7, 1));
    if (!report)
        qWarning("%s", qPrintable(report.error()));
    return report ? *report : ReportDocument();
}

int TestResultsReport::rowOf(const ReportPart &part, const QString &code)
{
    const int column = int(ResultsColumns::all().indexOf(Field::Code));
    for (int r = 0; r < part.rowCount; ++r) {
        const ReportRow row = part.row(r);
        if (row.kind == ReportRow::Kind::Data && row.cells.value(column).toString() == code)
            return r;
    }
    return -1;
}

void TestResultsReport::columnsAreTheForms()
{
    QCOMPARE(ReportBuilder::fromName(u"results"_s), ReportBuilder::Kind::Results);
    const ReportDocument report = build();
    QCOMPARE(report.parts.size(), 1);
    const ReportPart &part = report.parts.first();
    const QList<Field> fields = ResultsColumns::all();
    QCOMPARE(part.columns.size(), fields.size());
    for (int c = 0; c < fields.size(); ++c)
        QCOMPARE(part.columns.at(c).header, ResultsColumns::header(fields.at(c)));
    QCOMPARE(part.columns.at(fields.indexOf(Field::Code)).type, ReportColumn::Type::Code);
    QCOMPARE(part.columns.at(fields.indexOf(Field::HeldOn)).type, ReportColumn::Type::Date);
    QCOMPARE(part.columns.at(fields.indexOf(Field::BudgetSpent)).type, ReportColumn::Type::Money);
}

void TestResultsReport::everyFieldEntered()
{
    CampaignRepository campaigns(*m_database);
    const qint64 unit = UnitRepository(*m_database).byCode(u"30898"_s)->id;
    Conference conference = *campaigns.conference(1, unit);
    conference.scheduledOn = QDate(2020, 5, 14);
    conference.venue = u"Nhà văn hóa xã"_s;
    conference.heldOn = QDate(2020, 5, 15);
    conference.chair = u"Lê Thị B"_s;
    conference.invited = 130;
    conference.attendees = 120;
    conference.reportReceivedOn = QDate(2020, 5, 18);
    conference.budgetPlanned = 6000000;
    conference.budgetSpent = 5000000;
    conference.assessment = u"Tốt"_s;
    conference.note = u"Điểm"_s;
    QVERIFY(campaigns.saveConference(conference).ok());
    const ReportPart part = build().parts.first();
    const int row = rowOf(part, u"30898"_s);
    QVERIFY(row >= 0);
    const QVariantList cells = part.row(row).cells;
    const QList<Field> fields = ResultsColumns::all();
    const auto cell = [&](Field field) {
        return cells.value(fields.indexOf(field));
    };
    QCOMPARE(cell(Field::Unit).toString(), u"Xã Bình An (Huyện Châu Thành)"_s);
    QCOMPARE(cell(Field::Deadline).toDate(), QDate(2020, 5, 31));
    QCOMPARE(cell(Field::ScheduledOn).toDate(), QDate(2020, 5, 14));
    QCOMPARE(cell(Field::Venue).toString(), u"Nhà văn hóa xã"_s);
    QCOMPARE(cell(Field::HeldOn).toDate(), QDate(2020, 5, 15));
    QCOMPARE(cell(Field::Chair).toString(), u"Lê Thị B"_s);
    QCOMPARE(cell(Field::Invited).toLongLong(), 130);
    QCOMPARE(cell(Field::Attendees).toLongLong(), 120);
    QCOMPARE(cell(Field::ReportReceivedOn).toDate(), QDate(2020, 5, 18));
    QCOMPARE(cell(Field::BudgetPlanned).toLongLong(), 6000000);
    QCOMPARE(cell(Field::BudgetSpent).toLongLong(), 5000000);
    QCOMPARE(cell(Field::Assessment).toString(), u"Tốt"_s);
    QCOMPARE(cell(Field::Note).toString(), u"Điểm"_s);
    // What is not known is empty, not 0.
    const QVariantList other = part.row(rowOf(part, u"30808"_s)).cells;
    QVERIFY(!other.value(fields.indexOf(Field::Attendees)).isValid());
}

void TestResultsReport::groupedByTheCampaignsLevels()
{
    const ReportPart part = build().parts.first();
    QStringList headings;
    for (int r = 0; r < part.rowCount; ++r) {
        const ReportRow row = part.row(r);
        if (row.kind == ReportRow::Kind::Group)
            headings.append(row.group);
    }
    // A heading per level, then one per district above its communes.
    QVERIFY(headings.at(0).startsWith(u"1. "_s));
    QVERIFY(headings.at(1).startsWith(u"2. "_s));
    QVERIFY(headings.at(2).startsWith(u"3. "_s));
    QVERIFY(headings.contains(u"Huyện Châu Thành"_s));
    QCOMPARE(headings.size(), 3 + 15);

    // Two levels: no district headings at all.
    Campaign campaign;
    campaign.name = u"Tổng kết 2021-2025"_s;
    campaign.rootUnitId = UnitRepository(*m_database).byCode(u"91"_s)->id;
    campaign.startsOn = QDate(2020, 2, 6);
    campaign.levels = {{u"province"_s, {}}, {u"commune"_s, {}}};
    const auto id = CampaignRepository(*m_database).create(campaign);
    QVERIFY(id.ok());
    const ReportPart twoLevels = build(*id).parts.first();
    int groups = 0, data = 0;
    for (int r = 0; r < twoLevels.rowCount; ++r)
        (twoLevels.row(r).kind == ReportRow::Kind::Group ? groups : data)++;
    QCOMPARE(groups, 2);
    QCOMPARE(data, 1 + 145);
}

QTEST_GUILESS_MAIN(TestResultsReport)
#include "tst_resultsreport.moc"
