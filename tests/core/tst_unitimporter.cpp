#include "CampaignRepository.h"
#include "Database.h"
#include "PgServer.h"
#include "ServerAdmin.h"
#include "TestPaths.h"
#include "TestSupport.h"
#include "UnitImporter.h"
#include "UnitRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

// The units of register-two-provinces.csv as they must be stored: code | name | kind |
// level | parent's code. Names cleaned (single spaces, "Thị trấn"), "Hoà"/"Hòa" as written.
const QStringList twoProvinces{
    u"01 | Thành phố Hà Nội | thành phố | province | "_s,
    u"001 | Quận Ba Đình | quận | district | 01"_s,
    u"00001 | Phường Phúc Xá | phường | commune | 001"_s,
    u"00004 | Phường Trúc Bạch | phường | commune | 001"_s,
    u"016 | Huyện Sóc Sơn | huyện | district | 01"_s,
    u"00376 | Thị trấn Sóc Sơn | thị trấn | commune | 016"_s,
    u"00379 | Xã Bắc Sơn | xã | commune | 016"_s,
    u"269 | Thị xã Sơn Tây | thị xã | district | 01"_s,
    u"09574 | Phường Lê Lợi | phường | commune | 269"_s,
    u"91 | Tỉnh Kiên Giang | tỉnh | province | "_s,
    u"899 | Thành phố Rạch Giá | thành phố | district | 91"_s,
    u"30748 | Phường An Hòa | phường | commune | 899"_s,
    u"902 | Huyện Kiên Lương | huyện | district | 91"_s,
    u"30787 | Thị trấn Kiên Lương | thị trấn | commune | 902"_s,
    u"30790 | Xã Kiên Bình | xã | commune | 902"_s,
    u"30808 | Xã Bình An | xã | commune | 902"_s,
    u"905 | Huyện Châu Thành | huyện | district | 91"_s,
    u"30880 | Thị trấn Minh Lương | thị trấn | commune | 905"_s,
    u"30892 | Xã Vĩnh Hòa Hiệp | xã | commune | 905"_s,
    u"30893 | Xã Vĩnh Hoà Phú | xã | commune | 905"_s,
    u"30898 | Xã Bình An | xã | commune | 905"_s,
    u"914 | Huyện Giang Thành | huyện | district | 91"_s,
    u"30791 | Xã Vĩnh Phú | xã | commune | 914"_s,
    u"30793 | Xã Vĩnh Điều | xã | commune | 914"_s,
    u"30796 | Xã Tân Khánh Hòa | xã | commune | 914"_s,
};
constexpr int twoProvincesRows = 16;
const QStringList hanoiCodes{u"01"_s,    u"001"_s,   u"00001"_s, u"00004"_s, u"016"_s,
                             u"00376"_s, u"00379"_s, u"269"_s,   u"09574"_s};

QString exampleRegisterPath()
{
    return QStringLiteral(DANVAN_SOURCE_DIR) + u"/resources/example/kiengiang-2020-register.csv"_s;
}

QList<Unit> allUnits(Database &database)
{
    const auto units = UnitRepository(database).all();
    if (!units)
        qWarning("%s", qPrintable(units.error()));
    return units ? *units : QList<Unit>();
}

QHash<QString, Unit> unitsByCode(Database &database)
{
    QHash<QString, Unit> byCode;
    for (const Unit &unit : allUnits(database))
        byCode.insert(unit.code, unit);
    return byCode;
}

// The code of a unit's parent, or an empty string for a top unit.
QString parentCode(Database &database, const Unit &unit)
{
    if (unit.parentId == 0)
        return {};
    const auto parent = UnitRepository(database).byId(unit.parentId);
    return parent ? parent->code : u"?"_s;
}

// Every unit as "code | name | kind | level | parent", sorted.
QStringList unitLines(Database &database)
{
    const QList<Unit> units = allUnits(database);
    QHash<qint64, QString> codeById;
    for (const Unit &unit : units)
        codeById.insert(unit.id, unit.code);
    QStringList lines;
    for (const Unit &unit : units) {
        lines.append(
            QStringList{unit.code, unit.name, unit.kind, unit.level, codeById.value(unit.parentId)}
                .join(u" | "_s));
    }
    lines.sort();
    return lines;
}

QStringList sorted(QStringList lines)
{
    lines.sort();
    return lines;
}

// With DANVAN_TEST_ENGINE=postgresql: a new database on a throwaway server that the process
// starts on first use, prepared as `danvan-cli server init` prepares one. The test is skipped
// (CTest's SKIP_RETURN_CODE 77) when no server can be started.
QString newServerDatabase()
{
    static TestSupport::PgServer server;
    static int databases = 0;
    if (!server.isRunning() && !server.start()) {
        std::fprintf(stderr, "SKIP: %s\n", qPrintable(server.skipReason()));
        std::exit(77);
    }
    const QString name = u"units_%1"_s.arg(++databases);
    if (!server.createDatabase(name))
        return {};
    const QString address = server.url(u"postgres"_s, name);
    const QString connection = u"units-admin-%1"_s.arg(databases);
    bool made = false;
    {
        auto admin = ServerAdmin::connect(address, connection);
        if (!admin) {
            qWarning("%s", qPrintable(admin.error()));
            return {};
        }
        const auto init = ServerAdmin::init(admin.value());
        admin.value().close();
        if (!init)
            qWarning("%s", qPrintable(init.error()));
        made = init.ok();
    }
    QSqlDatabase::removeDatabase(connection);
    return made ? address : QString();
}

