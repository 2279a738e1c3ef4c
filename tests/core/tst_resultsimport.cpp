#include "CampaignRepository.h"
#include "Database.h"
#include "ExampleFixture.h"
#include "Query.h"
#include "ReportingForm.h"
#include "ResultsImport.h"
#include "TestSupport.h"
#include "Transaction.h"
#include "UnitRepository.h"
#include "WorkbookReader.h"
#include "XlsxWriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Field = ResultsColumns::Field;
using Decision = ResultsPreview::Decision;
using ProblemKind = ResultsPreview::ProblemKind;

Q_DECLARE_METATYPE(Field)

namespace {

QString corpusFile(const QString &name)
{
    return TestSupport::dataPath(u"results/"_s + name);
}

Workbook::Cell text(const QString &value)
{
    Workbook::Cell cell;
    if (!value.isEmpty()) {
        cell.type = Workbook::Cell::Type::Text;
        cell.text = value;
    }
    return cell;
}

// A sheet from rows of text cells.
Workbook sheetOf(const QList<QStringList> &rows, const QString &name = u"Sheet1"_s)
{
    Workbook workbook;
    workbook.format = u"xlsx"_s;
    Workbook::Sheet sheet;
    sheet.name = name;
    sheet.encoding = u"Unicode"_s;
    for (const QStringList &row : rows) {
        QList<Workbook::Cell> cells;
        for (const QString &value : row)
            cells.append(text(value));
        sheet.rows.append(cells);
    }
    workbook.sheets.append(sheet);
    return workbook;
}

} // namespace

/// ResultsImport on the Kiên Giang example: the corpus of files units send back, each read,
/// matched, compared and applied; what is refused, ambiguous or in conflict; mappings chosen
/// and remembered; a second import that changes nothing; an undo that puts everything back.
class TestResultsImport : public QObject, private TestSupport::ExampleFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void recogniseHeaders_data();
    void recogniseHeaders();
    void corpus_data();
    void corpus();
    void formCarriesEveryField();
    void secondImportChangesNothing();
    void refusedValues();
    void conflicts();
    void twoUnitsOfOneName();
    void nameWithItsParent();
    void notMatched();
    void duplicates();
    void mappingChosenAndRemembered();
    void formOfAnotherCampaign();
    void fileErrors();
    void undoPutsBack();
    void writtenMeanwhile();
    void closedCampaign();
    void tenThousandRows();
    void largeTableInItsOrder();

private:
    void openLargeCampaign();
    Conference conferenceOf(const QString &code);
    ResultsPreview preview(const QString &file, const ResultsImport::Options &options = {});
    ResultsPreview preview(const Workbook &workbook, const ResultsImport::Options &options = {});
    qint64 unitId(const QString &code);
};

void TestResultsImport::init()
{
    QVERIFY(openExample());
}

void TestResultsImport::cleanup()
{
    closeExample();
}

qint64 TestResultsImport::unitId(const QString &code)
{
    const auto unit = UnitRepository(*m_database).byCode(code);
    return unit ? unit->id : 0;
}

Conference TestResultsImport::conferenceOf(const QString &code)
{
    const auto conference = CampaignRepository(*m_database).conference(1, unitId(code));
    return conference ? *conference : Conference();
}

ResultsPreview TestResultsImport::preview(const QString &file,
                                          const ResultsImport::Options &options)
{
    const auto result = ResultsImport(*m_database).preview(QStringList{corpusFile(file)}, options);
    if (!result)
        qWarning("%s", qPrintable(result.error()));
    return result ? *result : ResultsPreview();
}

ResultsPreview TestResultsImport::preview(const Workbook &workbook,
                                          const ResultsImport::Options &options)
{
    const auto result = ResultsImport(*m_database)
                            .preview({{u"table.xlsx"_s, Result<Workbook>(workbook)}}, options);
    if (!result)
        qWarning("%s", qPrintable(result.error()));
    return result ? *result : ResultsPreview();
}

void TestResultsImport::recogniseHeaders_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("field"); // -1: not recognised
    const auto row = [](const QString &header, std::optional<Field> field) {
        QTest::newRow(header.toUtf8().constData()) << header << (field ? int(*field) : -1);
    };
    row(u"STT"_s, Field::Number);
    row(u"Mã ĐV"_s, Field::Code);
    row(u"Mã đơn vị hành chính"_s, Field::Code);
    row(u"Tên đơn vị"_s, Field::Unit);
    row(u"Xã, phường, thị trấn"_s, Field::Unit);
    row(u"Ngày tổ chức"_s, Field::HeldOn);
    row(u"NGÀY TỔ CHỨC HỘI NGHỊ"_s, Field::HeldOn);
    row(u"ngay to chuc"_s, Field::HeldOn);
    row(u"Ngày dự kiến"_s, Field::ScheduledOn);
    row(u"Ngày Dự kiến"_s, Field::ScheduledOn);
    row(u"Địa điểm:"_s, Field::Venue);
    row(u"Người chủ trì"_s, Field::Chair);
    row(u"Số đại biểu mời"_s, Field::Invited);
    row(u"Số đại biểu dự"_s, Field::Attendees);
    row(u"Số người dự (người)"_s, Field::Attendees);
    row(u"Ngày nhận báo cáo"_s, Field::ReportReceivedOn);
    row(u"Kinh phí dự kiến (đồng)"_s, Field::BudgetPlanned);
    row(u"Kinh phí (đồng)"_s, Field::BudgetSpent);
    row(u"Kinh phí đã chi"_s, Field::BudgetSpent);
    row(u"Đánh giá"_s, Field::Assessment);
    row(u"Ghi chú"_s, Field::Note);
    row(u"Held on"_s, Field::HeldOn);
    row(u"Budget spent (đồng)"_s, Field::BudgetSpent);
    row(u"Cột 1"_s, std::nullopt);
    row(u"Số mô hình được biểu dương"_s, std::nullopt);
    row(u"KẾT QUẢ TỔ CHỨC HỘI NGHỊ TỔNG KẾT PHONG TRÀO DÂN VẬN KHÉO"_s, std::nullopt);
}

