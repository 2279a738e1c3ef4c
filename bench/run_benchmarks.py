#!/usr/bin/python3
"""danvan's benchmarks: each measurement beside its reference or its target, in one run.

Register import: `danvan-cli import-units` of a national-size register file into a new
database, against sqlite3's own `.import` of the same file into a plain table.

Conversion table import: `danvan-cli import-units` of a national-size conversion table of
07/2025 (10,500 rows, made by national_conversion.py) into a database that holds the
register it converts, against sqlite3's `.import` of the same file into a plain table.

Each import and its reference run in turn, one run of each a round (timed_in_turn()).

Exports at national scale, from a database built afresh by national_database.py (11,501
conferences, 100,000 models and exemplars):
- the conference schedule as CSV against `sqlite3 -csv` running sql/schedule.sql, a query
  that writes the same rows and columns (units, conference, deadline, standing, steering
  group) in a fixed order;
- the models and exemplars as CSV (both tables) against `sqlite3 -csv` running
  sql/exemplars.sql and sql/exemplar_counts.sql;
- the units of the tree as CSV against `sqlite3 -csv` running sql/units.sql, a query that
  writes the same rows and columns (the program's order, the tree's, is left to it);
- the schedule as XLSX and as PDF, and `danvan-cli summary`, against fixed targets.

Results read back, on the same database: its campaign's results exported as the units would
send them (`export --report results`, 11,501 rows, as XLSX and as CSV), then
`danvan-cli import-results` of each into a copy whose conferences were emptied, previewed
(`--dry-run`, the JSON written to /dev/null) and applied, against sqlite3's own `.import` of the
same rows as CSV into a plain table; and a second import of the same table, which changes
nothing.

The window, on the same database, under the offscreen platform (danvan-window-bench):
- start to the first painted unit tree and schedule, against the start of an empty
  QMainWindow to its first paint;
- search-as-you-type in the search box (which filters the tree and the schedule), each
  keystroke from the change to the repainted window; re-filtering the schedule by status,
  level, district and steering group, the same way;
- choosing a unit in the tree (each choice reads that unit's exemplars, nominations and
  rewards), the first and the next ones, in wall and processor time;
- the window's peak memory, after all of the above.

The schema check that every open runs, on the same database (danvan-schema-bench): the first
check in a process, which also builds the reference schema in memory, and the later ones;
`danvan-cli check` as a whole command beside them.

Every time is a whole command (process start included), the median of several runs. The
reference outputs are compared with ours (rows as sets, without the running number, which
follows the order) and the share of identical rows is printed under the table.
"""

import argparse
import collections
import csv
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SQL = os.path.join(HERE, "sql")
sys.path.insert(0, HERE)
import national_conversion  # noqa: E402
import national_database  # noqa: E402
import national_register  # noqa: E402


class Timing:
    def __init__(self, wall, cpu):
        self.wall = wall
        self.cpu = cpu


class Result:
    def __init__(self, label, ours, reference=None, ratio=None, limit=None, target="",
                 unit="s"):
        self.label = label
        self.ours = ours  # a Timing
        self.reference = reference  # a Timing, or None for a fixed target
        self.ratio = ratio  # the largest ours/reference (wall) that passes
        self.limit = limit  # the largest wall time in seconds (or MB) that passes
        self.target = target
        self.unit = unit  # "s" for times, "MB" for memory

    @property
    def passed(self):
        if self.ratio is not None and self.ours.wall / self.reference.wall > self.ratio:
            return False
        return self.limit is None or self.ours.wall <= self.limit


def run_once(command, prepare=None, stdin=None, stdout=None, env=None):
    """The wall time and the processor time (user + system) of one run of `command`,
    `prepare` run before it. `stdin` and `stdout` are file names (a shell's < and >)."""
    if prepare:
        prepare()
    source = open(stdin, "rb") if stdin else None
    target = open(stdout, "wb") if stdout else subprocess.DEVNULL
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdin=source, stdout=target, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    for handle in (source, target):
        if handle not in (None, subprocess.DEVNULL):
            handle.close()
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def timed(command, prepare=None, runs=5, stdin=None, stdout=None, env=None):
    """The median wall time and the median processor time (user + system) of `command` over
    `runs` runs, `prepare` run before each. `stdin` and `stdout` are file names (a shell's <
    and >). The processor time is shown as well because it hardly changes when other work
    shares the machine, which the wall time does."""
    walls, cpus = zip(*(run_once(command, prepare, stdin, stdout, env) for _ in range(runs)))
    return Timing(statistics.median(walls), statistics.median(cpus))


