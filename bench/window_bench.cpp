// danvan-window-bench: the window's figures for bench/run_benchmarks.py, run under the
// offscreen platform.
//
//   danvan-window-bench --empty --since NS
//       an empty QMainWindow; prints the nanoseconds from NS (CLOCK_MONOTONIC, taken by
//       the caller just before starting this process) to its first paint.
//   danvan-window-bench --since NS DB [--as-of yyyy-MM-dd]
//       danvan's window opened on DB as app/main.cpp opens it, on the schedule page; prints
//       the nanoseconds from NS to the moment the unit tree and the schedule have both been
//       painted, then types searches into the search box, changes the schedule's filters
//       and chooses units in the tree, timing each from the change to the repainted window,
//       and prints the process's peak memory. Choosing a unit is also timed in processor
//       time (first_unit_cpu, next_unit_cpu), which a machine shared with builds disturbs
//       less than the wall clock. With --startup-only, it stops after the first
//       paint (for a profile of the start alone); with --units-only, it only chooses units
//       (for a profile of that).
//
// Output: one "name value" per line, times in microseconds unless named "_ns".

#include "MainWindow.h"
#include "Translations.h"
#include "Workspace.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMainWindow>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Calls `done` once every watched widget has been painted, after the paint has finished.
class PaintWatcher : public QObject
{
public:
    PaintWatcher(const QList<QWidget *> &widgets, std::function<void()> done)
        : m_waiting(widgets)
        , m_done(std::move(done))
    {
        for (QWidget *widget : widgets)
            widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_waiting.removeOne(watched)) {
            watched->removeEventFilter(this);
            if (m_waiting.isEmpty())
                QTimer::singleShot(0, this, m_done);
        }
        return false;
    }

private:
    QList<QWidget *> m_waiting;
    std::function<void()> m_done;
};

void print(const QByteArray &name, qint64 value)
{
    std::printf("%s %lld\n", name.constData(), static_cast<long long>(value));
}

// Runs `change`, then lets the window process what it posted (filtering, layout, repaint);
// returns the microseconds taken.
qint64 timed(const std::function<void()> &change)
{
    QElapsedTimer timer;
    timer.start();
    change();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    return timer.nsecsElapsed() / 1000;
}

// The processor time this process has used, in microseconds (all threads).
qint64 processorUs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
}

void printSpread(const char *name, std::vector<qint64> times)
{
    if (times.empty())
        return;
    std::sort(times.begin(), times.end());
    const QByteArray prefix(name);
    print(prefix + "_count", qint64(times.size()));
    print(prefix + "_median_us", times.at(times.size() / 2));
    print(prefix + "_p90_us", times.at(times.size() * 9 / 10));
    print(prefix + "_max_us", times.back());
}

void typeSearches(QLineEdit *search)
{
    // Typed a letter at a time, then erased a letter at a time: a common name, a name
    // with its district, a code, and a word that matches nothing.
    const QStringList queries{u"xa tan"_s, u"binh an huyen"_s, u"30898"_s, u"qqq"_s};
    std::vector<qint64> typing, erasing;
    for (const QString &query : queries) {
        for (qsizetype length = 1; length <= query.size(); ++length)
            typing.push_back(timed([&] { search->setText(query.left(length)); }));
        for (qsizetype length = query.size() - 1; length >= 0; --length)
            erasing.push_back(timed([&] { search->setText(query.left(length)); }));
    }
    printSpread("keystroke_typing", typing);
    printSpread("keystroke_erasing", erasing);
    std::vector<qint64> all = typing;
    all.insert(all.end(), erasing.begin(), erasing.end());
    printSpread("keystroke", all);
}

// The first choice of a unit, in a function of its own so that a profile shows its cost
// apart: run with --units-only under `valgrind --tool=callgrind` and read the inclusive
// cost of chooseFirstUnit (callgrind_annotate --inclusive=yes).
Q_NEVER_INLINE qint64 chooseFirstUnit(QAbstractItemView *tree, const QModelIndex &unit)
{
    return timed([&] { tree->setCurrentIndex(unit); });
}

