// danvan-schema-bench: the cost of the schema check that every open runs, for
// bench/run_benchmarks.py.
//
//   danvan-schema-bench DB [--runs N]
//
// On a connection to DB that has already read its header and list of tables (as opening
// does before the check), times SchemaCheck::ofConnection(): the first check in the process,
// which also builds the reference schema (Schema::steps() run in memory, once per process),
// then the median and the worst of N more. For comparison, the median of N whole
// Database::open() of DB (header, schema check, quick_check, connection).
//
// Output: one "name value" per line, times in microseconds (_cpu_: processor time of the
// thread, which other work on the machine hardly changes).

#include "Database.h"
#include "SchemaCheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Processor time of this thread, in microseconds: it hardly changes when other work shares
// the machine, which the wall time does.
qint64 cpuMicroseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000 + now.tv_nsec / 1000;
}

qint64 median(std::vector<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: danvan-schema-bench DB [--runs N]\n");
        return 2;
    }
    const QString path = arguments.at(1);
    const int runs = arguments.size() > 3 && arguments.at(2) == "--runs"_L1
        ? std::max(1, arguments.at(3).toInt())
        : 20;

    int version = 0;
    std::vector<qint64> checks;
    qint64 first = 0;
    qint64 firstCpu = 0;
    std::vector<qint64> checkCpus;
    bool clean = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench"_s);
        db.setDatabaseName(
            QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
            + u"?mode=ro&immutable=1"_s);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
        if (!db.open()) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
            return 1;
        }
        QSqlQuery query(db);
        query.exec(u"PRAGMA trusted_schema = OFF"_s);
        if (query.exec(u"PRAGMA user_version"_s) && query.next())
            version = query.value(0).toInt();
        query.exec(u"SELECT count(*) FROM sqlite_master"_s);
        query.finish();

        QElapsedTimer timer;
        timer.start();
        const qint64 cpuStart = cpuMicroseconds();
        const auto checked = SchemaCheck::ofConnection(db, version);
        first = timer.nsecsElapsed() / 1000;
        firstCpu = cpuMicroseconds() - cpuStart;
        clean = checked && checked->isClean();
        for (int i = 0; i < runs; ++i) {
            timer.start();
            const qint64 cpu = cpuMicroseconds();
            const auto again = SchemaCheck::ofConnection(db, version);
            checks.push_back(timer.nsecsElapsed() / 1000);
            checkCpus.push_back(cpuMicroseconds() - cpu);
            clean = clean && again && again->isClean();
        }
    }
    QSqlDatabase::removeDatabase(u"bench"_s);
    if (!clean) {
        std::fprintf(stderr, "%s is not a clean danvan file\n", qPrintable(path));
        return 1;
    }

    std::vector<qint64> opens;
    for (int i = 0; i < runs; ++i) {
        Database database;
        QElapsedTimer timer;
        timer.start();
        const auto opened = database.open(path, Database::OpenMode::ReadOnly);
        opens.push_back(timer.nsecsElapsed() / 1000);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
            return 1;
        }
    }

    std::printf("schema_objects %lld\n", qlonglong(SchemaCheck::reference(version)->size()));
    std::printf("check_first_us %lld\n", first);
    std::printf("check_first_cpu_us %lld\n", firstCpu);
    std::printf("check_median_cpu_us %lld\n", median(checkCpus));
    std::printf("check_median_us %lld\n", median(checks));
    std::printf("check_max_us %lld\n", *std::max_element(checks.begin(), checks.end()));
    std::printf("open_median_us %lld\n", median(opens));
    return 0;
}
