#include "CampaignRepository.h"
#include "CampaignSummary.h"
#include "Database.h"
#include "ExemplarRepository.h"
#include "LineageRepository.h"
#include "Query.h"
#include "ReportBuilder.h"
#include "RewardRepository.h"
#include "TestSupport.h"
#include "Text.h"
#include "UnitHistory.h"
#include "UnitImporter.h"
#include "UnitRepository.h"
#include "UnitTree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QDate lastOld(2025, 6, 30);
const QDate firstNew(2025, 7, 1);

struct Counts
{
    int added = 0;
    int renamed = 0;
    int moved = 0;
    int retired = 0;
    int linked = 0;
};

QString describe(const ImportTally &report)
{
    return u"added %1, renamed %2, moved %3, retired %4, linked %5"_s.arg(report.added)
        .arg(report.renamed)
        .arg(report.moved)
        .arg(report.retired)
        .arg(report.linked);
}

QString describe(const Counts &counts)
{
    ImportTally report;
    report.added = counts.added;
    report.renamed = counts.renamed;
    report.moved = counts.moved;
    report.retired = counts.retired;
    report.linked = counts.linked;
    return describe(report);
}

Result<ImportTally> importData(Database &database, const QString &name, QDate effective = {})
{
    UnitImporter importer(database);
    if (effective.isValid())
        importer.setEffectiveDate(effective);
    return importer.importFile(TestSupport::dataPath(name));
}

bool openNew(Database &database, const QTemporaryDir &dir)
{
    const auto opened =
        database.open(dir.filePath(u"units.sqlite"_s), Database::OpenMode::CreateIfMissing);
    if (!opened)
        qWarning("%s", qPrintable(opened.error()));
    return opened.ok();
}

Unit unitOn(Database &database, const QString &code, QDate day)
{
    const auto unit = UnitRepository(database).byCode(code, day);
    if (!unit)
        qWarning("%s", qPrintable(unit.error()));
    return unit ? *unit : Unit();
}

QString codeOf(Database &database, qint64 id)
{
    const auto unit = UnitRepository(database).byId(id);
    return unit ? unit->code : QString();
}

// Every unit in force on a day as "code | name | level | parent's code", sorted.
QStringList inForce(Database &database, QDate day)
{
    QStringList lines;
    const auto units = UnitRepository(database).all();
    for (const Unit &unit : units ? *units : QList<Unit>()) {
        if (unit.isActiveOn(day))
            lines.append(QStringList{unit.code, unit.name, unit.level,
                                     unit.parentId ? codeOf(database, unit.parentId) : QString()}
                             .join(u" | "_s));
    }
    lines.sort();
    return lines;
}

// A unit's links as "code kind", sorted: predecessors or successors.
QStringList linksOf(Database &database, const Unit &unit, bool predecessors)
{
    LineageRepository lineage(database);
    const auto links =
        predecessors ? lineage.predecessorsOf(unit.id) : lineage.successorsOf(unit.id);
    QStringList lines;
    for (const UnitLink &link : links ? *links : QList<UnitLink>()) {
        const qint64 other = predecessors ? link.predecessorId : link.successorId;
        lines.append(codeOf(database, other) + u' ' + UnitLink::key(link.kind));
    }
    lines.sort();
    return lines;
}

// A report as text: what a writer would put in a file.
QString reportText(const ReportDocument &report)
{
    QStringList lines{report.title, report.subtitle};
    for (const ReportPart &part : report.parts) {
        lines.append(part.title);
        QStringList headers;
        for (const ReportColumn &column : part.columns)
            headers.append(column.header);
        lines.append(headers.join(u'|'));
        for (int r = 0; r < part.rowCount; ++r) {
            const ReportRow row = part.row(r);
            QStringList cells{row.group};
            for (const QVariant &cell : row.cells)
                cells.append(cell.toString());
            lines.append(cells.join(u'|'));
        }
    }
    return lines.join(u'\n');
}

// What the example's campaign reads as, through the summary and every report of it.
QString campaignReading(Database &database, qint64 campaignId, QDate asOf)
{
    QStringList texts;
    const auto summary = CampaignSummary::build(database, campaignId, asOf);
    if (!summary) {
        qWarning("%s", qPrintable(summary.error()));
        return {};
    }
    texts.append(QString::fromUtf8(
        QJsonDocument(summary->value("campaigns"_L1).toArray()).toJson(QJsonDocument::Indented)));
    for (ReportBuilder::Kind kind :
         {ReportBuilder::Kind::Schedule, ReportBuilder::Kind::Progress,
          ReportBuilder::Kind::Exemplars, ReportBuilder::Kind::Rewards}) {
        const auto report = ReportBuilder::build(kind, database, campaignId, asOf);
        if (!report) {
            qWarning("%s", qPrintable(report.error()));
            return {};
        }
        texts.append(reportText(*report));
    }
    return texts.join(u"\n----\n"_s);
}

} // namespace