def timed_in_turn(commands, runs=5):
    """timed() of each (command, prepare) pair, the commands run in turn, one run of each a
    round: a machine whose speed drifts within minutes then drifts for all of them alike,
    and a reference is measured in the same minutes as what it is held against."""
    figures = [([], []) for _ in commands]
    for _ in range(runs):
        for (command, prepare), (walls, cpus) in zip(commands, figures):
            wall, cpu = run_once(command, prepare)
            walls.append(wall)
            cpus.append(cpu)
    return [Timing(statistics.median(walls), statistics.median(cpus)) for walls, cpus in figures]


def register_import(cli, work, runs):
    register = os.path.join(work, "register.csv")
    communes = national_register.write_csv(register)

    danvan_db = os.path.join(work, "danvan.sqlite")
    sqlite_db = os.path.join(work, "plain.sqlite")

    def fresh_danvan():
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(danvan_db + suffix):
                os.remove(danvan_db + suffix)
        subprocess.run([cli, "init", danvan_db], check=True, stdout=subprocess.DEVNULL)

    def fresh_sqlite():
        if os.path.exists(sqlite_db):
            os.remove(sqlite_db)

    ours, reference = timed_in_turn(
        [([cli, "import-units", danvan_db, register], fresh_danvan),
         (["sqlite3", sqlite_db, ".mode csv", f".import {register} register"], fresh_sqlite)],
        runs)
    return [Result(f"register import, {communes:,} communes", ours, reference, ratio=2,
                   limit=1, target="within 2x and under 1 s")]