void TestResultsImport::recogniseHeaders()
{
    QFETCH(QString, header);
    QFETCH(int, field);
    const auto found = ResultsColumns::recognise(header);
    QCOMPARE(found ? int(*found) : -1, field);
}

void TestResultsImport::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sender"); // the code chosen as sender, or empty
    QTest::addColumn<int>("units"); // conferences changed
    QTest::addColumn<bool>("venues"); // the file gives the venues
    QTest::addColumn<bool>("form");
    // The form as danvan writes it, filled in by each program.
    for (const QString &file : {u"form-905-openpyxl.xlsx"_s, u"form-905-libreoffice.xlsx"_s,
                                u"form-905-libreoffice.ods"_s, u"form-905-libreoffice.xls"_s,
                                u"form-905-extra-column.xlsx"_s})
        QTest::newRow(file.toUtf8().constData()) << file << QString() << 5 << true << true;
    // Tables of the district's own: with codes, the sender is found; by names, it is said.
    QTest::newRow("own table with codes")
        << u"own-table-codes.xlsx"_s << QString() << 4 << true << false;
    QTest::newRow("empty rows") << u"own-table-empty-rows.xlsx"_s << QString() << 4 << true
                                << false;
    for (const QString &file :
         {u"own-table.xlsx"_s, u"own-table-merged-header.xlsx"_s, u"own-table-hidden-sheet.xlsx"_s,
          u"own-table-plain-names.xlsx"_s, u"own-table-tcvn3-font.xlsx"_s,
          u"own-table-tcvn3-no-font.xlsx"_s, u"own-table-tcvn3.xls"_s, u"own-table-tcvn3.ods"_s,
          u"own-table-vni-font.xlsx"_s})
        QTest::newRow(file.toUtf8().constData()) << file << u"905"_s << 4 << true << false;
    QTest::newRow("formulas") << u"own-table-formulas.xlsx"_s << QString() << 2 << false << false;
    for (const QString &file :
         {u"results-utf8.csv"_s, u"results-utf8-bom.csv"_s, u"results-utf16le.txt"_s,
          u"results-utf16be.csv"_s, u"results-semicolon-dates.csv"_s})
        QTest::newRow(file.toUtf8().constData()) << file << QString() << 4 << false << false;
    for (const QString &file :
         {u"results-windows-1258.csv"_s, u"results-tcvn3.csv"_s, u"results-vni.csv"_s})
        QTest::newRow(file.toUtf8().constData()) << file << u"905"_s << 4 << false << false;
}

void TestResultsImport::corpus()
{
    QFETCH(QString, file);
    QFETCH(QString, sender);
    QFETCH(int, units);
    QFETCH(bool, venues);
    QFETCH(bool, form);
    ResultsImport::Options options;
    options.senderUnitId = sender.isEmpty() ? 0 : unitId(sender);
    const ResultsPreview result = preview(file, options);
    QCOMPARE(result.files.size(), 1);
    QVERIFY2(result.files.first().error.isEmpty(), qPrintable(result.files.first().error));
    QCOMPARE(result.files.first().isForm, form);
    const ResultsPreview::Counts counts = result.counts();
    QCOMPARE(counts.refused, 0);
    QCOMPARE(counts.units, units);
    QVERIFY(result.canApply(false));
    const auto applied = ResultsImport(*m_database).apply(result, false);
    QVERIFY2(applied.ok(), qPrintable(applied.error()));
    QCOMPARE(*applied, units);

    // What every file says of Thị trấn Minh Lương and Xã Bình An (Châu Thành's, the pilot).
    QCOMPARE(conferenceOf(u"30880"_s).heldOn, QDate(2020, 5, 20));
    QCOMPARE(conferenceOf(u"30880"_s).attendees, 95);
    QCOMPARE(conferenceOf(u"30898"_s).heldOn, QDate(2020, 5, 15));
    QCOMPARE(conferenceOf(u"30898"_s).attendees, 120);
    QCOMPARE(conferenceOf(u"30898"_s).budgetSpent, qint64(5000000));
    // Kiên Lương's Xã Bình An is untouched.
    QVERIFY(!conferenceOf(u"30808"_s).heldOn.isValid());
    if (units >= 4) {
        QCOMPARE(conferenceOf(u"30893"_s).heldOn, QDate(2020, 6, 2));
        QCOMPARE(conferenceOf(u"30887"_s).attendees, 70);
    }
    if (venues) {
        QCOMPARE(conferenceOf(u"30898"_s).venue, u"Nhà văn hóa xã"_s);
        QCOMPARE(conferenceOf(u"30880"_s).venue, u"Hội trường UBND thị trấn"_s);
    }
    if (form) {
        QCOMPARE(conferenceOf(u"905"_s).heldOn, QDate(2020, 6, 26));
        QCOMPARE(conferenceOf(u"30898"_s).reportReceivedOn, QDate(2020, 5, 18));
    }
    // The same file again changes nothing.
    const QString before = TestSupport::dump(*m_database);
    const ResultsPreview again = preview(file, options);
    QCOMPARE(again.counts().units, 0);
    QCOMPARE(again.counts().newValues, 0);
    QCOMPARE(again.counts().undecided, 0);
    QVERIFY(again.counts().unchanged > 0);
    QVERIFY(ResultsImport(*m_database).apply(again, false).ok());
    QCOMPARE(TestSupport::dump(*m_database), before);
}