/// The files of the 2025 reorganisation: a national edition of the register with an island
/// district that has no communes, the conversion table of 07/2025 (new ← old) with its
/// banner, province rows and untidy notes, and the list of new communes. Each new unit takes
/// over from its predecessors on 01/07/2025; a code may name an old unit and a new one.
class TestReorganisation : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void islandDistrictWithoutCommunes();
    void conversionTableAfterNationalEdition();
    void codeReusedByAnotherUnit();
    void ambiguousCodeNamesBoth();
    void communeSplitInParts();
    void provinceMergedUnderAnotherCode();
    void districtMadeSpecialZone();
    void keptRenamedAndTypeChanged();
    void tableImportedTwiceChangesNothing();
    void readBeforeTheDatabase();
    void unitsReadBeforeAWriteAreReadAgain();
    void effectiveDayGiven();
    void communeListAfterTable();
    void communeListBeforeTable();
    void brokenConversionTable_data();
    void brokenConversionTable();
    void overlappingCodesAreRefused();
    void manyUnitsEnded_data();
    void manyUnitsEnded();
    void oldCampaignReadsAsBefore();
    void searchByOldName();
    void historyOfPredecessors();
    void daysAreStoredAsIsoText_data();
    void daysAreStoredAsIsoText();
    void registersByTodaysUnits();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    bool loadNationalAndTable(ImportTally *report = nullptr);
};

void TestReorganisation::init()
{
    m_database = std::make_unique<Database>();
    QFile::remove(m_dir.filePath(u"units.sqlite"_s));
    QFile::remove(m_dir.filePath(u"units.sqlite-wal"_s));
    QFile::remove(m_dir.filePath(u"units.sqlite-shm"_s));
    QVERIFY(openNew(*m_database, m_dir));
}

bool TestReorganisation::loadNationalAndTable(ImportTally *report)
{
    const auto national = importData(*m_database, u"register-national-2025.csv"_s);
    if (!national) {
        qWarning("%s", qPrintable(national.error()));
        return false;
    }
    const auto table = importData(*m_database, u"conversion-2025.csv"_s);
    if (!table) {
        qWarning("%s", qPrintable(table.error()));
        return false;
    }
    if (report)
        *report = *table;
    return true;
}

void TestReorganisation::islandDistrictWithoutCommunes()
{
    const auto report = importData(*m_database, u"register-national-2025.csv"_s);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->added, 4 + 11 + 21);
    const Unit hoangSa = unitOn(*m_database, u"498"_s, firstNew.addDays(-1));
    QCOMPARE(hoangSa.name, u"Huyện Hoàng Sa"_s);
    QCOMPARE(hoangSa.level, u"district"_s);
    QCOMPARE(codeOf(*m_database, hoangSa.parentId), u"48"_s);
    Query children(*m_database, u"SELECT count(*) FROM units WHERE parent_id = ?"_s);
    children.bind({hoangSa.id});
    QVERIFY(children.execSingle());
    QCOMPARE(children.integer(0), 0);
}

void TestReorganisation::conversionTableAfterNationalEdition()
{
    ImportTally report;
    QVERIFY(loadNationalAndTable(&report));
    QCOMPARE(report.format, ImportTally::Format::ConversionTable);
    QCOMPARE(report.effective, firstNew);
    // 13 new communes and the new An Giang; Xã Bắc Sơn (kept) moves under Hà Nội; every
    // district and every old unit not carried on ends on 30/06/2025.
    QCOMPARE(describe(report), describe(Counts{14, 0, 1, 33, 25}));

    // In force from 01/07/2025: exactly the provinces and communes the table names, each
    // under its new province.
    const QStringList expected{
        u"00004 | Phường Ba Đình | commune | 01"_s,    u"00097 | Phường Hồng Hà | commune | 01"_s,
        u"00376 | Xã Sóc Sơn | commune | 01"_s,        u"00379 | Xã Bắc Sơn | commune | 01"_s,
        u"01 | Thành phố Hà Nội | province | "_s,      u"09574 | Phường Sơn Tây | commune | 01"_s,
        u"20194 | Phường Hải Châu | commune | 48"_s,   u"20333 | Đặc khu Hoàng Sa | commune | 48"_s,
        u"30307 | Phường Long Xuyên | commune | 91"_s, u"30733 | Phường Rạch Giá | commune | 91"_s,
        u"30787 | Xã Kiên Lương | commune | 91"_s,     u"30802 | Xã Hòa Điền | commune | 91"_s,
        u"30880 | Xã Châu Thành | commune | 91"_s,     u"30898 | Xã Bình An | commune | 91"_s,
        u"31108 | Đặc khu Kiên Hải | commune | 91"_s,  u"48 | Thành phố Đà Nẵng | province | "_s,
        u"91 | Tỉnh An Giang | province | "_s,
    };
    QCOMPARE(inForce(*m_database, firstNew), expected);
    QCOMPARE(inForce(*m_database, QDate(2026, 3, 1)), expected);
    // Every unit that ended, ended the day before.
    const auto units = UnitRepository(*m_database).all();
    QVERIFY(units);
    int ended = 0;
    for (const Unit &unit : *units) {
        if (unit.isRetired()) {
            QCOMPARE(unit.validTo, lastOld);
            ++ended;
        } else if (unit.validFrom.isValid()) {
            QCOMPARE(unit.validFrom, firstNew);
        }
    }
    QCOMPARE(ended, 33);

    // What the table does not account for is a warning, by code where there is one.
    const QStringList &warnings = report.warnings;
    QCOMPARE(warnings.size(), 4);
    const auto warned = [&warnings](const QString &text) {
        return std::any_of(warnings.cbegin(), warnings.cend(),
                           [&text](const QString &warning) { return warning.contains(text); });
    };
    QVERIFY2(warned(u"30999: Xã Vĩnh Lập"_s), qPrintable(warnings.join(u'\n')));
    QVERIFY2(warned(u"30793: Xã Vĩnh Điều (Huyện Giang Thành)"_s),
             qPrintable(warnings.join(u'\n')));
    QVERIFY2(warned(u"Một phần đảo Hòn Nghệ"_s), qPrintable(warnings.join(u'\n')));
    QVERIFY2(warned(u"Xã Hòn Nghệ"_s), qPrintable(warnings.join(u'\n')));
    QVERIFY2(warned(u"line 29"_s), qPrintable(warnings.join(u'\n')));
    QVERIFY2(report.summary().contains(u"01/07/2025"_s), qPrintable(report.summary()));
}

