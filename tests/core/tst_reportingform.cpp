#include "CampaignRepository.h"
#include "Database.h"
#include "ExampleFixture.h"
#include "ReportingForm.h"
#include "ResultsColumns.h"
#include "TestSupport.h"
#include "UnitRepository.h"
#include "WorkbookReader.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Field = ResultsColumns::Field;

namespace {

// The column of a field in the form.
int columnOf(Field field)
{
    return int(ResultsColumns::all().indexOf(field));
}

} // namespace

/// ReportingForm on the Kiên Giang example, read back with WorkbookReader: the rows of a
/// unit and the units right below it in the campaign, whatever its levels; what is known
/// already filled in; the identity that tells the form; forms of all the units below.
class TestReportingForm : public QObject, private TestSupport::ExampleFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void districtWithItsCommunes();
    void prefilledWithWhatIsKnown();
    void twoLevelCampaign();
    void communeAlone();
    void unitsBelow();
    void refusals();
    void fileName();

private:
    Workbook write(qint64 campaignId, const QString &code);
};

void TestReportingForm::init()
{
    QVERIFY(openExample());
}

void TestReportingForm::cleanup()
{
    closeExample();
}

Workbook TestReportingForm::write(qint64 campaignId, const QString &code)
{
    const QString path = m_dir->filePath(u"form-%1.xlsx"_s.arg(code));
    const auto written = ReportingForm::write(*m_database, campaignId,
                                              TestSupport::unitIdOf(*m_database, code), path);
    if (!written) {
        qWarning("%s", qPrintable(written.error()));
        return {};
    }
    const auto workbook = WorkbookReader::read(path);
    if (!workbook)
        qWarning("%s", qPrintable(workbook.error()));
    return workbook ? *workbook : Workbook();
}

void TestReportingForm::districtWithItsCommunes()
{
    const Workbook workbook = write(1, u"905"_s);
    QCOMPARE(workbook.sheets.size(), 3);
    const auto identity = ReportingForm::identify(workbook);
    QVERIFY(identity.has_value());
    QCOMPARE(identity->campaignId, qint64(1));
    QCOMPARE(identity->unitCode, u"905"_s);
    QCOMPARE(identity->unitId, TestSupport::unitIdOf(*m_database, u"905"_s));
    QVERIFY(workbook.sheets.at(2).hidden);
    QVERIFY(!workbook.sheets.at(0).hidden);

    const Workbook::Sheet &sheet = workbook.sheets.first();
    // The header row in row 6, the form's columns in order.
    const QList<Field> fields = ResultsColumns::all();
    for (int c = 0; c < fields.size(); ++c)
        QCOMPARE(sheet.cell(5, c)->text, ResultsColumns::header(fields.at(c)));
    // The district, then its ten communes, in tree order.
    QCOMPARE(sheet.rows.size(), 6 + 11);
    QCOMPARE(sheet.cell(6, columnOf(Field::Code))->text, u"905"_s);
    QCOMPARE(sheet.cell(6, columnOf(Field::Unit))->text, u"Huyện Châu Thành"_s);
    QStringList communes;
    for (int r = 7; r < sheet.rows.size(); ++r) {
        const Workbook::Cell *code = sheet.cell(r, columnOf(Field::Code));
        QCOMPARE(code->type, Workbook::Cell::Type::Text);
        communes.append(code->text);
    }
    QVERIFY(communes.contains(u"30898"_s));
    QVERIFY(!communes.contains(u"30808"_s)); // Kiên Lương's Bình An is not Châu Thành's
    // Deadlines as real dates: the district's own end of June, the pilot's end of May.
    const int deadline = columnOf(Field::Deadline);
    QCOMPARE(sheet.cell(6, deadline)->type, Workbook::Cell::Type::Date);
    QCOMPARE(sheet.cell(6, deadline)->date, QDate(2020, 6, 30));
    const int pilot = 7 + int(communes.indexOf(u"30898"_s));
    QCOMPARE(sheet.cell(pilot, deadline)->date, QDate(2020, 5, 31));
    // Nothing entered yet: the columns to fill in are empty.
    QVERIFY(!sheet.cell(6, columnOf(Field::HeldOn))
            || sheet.cell(6, columnOf(Field::HeldOn))->isEmpty());
    // The sheet of models and exemplars with its header row.
    QCOMPARE(workbook.sheets.at(1).cell(3, 2)->text,
             ReportingForm::tr("Name of the model or exemplar"));
}