void TestResultsImport::formCarriesEveryField()
{
    const ResultsPreview result = preview(u"form-905-libreoffice.xlsx"_s);
    QVERIFY(ResultsImport(*m_database).apply(result, false).ok());
    const Conference district = conferenceOf(u"905"_s);
    QCOMPARE(district.scheduledOn, QDate(2020, 6, 25));
    QCOMPARE(district.venue, u"Hội trường Huyện ủy Châu Thành"_s);
    QCOMPARE(district.heldOn, QDate(2020, 6, 26));
    QCOMPARE(district.chair, u"Nguyễn Văn Hùng"_s);
    QCOMPARE(district.invited, 150);
    QCOMPARE(district.attendees, 142);
    QCOMPARE(district.reportReceivedOn, QDate(2020, 6, 30));
    QCOMPARE(district.budgetPlanned, qint64(15000000));
    QCOMPARE(district.budgetSpent, qint64(14500000));
    QCOMPARE(district.assessment, u"Hội nghị đạt yêu cầu, đúng kế hoạch"_s);
    QCOMPARE(district.note, u"Có báo cáo tham luận"_s);
    // The sender is the form's unit; the sheet of models is not read.
    const ResultsPreview::File &file = result.files.first();
    QCOMPARE(file.sheets.first().senderSource, u"form"_s);
    QCOMPARE(file.sheets.first().senderName, u"Huyện Châu Thành"_s);
    QVERIFY(!file.sheets.at(1).skipped.isEmpty());
    // The extra column a district added is named as left out.
    const ResultsPreview extra = preview(u"form-905-extra-column.xlsx"_s);
    const ResultsPreview::Sheet &sheet = extra.files.first().sheets.first();
    QCOMPARE(sheet.ignoredColumns.size(), 1);
    QCOMPARE(sheet.headers.at(sheet.ignoredColumns.first()), u"Số mô hình được biểu dương"_s);
}

void TestResultsImport::secondImportChangesNothing()
{
    const QStringList files{corpusFile(u"own-table-codes.xlsx"_s),
                            corpusFile(u"form-905-openpyxl.xlsx"_s)};
    // Both files give the same units: the second one's rows are duplicates.
    const auto first = ResultsImport(*m_database).preview(files, {});
    QVERIFY(first.ok());
    QVERIFY(first->counts().refused > 0);
    const auto applied = ResultsImport(*m_database).apply(*first, true);
    QVERIFY2(applied.ok(), qPrintable(applied.error()));
    const QString dump = TestSupport::dump(*m_database);
    const auto second = ResultsImport(*m_database).preview({files.first()}, {});
    QCOMPARE(second->counts().units, 0);
    QVERIFY(ResultsImport(*m_database).apply(*second, false).ok());
    QCOMPARE(TestSupport::dump(*m_database), dump);
}

void TestResultsImport::refusedValues()
{
    const Workbook workbook = sheetOf({
        {u"Mã đơn vị"_s, u"Tên đơn vị"_s, u"Ngày tổ chức"_s, u"Số người dự"_s,
         u"Ngày nhận báo cáo"_s},
        {u"30880"_s, u"Thị trấn Minh Lương"_s, u"20/5/2020"_s, u"một trăm"_s, QString()},
        {u"30898"_s, u"Xã Bình An"_s, u"31/02/2020"_s, u"120"_s, QString()},
        {u"30893"_s, u"Xã Vĩnh Hoà Phú"_s, u"02/06/2020"_s, u"80"_s, u"01/06/2020"_s},
        {u"30887"_s, u"Xã Mong Thọ"_s, u"10/06/2020"_s, u"70"_s, QString()},
    });
    const ResultsPreview result = preview(workbook);
    const ResultsPreview::Sheet &sheet = result.files.first().sheets.first();
    QCOMPARE(sheet.problems.size(), 3);
    // Each refusal says where: row, column, and the value.
    QCOMPARE(sheet.problems.at(0).kind, ProblemKind::Refused);
    QCOMPARE(sheet.problems.at(0).row, 1);
    QCOMPARE(sheet.problems.at(0).column, 3);
    QCOMPARE(sheet.problems.at(0).value, u"một trăm"_s);
    QCOMPARE(sheet.problems.at(1).row, 2);
    QCOMPARE(sheet.problems.at(1).column, 2);
    QVERIFY(sheet.problems.at(1).message.contains(u"31/02/2020"_s));
    // A report received before the conference was held.
    QCOMPARE(sheet.problems.at(2).row, 3);
    QCOMPARE(sheet.problems.at(2).column, -1);
    const QString where =
        ResultsPreview::location(result.files.first(), sheet, sheet.problems.at(0));
    QCOMPARE(where, u"table.xlsx, sheet “Sheet1”, row 2, column D (Số người dự)"_s);

    QVERIFY(!result.canApply(false));
    QVERIFY(!ResultsImport(*m_database).apply(result, false).ok());
    QVERIFY(!conferenceOf(u"30887"_s).heldOn.isValid());
    // Told to, the other rows are applied; the refused rows are left out whole.
    QVERIFY(result.canApply(true));
    const auto applied = ResultsImport(*m_database).apply(result, true);
    QVERIFY(applied.ok());
    QCOMPARE(*applied, 1);
    QCOMPARE(conferenceOf(u"30887"_s).heldOn, QDate(2020, 6, 10));
    QVERIFY(!conferenceOf(u"30880"_s).heldOn.isValid());
    QVERIFY(!conferenceOf(u"30893"_s).heldOn.isValid());
}