// A new, empty database: a file, or on a server (see newServerDatabase()).
bool openNew(Database &database, const QTemporaryDir &dir)
{
    const QString location =
        TestSupport::onServer() ? newServerDatabase() : dir.filePath(u"units.sqlite"_s);
    if (location.isEmpty())
        return false;
    const auto opened = database.open(location, Database::OpenMode::CreateIfMissing);
    if (!opened)
        qWarning("%s", qPrintable(opened.error()));
    return opened.ok();
}

Result<ImportTally> importFile(Database &database, const QString &path, QDate effective = {})
{
    UnitImporter importer(database);
    if (effective.isValid())
        importer.setEffectiveDate(effective);
    return importer.importFile(path);
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qWarning("cannot read %s", qPrintable(path));
    return file.readAll();
}

int conferenceCount(Database &database)
{
    CampaignRepository campaigns(database);
    const auto all = campaigns.all();
    int count = 0;
    for (const Campaign &campaign : all ? *all : QList<Campaign>()) {
        const auto list = campaigns.conferences(campaign.id);
        count += list ? int(list->size()) : 0;
    }
    return count;
}

// True when `message` says "line N" with N a number of its own.
bool namesLine(const QString &message, int line)
{
    return QRegularExpression(u"\\bline %1(?!\\d)"_s.arg(line)).match(message).hasMatch();
}

struct ReportCounts
{
    int added = 0;
    int renamed = 0;
    int moved = 0;
    int retired = 0;
    int restored = 0;
    int unchanged = 0;
};

QString describe(const ImportTally &report)
{
    return u"added %1, renamed %2, moved %3, retired %4, restored %5, unchanged %6"_s
        .arg(report.added)
        .arg(report.renamed)
        .arg(report.moved)
        .arg(report.retired)
        .arg(report.restored)
        .arg(report.unchanged);
}

QString describe(const ReportCounts &counts)
{
    ImportTally report;
    report.added = counts.added;
    report.renamed = counts.renamed;
    report.moved = counts.moved;
    report.retired = counts.retired;
    report.restored = counts.restored;
    report.unchanged = counts.unchanged;
    return describe(report);
}

// Broken files too big to keep in tests/data, made on the spot.
QByteArray generated(const QString &name)
{
    const QByteArray header = "Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp\r\n"
                              "Tỉnh Kiên Giang,91,Huyện Kiên Lương,902,Xã Bình An,30808,Xã\r\n";
    constexpr int megabyte = 1 << 20;
    if (name == "generated-megabyte-line.csv"_L1) {
        return header + "Tỉnh Kiên Giang,91,Huyện Kiên Lương,902,Xã " + QByteArray(megabyte, 'a')
            + ",30790,Xã\r\n";
    }
    if (name == "generated-megabyte-commas.csv"_L1)
        return header + "Tỉnh Kiên Giang,91,Huyện Kiên Lương,902,Xã Kiên Bình,30790,Xã"
            + QByteArray(megabyte, ',') + "x\r\n";
    if (name == "generated-utf16-odd.csv"_L1) {
        QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        const QByteArray bytes = encoder.encode(QString::fromUtf8(header));
        return bytes.left(bytes.size() - 1);
    }
    if (name == "generated-hierarchy-megabyte.csv"_L1)
        return "code,name,kind,parent_code\n91-X,Đảng bộ " + QByteArray(megabyte - 8, 'x')
            + ",đảng bộ,91\n";
    qWarning("no generated file %s", qPrintable(name));
    return {};
}

} // namespace

/// UnitImporter: the national register's CSV export and plain hierarchy files, imported
/// by code, with newer editions renaming, moving, adding and retiring units.
class TestUnitImporter : public QObject
{
    Q_OBJECT

private slots:
    void goodRegister_data();
    void goodRegister();
    void englishNames();
    void firstImportHasNoDates();
    void reimportChangesNothing_data();
    void reimportChangesNothing();

    void newerEdition();
    void newerEditionTwice();
    void retiredUnitComesBack();
    void twoLevelEdition();
    void mergedProvince();
    void unitsAddedToNewProvinceHaveNoStartDate();
    void olderEditionIsRefused();

    void brokenRegister_data();
    void brokenRegister();

    void hierarchy();
    void specialZones();
    void hierarchyReimport();
    void registerNeverRetiresHierarchyUnits();
    void brokenHierarchy_data();
    void brokenHierarchy();
    void childBeforeParent();
    void injectionIsStoredAsText_data();
    void injectionIsStoredAsText();
};

void TestUnitImporter::goodRegister_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("variant");

    // The same sixteen rows, saved in the ways offices save them.
    QTest::newRow("UTF-8 with BOM, CRLF") << u"register-two-provinces.csv"_s << QString();
    QTest::newRow("UTF-8 without BOM, LF") << u"register-two-provinces.csv"_s << u"no-bom"_s;
    QTest::newRow("decomposed (NFD) text") << u"register-two-provinces.csv"_s << u"nfd"_s;
    QTest::newRow("UTF-16, tabs (Excel's Unicode text)")
        << u"register-two-provinces.csv"_s << u"utf-16"_s;
    QTest::newRow("UTF-16LE without BOM, tabs")
        << u"register-two-provinces.csv"_s << u"utf-16-no-bom"_s;
    QTest::newRow("UTF-16BE with BOM, commas") << u"register-two-provinces.csv"_s << u"utf-16be"_s;
    QTest::newRow("columns in another order") << u"register-two-provinces.csv"_s << u"reversed"_s;
    QTest::newRow("semicolons, quoted names")
        << u"register-two-provinces-semicolon.csv"_s << QString();
    QTest::newRow("with Tên Tiếng Anh") << u"register-two-provinces-en.csv"_s << QString();
}