void TestReorganisation::codeReusedByAnotherUnit()
{
    QVERIFY(loadNationalAndTable());
    const Unit old = unitOn(*m_database, u"30880"_s, QDate(2020, 5, 1));
    const Unit now = unitOn(*m_database, u"30880"_s, firstNew);
    QVERIFY(old.id != now.id);
    QCOMPARE(old.name, u"Thị trấn Minh Lương"_s);
    QCOMPARE(old.kind, u"thị trấn"_s);
    QCOMPARE(codeOf(*m_database, old.parentId), u"905"_s);
    QCOMPARE(old.validTo, lastOld);
    QCOMPARE(now.name, u"Xã Châu Thành"_s);
    QCOMPARE(now.kind, u"xã"_s);
    QCOMPARE(now.validFrom, firstNew);
    QCOMPARE(UnitRepository(*m_database).byCode(u"30880"_s, lastOld)->id, old.id);
    // Without a day: today's unit.
    QCOMPARE(UnitRepository(*m_database).byCode(u"30880"_s)->id, now.id);
    QCOMPARE(UnitRepository(*m_database).withCode(u"30880"_s)->size(), 2);

    QCOMPARE(linksOf(*m_database, now, true), (QStringList{u"30880 whole"_s, u"30883 whole"_s}));
    QCOMPARE(linksOf(*m_database, old, false), QStringList{u"30880 whole"_s});

    // The same name and code, but merged with another commune: a unit of its own too.
    const Unit binhAnOld = unitOn(*m_database, u"30898"_s, lastOld);
    const Unit binhAnNew = unitOn(*m_database, u"30898"_s, firstNew);
    QVERIFY(binhAnOld.id != binhAnNew.id);
    QCOMPARE(linksOf(*m_database, binhAnNew, true),
             (QStringList{u"30898 whole"_s, u"30901 whole"_s}));
}

void TestReorganisation::ambiguousCodeNamesBoth()
{
    Unit first;
    first.id = 1;
    first.code = u"30880"_s;
    first.name = u"Thị trấn Minh Lương"_s;
    first.validTo = QDate(2024, 12, 31);
    Unit second = first;
    second.id = 2;
    second.name = u"Xã Châu Thành"_s;
    second.validFrom = firstNew;
    second.validTo = QDate();
    const QList<Unit> both{first, second};
    QCOMPARE(UnitRepository::choose(u"30880"_s, both, QDate(2024, 5, 1))->id, 1);
    QCOMPARE(UnitRepository::choose(u"30880"_s, both, QDate(2025, 8, 1))->id, 2);
    // Neither was in force between them: the message names both, with their days.
    const auto none = UnitRepository::choose(u"30880"_s, both, QDate(2025, 3, 1));
    QVERIFY(!none);
    QVERIFY2(none.error().contains(u"Thị trấn Minh Lương (30880, until 31/12/2024)"_s),
             qPrintable(none.error()));
    QVERIFY2(none.error().contains(u"Xã Châu Thành (30880, from 01/07/2025)"_s),
             qPrintable(none.error()));
    QVERIFY2(none.error().contains(u"01/03/2025"_s), qPrintable(none.error()));
    // A code that names one unit means it on any day.
    QCOMPARE(UnitRepository::choose(u"30880"_s, {first}, QDate(2030, 1, 1))->id, 1);
    QVERIFY(!UnitRepository::choose(u"30880"_s, {}, QDate(2030, 1, 1)));
}

void TestReorganisation::communeSplitInParts()
{
    QVERIFY(loadNationalAndTable());
    const Unit kienBinh = unitOn(*m_database, u"30790"_s, lastOld);
    QCOMPARE(kienBinh.validTo, lastOld);
    QCOMPARE(linksOf(*m_database, kienBinh, false),
             (QStringList{u"30787 part"_s, u"30802 part"_s}));
    const auto links = LineageRepository(*m_database).successorsOf(kienBinh.id);
    QVERIFY(links);
    QStringList notes;
    for (const UnitLink &link : *links) {
        notes.append(link.note);
        QCOMPARE(link.on, firstNew);
    }
    notes.sort();
    // Notes are kept as written, spaces evened out.
    QCOMPARE(notes, (QStringList{u"Nhập một phần diện tích"_s, u"Nhập một phần dân số"_s}));

    // Phường Phúc Xá went in part into two new wards.
    QCOMPARE(linksOf(*m_database, unitOn(*m_database, u"00001"_s, lastOld), false),
             (QStringList{u"00004 part"_s, u"00097 part"_s}));
}