def conversion_import(cli, work, runs):
    """The conversion table of 07/2025 at national size (10,500 rows), imported into a file
    that holds the national register it converts, against sqlite3's `.import` of the same
    file into a plain table."""
    register = os.path.join(work, "old-register.csv")
    table = os.path.join(work, "conversion.csv")
    old, rows = national_conversion.tables()
    national_conversion.write(register, [["Tỉnh Thành Phố", "Mã TP", "Quận Huyện", "Mã QH",
                                          "Phường Xã", "Mã PX", "Cấp", "Tên Tiếng Anh"]], old)
    national_conversion.write(table, [national_conversion.BANNER, national_conversion.HEADER],
                              rows)
    edges = sum(1 for row in rows if row[2])

    base = os.path.join(work, "before-2025.sqlite")
    subprocess.run([cli, "init", base], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([cli, "import-units", base, register], check=True, stdout=subprocess.DEVNULL)
    danvan_db = os.path.join(work, "converted.sqlite")
    sqlite_db = os.path.join(work, "plain-conversion.sqlite")

    def fresh_danvan():
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(danvan_db + suffix):
                os.remove(danvan_db + suffix)
        shutil.copyfile(base, danvan_db)

    def fresh_sqlite():
        if os.path.exists(sqlite_db):
            os.remove(sqlite_db)

    # What the table does not account for goes to stderr; the synthetic table accounts for
    # everything, so nothing is printed.
    ours, reference = timed_in_turn(
        [([cli, "import-units", danvan_db, table], fresh_danvan),
         (["sqlite3", sqlite_db, f".import --csv --skip 1 {table} conversion"], fresh_sqlite)],
        runs)
    return [Result(f"conversion table import, {edges:,} rows", ours, reference, ratio=3,
                   target="within 3x")]


def sql(name):
    """The query of sql/`name`, without its opening comment (sqlite3 would read an argument
    beginning with "-" as an option)."""
    with open(os.path.join(SQL, name), encoding="utf-8") as source:
        lines = source.read().splitlines()
    while lines and lines[0].startswith("--"):
        lines.pop(0)
    return "\n".join(lines)


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as source:
        return list(csv.reader(source))


def same_rows(ours, reference, numbered=True):
    """How many of our data rows the reference also has, rows compared as multisets, the
    running number left out when `numbered`; and the number of our rows."""
    ours_rows, reference_rows = read_csv(ours)[1:], read_csv(reference)[1:]
    first = 1 if numbered else 0
    ours_count = collections.Counter(tuple(row[first:]) for row in ours_rows)
    reference_count = collections.Counter(tuple(row[first:]) for row in reference_rows)
    common = sum((ours_count & reference_count).values())
    return common, len(ours_rows), len(reference_rows)


def exports(cli, work, runs):
    started = time.perf_counter()
    built = national_database.build(cli, work)
    assert built["campaign"] == 1, "the reference queries are written for campaign 1"
    db, today, counts = built["path"], built["as_of"], built["counts"]
    print(f"national database: {counts['units']:,} units, {counts['conferences']:,} "
          f"conferences ({counts['held']:,} held, {counts['scheduled']:,} only scheduled), "
          f"{counts['exemplars']:,} models and exemplars, {counts['nominations']:,} "
          f"nominations, {counts['rewards']:,} rewards; built in "
          f"{time.perf_counter() - started:.1f} s", flush=True)

    def export(report, fmt, out):
        return [cli, "export", db, "--report", report, "--format", fmt, "--out", out,
                "--today", today]

    results, checks = [], []
    conferences = counts["conferences"]

    ours_csv = os.path.join(work, "schedule.csv")
    reference_csv = os.path.join(work, "schedule-sqlite.csv")
    ours = timed(export("schedule", "csv", ours_csv), runs=runs)
    reference = timed(["sqlite3", "-csv", "-header", db, sql("schedule.sql")], runs=runs,
                      stdout=reference_csv)
    results.append(Result(f"schedule CSV, {conferences:,} rows", ours, reference, ratio=2,
                          target="within 2x"))
    checks.append(("schedule", *same_rows(ours_csv, reference_csv)))

    ours_csv = os.path.join(work, "exemplars.csv")
    ours_counts = os.path.join(work, "exemplars-2.csv")
    reference_csv = os.path.join(work, "exemplars-sqlite.csv")
    reference_counts = os.path.join(work, "exemplars-sqlite-2.csv")
    ours = timed(export("exemplars", "csv", ours_csv), runs=runs)
    reference = timed(["sqlite3", "-csv", "-header", db, f".output {reference_csv}",
                       sql("exemplars.sql"), f".output {reference_counts}",
                       sql("exemplar_counts.sql")], runs=runs)
    results.append(Result(f"exemplars CSV, {counts['exemplars']:,} rows", ours, reference,
                          ratio=2, target="within 2x"))
    checks.append(("exemplars", *same_rows(ours_csv, reference_csv)))
    checks.append(("exemplar counts", *same_rows(ours_counts, reference_counts, False)))

    ours_csv = os.path.join(work, "units.csv")
    reference_csv = os.path.join(work, "units-sqlite.csv")
    ours = timed(export("units", "csv", ours_csv), runs=runs)
    reference = timed(["sqlite3", "-csv", "-header", db, sql("units.sql")], runs=runs,
                      stdout=reference_csv)
    results.append(Result(f"units CSV, {counts['units']:,} rows", ours, reference,
                          ratio=1.5, target="within 1.5x"))
    checks.append(("units", *same_rows(ours_csv, reference_csv, False)))

    ours = timed(export("schedule", "xlsx", os.path.join(work, "schedule.xlsx")), runs=runs)
    results.append(Result("schedule XLSX", ours, limit=2, target="under 2 s"))

    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    ours = timed(export("schedule", "pdf", os.path.join(work, "schedule.pdf")),
                 runs=min(runs, 3), env=environment)
    results.append(Result("schedule PDF", ours, limit=10, target="under 10 s"))

    ours = timed([cli, "summary", db, "--today", today], runs=runs)
    results.append(Result("summary (JSON)", ours, limit=0.3, target="under 0.3 s"))
    return results, checks, built


def results_import(cli, work, built, runs):
    db, today = built["path"], built["as_of"]
    table_xlsx = os.path.join(work, "results.xlsx")
    table_csv = os.path.join(work, "results.csv")
    for path, fmt in ((table_xlsx, "xlsx"), (table_csv, "csv")):
        subprocess.run([cli, "export", db, "--report", "results", "--format", fmt, "--out", path,
                        "--today", today], check=True, stdout=subprocess.DEVNULL)
    # The units' results, not yet entered: the conferences of a copy emptied.
    empty = os.path.join(work, "empty.sqlite")
    subprocess.run(["sqlite3", db, f"VACUUM INTO '{empty}'"], check=True)
    subprocess.run(["sqlite3", empty,
                    "UPDATE conferences SET scheduled_on = NULL, venue = '', held_on = NULL, "
                    "chair = '', attendees = NULL, report_received_on = NULL, note = '', "
                    "invited = NULL, assessment = '', budget_planned = NULL, "
                    "budget_spent = NULL"], check=True)
    target = os.path.join(work, "target.sqlite")
    plain = os.path.join(work, "plain.sqlite")

    def fresh_target():
        for suffix in ("-wal", "-shm"):
            if os.path.exists(target + suffix):
                os.remove(target + suffix)
        shutil.copyfile(empty, target)

    def fresh_plain():
        if os.path.exists(plain):
            os.remove(plain)

    with open(table_csv, encoding="utf-8-sig") as source:
        rows = sum(1 for _ in source) - 1
    # The same table again, over a file that has it already: nothing changes, so the file
    # serves every run as it is.
    filled = os.path.join(work, "filled.sqlite")
    fresh_target()
    shutil.copyfile(target, filled)
    subprocess.run([cli, "import-results", filled, table_xlsx], check=True,
                   stdout=subprocess.DEVNULL)

    measured = [
        (None, ["sqlite3", plain, ".mode csv", f".import {table_csv} results"], fresh_plain),
        (f"results preview (--dry-run), xlsx, {rows:,} rows",
         [cli, "import-results", target, table_xlsx, "--dry-run"], fresh_target),
        (f"results applied, xlsx, {rows:,} rows",
         [cli, "import-results", target, table_xlsx], fresh_target),
        (f"results applied, csv, {rows:,} rows",
         [cli, "import-results", target, table_csv], fresh_target),
        ("results again, xlsx (nothing changes)",
         [cli, "import-results", filled, table_xlsx], None),
    ]
    # In turn: the reference in the same minutes as the import it is held against.
    reference, *ours = timed_in_turn([(command, prepare) for _, command, prepare in measured],
                                     runs)
    return [Result(label, timing, reference, ratio=5, target="within 5x")
            for (label, _, _), timing in zip(measured[1:], ours)]


def window(bench, db, today, runs):
    """The window's figures: medians over `runs` runs of danvan-window-bench."""
    with tempfile.TemporaryDirectory() as home:
        environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=home,
                           XDG_RUNTIME_DIR=home)

        def run(*arguments):
            since = time.monotonic_ns()
            done = subprocess.run([bench, "--since", str(since), *arguments], check=True,
                                  env=environment, capture_output=True, text=True)
            return {name: int(value) for name, value in
                    (line.split() for line in done.stdout.splitlines() if line.strip())}

        empty = [run("--empty") for _ in range(runs)]
        ours = [run(db, "--as-of", today) for _ in range(runs)]

    def median(figures, name, scale):
        return statistics.median(figure[name] for figure in figures) * scale

    def seconds(figures, name):
        value = median(figures, name, 1e-9 if name.endswith("_ns") else 1e-6)
        return Timing(value, None)

    rows = ours[0]["schedule_rows"]
    results = [Result(f"window: start to first paint, {rows:,} rows", seconds(ours,
                      "first_paint_ns"), seconds(empty, "first_paint_ns"), ratio=3, limit=1,
                      target="within 3x and under 1 s")]
    keystrokes = ours[0]["keystroke_count"]
    for name, label, limit in [("keystroke", f"search, {keystrokes} keystrokes", 0.016),
                               ("refilter", f"schedule re-filter, {ours[0]['refilter_count']}x",
                                0.05)]:
        target = f"under {limit * 1000:.0f} ms"
        results.append(Result(f"{label}: median", seconds(ours, f"{name}_median_us"),
                               limit=limit, target=target))
        results.append(Result(f"{label}: 90th pct", seconds(ours, f"{name}_p90_us"),
                              limit=limit, target=target))
        results.append(Result(f"{label}: worst", seconds(ours, f"{name}_max_us"),
                              limit=limit, target=target))
    for name, label in [("first_unit", "choosing a unit: the first"),
                        ("next_unit", f"choosing a unit: {ours[0]['next_unit_count']} more, median")]:
        results.append(Result(label, Timing(median(ours, f"{name}_median_us", 1e-6),
                                            median(ours, f"{name}_cpu_median_us", 1e-6)),
                              limit=0.05, target="under 50 ms"))
    results.append(Result("window: peak memory", Timing(median(ours, "peak_memory_kb", 1 / 1024),
                                                        None),
                          Timing(median(empty, "peak_memory_kb", 1 / 1024), None), limit=200,
                          target="under 200 MB", unit="MB"))
    return results