void TestUnitImporter::goodRegister()
{
    QFETCH(QString, fixture);
    QFETCH(QString, variant);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = TestSupport::dataPath(fixture);
    if (!variant.isEmpty()) {
        QByteArray bytes = readBytes(path);
        if (variant == "no-bom"_L1) {
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
            bytes.remove(0, 3);
            bytes.replace("\r\n", "\n");
        } else if (variant == "nfd"_L1) {
            bytes = QString::fromUtf8(bytes).normalized(QString::NormalizationForm_D).toUtf8();
        } else if (variant == "utf-16"_L1) {
            // No field of the fixture holds a comma.
            QString text = QString::fromUtf8(bytes);
            text.replace(u',', u'\t');
            text.remove(QChar(0xFEFF));
            QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
            bytes = encoder.encode(text);
            QVERIFY(bytes.startsWith("\xFF\xFE"));
        } else if (variant == "utf-16-no-bom"_L1 || variant == "utf-16be"_L1) {
            QString text = QString::fromUtf8(bytes);
            text.remove(QChar(0xFEFF));
            const bool bigEndian = variant == "utf-16be"_L1;
            if (!bigEndian)
                text.replace(u',', u'\t');
            QStringEncoder encoder(
                bigEndian ? QStringConverter::Utf16BE : QStringConverter::Utf16LE,
                bigEndian ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
            bytes = encoder.encode(text);
            QCOMPARE(bytes.startsWith("\xFE\xFF"), bigEndian);
            QVERIFY(!bytes.startsWith("\xFF\xFE"));
        } else if (variant == "reversed"_L1) {
            QStringList lines = QString::fromUtf8(bytes).split(u"\r\n"_s, Qt::SkipEmptyParts);
            lines.first().remove(QChar(0xFEFF));
            for (QString &line : lines) {
                QStringList fields = line.split(u',');
                std::reverse(fields.begin(), fields.end());
                line = fields.join(u',');
            }
            bytes = lines.join(u'\n').toUtf8();
        }
        path = TestSupport::writeFile(dir, fixture, bytes);
    }

    Database database;
    QVERIFY(openNew(database, dir));
    const auto report = importFile(database, path);
    QVERIFY2(report, qPrintable(report.error()));

    QCOMPARE(report->format, ImportTally::Format::Register);
    QCOMPARE(report->rows, twoProvincesRows);
    QCOMPARE(report->units, int(twoProvinces.size()));
    QCOMPARE(report->added, int(twoProvinces.size()));
    QCOMPARE(describe(*report), describe(ReportCounts{int(twoProvinces.size()), 0, 0, 0, 0, 0}));
    QCOMPARE(report->joinedCampaigns, 0);
    QCOMPARE(unitLines(database), sorted(twoProvinces));

    const auto counts = UnitRepository(database).counts();
    QVERIFY2(counts, qPrintable(counts.error()));
    QCOMPARE(counts->activeByLevel.value(u"province"_s), 2);
    QCOMPARE(counts->activeByLevel.value(u"district"_s), 7);
    QCOMPARE(counts->activeByLevel.value(u"commune"_s), 16);
    QCOMPARE(counts->retired, 0);

    // Tone marks as written: "Hoà" (mark on a) and "Hòa" (mark on o) are different text.
    const QHash<QString, Unit> units = unitsByCode(database);
    QVERIFY(units.value(u"30893"_s).name.contains(u"Hoà"_s));
    QVERIFY(units.value(u"30892"_s).name.contains(u"Hòa"_s));
    const QString hiep = units.value(u"30892"_s).name;
    QCOMPARE(hiep, hiep.normalized(QString::NormalizationForm_C));
}

void TestUnitImporter::englishNames()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database database;
    QVERIFY(openNew(database, dir));
    const auto report =
        importFile(database, TestSupport::dataPath(u"register-two-provinces-en.csv"_s));
    QVERIFY2(report, qPrintable(report.error()));

    QHash<QString, Unit> units = unitsByCode(database);
    QCOMPARE(units.value(u"00001"_s).nameEn, u"Phuc Xa Ward"_s);
    QCOMPARE(units.value(u"30898"_s).nameEn, u"Binh An Commune"_s);

    // An edition without the column leaves the English names alone.
    const QString before = TestSupport::dump(database);
    const auto again = importFile(database, TestSupport::dataPath(u"register-two-provinces.csv"_s));
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->unchanged, int(twoProvinces.size()));
    QCOMPARE(TestSupport::dump(database), before);
    units = unitsByCode(database);
    QCOMPARE(units.value(u"00001"_s).nameEn, u"Phuc Xa Ward"_s);
}

void TestUnitImporter::firstImportHasNoDates()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database database;
    QVERIFY(openNew(database, dir));
    // Even with an effective date: the units existed before the records began.
    const auto report = importFile(database, TestSupport::dataPath(u"register-two-provinces.csv"_s),
                                   QDate(2020, 1, 1));
    QVERIFY2(report, qPrintable(report.error()));
    const QList<Unit> units = allUnits(database);
    QCOMPARE(units.size(), twoProvinces.size());
    for (const Unit &unit : units) {
        QVERIFY2(!unit.validFrom.isValid(), qPrintable(unit.code));
        QVERIFY2(!unit.validTo.isValid(), qPrintable(unit.code));
        QCOMPARE(unit.source, u"register"_s);
    }
}

void TestUnitImporter::reimportChangesNothing_data()
{
    QTest::addColumn<bool>("onExample");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("units");

    QTest::newRow("two provinces")
        << false << TestSupport::dataPath(u"register-two-provinces.csv"_s)
        << int(twoProvinces.size());
    QTest::newRow("the example's own register") << true << exampleRegisterPath() << 161;
}