void TestResultsImport::conflicts()
{
    Conference stored = conferenceOf(u"30880"_s);
    stored.heldOn = QDate(2020, 5, 19);
    stored.venue = u"Hội trường UBND thị trấn"_s;
    QVERIFY(CampaignRepository(*m_database).saveConference(stored).ok());
    const Workbook workbook = sheetOf({
        {u"Mã đơn vị"_s, u"Ngày tổ chức"_s, u"Địa điểm"_s, u"Số người dự"_s},
        {u"30880"_s, u"20/5/2020"_s, u"Hội trường  UBND thị trấn"_s, u"95"_s},
    });
    ResultsPreview result = preview(workbook);
    const ResultsPreview::Row &row = result.files.first().sheets.first().rows.first();
    QCOMPARE(row.values.size(), 3);
    QCOMPARE(row.values.at(0).field, Field::Venue);
    QCOMPARE(row.values.at(0).status, ResultsPreview::Status::Same); // spaces do not count
    QCOMPARE(row.values.at(1).field, Field::HeldOn);
    QCOMPARE(row.values.at(1).status, ResultsPreview::Status::Conflict);
    QCOMPARE(row.values.at(1).stored.toDate(), QDate(2020, 5, 19));
    QCOMPARE(row.values.at(1).read.toDate(), QDate(2020, 5, 20));
    QCOMPARE(row.values.at(2).status, ResultsPreview::Status::New);
    // Undecided: not applied.
    QCOMPARE(result.counts().undecided, 1);
    QVERIFY(!result.canApply(true));
    // Kept: the rest is applied, the day stays.
    result.decideConflicts(Decision::Keep);
    QVERIFY(ResultsImport(*m_database).apply(result, false).ok());
    QCOMPARE(conferenceOf(u"30880"_s).heldOn, QDate(2020, 5, 19));
    QCOMPARE(conferenceOf(u"30880"_s).attendees, 95);
    // Replaced.
    ResultsImport::Options options;
    options.conflicts = Decision::Replace;
    const ResultsPreview replace = preview(workbook, options);
    QCOMPARE(replace.counts().replaced, 1);
    QVERIFY(ResultsImport(*m_database).apply(replace, false).ok());
    QCOMPARE(conferenceOf(u"30880"_s).heldOn, QDate(2020, 5, 20));
}

void TestResultsImport::twoUnitsOfOneName()
{
    // Province-wide, no codes: the two Xã Bình An are never guessed between.
    const ResultsPreview result = preview(u"two-binh-an.xlsx"_s);
    const ResultsPreview::Sheet &sheet = result.files.first().sheets.first();
    QCOMPARE(sheet.rows.size(), 1);
    QCOMPARE(sheet.rows.first().unitCode, u"30811"_s);
    QCOMPARE(sheet.problems.size(), 2);
    for (const ResultsPreview::Problem &problem : sheet.problems) {
        QCOMPARE(problem.kind, ProblemKind::Ambiguous);
        QVERIFY2(problem.message.contains(u"30808"_s) && problem.message.contains(u"30898"_s),
                 qPrintable(problem.message));
    }
    // Sent by Kiên Lương: its own Bình An; the second row names it again.
    ResultsImport::Options options;
    options.senderUnitId = unitId(u"902"_s);
    const ResultsPreview fromKienLuong = preview(u"two-binh-an.xlsx"_s, options);
    const ResultsPreview::Sheet &named = fromKienLuong.files.first().sheets.first();
    QCOMPARE(named.rows.first().unitCode, u"30808"_s);
    QVERIFY(named.rows.first().byName);
    QCOMPARE(named.problems.size(), 1);
    QCOMPARE(named.problems.first().kind, ProblemKind::Duplicate);
    // By name without its kind word, and without accents, under the sender.
    options.senderUnitId = unitId(u"905"_s);
    const ResultsPreview plain = preview(u"own-table-plain-names.xlsx"_s, options);
    QCOMPARE(plain.counts().units, 4);
}