void TestReorganisation::provinceMergedUnderAnotherCode()
{
    QVERIFY(loadNationalAndTable());
    const Unit kienGiang = unitOn(*m_database, u"91"_s, lastOld);
    const Unit anGiangOld = unitOn(*m_database, u"89"_s, lastOld);
    const Unit anGiang = unitOn(*m_database, u"91"_s, firstNew);
    QCOMPARE(kienGiang.name, u"Tỉnh Kiên Giang"_s);
    QCOMPARE(kienGiang.validTo, lastOld);
    QCOMPARE(anGiangOld.validTo, lastOld);
    QCOMPARE(anGiang.name, u"Tỉnh An Giang"_s);
    QCOMPARE(anGiang.validFrom, firstNew);
    QCOMPARE(anGiang.level, u"province"_s);
    QCOMPARE(linksOf(*m_database, anGiang, true), (QStringList{u"89 whole"_s, u"91 whole"_s}));
    // The old units keep their own places: Minh Lương is still under Châu Thành.
    QCOMPARE(codeOf(*m_database, unitOn(*m_database, u"905"_s, lastOld).parentId), u"91"_s);
    QCOMPARE(UnitRepository(*m_database).byId(unitOn(*m_database, u"905"_s, lastOld).parentId)->id,
             kienGiang.id);
}

void TestReorganisation::districtMadeSpecialZone()
{
    QVERIFY(loadNationalAndTable());
    const Unit kienHai = unitOn(*m_database, u"31108"_s, firstNew);
    QCOMPARE(kienHai.name, u"Đặc khu Kiên Hải"_s);
    QCOMPARE(kienHai.kind, u"đặc khu"_s);
    QCOMPARE(kienHai.level, u"commune"_s);
    // The district whole, and its communes that no row names.
    QCOMPARE(linksOf(*m_database, kienHai, true),
             (QStringList{u"31108 whole"_s, u"31111 whole"_s, u"912 whole"_s}));
    // An island district without communes.
    const Unit hoangSa = unitOn(*m_database, u"20333"_s, firstNew);
    QCOMPARE(linksOf(*m_database, hoangSa, true), QStringList{u"498 whole"_s});
    const auto links = LineageRepository(*m_database).predecessorsOf(hoangSa.id);
    QVERIFY(links->constFirst().note.startsWith(u"Đặc khu Hoàng Sa được thành lập"_s));
}

void TestReorganisation::keptRenamedAndTypeChanged()
{
    const auto national = importData(*m_database, u"register-national-2025.csv"_s);
    QVERIFY(national);
    const Unit hanoiBefore = unitOn(*m_database, u"01"_s, lastOld);
    const Unit bacSonBefore = unitOn(*m_database, u"00379"_s, lastOld);
    QVERIFY(importData(*m_database, u"conversion-2025.csv"_s));

    // Unchanged but for its place: the same unit, carried on under its province.
    const Unit hanoi = unitOn(*m_database, u"01"_s, firstNew);
    QCOMPARE(hanoi.id, hanoiBefore.id);
    QVERIFY(!hanoi.isRetired());
    const Unit bacSon = unitOn(*m_database, u"00379"_s, firstNew);
    QCOMPARE(bacSon.id, bacSonBefore.id);
    QVERIFY(!bacSon.isRetired());
    QVERIFY(!bacSon.validFrom.isValid());
    QCOMPARE(bacSon.parentId, hanoi.id);
    QVERIFY(linksOf(*m_database, bacSon, true).isEmpty());

    // A new name, or a new type, is a new unit with its predecessor named.
    QCOMPARE(linksOf(*m_database, unitOn(*m_database, u"09574"_s, firstNew), true),
             QStringList{u"09574 renamed"_s});
    QCOMPARE(linksOf(*m_database, unitOn(*m_database, u"00376"_s, firstNew), true),
             QStringList{u"00376 type_changed"_s});
    QCOMPARE(unitOn(*m_database, u"00376"_s, lastOld).name, u"Thị trấn Sóc Sơn"_s);
}

void TestReorganisation::tableImportedTwiceChangesNothing()
{
    ImportTally first;
    QVERIFY(loadNationalAndTable(&first));
    const QString before = TestSupport::dump(*m_database);
    const auto again = importData(*m_database, u"conversion-2025.csv"_s);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(describe(*again), describe(Counts{}));
    QVERIFY(!again->changedAnything());
    QCOMPARE(again->unchanged, 17);
    QCOMPARE(again->warnings, first.warnings);
    QCOMPARE(TestSupport::dump(*m_database), before);
}

void TestReorganisation::readBeforeTheDatabase()
{
    // What danvan-cli does: the files read without the database, the database's units read
    // ahead (prepare()), then each file applied.
    const auto national =
        UnitImporter::readFile(TestSupport::dataPath(u"register-national-2025.csv"_s));
    QVERIFY2(national, qPrintable(national.error()));
    QVERIFY(!national->reorganisation);
    QCOMPARE(national->tally.format, ImportTally::Format::Register);
    const auto table = UnitImporter::readFile(TestSupport::dataPath(u"conversion-2025.csv"_s));
    QVERIFY2(table, qPrintable(table.error()));
    QVERIFY(table->reorganisation);
    QCOMPARE(table->reorganisation->communes.size(), 14);
    QCOMPARE(table->reorganisation->provinces.size(), 3);

    UnitImporter importer(*m_database);
    QVERIFY(importer.prepare());
    const auto first = importer.apply(*national);
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first->added, 4 + 11 + 21);
    QVERIFY(importer.prepare());
    const auto converted = importer.apply(*table);
    QVERIFY2(converted, qPrintable(converted.error()));
    QCOMPARE(converted->effective, firstNew);
    QCOMPARE(describe(*converted), describe(Counts{14, 0, 1, 33, 25}));

    // The units prepare() read serve one apply(): the next reads the database as it is now,
    // and finds the table's units there.
    const QString before = TestSupport::dump(*m_database);
    const auto again = importer.apply(*table);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(describe(*again), describe(Counts{}));
    QCOMPARE(TestSupport::dump(*m_database), before);

    // A file that does not exist fails on reading, before any database.
    const auto missing = UnitImporter::readFile(m_dir.filePath(u"none.csv"_s));
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(u"none.csv"_s), qPrintable(missing.error()));
}