void TestUnitImporter::reimportChangesNothing()
{
    QFETCH(bool, onExample);
    QFETCH(QString, path);
    QFETCH(int, units);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database database;
    if (onExample) {
        QVERIFY(TestSupport::createExample(database, dir));
    } else {
        QVERIFY(openNew(database, dir));
        const auto first = importFile(database, path);
        QVERIFY2(first, qPrintable(first.error()));
    }
    const QString before = TestSupport::dump(database);

    const auto report = importFile(database, path, QDate(2025, 7, 1));
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->units, units);
    QCOMPARE(describe(*report), describe(ReportCounts{0, 0, 0, 0, 0, units}));
    QCOMPARE(report->joinedCampaigns, 0);
    QVERIFY(!report->changedAnything());
    QCOMPARE(TestSupport::dump(database), before);
}

void TestUnitImporter::newerEdition()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database database;
    QVERIFY(openNew(database, dir));
    const auto first = importFile(database, TestSupport::dataPath(u"register-two-provinces.csv"_s));
    QVERIFY2(first, qPrintable(first.error()));
    const QHash<QString, Unit> old = unitsByCode(database);

    // Kiên Giang only: 30892 renamed (and now a township), 30790 moved from Kiên Lương to
    // Châu Thành, 30902 new, 30893 gone, Giang Thành (914) gone with its three communes
    // moved to Kiên Lương.
    const auto report =
        importFile(database, TestSupport::dataPath(u"register-kg-2025.csv"_s), QDate(2025, 7, 1));
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->rows, 11);
    QCOMPARE(report->units, 15);
    QCOMPARE(describe(*report), describe(ReportCounts{1, 1, 4, 2, 0, 9}));

    const QHash<QString, Unit> units = unitsByCode(database);
    QCOMPARE(units.size(), old.size() + 1); // nothing deleted

    const Unit renamed = units.value(u"30892"_s);
    QCOMPARE(renamed.id, old.value(u"30892"_s).id);
    QCOMPARE(renamed.name, u"Thị trấn Vĩnh Hòa Hiệp"_s);
    QCOMPARE(renamed.kind, u"thị trấn"_s);
    QVERIFY(!renamed.isRetired());

    QCOMPARE(parentCode(database, units.value(u"30790"_s)), u"905"_s);
    for (const QString &code : {u"30791"_s, u"30793"_s, u"30796"_s})
        QCOMPARE(parentCode(database, units.value(code)), u"902"_s);

    const Unit added = units.value(u"30902"_s);
    QCOMPARE(added.name, u"Xã Minh Hòa Đông"_s);
    QCOMPARE(added.level, u"commune"_s);
    QCOMPARE(parentCode(database, added), u"905"_s);
    QCOMPARE(added.validFrom, QDate(2025, 7, 1));
    QVERIFY(!added.validTo.isValid());

    for (const QString &code : {u"30893"_s, u"914"_s}) {
        const Unit retired = units.value(code);
        QCOMPARE(retired.id, old.value(code).id);
        QCOMPARE(retired.validTo, QDate(2025, 6, 30));
        QVERIFY(!retired.validFrom.isValid());
        QCOMPARE(retired.name, old.value(code).name);
    }
    // Units that stayed keep no dates.
    for (const QString &code : {u"91"_s, u"905"_s, u"30898"_s, u"30790"_s}) {
        QVERIFY2(!units.value(code).validFrom.isValid(), qPrintable(code));
        QVERIFY2(!units.value(code).validTo.isValid(), qPrintable(code));
    }

    // Hà Nội is not in the file: none of its units is touched.
    for (const QString &code : hanoiCodes) {
        QVERIFY2(units.contains(code), qPrintable(code));
        QCOMPARE(units.value(code).id, old.value(code).id);
        QCOMPARE(units.value(code).name, old.value(code).name);
        QCOMPARE(units.value(code).parentId, old.value(code).parentId);
        QVERIFY2(!units.value(code).isRetired(), qPrintable(code));
    }

    const auto counts = UnitRepository(database).counts();
    QVERIFY2(counts, qPrintable(counts.error()));
    QCOMPARE(counts->activeByLevel.value(u"province"_s), 2);
    QCOMPARE(counts->activeByLevel.value(u"district"_s), 6);
    QCOMPARE(counts->activeByLevel.value(u"commune"_s), 16);
    QCOMPARE(counts->retired, 2);
}

void TestUnitImporter::newerEditionTwice()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database database;
    QVERIFY(openNew(database, dir));
    QVERIFY(importFile(database, TestSupport::dataPath(u"register-two-provinces.csv"_s)));
    QVERIFY(
        importFile(database, TestSupport::dataPath(u"register-kg-2025.csv"_s), QDate(2025, 7, 1)));
    const QString before = TestSupport::dump(database);

    // A later day: what was retired stays retired on its day, nothing else moves.
    const auto report =
        importFile(database, TestSupport::dataPath(u"register-kg-2025.csv"_s), QDate(2025, 9, 1));
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(describe(*report), describe(ReportCounts{0, 0, 0, 0, 0, 15}));
    QCOMPARE(TestSupport::dump(database), before);
}