void TestResultsImport::nameWithItsParent()
{
    // As danvan's own reports write repeated names: the parent in brackets tells them apart.
    const Workbook workbook = sheetOf({
        {u"Mã đơn vị"_s, u"Tên đơn vị"_s, u"Ngày tổ chức"_s},
        {QString(), u"Xã Bình An (Huyện Kiên Lương)"_s, u"20/5/2020"_s},
        {u"30898"_s, u"Xã Bình An (Huyện Châu Thành)"_s, u"21/5/2020"_s},
        {QString(), u"Bình An (Châu Thành)"_s, u"22/5/2020"_s},
        {QString(), u"Xã Bình An (Huyện Giồng Riềng)"_s, u"23/5/2020"_s},
        {QString(), u"Xã Bình Giang (cũ)"_s, u"24/5/2020"_s},
    });
    ResultsImport::Options options;
    options.senderUnitId = unitId(u"91"_s);
    const ResultsPreview result = preview(workbook, options);
    const ResultsPreview::Sheet &sheet = result.files.first().sheets.first();
    QCOMPARE(sheet.rows.size(), 3);
    QCOMPARE(sheet.rows.at(0).unitCode, u"30808"_s);
    QVERIFY(sheet.rows.at(0).byName);
    QCOMPARE(sheet.rows.at(1).unitCode, u"30898"_s);
    // Brackets that name no unit are a remark.
    QCOMPARE(sheet.rows.at(2).unitName, u"Xã Bình Giang"_s);
    // The code's unit named with its parent: no note that the names differ. The third row
    // is Châu Thành's again; the fourth names a district with no Bình An.
    QList<ProblemKind> kinds;
    for (const ResultsPreview::Problem &problem : sheet.problems)
        kinds.append(problem.kind);
    QCOMPARE(kinds, (QList<ProblemKind>{ProblemKind::Duplicate, ProblemKind::NotMatched}));
}

void TestResultsImport::notMatched()
{
    const Workbook workbook = sheetOf({
        {u"Mã đơn vị"_s, u"Tên đơn vị"_s, u"Ngày tổ chức"_s},
        {u"99999"_s, QString(), u"20/5/2020"_s},
        {QString(), u"Xã Không Có"_s, u"20/5/2020"_s},
        {u"30808"_s, u"Xã Bình An"_s, u"20/5/2020"_s},
        {u"30898"_s, u"Xã Bình Giang"_s, u"21/5/2020"_s},
        {QString(), u"Tổng cộng"_s, u"2"_s},
        {QString(), u"I. CẤP XÃ"_s, QString()},
    });
    ResultsImport::Options options;
    options.senderUnitId = unitId(u"905"_s);
    const ResultsPreview result = preview(workbook, options);
    const ResultsPreview::Sheet &sheet = result.files.first().sheets.first();
    QList<ProblemKind> kinds;
    for (const ResultsPreview::Problem &problem : sheet.problems)
        kinds.append(problem.kind);
    // Unknown code; unknown name; a unit not under the sender; a code whose name differs
    // (taken by code, with a note); the totals left out with a note; the heading in silence.
    QCOMPARE(
        kinds,
        (QList<ProblemKind>{ProblemKind::NotMatched, ProblemKind::NotMatched,
                            ProblemKind::NotMatched, ProblemKind::Warning, ProblemKind::Warning}));
    QCOMPARE(sheet.rows.size(), 1);
    QCOMPARE(sheet.rows.first().unitCode, u"30898"_s);
}

void TestResultsImport::duplicates()
{
    const Workbook workbook = sheetOf({
        {u"Mã đơn vị"_s, u"Ngày tổ chức"_s},
        {u"30898"_s, u"20/5/2020"_s},
        {u"30898"_s, u"21/5/2020"_s},
    });
    const ResultsPreview result = preview(workbook);
    const ResultsPreview::Sheet &sheet = result.files.first().sheets.first();
    QCOMPARE(sheet.rows.size(), 1);
    QCOMPARE(sheet.problems.size(), 1);
    QCOMPARE(sheet.problems.first().kind, ProblemKind::Duplicate);
    QCOMPARE(sheet.problems.first().row, 2);
}

void TestResultsImport::mappingChosenAndRemembered()
{
    // Headers nobody could recognise: the file is refused, naming them.
    const ResultsPreview unknown = preview(u"own-table-unknown-headers.xlsx"_s);
    const QString error = unknown.files.first().error;
    QVERIFY(error.contains(u"“Cột 1”"_s) && error.contains(u"“Cột 5”"_s));
    QVERIFY(!unknown.canApply(true));

    // The clerk places them, one by its column letter.
    ResultsImport::Options options;
    options.senderUnitId = unitId(u"905"_s);
    options.mapping = {{Field::Unit, u"Cột 2"_s},
                       {Field::HeldOn, u"cot 3"_s},
                       {Field::Venue, u"Cột 4"_s},
                       {Field::Attendees, u"Cột 5"_s},
                       {Field::BudgetSpent, u"F"_s}};
    const ResultsPreview mapped = preview(u"own-table-unknown-headers.xlsx"_s, options);
    QVERIFY2(mapped.files.first().error.isEmpty(), qPrintable(mapped.files.first().error));
    const ResultsPreview::Sheet &sheet = mapped.files.first().sheets.first();
    QCOMPARE(sheet.columns.value(Field::HeldOn), 2);
    QCOMPARE(sheet.columns.value(Field::BudgetSpent), 5);
    QVERIFY(!sheet.rememberedMapping);
    QCOMPARE(mapped.counts().units, 4);
    QCOMPARE(mapped.counts().refused, 0);
    QVERIFY(ResultsImport(*m_database).apply(mapped, false).ok());
    QCOMPARE(conferenceOf(u"30898"_s).budgetSpent, qint64(5000000));

    // Remembered for Châu Thành, by header: the next file from it needs no mapping.
    const auto remembered = ResultsImport(*m_database).rememberedMapping(unitId(u"905"_s));
    QCOMPARE(remembered->value(Field::HeldOn), u"Cột 3"_s);
    QVERIFY(!remembered->contains(Field::BudgetSpent)); // placed by letter: no header to remember
    ResultsImport::Options next;
    next.senderUnitId = unitId(u"905"_s);
    const ResultsPreview again = preview(u"own-table-unknown-headers.xlsx"_s, next);
    QVERIFY2(again.files.first().error.isEmpty(), qPrintable(again.files.first().error));
    QVERIFY(again.files.first().sheets.first().rememberedMapping);
    QCOMPARE(again.counts().units, 0);
    QCOMPARE(again.counts().unchanged, 12);
    // Not for another sender.
    next.senderUnitId = unitId(u"902"_s);
    QVERIFY(!preview(u"own-table-unknown-headers.xlsx"_s, next).files.first().error.isEmpty());
}