void TestReorganisation::unitsReadBeforeAWriteAreReadAgain()
{
    // Units read ahead are read again when the file was written to in between: here the
    // national register, imported after the early reading of an empty file.
    const auto table = UnitImporter::readFile(TestSupport::dataPath(u"conversion-2025.csv"_s));
    QVERIFY2(table, qPrintable(table.error()));
    UnitImporter early(*m_database);
    QVERIFY(early.prepare());
    QVERIFY(importData(*m_database, u"register-national-2025.csv"_s));
    const auto converted = early.apply(*table);
    QVERIFY2(converted, qPrintable(converted.error()));
    QCOMPARE(describe(*converted), describe(Counts{14, 0, 1, 33, 25}));
}

void TestReorganisation::effectiveDayGiven()
{
    QVERIFY(importData(*m_database, u"register-national-2025.csv"_s));
    const auto report = importData(*m_database, u"conversion-2025.csv"_s, QDate(2025, 8, 15));
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->effective, QDate(2025, 8, 15));
    QCOMPARE(unitOn(*m_database, u"30880"_s, QDate(2025, 8, 14)).name, u"Thị trấn Minh Lương"_s);
    QCOMPARE(unitOn(*m_database, u"30880"_s, QDate(2025, 8, 15)).name, u"Xã Châu Thành"_s);
    QCOMPARE(unitOn(*m_database, u"30880"_s, QDate(2025, 8, 15)).validFrom, QDate(2025, 8, 15));
}

void TestReorganisation::communeListAfterTable()
{
    QVERIFY(loadNationalAndTable());
    const QString before = TestSupport::dump(*m_database);
    const auto report = importData(*m_database, u"communes-2025.csv"_s);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->format, ImportTally::Format::CommuneList);
    QCOMPARE(report->units, 3 + 14);
    QCOMPARE(describe(*report), describe(Counts{}));
    QCOMPARE(TestSupport::dump(*m_database), before);
}

void TestReorganisation::communeListBeforeTable()
{
    QVERIFY(importData(*m_database, u"register-national-2025.csv"_s));
    // The list names provinces by name only: before the table, "Tỉnh An Giang" is the old
    // one (89), and the new communes go under it.
    const auto list = importData(*m_database, u"communes-2025.csv"_s);
    QVERIFY2(list, qPrintable(list.error()));
    QCOMPARE(codeOf(*m_database, unitOn(*m_database, u"30880"_s, firstNew).parentId), u"89"_s);
    QCOMPARE(unitOn(*m_database, u"30880"_s, lastOld).name, u"Thị trấn Minh Lương"_s);
    QVERIFY(list->warnings.isEmpty());

    // The table then gives An Giang its new code and moves the communes under it: the
    // same units in force as with the table alone, and the links.
    const auto table = importData(*m_database, u"conversion-2025.csv"_s);
    QVERIFY2(table, qPrintable(table.error()));
    QVERIFY(table->moved > 0);
    QVERIFY(table->linked > 0);

    Database alone;
    QTemporaryDir other;
    QVERIFY(openNew(alone, other));
    QVERIFY(importData(alone, u"register-national-2025.csv"_s));
    QVERIFY(importData(alone, u"conversion-2025.csv"_s));
    QCOMPARE(inForce(*m_database, firstNew), inForce(alone, firstNew));
    const Unit chauThanh = unitOn(*m_database, u"30880"_s, firstNew);
    QCOMPARE(linksOf(*m_database, chauThanh, true),
             linksOf(alone, unitOn(alone, u"30880"_s, firstNew), true));
}