void TestUnitImporter::retiredUnitComesBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database database;
    QVERIFY(openNew(database, dir));
    QVERIFY(importFile(database, TestSupport::dataPath(u"register-two-provinces.csv"_s)));
    QVERIFY(
        importFile(database, TestSupport::dataPath(u"register-kg-2025.csv"_s), QDate(2025, 7, 1)));

    // The older edition again: 30893 and 914 are listed again, 30902 is not.
    const auto report = importFile(database, TestSupport::dataPath(u"register-two-provinces.csv"_s),
                                   QDate(2026, 1, 1));
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->restored, 2);
    QCOMPARE(report->retired, 1);
    QCOMPARE(report->added, 0);
    QCOMPARE(report->renamed, 1);
    QCOMPARE(report->moved, 4);

    const QHash<QString, Unit> units = unitsByCode(database);
    for (const QString &code : {u"30893"_s, u"914"_s}) {
        QVERIFY2(!units.value(code).isRetired(), qPrintable(code));
        QVERIFY2(units.value(code).isActiveOn(QDate(2026, 1, 1)), qPrintable(code));
    }
    QCOMPARE(parentCode(database, units.value(u"30791"_s)), u"914"_s);
    QCOMPARE(units.value(u"30902"_s).validTo, QDate(2025, 12, 31));
    QCOMPARE(unitLines(database).size(), twoProvinces.size() + 1);

    const auto counts = UnitRepository(database).counts();
    QVERIFY2(counts, qPrintable(counts.error()));
    QCOMPARE(counts->retired, 1);
    QCOMPARE(counts->activeByLevel.value(u"commune"_s), 16);
}

void TestUnitImporter::twoLevelEdition()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database database;
    QVERIFY(openNew(database, dir));
    QVERIFY(importFile(database, TestSupport::dataPath(u"register-two-provinces.csv"_s)));

    // From 01/07/2025 the register has no districts: communes belong to the province.
    const auto report = importFile(database, TestSupport::dataPath(u"register-kg-two-levels.csv"_s),
                                   QDate(2025, 7, 1));
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->units, 6);
    // 4 districts and 6 communes not listed any more; 4 of the 5 listed communes renamed.
    QCOMPARE(describe(*report), describe(ReportCounts{0, 4, 5, 10, 0, 1}));

    const QHash<QString, Unit> units = unitsByCode(database);
    for (const QString &code : {u"30748"_s, u"30787"_s, u"30808"_s, u"30880"_s, u"30791"_s}) {
        QCOMPARE(parentCode(database, units.value(code)), u"91"_s);
        QCOMPARE(units.value(code).level, u"commune"_s);
        QVERIFY2(!units.value(code).isRetired(), qPrintable(code));
    }
    QCOMPARE(units.value(u"30787"_s).name, u"Xã Kiên Lương"_s);
    QCOMPARE(units.value(u"30787"_s).kind, u"xã"_s);
    for (const QString &code : {u"899"_s, u"902"_s, u"905"_s, u"914"_s, u"30898"_s})
        QCOMPARE(units.value(code).validTo, QDate(2025, 6, 30));
    // Retired districts keep their place in the tree for past conferences.
    QCOMPARE(parentCode(database, units.value(u"30898"_s)), u"905"_s);

    const auto counts = UnitRepository(database).counts();
    QVERIFY2(counts, qPrintable(counts.error()));
    QCOMPARE(counts->activeByLevel.value(u"province"_s), 2);
    QCOMPARE(counts->activeByLevel.value(u"district"_s), 3); // Hà Nội's
    QCOMPARE(counts->activeByLevel.value(u"commune"_s), 10);
    QCOMPARE(counts->retired, 10);
}

void TestUnitImporter::mergedProvince()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database database;
    QVERIFY(openNew(database, dir));
    QVERIFY(importFile(database, TestSupport::dataPath(u"register-two-provinces.csv"_s)));

    // Kiên Giang became part of An Giang (89): the file lists An Giang only, with two of
    // Kiên Giang's units under it, so Kiên Giang is the file's to retire; Hà Nội is not.
    const auto report =
        importFile(database, TestSupport::dataPath(u"register-ag-2025.csv"_s), QDate(2025, 7, 1));
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->added, 2);
    QCOMPARE(report->moved, 2);
    QCOMPARE(report->renamed, 2);
    QCOMPARE(report->retired, 14); // Kiên Giang, its 4 districts and 9 other communes

    const QHash<QString, Unit> units = unitsByCode(database);
    QCOMPARE(units.value(u"91"_s).validTo, QDate(2025, 6, 30));
    QCOMPARE(parentCode(database, units.value(u"30748"_s)), u"89"_s);
    QVERIFY(!units.value(u"30748"_s).isRetired());
    QVERIFY(!units.value(u"01"_s).isRetired());
    QVERIFY(!units.value(u"00004"_s).isRetired());
}

void TestUnitImporter::unitsAddedToNewProvinceHaveNoStartDate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database database;
    QVERIFY(openNew(database, dir));
    QVERIFY(importFile(database, TestSupport::dataPath(u"register-kg-2025.csv"_s)));

    // The older two-province file: Kiên Giang is on file, so what it adds there (914 and
    // 30893) starts on the effective date; Hà Nội is new to the file, and its units existed
    // before the records began, as in a first import (see UnitImporter::setEffectiveDate).
    const auto report = importFile(database, TestSupport::dataPath(u"register-two-provinces.csv"_s),
                                   QDate(2025, 7, 1));
    QVERIFY2(report, qPrintable(report.error()));
    const QHash<QString, Unit> units = unitsByCode(database);
    QCOMPARE(units.value(u"914"_s).validFrom, QDate(2025, 7, 1));
    QCOMPARE(units.value(u"30893"_s).validFrom, QDate(2025, 7, 1));
    for (const QString &code : {u"01"_s, u"001"_s, u"00004"_s, u"269"_s, u"09574"_s}) {
        QVERIFY2(units.contains(code), qPrintable(code));
        QVERIFY2(
            !units.value(code).validFrom.isValid(),
            qPrintable(u"%1 (%2) starts on %3"_s.arg(
                units.value(code).name, code, units.value(code).validFrom.toString(Qt::ISODate))));
    }
}