def schema(bench, cli, db, runs):
    """The schema check: danvan-schema-bench's figures, medians over `runs` processes."""
    figures = []
    for _ in range(runs):
        done = subprocess.run([bench, db, "--runs", "20"], capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"{bench} {db}: {done.stderr.strip()}")
        figures.append({name: int(value) for name, value in
                        (line.split() for line in done.stdout.splitlines() if line.strip())})

    def median(name):
        return statistics.median(figure[name] for figure in figures) * 1e-6

    def seconds(name, cpu_name=None):
        return Timing(median(name), median(cpu_name) if cpu_name else None)

    objects = figures[0]["schema_objects"]
    return [
        Result(f"schema check, first ({objects} objects)",
               seconds("check_first_us", "check_first_cpu_us"), limit=0.01, target="under 10 ms"),
        Result("schema check, the next ones: median",
               seconds("check_median_us", "check_median_cpu_us"), limit=0.01,
               target="under 10 ms"),
        Result("open read-only, check included: median", seconds("open_median_us"),
               target="(no target)"),
        Result("danvan-cli check (whole command)", timed([cli, "check", db], runs=runs),
               target="(no target)"),
    ]


def milliseconds(seconds):
    return "" if seconds is None else f"{seconds * 1000:,.0f} ms"


def verdict(result):
    if result.ratio is None and result.limit is None:
        return ""
    return "pass" if result.passed else "MISS"