void TestResultsImport::formOfAnotherCampaign()
{
    Workbook workbook =
        sheetOf({{u"Mã đơn vị"_s, u"Ngày tổ chức"_s}, {u"30898"_s, u"20/5/2020"_s}});
    Workbook::Sheet identity;
    identity.name = ReportingForm::identitySheetName();
    identity.hidden = true;
    identity.rows = {{text(u"danvan-form"_s), text(u"1"_s)},
                     {text(u"campaign"_s), text(u"99"_s)},
                     {text(u"unit"_s), text(u"905"_s)}};
    workbook.sheets.append(identity);
    ResultsImport::Options options;
    options.campaignId = 1;
    const ResultsPreview result = preview(workbook, options);
    QVERIFY2(result.files.first().error.contains(u"99"_s), qPrintable(result.files.first().error));
    QVERIFY(!result.canApply(true));
}

void TestResultsImport::fileErrors()
{
    const auto result =
        ResultsImport(*m_database)
            .preview(QStringList{corpusFile(u"damaged.xlsx"_s), corpusFile(u"password.xls"_s),
                                 corpusFile(u"own-table-codes.xlsx"_s)},
                     {});
    QVERIFY(result.ok());
    QCOMPARE(result->files.size(), 3);
    QVERIFY(result->files.at(0).error.contains(u"damaged"_s));
    QVERIFY(result->files.at(1).error.contains(u"password"_s));
    QVERIFY(result->files.at(2).error.isEmpty());
    // One file that cannot be read stops all of them: nothing is written half-way.
    QCOMPARE(result->counts().fileErrors, 2);
    QVERIFY(!result->canApply(true));
    const QString before = TestSupport::dump(*m_database);
    QVERIFY(!ResultsImport(*m_database).apply(*result, true).ok());
    QCOMPARE(TestSupport::dump(*m_database), before);
}

void TestResultsImport::undoPutsBack()
{
    const QString before = TestSupport::dump(*m_database);
    const ResultsPreview result = preview(u"form-905-openpyxl.xlsx"_s);
    QList<ConferenceEdit> edits = ResultsImport::edits(result);
    QCOMPARE(edits.size(), 5);
    QVERIFY(ResultsImport::write(*m_database, edits).ok());
    const QString after = TestSupport::dump(*m_database);
    QVERIFY(after != before);
    for (ConferenceEdit &edit : edits)
        std::swap(edit.before, edit.after);
    QVERIFY(ResultsImport::write(*m_database, edits).ok());
    QCOMPARE(TestSupport::dump(*m_database), before);
}