void TestUnitImporter::olderEditionIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database database;
    QVERIFY(openNew(database, dir));
    QVERIFY(importFile(database, TestSupport::dataPath(u"register-two-provinces.csv"_s)));
    QVERIFY(
        importFile(database, TestSupport::dataPath(u"register-kg-2025.csv"_s), QDate(2025, 7, 1)));
    const QString before = TestSupport::dump(database);

    // The 2020 edition after the 2025 one would bring back what 2025 retired.
    UnitImporter importer(database);
    importer.setEffectiveDate(QDate(2020, 1, 1));
    const auto refused =
        importer.importFile(TestSupport::dataPath(u"register-two-provinces.csv"_s));
    QVERIFY(!refused);
    QVERIFY(importer.refusedOlderEdition());
    QVERIFY2(refused.error().contains(u"01/01/2020"_s), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(u"01/07/2025"_s), qPrintable(refused.error()));
    QCOMPARE(TestSupport::dump(database), before);

    // Another failure is not taken for this one.
    const auto broken = importer.importFile(TestSupport::dataPath(u"register-empty-name.csv"_s));
    QVERIFY(!broken);
    QVERIFY(!importer.refusedOlderEdition());

    // The same edition's day again, or a later one, is no older edition.
    UnitImporter sameDay(database);
    sameDay.setEffectiveDate(QDate(2025, 7, 1));
    QVERIFY(sameDay.importFile(TestSupport::dataPath(u"register-kg-2025.csv"_s)));

    // Confirmed, it is imported.
    importer.setAllowOlder(true);
    const auto confirmed =
        importer.importFile(TestSupport::dataPath(u"register-two-provinces.csv"_s));
    QVERIFY2(confirmed, qPrintable(confirmed.error()));
    QVERIFY(!importer.refusedOlderEdition());
    QVERIFY(!unitsByCode(database).value(u"914"_s).isRetired());
}

void TestUnitImporter::brokenRegister_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("line"); // 0: the message need not name a line
    QTest::addColumn<QString>("column"); // empty: no column to name
    QTest::addColumn<QString>("detail"); // a value the message must quote, or empty

    QTest::newRow("missing column")
        << u"register-missing-column.csv"_s << 1 << u"Mã QH"_s << QString();
    QTest::newRow("letter O in a code")
        << u"register-code-letter-o.csv"_s << 3 << u"Mã PX"_s << u"3O808"_s;
    QTest::newRow("four-digit commune code")
        << u"register-code-four-digits.csv"_s << 3 << u"Mã PX"_s << u"3080"_s;
    QTest::newRow("three-digit province code")
        << u"register-province-code-three-digits.csv"_s << 3 << u"Mã TP"_s << u"910"_s;
    // The row's district code is what contradicts line 2.
    QTest::newRow("district changes mid-file")
        << u"register-district-changes.csv"_s << 4 << u"Mã QH"_s << u"30808"_s;
    QTest::newRow("code with two names")
        << u"register-code-two-names.csv"_s << 4 << u"Phường Xã"_s << u"Xã Bình Trị"_s;
    QTest::newRow("district code with two names")
        << u"register-district-two-names.csv"_s << 3 << u"Quận Huyện"_s << u"902"_s;
    QTest::newRow("code without a name")
        << u"register-empty-name.csv"_s << 3 << u"Phường Xã"_s << QString();
    QTest::newRow("unknown Cấp") << u"register-unknown-kind.csv"_s << 3 << u"Cấp"_s << u"Ấp"_s;
    QTest::newRow("row shorter than the header")
        << u"register-short-row.csv"_s << 3 << u"Cấp"_s << QString();
    QTest::newRow("row longer than the header")
        << u"register-extra-column.csv"_s << 3 << u"Cấp"_s << u"Ghi chú thừa"_s;
    QTest::newRow("quote never closed")
        << u"register-unclosed-quote.csv"_s << 3 << QString() << QString();
    QTest::newRow("NUL byte") << u"register-nul-byte.csv"_s << 3 << QString() << QString();
    // Generated by the test (see generated()), not kept in tests/data.
    QTest::newRow("a line of a megabyte")
        << u"generated-megabyte-line.csv"_s << 3 << u"Phường Xã"_s << u"1048579"_s;
    QTest::newRow("a megabyte of separators")
        << u"generated-megabyte-commas.csv"_s << 3 << u"Cấp"_s << QString();
    QTest::newRow("UTF-16 cut in the middle of a character")
        << u"generated-utf16-odd.csv"_s << 0 << QString() << QString();
    QTest::newRow("Windows-1258") << u"register-windows-1258.csv"_s << 1 << QString() << QString();
    QTest::newRow("a Latin-1 line in UTF-8")
        << u"register-latin1-line.csv"_s << 3 << QString() << QString();
    QTest::newRow("empty file") << u"register-empty.csv"_s << 0 << QString() << QString();
    QTest::newRow("header only") << u"register-header-only.csv"_s << 0 << QString() << QString();
    QTest::newRow("neither format")
        << u"register-unknown-header.csv"_s << 1 << QString() << QString();
    QTest::newRow("no such file") << u"register-does-not-exist.csv"_s << 0 << QString()
                                  << QString();
}