void TestReorganisation::brokenConversionTable_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // what the message must say

    const QByteArray banner = "Đơn vị hành chính từ ngày 01/7/2025,,,Đơn vị hành chính trước "
                              "ngày 01/7/2025,,,,,\r\n";
    const QByteArray header = "\"Tỉnh, thành phố\",Tên Xã mới,Mã Xã mới,Tên Xã cũ,Mã Xã cũ,Ghi "
                              "chú,Quận/huyện,Tỉnh cũ,\r\n";
    const QByteArray good = "Tỉnh An Giang (91),Xã Châu Thành,30880,Thị trấn Minh Lương,30880,"
                            "Nhập toàn bộ,Huyện Châu Thành (905),Tỉnh Kiên Giang (91),\r\n";
    QTest::newRow("missing column") << banner
            + "\"Tỉnh, thành phố\",Tên Xã mới,Mã Xã mới,Tên Xã cũ,Mã Xã cũ,Ghi chú,Tỉnh "
              "cũ\r\n" << u"line 2: the column “Quận/huyện” is missing"_s;
    QTest::newRow("banner without header") << banner + good << u"line 2"_s;
    QTest::newRow("new code of four digits") << banner + header + good
            + "Tỉnh An Giang (91),Xã Bình An,3089,Xã Bình An,30898,Nhập toàn bộ,Huyện Châu "
              "Thành (905),Tỉnh Kiên Giang (91),\r\n"
                                             << u"line 4, column “Mã Xã mới”: “3089”"_s;
    QTest::newRow("province without code") << banner + header
            + "Tỉnh An Giang,Xã Châu Thành,30880,Thị trấn Minh Lương,30880,Nhập toàn bộ,Huyện "
              "Châu Thành (905),Tỉnh Kiên Giang (91),\r\n"
                                           << u"line 3, column “Tỉnh, thành phố”"_s;
    QTest::newRow("one code, two names")
        << banner + header + good
            + "Tỉnh An Giang (91),Xã Minh Lương,30880,Xã Mong Thọ A,30883,Nhập toàn bộ,Huyện "
              "Châu Thành (905),Tỉnh Kiên Giang (91),\r\n"
        << u"line 4, column “Tên Xã mới”: the code 30880 is “Xã Minh Lương” here but “Xã Châu "
           "Thành” on line 3"_s;
    QTest::newRow("old district code") << banner + header
            + "Tỉnh An Giang (91),Xã Châu Thành,30880,Thị trấn Minh Lương,30880,Nhập toàn bộ,"
              "Huyện Châu Thành (95),Tỉnh Kiên Giang (91),\r\n"
                                       << u"line 3, column “Quận/huyện”: “95”"_s;
    QTest::newRow("extra field") << banner + header
            + "Tỉnh An Giang (91),Xã Châu Thành,30880,Thị trấn Minh Lương,30880,Nhập toàn bộ,"
              "Huyện Châu Thành (905),Tỉnh Kiên Giang (91),,Thừa\r\n"
                                 << u"line 3: the row goes on after the last column with “Thừa”"_s;
    QTest::newRow("header only") << banner + header << u"no rows of new communes"_s;
    QTest::newRow("list: unknown province")
        << QByteArray(", TỈNH HÀ TIÊN,,\r\n30880, Xã Châu Thành,Tỉnh Hà Tiên,\r\n")
        << u"line 2: no province named “Tỉnh Hà Tiên” is in force on 01/07/2025"_s;
    QTest::newRow("list: code of four digits")
        << QByteArray(", TỈNH AN GIANG,,\r\n3088, Xã Châu Thành,Tỉnh An Giang,\r\n")
        << u"line 2, column 1: “3088”"_s;
}

void TestReorganisation::brokenConversionTable()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QVERIFY(importData(*m_database, u"register-national-2025.csv"_s));
    const QString before = TestSupport::dump(*m_database);
    const QString path = TestSupport::writeFile(m_dir, u"broken.csv"_s, content);
    UnitImporter importer(*m_database);
    const auto report = importer.importFile(path);
    QVERIFY(!report);
    QVERIFY2(report.error().contains(expected), qPrintable(report.error()));
    QVERIFY2(report.error().contains(u"broken.csv"_s), qPrintable(report.error()));
    QCOMPARE(TestSupport::dump(*m_database), before);
}

void TestReorganisation::overlappingCodesAreRefused()
{
    QVERIFY(loadNationalAndTable());
    // A third unit with 30880 in force when Xã Châu Thành is: refused by the schema.
    UnitRepository units(*m_database);
    Unit third = unitOn(*m_database, u"30880"_s, firstNew);
    third.id = 0;
    third.name = u"Xã Thứ Ba"_s;
    third.validFrom = QDate(2026, 1, 1);
    const auto inserted = units.insert(third);
    QVERIFY(!inserted);
    QVERIFY2(inserted.error().contains(u"same code"_s), qPrintable(inserted.error()));
    // Bringing Minh Lương back while Xã Châu Thành is in force: refused too.
    QVERIFY(!units.setValidTo(unitOn(*m_database, u"30880"_s, lastOld).id, QDate()));
    // Before the old one began, a unit of its own may have the code.
    third.validFrom = QDate();
    third.validTo = QDate(1990, 12, 31);
    Query minhLuong(*m_database, u"UPDATE units SET valid_from = '1991-01-01' WHERE id = ?"_s);
    minhLuong.bind({unitOn(*m_database, u"30880"_s, lastOld).id});
    QVERIFY(minhLuong.exec());
    QVERIFY2(units.insert(third), "a unit of 1990 with the code");
    QCOMPARE(units.withCode(u"30880"_s)->size(), 3);
}

void TestReorganisation::manyUnitsEnded_data()
{
    // Which of the units in id order are ended: runs of consecutive ids (a statement each)
    // or ids scattered (one statement over them all), given in any order and twice.
    QTest::addColumn<int>("run");
    QTest::addColumn<int>("gap");
    QTest::addColumn<bool>("reversed");
    QTest::newRow("consecutive ids") << 18 << 100'000 << false;
    QTest::newRow("consecutive ids, given backwards") << 18 << 100'000 << true;
    QTest::newRow("runs of ten, two ids apart") << 10 << 2 << false;
    QTest::newRow("runs of ten, two ids apart, backwards") << 10 << 2 << true;
    QTest::newRow("every other id") << 1 << 1 << false;
    QTest::newRow("every third id, given backwards") << 1 << 2 << true;
}