void TestResultsImport::writtenMeanwhile()
{
    // The preview and the applying by one object, with the file written or not between:
    // each time a table giving a unit's day and attendees.
    const auto tableOf = [](const QString &code) {
        return QList<std::pair<QString, Result<Workbook>>>{
            {u"table.xlsx"_s,
             Result<Workbook>(sheetOf({
                 {u"Mã đơn vị"_s, u"Ngày tổ chức"_s, u"Số người dự"_s},
                 {code, u"20/5/2020"_s, u"95"_s},
             }))}};
    };
    const auto expected = [this](const QString &code, const QString &venue) {
        Conference conference = conferenceOf(code);
        conference.heldOn = QDate(2020, 5, 20);
        conference.attendees = 95;
        if (!venue.isEmpty())
            conference.venue = venue;
        return conference;
    };

    // Nothing written between: the values land, and nothing else changes.
    {
        const Conference wanted = expected(u"30880"_s, QString());
        ResultsImport import(*m_database);
        const auto result = import.preview(tableOf(u"30880"_s), {});
        QVERIFY(result.ok());
        QCOMPARE(import.apply(*result, false).value(), 1);
        QCOMPARE(Conference::differences(conferenceOf(u"30880"_s), wanted), Conference::Fields());
    }
    // This connection writes a field the file does not have: it stays.
    {
        const QString venue = u"Hội trường UBND xã"_s;
        const Conference wanted = expected(u"30898"_s, venue);
        ResultsImport import(*m_database);
        const auto result = import.preview(tableOf(u"30898"_s), {});
        QVERIFY(result.ok());
        Conference values = conferenceOf(u"30898"_s);
        values.venue = venue;
        QVERIFY(CampaignRepository(*m_database)
                    .changeConference(values, Conference::Field::Venue)
                    .ok());
        QVERIFY(import.apply(*result, false).ok());
        QCOMPARE(Conference::differences(conferenceOf(u"30898"_s), wanted), Conference::Fields());
    }
    // Another program writes one: it stays too.
    if (!m_database->isServer()) {
        const QString venue = u"Nhà văn hóa xã"_s;
        const Conference wanted = expected(u"30893"_s, venue);
        ResultsImport import(*m_database);
        const auto result = import.preview(tableOf(u"30893"_s), {});
        QVERIFY(result.ok());
        {
            Database other;
            QVERIFY(other.open(m_database->filePath()).ok());
            Conference values =
                CampaignRepository(other).conference(m_campaignId, unitId(u"30893"_s)).value();
            values.venue = venue;
            QVERIFY(
                CampaignRepository(other).changeConference(values, Conference::Field::Venue).ok());
        }
        QVERIFY(import.apply(*result, false).ok());
        QCOMPARE(Conference::differences(conferenceOf(u"30893"_s), wanted), Conference::Fields());
    }
    // The preview read inside a transaction that was then rolled back: what it read is not
    // written back.
    {
        const Conference wanted = expected(u"30887"_s, QString());
        ResultsImport import(*m_database);
        std::optional<ResultsPreview> result;
        {
            Transaction transaction(*m_database);
            QVERIFY(transaction.begin().ok());
            Conference values = conferenceOf(u"30887"_s);
            values.venue = u"Không lưu"_s;
            QVERIFY(CampaignRepository(*m_database)
                        .changeConference(values, Conference::Field::Venue)
                        .ok());
            result = import.preview(tableOf(u"30887"_s), {}).value();
        }
        QVERIFY(import.apply(*result, false).ok());
        QCOMPARE(Conference::differences(conferenceOf(u"30887"_s), wanted), Conference::Fields());
    }
    // The file closed and opened again, written meanwhile by another program.
    if (!m_database->isServer()) {
        const QString venue = u"Nhà văn hóa ấp"_s;
        const Conference wanted = expected(u"30880"_s, venue);
        Conference values = conferenceOf(u"30880"_s);
        values.heldOn = QDate();
        values.attendees = -1;
        QVERIFY(CampaignRepository(*m_database).saveConference(values).ok());
        // Opened afresh, so that this connection has written nothing before the preview.
        const QString path = m_database->filePath();
        m_database->close();
        QVERIFY(m_database->open(path).ok());
        ResultsImport import(*m_database);
        const auto result = import.preview(tableOf(u"30880"_s), {});
        QVERIFY(result.ok());
        m_database->close();
        {
            Database other;
            QVERIFY(other.open(path).ok());
            values.venue = venue;
            QVERIFY(
                CampaignRepository(other).changeConference(values, Conference::Field::Venue).ok());
        }
        QVERIFY(m_database->open(path).ok());
        QVERIFY(import.apply(*result, false).ok());
        QCOMPARE(Conference::differences(conferenceOf(u"30880"_s), wanted), Conference::Fields());
    }
}

void TestResultsImport::closedCampaign()
{
    Transaction transaction(*m_database);
    QVERIFY(transaction.begin().ok());
    Query close(*m_database, u"UPDATE campaigns SET closed = 1 WHERE id = 1"_s);
    QVERIFY(close.exec().ok());
    QVERIFY(transaction.commit().ok());
    const QString before = TestSupport::dump(*m_database);
    const ResultsPreview result = preview(u"form-905-openpyxl.xlsx"_s);
    const auto applied = ResultsImport(*m_database).apply(result, false);
    QVERIFY(!applied.ok());
    QCOMPARE(TestSupport::dump(*m_database), before);
}

// A campaign of 10,000 communes (40000 to 49999, "Xã Số 0" to "Xã Số 9999") in ten
// districts of Tỉnh Thử (99), in a file of its own.
void TestResultsImport::openLargeCampaign()
{
    m_database.reset();
    m_database = std::make_unique<Database>();
    QVERIFY(
        m_database->open(m_dir->filePath(u"large.sqlite"_s), Database::OpenMode::CreateIfMissing)
            .ok());
    UnitRepository units(*m_database);
    {
        Transaction transaction(*m_database);
        QVERIFY(transaction.begin().ok());
        Unit province;
        province.code = u"99"_s;
        province.name = u"Tỉnh Thử"_s;
        province.kind = u"tỉnh"_s;
        province.level = u"province"_s;
        province.source = u"manual"_s;
        const auto provinceId = units.insert(province);
        QVERIFY2(provinceId.ok(), qPrintable(provinceId.error()));
        for (int d = 0; d < 10; ++d) {
            Unit district;
            district.code = QString::number(800 + d);
            district.name = u"Huyện Số %1"_s.arg(d);
            district.kind = u"huyện"_s;
            district.level = u"district"_s;
            district.parentId = *provinceId;
            district.source = u"manual"_s;
            const auto districtId = units.insert(district);
            QVERIFY(districtId.ok());
            for (int c = 0; c < 1000; ++c) {
                Unit commune;
                commune.code = QString::number(40000 + d * 1000 + c);
                commune.name = u"Xã Số %1"_s.arg(d * 1000 + c);
                commune.kind = u"xã"_s;
                commune.level = u"commune"_s;
                commune.parentId = *districtId;
                commune.source = u"manual"_s;
                QVERIFY(units.insert(commune).ok());
            }
        }
        QVERIFY(transaction.commit().ok());
    }
    Campaign campaign;
    campaign.name = u"Thử"_s;
    campaign.phase = u"2021-2025"_s;
    campaign.rootUnitId = units.byCode(u"99"_s)->id;
    campaign.startsOn = QDate(2021, 1, 1);
    campaign.levels = {{u"province"_s, {}}, {u"district"_s, {}}, {u"commune"_s, {}}};
    QVERIFY(CampaignRepository(*m_database).create(campaign).ok());
}