def quantity(value, unit):
    """A time as milliseconds, or a size in MB."""
    if value is None:
        return ""
    if unit == "MB":
        return f"{value:,.0f} MB"
    return f"{value * 1000:,.1f} ms" if value < 0.1 else milliseconds(value)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True, help="path of danvan-cli")
    parser.add_argument("--window-bench", help="path of danvan-window-bench (the window's "
                        "figures are left out without it)")
    parser.add_argument("--schema-bench", help="path of danvan-schema-bench (the schema "
                        "check's figures are left out without it)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", choices=["imports", "results"],
                        help="only this group: the register and the conversion table, or the "
                        "results read back (after building the national database)")
    args = parser.parse_args()
    cli = os.path.abspath(args.cli)
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as work:
        results, checks = [], []
        export_work = os.path.join(work, "exports")
        os.mkdir(export_work)
        if args.only == "imports":
            results = register_import(cli, work, args.runs)
            results += conversion_import(cli, work, args.runs)
        elif args.only == "results":
            built = national_database.build(cli, export_work)
        else:
            results = register_import(cli, work, args.runs)
            results += conversion_import(cli, work, args.runs)
            export_results, checks, built = exports(cli, export_work, args.runs)
            results += export_results
        if args.only != "imports":
            results_work = os.path.join(work, "results")
            os.mkdir(results_work)
            results += results_import(cli, results_work, built, args.runs)
        # The schema check first: it opens the file read-only, which the window's benchmark
        # would refuse, since it ends without closing the file (its write-ahead log stays).
        if args.schema_bench and args.only != "imports":
            results += schema(os.path.abspath(args.schema_bench), cli, built["path"], args.runs)
        if args.window_bench and not args.only:
            results += window(os.path.abspath(args.window_bench), built["path"],
                              built["as_of"], min(args.runs, 3))

    print()
    print(f"{'measurement':44} {'ours':>9} {'reference':>10} {'ratio':>6}  {'target':24} "
          f"{'result':6}  {'cpu: ours':>9} {'reference':>9} {'ratio':>5}")
    for r in results:
        wall_ratio = cpu_ratio = ""
        if r.reference:
            wall_ratio = f"{r.ours.wall / r.reference.wall:.2f}"
            if r.ours.cpu is not None:
                cpu_ratio = f"{r.ours.cpu / r.reference.cpu:.2f}"
        reference_cpu = r.reference.cpu if r.reference else None
        print(f"{r.label:44} {quantity(r.ours.wall, r.unit):>9} "
              f"{quantity(r.reference and r.reference.wall, r.unit):>10} {wall_ratio:>6}  "
              f"{r.target:24} {verdict(r):6}  "
              f"{milliseconds(r.ours.cpu):>9} {milliseconds(reference_cpu):>9} "
              f"{cpu_ratio:>5}")
    print()
    print(f"Wall time, median of {args.runs} runs (PDF: {min(args.runs, 3)}), whole commands "
          f"(process start included); pass or miss is judged on it. cpu: user + system time "
          f"of the same runs, median. Window: medians of {min(args.runs, 3)} runs, each from the "
          f"process's start (offscreen); keystrokes and re-filters from the change to the "
          f"repainted window. Load average {load:.2f} on {os.cpu_count()} cores at the start.")
    for name, common, ours, reference in checks:
        print(f"reference check, {name}: {common:,} of our {ours:,} rows are in sqlite3's "
              f"{reference:,}")


if __name__ == "__main__":
    main()
