// libFuzzer target: any bytes imported by UnitImporter (register, hierarchy, conversion table
// of 07/2025 or list of new communes) into a database that holds the Kiên Giang example.
// The schema and the example are built once; each input runs inside a transaction that is
// rolled back, so every input meets the same database and a run stays fast.
#include "Database.h"
#include "ExampleData.h"
#include "FuzzSupport.h"
#include "Transaction.h"
#include "UnitImporter.h"

#include <QBuffer>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace {

struct Fixture
{
    QTemporaryDir dir;
    Database database;
};

Fixture *fixture = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::initApplication(argc, argv);
    // Never freed: libFuzzer exits from inside its loop, and LeakSanitizer ignores what a
    // global still points to.
    fixture = new Fixture;
    FuzzSupport::check(fixture->dir.isValid(), "a temporary folder");
    if (auto opened = fixture->database.open(fixture->dir.filePath(QStringLiteral("fuzz.sqlite")),
                                             Database::OpenMode::CreateIfMissing);
        !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        std::abort();
    }
    if (auto built = ExampleData::build(fixture->database); !built) {
        std::fprintf(stderr, "%s\n", qPrintable(built.error()));
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Database &database = fixture->database;
    Transaction outer(database);
    FuzzSupport::check(outer.begin().ok(), "the outer transaction begins");

    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    UnitImporter importer(database);
    importer.setEffectiveDate(QDate(2025, 7, 1));
    const auto report = importer.import(&buffer, QStringLiteral("fuzz.csv"));
    if (!report)
        FuzzSupport::check(!report.error().isEmpty(), "a refused file says why");
    else
        FuzzSupport::check(report->units > 0, "an accepted file has units");
    FuzzSupport::check(database.inTransaction(), "the importer leaves the outer transaction open");

    outer.rollback();
    FuzzSupport::check(!database.inTransaction(), "the rollback ends the transaction");
    return 0;
}