void TestReportingForm::prefilledWithWhatIsKnown()
{
    CampaignRepository campaigns(*m_database);
    Conference conference =
        *campaigns.conference(1, TestSupport::unitIdOf(*m_database, u"30898"_s));
    conference.heldOn = QDate(2020, 5, 15);
    conference.venue = u"Nhà văn hóa xã"_s;
    conference.attendees = 120;
    conference.budgetSpent = 5000000;
    conference.assessment = u"Tốt"_s;
    QVERIFY(campaigns.saveConference(conference).ok());
    const Workbook workbook = write(1, u"905"_s);
    const Workbook::Sheet &sheet = workbook.sheets.first();
    int row = -1;
    for (int r = 6; r < sheet.rows.size(); ++r) {
        if (sheet.cell(r, columnOf(Field::Code))->text == "30898"_L1)
            row = r;
    }
    QVERIFY(row > 6);
    QCOMPARE(sheet.cell(row, columnOf(Field::HeldOn))->date, QDate(2020, 5, 15));
    QCOMPARE(sheet.cell(row, columnOf(Field::Venue))->text, u"Nhà văn hóa xã"_s);
    QCOMPARE(sheet.cell(row, columnOf(Field::Attendees))->number, 120.0);
    QCOMPARE(sheet.cell(row, columnOf(Field::BudgetSpent))->number, 5000000.0);
    QCOMPARE(sheet.cell(row, columnOf(Field::Assessment))->text, u"Tốt"_s);
}

void TestReportingForm::twoLevelCampaign()
{
    // After 2025: province and commune only. The province's form lists its communes.
    Campaign campaign;
    campaign.name = u"Tổng kết 2021-2025"_s;
    campaign.phase = u"2021-2025"_s;
    campaign.rootUnitId = TestSupport::unitIdOf(*m_database, u"91"_s);
    campaign.startsOn = QDate(2020, 2, 6);
    campaign.levels = {{u"province"_s, {}}, {u"commune"_s, {}}};
    const auto id = CampaignRepository(*m_database).create(campaign);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    const Workbook workbook = write(*id, u"91"_s);
    const Workbook::Sheet &sheet = workbook.sheets.first();
    QCOMPARE(sheet.cell(6, columnOf(Field::Code))->text, u"91"_s);
    int communes = 0;
    for (int r = 7; r < sheet.rows.size(); ++r) {
        const QString code = sheet.cell(r, columnOf(Field::Code))->text;
        QCOMPARE(code.size(), 5);
        ++communes;
    }
    QCOMPARE(communes, 145);
    const auto below =
        ReportingForm::unitsBelow(*m_database, *id, TestSupport::unitIdOf(*m_database, u"91"_s));
    QCOMPARE(below->size(), 145);
    QCOMPARE(ReportingForm::identify(workbook)->campaignId, *id);
}

void TestReportingForm::communeAlone()
{
    const Workbook workbook = write(1, u"30898"_s);
    const Workbook::Sheet &sheet = workbook.sheets.first();
    QCOMPARE(sheet.rows.size(), 7);
    QCOMPARE(sheet.cell(6, columnOf(Field::Code))->text, u"30898"_s);
}

void TestReportingForm::unitsBelow()
{
    const auto districts =
        ReportingForm::unitsBelow(*m_database, 1, TestSupport::unitIdOf(*m_database, u"91"_s));
    QVERIFY(districts.ok());
    QCOMPARE(districts->size(), 15);
    QVERIFY(districts->contains(TestSupport::unitIdOf(*m_database, u"905"_s)));
    const auto none =
        ReportingForm::unitsBelow(*m_database, 1, TestSupport::unitIdOf(*m_database, u"30898"_s));
    QVERIFY(none->isEmpty());
}

void TestReportingForm::refusals()
{
    // A folder that does not exist: refused, and nothing is left behind.
    const QString path = m_dir->filePath(u"missing/form.xlsx"_s);
    const auto written =
        ReportingForm::write(*m_database, 1, TestSupport::unitIdOf(*m_database, u"905"_s), path);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(u"form.xlsx"_s), qPrintable(written.error()));
    QVERIFY(!QFileInfo::exists(path));
    // A campaign that does not exist.
    QVERIFY(!ReportingForm::write(*m_database, 7, TestSupport::unitIdOf(*m_database, u"905"_s),
                                  m_dir->filePath(u"f.xlsx"_s))
                 .ok());
}

void TestReportingForm::fileName()
{
    Unit unit;
    unit.code = u"905"_s;
    unit.name = u"Huyện Châu Thành"_s;
    QCOMPARE(ReportingForm::fileName(unit),
             ReportingForm::tr("reporting-form") + u"-905-huyen-chau-thanh.xlsx"_s);
    unit.code.clear();
    unit.name = u"Đảng bộ Khối Doanh nghiệp"_s;
    QCOMPARE(ReportingForm::fileName(unit),
             ReportingForm::tr("reporting-form") + u"-dang-bo-khoi-doanh-nghiep.xlsx"_s);
}

QTEST_GUILESS_MAIN(TestReportingForm)
#include "tst_reportingform.moc"