void TestReorganisation::manyUnitsEnded()
{
    QFETCH(int, run);
    QFETCH(int, gap);
    QFETCH(bool, reversed);
    QVERIFY(importData(*m_database, u"register-national-2025.csv"_s));
    UnitRepository units(*m_database);
    const auto before = units.all();
    QVERIFY(before);
    QVERIFY(before->size() > 30);
    QList<qint64> ending;
    QSet<qint64> ended;
    // Runs of the units in id order with gaps between them: the gaps stay as they were.
    QList<Unit> byId = *before;
    std::sort(byId.begin(), byId.end(), [](const Unit &a, const Unit &b) { return a.id < b.id; });
    for (qsizetype i = 0; i < byId.size(); ++i) {
        if (i % (run + gap) < run) {
            ending.append(byId.at(i).id);
            ended.insert(byId.at(i).id);
        }
    }
    ending.append(ending.constFirst());
    if (reversed)
        std::reverse(ending.begin(), ending.end());
    const QDate day(2025, 6, 30);
    QVERIFY(units.setValidTo(ending, day));
    const auto after = units.all();
    QVERIFY(after);
    QCOMPARE(after->size(), before->size());
    for (qsizetype i = 0; i < after->size(); ++i) {
        const Unit &unit = after->at(i);
        QCOMPARE(unit.id, before->at(i).id);
        QCOMPARE(unit.validTo, ended.contains(unit.id) ? day : before->at(i).validTo);
    }
}

void TestReorganisation::oldCampaignReadsAsBefore()
{
    QVERIFY(TestSupport::createExample(*m_database, m_dir, u"example.sqlite"_s));
    const QDate asOf(2020, 6, 22);
    const QString before = campaignReading(*m_database, 1, asOf);
    QVERIFY(!before.isEmpty());
    const QString beforeToday = campaignReading(*m_database, 1, QDate(2026, 1, 5));

    const auto report = importData(*m_database, u"conversion-2025.csv"_s);
    QVERIFY2(report, qPrintable(report.error()));
    QVERIFY(report->retired > 100);
    // The provinces the example does not hold are said once each.
    QVERIFY2(report->warnings.filter(u"01: no unit of the database had this old province"_s).size()
                 == 1,
             qPrintable(report->warnings.join(u'\n')));

    QCOMPARE(campaignReading(*m_database, 1, asOf), before);
    QCOMPARE(campaignReading(*m_database, 1, QDate(2026, 1, 5)), beforeToday);
    // Its units are its own: the conference of Minh Lương is still Minh Lương's.
    const auto conferences = CampaignRepository(*m_database).conferences(1);
    QVERIFY(conferences);
    QCOMPARE(conferences->size(), 161);
    const Unit minhLuong = unitOn(*m_database, u"30880"_s, QDate(2020, 2, 6));
    QCOMPARE(minhLuong.name, u"Thị trấn Minh Lương"_s);
    QVERIFY(CampaignRepository(*m_database).conference(1, minhLuong.id));
}

void TestReorganisation::searchByOldName()
{
    QVERIFY(loadNationalAndTable());
    auto units = UnitRepository(*m_database).all();
    auto lineage = LineageRepository(*m_database).all();
    QVERIFY(units && lineage);
    const UnitTree tree(*units, *lineage);
    const int kienLuong = tree.indexOf(unitOn(*m_database, u"30787"_s, firstNew).id);
    QStringList labels;
    for (const UnitTree::Former &former : tree.formers(kienLuong))
        labels.append(former.label);
    labels.sort();
    QCOMPARE(
        labels,
        (QStringList{u"Thị trấn Kiên Lương (30787, Kiên Lương)"_s,
                     u"Xã Bình An (30808, Kiên Lương)"_s, u"Xã Kiên Bình (30790, Kiên Lương)"_s}));
    // The old unit's own search key finds it: name without accents, and code.
    bool found = false;
    for (const UnitTree::Former &former : tree.formers(kienLuong))
        found = found || Text::matchesKey(former.searchKey, Text::searchKey(u"binh an 30808"_s));
    QVERIFY(found);
    // A retired unit has no formers; the code gives the unit in force.
    QVERIFY(tree.formers(tree.indexOf(unitOn(*m_database, u"30808"_s, lastOld).id)).isEmpty());
    QCOMPARE(tree.at(tree.indexOfCode(u"30880"_s)).name, u"Xã Châu Thành"_s);
}

// The example with, for Thị trấn Minh Lương, its conference held, a model of Xã Mong Thọ A
// and a reward at Minh Lương's conference; then the conversion table.
static bool exampleWithRecords(Database &database, const QTemporaryDir &dir)
{
    const QString name = QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s;
    if (!TestSupport::createExample(database, dir, name))
        return false;
    const QDate then(2020, 2, 6);
    const qint64 minhLuong = unitOn(database, u"30880"_s, then).id;
    const qint64 mongThoA = unitOn(database, u"30883"_s, then).id;
    auto conference = CampaignRepository(database).conference(1, minhLuong);
    if (!conference)
        return false;
    Conference held = *conference;
    held.heldOn = QDate(2020, 5, 20);
    held.attendees = 120;
    if (!CampaignRepository(database).saveConference(held))
        return false;
    Exemplar model;
    model.campaignId = 1;
    model.unitId = mongThoA;
    model.kind = Exemplar::Kind::Collective;
    model.name = u"Mô hình “Tuyến đường nông thôn xanh – sạch – đẹp”"_s;
    model.money = 350'000'000;
    if (!ExemplarRepository(database).save(model))
        return false;
    Reward reward;
    reward.campaignId = 1;
    reward.unitId = minhLuong;
    reward.formId = 1;
    reward.decisionNumber = u"12-QĐ/ĐU"_s;
    reward.decisionDate = QDate(2020, 5, 20);
    reward.recipients.append({0, Exemplar::Kind::Individual, u"Nguyễn Văn Tư"_s, 0, 0});
    if (!RewardRepository(database).save(reward))
        return false;
    const auto table = importData(database, u"conversion-2025.csv"_s);
    if (!table)
        qWarning("%s", qPrintable(table.error()));
    return table.ok();
}