void TestUnitImporter::brokenRegister()
{
    QFETCH(QString, fixture);
    QFETCH(int, line);
    QFETCH(QString, column);
    QFETCH(QString, detail);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database database;
    QVERIFY(TestSupport::createExample(database, dir));
    const QString before = TestSupport::dump(database);

    const QString path = fixture.startsWith("generated-"_L1)
        ? TestSupport::writeFile(dir, fixture, generated(fixture))
        : TestSupport::dataPath(fixture);
    const auto report = importFile(database, path, QDate(2025, 7, 1));
    QVERIFY(!report);
    const QString message = report.error();
    QVERIFY2(message.contains(fixture), qPrintable(message));
    if (line > 0)
        QVERIFY2(namesLine(message, line), qPrintable(message));
    if (!column.isEmpty())
        QVERIFY2(message.contains(u"“%1”"_s.arg(column)), qPrintable(message));
    if (!detail.isEmpty())
        QVERIFY2(message.contains(detail), qPrintable(message));
    QVERIFY2(!message.contains(u'\n'), qPrintable(message));
    QVERIFY2(message.size() < 1000, qPrintable(message.left(1000)));
    QCOMPARE(TestSupport::dump(database), before);
}

void TestUnitImporter::hierarchy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database database;
    QVERIFY(TestSupport::createExample(database, dir));
    QCOMPARE(conferenceCount(database), 161);

    // District-level Party committees under Kiên Giang (91), which the register does not
    // hold; the first row's parent comes later in the file.
    const auto report = importFile(database, TestSupport::dataPath(u"hierarchy-kg-party.csv"_s));
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->format, ImportTally::Format::Hierarchy);
    QCOMPARE(report->rows, 4);
    QCOMPARE(describe(*report), describe(ReportCounts{4, 0, 0, 0, 0, 0}));
    QCOMPARE(report->joinedCampaigns, 4);
    QCOMPARE(conferenceCount(database), 165);

    const QHash<QString, Unit> units = unitsByCode(database);
    const Unit bloc = units.value(u"91-DBKCQ"_s);
    QCOMPARE(bloc.name, u"Đảng bộ Khối Cơ quan tỉnh"_s);
    QCOMPARE(bloc.kind, u"đảng bộ"_s);
    QCOMPARE(bloc.level, u"district"_s);
    QCOMPARE(bloc.source, u"hierarchy"_s);
    QCOMPARE(parentCode(database, bloc), u"91"_s);
    QVERIFY(!bloc.validFrom.isValid());
    const Unit office = units.value(u"91-DBKCQ-VPTU"_s);
    QCOMPARE(office.level, u"commune"_s);
    QCOMPARE(parentCode(database, office), u"91-DBKCQ"_s);
    QCOMPARE(units.value(u"91-DBCA"_s).level, u"district"_s);

    // Each takes part under the nearest unit above it in the campaign.
    CampaignRepository campaigns(database);
    const auto all = campaigns.all();
    QVERIFY2(all, qPrintable(all.error()));
    QCOMPARE(all->size(), 1);
    const auto conference = campaigns.conference(all->first().id, office.id);
    QVERIFY2(conference, qPrintable(conference.error()));
    QCOMPARE(conference->parentUnitId, bloc.id);
    QCOMPARE(conference->level, u"commune"_s);

    const auto counts = UnitRepository(database).counts();
    QVERIFY2(counts, qPrintable(counts.error()));
    QCOMPARE(counts->activeByLevel.value(u"district"_s), 18);
    QCOMPARE(counts->activeByLevel.value(u"commune"_s), 146);
}

void TestUnitImporter::specialZones()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database database;
    QVERIFY(TestSupport::createExample(database, dir));

    const auto report =
        importFile(database, TestSupport::dataPath(u"hierarchy-special-zones.csv"_s));
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->added, 2);
    QCOMPARE(report->joinedCampaigns, 2);

    const QHash<QString, Unit> units = unitsByCode(database);
    const Unit phuQuoc = units.value(u"91-DKPQ"_s);
    QCOMPARE(phuQuoc.kind, u"đặc khu"_s);
    QCOMPARE(phuQuoc.level, u"commune"_s); // a special zone is grassroots, under the province
    QCOMPARE(parentCode(database, phuQuoc), u"91"_s);
    QCOMPARE(phuQuoc.nameEn, u"Phu Quoc Special Zone"_s);
    const Unit kienHai = units.value(u"91-DKKH"_s);
    QCOMPARE(kienHai.name, u"Đặc khu Kiên Hải"_s);
    QCOMPARE(kienHai.kind, u"đặc khu"_s);
    QCOMPARE(kienHai.level, u"commune"_s);
}

void TestUnitImporter::hierarchyReimport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database database;
    QVERIFY(TestSupport::createExample(database, dir));
    QVERIFY(importFile(database, TestSupport::dataPath(u"hierarchy-kg-party.csv"_s)));
    const QString before = TestSupport::dump(database);

    const auto report = importFile(database, TestSupport::dataPath(u"hierarchy-kg-party.csv"_s));
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(describe(*report), describe(ReportCounts{0, 0, 0, 0, 0, 4}));
    QCOMPARE(report->joinedCampaigns, 0);
    QCOMPARE(TestSupport::dump(database), before);
}

void TestUnitImporter::registerNeverRetiresHierarchyUnits()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database database;
    QVERIFY(TestSupport::createExample(database, dir));
    QVERIFY(importFile(database, TestSupport::dataPath(u"hierarchy-kg-party.csv"_s)));
    QVERIFY(importFile(database, TestSupport::dataPath(u"hierarchy-special-zones.csv"_s)));

    // The example's register again: nothing is retired.
    const auto same = importFile(database, exampleRegisterPath(), QDate(2025, 7, 1));
    QVERIFY2(same, qPrintable(same.error()));
    QCOMPARE(same->retired, 0);
    QCOMPARE(same->unchanged, 161);

    // A newer edition of Kiên Giang retires register units the file no longer lists, in
    // the province the hierarchy units belong to, but never the hierarchy units.
    const auto newer =
        importFile(database, TestSupport::dataPath(u"register-kg-2025.csv"_s), QDate(2025, 7, 1));
    QVERIFY2(newer, qPrintable(newer.error()));
    QVERIFY(newer->retired > 100);
    const QHash<QString, Unit> units = unitsByCode(database);
    for (const QString &code :
         {u"91-DBKCQ"_s, u"91-DBKCQ-VPTU"_s, u"91-DBKDN"_s, u"91-DBCA"_s, u"91-DKPQ"_s}) {
        QVERIFY2(units.contains(code), qPrintable(code));
        QVERIFY2(!units.value(code).isRetired(), qPrintable(code));
    }
    QVERIFY(units.value(u"907"_s).isRetired());
}