void chooseUnits(QAbstractItemView *tree)
{
    // Ten districts in turn, as a clerk goes down the tree: each choice reads that unit's
    // exemplars, nominations and rewards; the first also lays the unit panel out.
    std::vector<qint64> first, next, firstCpu, nextCpu;
    const QModelIndex province = tree->model()->index(0, 0);
    const int districts = std::min(tree->model()->rowCount(province), 10);
    for (int row = 0; row < districts; ++row) {
        const QModelIndex district = tree->model()->index(row, 0, province);
        const qint64 cpu = processorUs();
        if (row == 0) {
            first.push_back(chooseFirstUnit(tree, district));
            firstCpu.push_back(processorUs() - cpu);
        } else {
            next.push_back(timed([&] { tree->setCurrentIndex(district); }));
            nextCpu.push_back(processorUs() - cpu);
        }
    }
    printSpread("first_unit", first);
    printSpread("next_unit", next);
    printSpread("first_unit_cpu", firstCpu);
    printSpread("next_unit_cpu", nextCpu);
}

void changeFilters(QMainWindow &window)
{
    std::vector<qint64> times;
    for (const char *name : {"statusFilter", "levelFilter", "districtFilter", "groupFilter"}) {
        auto *combo = window.findChild<QComboBox *>(QString::fromLatin1(name));
        if (!combo)
            continue;
        // Every choice for the short lists, the first twenty districts.
        const int count = std::min(combo->count(), 20);
        for (int i = 1; i < count; ++i)
            times.push_back(timed([&] { combo->setCurrentIndex(i); }));
        times.push_back(timed([&] { combo->setCurrentIndex(0); }));
    }
    printSpread("refilter", times);
}

// The process's peak resident memory (VmHWM). getrusage()'s ru_maxrss would do, but Linux
// keeps it across exec(), so it reports the parent's peak when that was higher.
qint64 peakMemoryKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

[[noreturn]] void finish(int code)
{
    std::fflush(stdout);
    // Tearing the window down is not part of any figure.
    std::_Exit(code);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"danvan"_s);
    QApplication::setOrganizationName(u"danvan"_s);
    const QStringList arguments = QApplication::arguments();
    const auto option = [&arguments](const QString &name) {
        const qsizetype at = arguments.indexOf(name);
        return at > 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : QString();
    };
    const qint64 since = option(u"--since"_s).toLongLong();
    if (since <= 0) {
        std::fprintf(stderr,
                     "usage: danvan-window-bench [--empty] --since NS [DB] "
                     "[--as-of yyyy-MM-dd]\n");
        return 2;
    }

    if (arguments.contains(u"--empty"_s)) {
        QMainWindow window;
        window.resize(1280, 800);
        PaintWatcher watcher({&window}, [since] {
            print("first_paint_ns", monotonicNs() - since);
            print("peak_memory_kb", peakMemoryKb());
            finish(0);
        });
        window.show();
        return QApplication::exec();
    }

    QString path;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--since"_s || arguments.at(i) == u"--as-of"_s)
            ++i; // and its value
        else if (!arguments.at(i).startsWith(u"--"_s))
            path = arguments.at(i);
    }
    Translations::install(Translations::Language::Vietnamese);
    Workspace workspace;
    MainWindow window(workspace);
    window.resize(1280, 800);
    if (const QDate asOf = QDate::fromString(option(u"--as-of"_s), Qt::ISODate); asOf.isValid())
        window.setAsOf(asOf);
    if (!window.openDatabase(path, Workspace::OpenIntent::Existing)) {
        std::fprintf(stderr, "could not open %s\n", qPrintable(path));
        return 1;
    }
    window.showPage(u"schedule"_s);
    auto *tree = window.findChild<QAbstractItemView *>(u"unitTree"_s);
    auto *schedule = window.findChild<QAbstractItemView *>(u"scheduleView"_s);
    auto *search = window.findChild<QLineEdit *>(u"unitSearch"_s);
    if (!tree || !schedule || !search) {
        std::fprintf(stderr, "the window has no unitTree, scheduleView or unitSearch\n");
        return 1;
    }
    PaintWatcher watcher({tree->viewport(), schedule->viewport()}, [&] {
        print("first_paint_ns", monotonicNs() - since);
        print("startup_memory_kb", peakMemoryKb());
        print("tree_rows", tree->model()->rowCount());
        print("schedule_rows", schedule->model()->rowCount());
        if (arguments.contains(u"--startup-only"_s))
            finish(0);
        if (!arguments.contains(u"--units-only"_s)) {
            typeSearches(search);
            changeFilters(window);
        }
        chooseUnits(tree);
        print("peak_memory_kb", peakMemoryKb());
        finish(0);
    });
    window.show();
    return QApplication::exec();
}