void TestReorganisation::historyOfPredecessors()
{
    QVERIFY(exampleWithRecords(*m_database, m_dir));
    const Unit chauThanh = unitOn(*m_database, u"30880"_s, firstNew);
    const auto lineage = LineageRepository(*m_database).all();
    QVERIFY(lineage);
    const QList<qint64> before = lineage->ancestors(chauThanh.id);
    QCOMPARE(before.size(), 2);
    const auto history = UnitHistory::of(*m_database, before);
    QVERIFY2(history, qPrintable(history.error()));
    // Both predecessors took part in the 2016–2020 campaign; Minh Lương held its conference
    // and gave a reward, Mong Thọ A has a model.
    QStringList lines;
    for (const UnitHistory::Entry &entry : *history)
        lines.append(codeOf(*m_database, entry.unitId) + u": "_s + entry.text);
    QCOMPARE(lines,
             (QStringList{
                 u"30880: Conference held on 20/05/2020, 120 attendee(s)"_s,
                 u"30883: Conference not held"_s,
                 u"30883: Collective model: Mô hình “Tuyến đường nông thôn xanh – sạch – "
                 "đẹp” (350.000.000 đồng mobilised)"_s,
                 u"30880: Giấy khen 12-QĐ/ĐU of 20/05/2020, 1 recipient(s)"_s,
             }));
    for (const UnitHistory::Entry &entry : *history)
        QCOMPARE(entry.campaignId, qint64(1));
    // The new commune has none of its own.
    QVERIFY(UnitHistory::of(*m_database, {chauThanh.id})->isEmpty());
}

void TestReorganisation::registersByTodaysUnits()
{
    QVERIFY(exampleWithRecords(*m_database, m_dir));
    const QDate asOf(2020, 6, 22);
    const auto plain = ReportBuilder::build(ReportBuilder::Kind::Exemplars, *m_database, 1, asOf);
    QVERIFY(plain);
    const auto byToday = ReportBuilder::build(ReportBuilder::Kind::Exemplars, *m_database, 1, asOf,
                                              QDate(2026, 1, 5));
    QVERIFY(byToday);
    const ReportPart &list = byToday->parts.first();
    QCOMPARE(list.columns.size(), plain->parts.first().columns.size() + 1);
    QCOMPARE(list.columns.at(2).header, u"Unit"_s);
    QCOMPARE(list.columns.at(3).header, u"Today's unit"_s);
    const ReportRow row = list.row(0);
    QCOMPARE(row.cells.at(1).toString(), u"30883"_s);
    QCOMPARE(row.cells.at(2).toString(), u"Xã Mong Thọ A"_s);
    QCOMPARE(row.cells.at(3).toString(), u"Xã Châu Thành"_s);
    // The count table is the same either way.
    QCOMPARE(reportText(ReportDocument{{}, {}, {}, {byToday->parts.at(1)}}),
             reportText(ReportDocument{{}, {}, {}, {plain->parts.at(1)}}));

    const auto rewards =
        ReportBuilder::build(ReportBuilder::Kind::Rewards, *m_database, 1, asOf, QDate(2026, 1, 5));
    QVERIFY(rewards);
    const ReportPart &rewardList = rewards->parts.first();
    QCOMPARE(rewardList.columns.at(6).header, u"At the conference of"_s);
    QCOMPARE(rewardList.columns.at(7).header, u"Today's unit"_s);
    QCOMPARE(rewardList.row(0).cells.at(6).toString(), u"Thị trấn Minh Lương"_s);
    QCOMPARE(rewardList.row(0).cells.at(7).toString(), u"Xã Châu Thành"_s);
    // A unit still in force is its own today's unit; a unit that went into nothing has none.
    const auto early =
        ReportBuilder::build(ReportBuilder::Kind::Rewards, *m_database, 1, asOf, QDate(2021, 1, 1));
    QCOMPARE(early->parts.first().row(0).cells.at(7).toString(), u"Thị trấn Minh Lương"_s);
}

void TestReorganisation::daysAreStoredAsIsoText_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QVariant>("stored");
    QTest::newRow("30/06/2025") << QDate(2025, 6, 30) << QVariant(u"2025-06-30"_s);
    QTest::newRow("01/01/0999") << QDate(999, 1, 1) << QVariant(u"0999-01-01"_s);
    QTest::newRow("31/12/9999") << QDate(9999, 12, 31) << QVariant(u"9999-12-31"_s);
    QTest::newRow("no day") << QDate() << QVariant();
}

// Query::dateValue() writes days by hand (imports write tens of thousands): as Qt::ISODate.
void TestReorganisation::daysAreStoredAsIsoText()
{
    QFETCH(QDate, day);
    QFETCH(QVariant, stored);
    QCOMPARE(Query::dateValue(day), stored);
    if (day.isValid())
        QCOMPARE(Query::dateValue(day).toString(), day.toString(Qt::ISODate));
}

QTEST_GUILESS_MAIN(TestReorganisation)
#include "tst_reorganisation.moc"
