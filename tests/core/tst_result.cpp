#include "Result.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Set in the copy of this test that runs a misuse and is expected to stop.
const char misuseVariable[] = "DANVAN_RESULT_MISUSE";

// Runs this test program again with only `function`, asked to misuse a Result there.
struct Child
{
    QProcess::ExitStatus status = QProcess::NormalExit;
    int exitCode = 0;
    QString output;
};

Child runMisuse(const char *function)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(misuseVariable), u"1"_s);
    // An expected stop: no stack trace from a debugger, no core file.
    environment.insert(u"QTEST_DISABLE_STACK_DUMP"_s, u"1"_s);
    environment.insert(u"QTEST_DISABLE_CORE_DUMP"_s, u"1"_s);
    process.setProcessEnvironment(environment);
    // Qt Test writes the fatal message with its own log, on the standard output.
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(function)});
    Child child;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
    }
    child.status = process.exitStatus();
    child.exitCode = process.exitCode();
    child.output = QString::fromUtf8(process.readAllStandardOutput());
    return child;
}

bool misusing()
{
    return qEnvironmentVariableIsSet(misuseVariable);
}

} // namespace

/// Result<T>: a value or a message. Asking a failed result for its value stops the program
/// with the failure's message, in every build (not only where Q_ASSERT is compiled in).
class TestResult : public QObject
{
    Q_OBJECT

private slots:
    void valueOfSuccess();
    void failureKeepsItsMessage();
    void valueOfFailureStops();
    void arrowOfFailureStops();
};

void TestResult::valueOfSuccess()
{
    Result<QString> result(u"Xã Bình An"_s);
    QVERIFY(result.ok());
    QCOMPARE(result.value(), u"Xã Bình An"_s);
    QCOMPARE(*result, u"Xã Bình An"_s);
    QCOMPARE(result->size(), 10);
    QVERIFY(result.error().isEmpty());
}

void TestResult::failureKeepsItsMessage()
{
    const Result<int> result(Failure{u"The file is busy."_s});
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), u"The file is busy."_s);
}

void TestResult::valueOfFailureStops()
{
    if (misusing()) {
        const Result<QString> result(Failure{u"no such unit"_s});
        // Without the check this reads an empty optional and goes on.
        printf("read: %d\n", int(result.value().size()));
        return;
    }
    const Child child = runMisuse("valueOfFailureStops");
    QVERIFY2(child.status == QProcess::CrashExit, qPrintable(child.output));
    QVERIFY2(child.output.contains(u"no such unit"_s), qPrintable(child.output));
}

void TestResult::arrowOfFailureStops()
{
    if (misusing()) {
        const Result<QString> result(Failure{u"no such campaign"_s});
        printf("read: %d\n", int(result->size()));
        return;
    }
    const Child child = runMisuse("arrowOfFailureStops");
    QVERIFY2(child.status == QProcess::CrashExit, qPrintable(child.output));
    QVERIFY2(child.output.contains(u"no such campaign"_s), qPrintable(child.output));
}

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