void TestResultsImport::tenThousandRows()
{
    // A table with a row for each of 10,000 communes, as libxlsxwriter writes a large export.
    openLargeCampaign();
    if (QTest::currentTestFailed())
        return;
    ReportDocument report;
    ReportPart part;
    part.columns = {{u"Mã đơn vị"_s, ReportColumn::Type::Code},
                    {u"Tên đơn vị"_s, ReportColumn::Type::Text},
                    {u"Ngày tổ chức"_s, ReportColumn::Type::Date},
                    {u"Số người dự"_s, ReportColumn::Type::Integer}};
    part.rowCount = 10000;
    part.row = [](int index) {
        ReportRow row;
        row.cells = {QString::number(40000 + index), u"Xã Số %1"_s.arg(index),
                     QDate(2021, 5, 1).addDays(index % 60), qint64(50 + index % 100)};
        return row;
    };
    report.parts.append(part);
    const QString path = m_dir->filePath(u"ket-qua.xlsx"_s);
    QVERIFY(XlsxWriter::write(report, path).ok());

    const auto result = ResultsImport(*m_database).preview(QStringList{path}, {});
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->counts().units, 10000);
    QCOMPARE(result->counts().refused, 0);
    QCOMPARE(result->files.first().sheets.first().senderName, u"Tỉnh Thử"_s);
    const auto applied = ResultsImport(*m_database).apply(*result, false);
    QVERIFY2(applied.ok(), qPrintable(applied.error()));
    QCOMPARE(*applied, 10000);
    const auto last = CampaignRepository(*m_database).conference(1, unitId(u"49999"_s));
    QCOMPARE(last->heldOn, QDate(2021, 5, 1).addDays(9999 % 60));
    QCOMPARE(last->attendees, 50 + 9999 % 100);
    const auto again = ResultsImport(*m_database).preview(QStringList{path}, {});
    QCOMPARE(again->counts().units, 0);
    QCOMPARE(again->counts().unchanged, 20000);
}

void TestResultsImport::largeTableInItsOrder()
{
    // A table large enough to be read in parts side by side, with something to say about
    // rows at its start, around its middle and at its end: the rows and the problems come
    // out complete and in the sheet's order whatever the parts.
    openLargeCampaign();
    if (QTest::currentTestFailed())
        return;
    QList<QStringList> rows{{u"Mã đơn vị"_s, u"Tên đơn vị"_s, u"Số người dự"_s}};
    QMap<int, ResultsPreview::ProblemKind> expected; // by the sheet's row, from 0
    for (int index = 0; index < 10000; ++index) {
        QString attendees = QString::number(index % 500);
        if (index % 1250 == 0 || (index >= 4995 && index <= 5005)) {
            attendees = u"một trăm"_s;
            expected.insert(int(rows.size()), ResultsPreview::ProblemKind::Refused);
        }
        rows.append({QString::number(40000 + index), u"Xã Số %1"_s.arg(index), attendees});
        if (index == 4998 || index == 5003) {
            expected.insert(int(rows.size()), ResultsPreview::ProblemKind::NotMatched);
            rows.append({u"39999"_s, QString(), u"7"_s});
        }
    }
    for (const int index : {3, 5001, 9998}) {
        expected.insert(int(rows.size()), ResultsPreview::ProblemKind::Duplicate);
        rows.append({QString::number(40000 + index), u"Xã Số %1"_s.arg(index), u"9"_s});
    }
    expected.insert(int(rows.size()), ResultsPreview::ProblemKind::Warning);
    rows.append({QString(), u"Tổng cộng"_s, u"123456"_s});

    const ResultsPreview result = preview(sheetOf(rows));
    QCOMPARE(result.files.size(), 1);
    const ResultsPreview::Sheet &sheet = result.files.first().sheets.first();
    QCOMPARE(sheet.rows.size(), 10000);
    for (int index = 0; index < 10000; ++index) {
        const ResultsPreview::Row &row = sheet.rows.at(index);
        QCOMPARE(row.unitCode, QString::number(40000 + index));
        QCOMPARE(rows.at(row.row).first(), row.unitCode);
        if (!row.refused) {
            QCOMPARE(row.values.size(), 1);
            QCOMPARE(row.values.first().read.toInt(), index % 500);
        }
    }
    QMap<int, ResultsPreview::ProblemKind> found;
    int previous = -1;
    for (const ResultsPreview::Problem &problem : sheet.problems) {
        QVERIFY2(problem.row >= previous,
                 qPrintable(u"row %1 after %2"_s.arg(problem.row).arg(previous)));
        previous = problem.row;
        QVERIFY2(!found.contains(problem.row), qPrintable(u"row %1 twice"_s.arg(problem.row)));
        found.insert(problem.row, problem.kind);
    }
    QCOMPARE(found, expected);
}

QTEST_GUILESS_MAIN(TestResultsImport)
#include "tst_resultsimport.moc"