void TestUnitImporter::brokenHierarchy_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("detail");

    QTest::newRow("unknown parent")
        << u"hierarchy-unknown-parent.csv"_s << 3 << u"parent_code"_s << u"92"_s;
    QTest::newRow("cycle") << u"hierarchy-cycle.csv"_s << 3 << u"parent_code"_s << u"91-A"_s;
    QTest::newRow("cycle of three")
        << u"hierarchy-cycle-of-three.csv"_s << 3 << u"parent_code"_s << u"91-A"_s;
    // Each unit the parent of the one before, deeper than any tree of levels can be: stopped
    // with a message, not followed until the stack runs out.
    QTest::newRow("chain of 1100 parents")
        << u"hierarchy-long-parent-chain.csv"_s << 1002 << u"parent_code"_s << u"c1000"_s;
    QTest::newRow("a name of a megabyte")
        << u"generated-hierarchy-megabyte.csv"_s << 2 << u"name"_s << u"1048576"_s;
    QTest::newRow("duplicate code")
        << u"hierarchy-duplicate-code.csv"_s << 4 << u"code"_s << u"91-DBKCQ"_s;
    QTest::newRow("level of its parent")
        << u"hierarchy-level-of-parent.csv"_s << 3 << u"level"_s << u"91"_s;
    QTest::newRow("below a commune")
        << u"hierarchy-below-commune.csv"_s << 3 << u"level"_s << u"30898"_s;
    QTest::newRow("missing parent_code column")
        << u"hierarchy-missing-column.csv"_s << 1 << u"parent_code"_s << QString();
    QTest::newRow("code without a name")
        << u"hierarchy-empty-name.csv"_s << 3 << u"name"_s << QString();
}

void TestUnitImporter::brokenHierarchy()
{
    QFETCH(QString, fixture);
    QFETCH(int, line);
    QFETCH(QString, column);
    QFETCH(QString, detail);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database database;
    QVERIFY(TestSupport::createExample(database, dir));
    const QString before = TestSupport::dump(database);

    const QString path = fixture.startsWith("generated-"_L1)
        ? TestSupport::writeFile(dir, fixture, generated(fixture))
        : TestSupport::dataPath(fixture);
    const auto report = importFile(database, path);
    QVERIFY(!report);
    const QString message = report.error();
    QVERIFY2(message.contains(fixture), qPrintable(message));
    QVERIFY2(namesLine(message, line), qPrintable(message));
    QVERIFY2(message.size() < 1000, qPrintable(message.left(1000)));
    QVERIFY2(message.contains(u"“%1”"_s.arg(column)), qPrintable(message));
    if (!detail.isEmpty())
        QVERIFY2(message.contains(detail), qPrintable(message));
    QCOMPARE(TestSupport::dump(database), before);
}

void TestUnitImporter::childBeforeParent()
{
    // A clerk's hierarchy file may list a unit before its parent (UnitImporter orders them):
    // here a commune-level cell, then its committee, then their new province, last.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database database;
    QVERIFY(openNew(database, dir));
    const auto report = importFile(database, TestSupport::dataPath(u"hierarchy-child-first.csv"_s));
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->added, 3);
    QCOMPARE(unitLines(database),
             sorted({u"99 | Tỉnh Thử Nghiệm | tỉnh | province | "_s,
                     u"99-DB | Đảng bộ Khối Cơ quan | đảng bộ | district | 99"_s,
                     u"99-DB-CB | Chi bộ Cơ quan | chi bộ | commune | 99-DB"_s}));
}

void TestUnitImporter::injectionIsStoredAsText_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("single quotes") << u"Đảng bộ '); DROP TABLE units; --"_s;
    QTest::newRow("double quotes and a semicolon")
        << u"Đảng bộ \"); DROP TABLE \"units\"; SELECT (\""_s;
}

void TestUnitImporter::injectionIsStoredAsText()
{
    QFETCH(QString, name);

    // SQL in a unit's name is a name like any other: bound, never run.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database database;
    QVERIFY(TestSupport::createExample(database, dir));
    const auto tables = [&database] {
        return database.connection().tables();
    };
    const QStringList tablesBefore = tables();
    QVERIFY(tablesBefore.contains(u"units"_s));

    QString quoted = name;
    quoted.replace(u'"', u"\"\""_s);
    const QString csv = u"code,name,kind,parent_code\n91-X,\"%1\",đảng bộ,91\n"_s.arg(quoted);
    const QString path = TestSupport::writeFile(dir, u"injection.csv"_s, csv.toUtf8());
    const auto report = importFile(database, path);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->added, 1);

    QCOMPARE(tables(), tablesBefore);
    QCOMPARE(UnitRepository(database).all()->size(), 162);
    const auto unit = UnitRepository(database).byCode(u"91-X"_s);
    QVERIFY2(unit, qPrintable(unit.error()));
    QCOMPARE(unit->name, name);
}

QTEST_GUILESS_MAIN(TestUnitImporter)

#include "tst_unitimporter.moc"
