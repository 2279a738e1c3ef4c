#!/usr/bin/python3
"""danvan's imports on a PostgreSQL server beside the same on a file, at national scale.

Starts a throwaway PostgreSQL 15 on 127.0.0.1 (server_bench.Server) and times, on a file and
on a server database:

- `danvan-cli import-units` of a national register (national_register.py: 63 provinces,
  about 700 districts and 10,800 communes) into the Kiên Giang example (`init --example`,
  copied onto the server with `danvan-cli copy`), as the server's administrator: 11,563 new
  units, and the example's campaign checked for units that should join it;
- `danvan-cli import-results` of six spreadsheets (CSV) that together hold the results of the
  11,501 conferences of the national database of the benchmarks (national_database.py,
  without models and exemplars), into a copy whose conferences were emptied, as the
  province's login through row-level security.

Every time is the median of several whole runs (process start included); each run works on a
fresh copy (a new file, or a new database on the server), prepared outside the time. The
server runs on the same machine, so each statement costs a round trip of the loopback only;
the statements the server received for each import are counted as well (from the server's
log, with log_statement = all on a database of its own, in a run apart from the timed ones):
over a real network each of them adds the network's round trip. Usage:

    bench/server_import_bench.py BUILD_DIR [--runs N]
"""

import argparse
import csv
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import national_database  # noqa: E402
import national_register  # noqa: E402
from server_bench import PG_BIN, Server  # noqa: E402

PROVINCE_LOGIN = "tinh"
RESULT_FILES = 6


def quiet(command):
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def timed(command, prepare, runs):
    """The median wall time of `command` over `runs` runs; `prepare` (run before each, outside
    the time) returns the command's database."""
    walls = []
    for _ in range(runs):
        target = prepare()
        start = time.perf_counter()
        quiet(command(target))
        walls.append(time.perf_counter() - start)
    return statistics.median(walls)


class ServerCopies:
    """Fresh databases on the server, each a copy of a file given to the province's login."""

    def __init__(self, cli, server, prefix, source, province_code, login=PROVINCE_LOGIN):
        self.cli = cli
        self.prefix = prefix
        self.login = login
        self.server = server
        self.source = source
        self.province_code = province_code
        self.count = 0

    def fresh(self, log_statements=False):
        self.count += 1
        name = f"{self.prefix}_{self.count}"
        self.server.sql("postgres", f"CREATE DATABASE {name}")
        admin = self.server.url("postgres", name)
        quiet([self.cli, "server", "init", admin])
        quiet([self.cli, "copy", self.source, admin])
        quiet([self.cli, "server", "grant", admin, "--role", PROVINCE_LOGIN, "--unit",
               self.province_code])
        if log_statements:
            self.server.sql("postgres", f"ALTER DATABASE {name} SET log_statement = 'all'")
        return self.server.url(self.login, name)


def statements(server, command, target):
    """How many statements the server received while `command` ran on `target`."""
    log = os.path.join(server.folder, "log")
    before = os.path.getsize(log)
    quiet(command(target))
    with open(log, "rb") as handle:
        handle.seek(before)
        lines = handle.read().decode("utf-8", "replace").splitlines()
    return sum(1 for line in lines if "LOG:  statement: " in line or "LOG:  execute " in line)


def fresh_file(source, target):
    def prepare():
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(target + suffix):
                os.remove(target + suffix)
        shutil.copyfile(source, target)
        return target
    return prepare


def register_import(cli, server, work, runs):
    register = os.path.join(work, "register.csv")
    communes = national_register.write_csv(register)
    example = os.path.join(work, "example.sqlite")
    quiet([cli, "init", example, "--example"])

    def command(target):
        return [cli, "import-units", target, register]

    on_file = timed(command, fresh_file(example, os.path.join(work, "units.sqlite")), runs)
    copies = ServerCopies(cli, server, "units", example, "91", login="postgres")
    on_server = timed(command, copies.fresh, runs)
    count = statements(server, command, copies.fresh(log_statements=True))
    return (f"import-units, register of {communes:,} communes", on_file, on_server, count)


def results_import(cli, server, work, runs):
    built = national_database.build(cli, work, exemplars=0)
    db, today = built["path"], built["as_of"]
    table = os.path.join(work, "results.csv")
    quiet([cli, "export", db, "--report", "results", "--format", "csv", "--out", table,
           "--today", today])
    with open(table, encoding="utf-8-sig", newline="") as source:
        rows = list(csv.reader(source))
    header, body = rows[0], rows[1:]
    files = []
    for part in range(RESULT_FILES):
        path = os.path.join(work, f"results-{part + 1}.csv")
        with open(path, "w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow(header)
            writer.writerows(body[part::RESULT_FILES])
        files.append(path)

    # The units' results, not yet entered: the conferences of a copy emptied.
    empty = os.path.join(work, "empty.sqlite")
    quiet(["sqlite3", db, f"VACUUM INTO '{empty}'"])
    quiet(["sqlite3", empty,
           "UPDATE conferences SET scheduled_on = NULL, venue = '', held_on = NULL, chair = '', "
           "attendees = NULL, report_received_on = NULL, note = '', invited = NULL, "
           "assessment = '', budget_planned = NULL, budget_spent = NULL"])
    connection = sqlite3.connect(empty)
    (province,) = connection.execute(
        "SELECT u.code FROM campaigns c JOIN units u ON u.id = c.root_unit_id").fetchone()
    connection.close()

    def command(target):
        return [cli, "import-results", target, *files]

    on_file = timed(command, fresh_file(empty, os.path.join(work, "results.sqlite")), runs)
    copies = ServerCopies(cli, server, "results", empty, province)
    on_server = timed(command, copies.fresh, runs)
    count = statements(server, command, copies.fresh(log_statements=True))
    return (f"import-results, {RESULT_FILES} files, {len(body):,} rows", on_file, on_server,
            count)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", help="the build folder (with app/danvan-cli)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    cli = os.path.join(args.build, "app", "danvan-cli")
    if not os.path.exists(f"{PG_BIN}/initdb"):
        sys.exit("server_import_bench: PostgreSQL 15 is not installed (apt-get install postgresql)")

    work = tempfile.mkdtemp(prefix="danvan-bench.")
    server = None
    try:
        server = Server()
        server.sql("postgres", f"CREATE ROLE {PROVINCE_LOGIN} LOGIN")
        rows = [register_import(cli, server, work, args.runs),
                results_import(cli, server, work, args.runs)]
        print(f"\n{'':44} {'file':>9} {'server':>9} {'ratio':>6} {'statements':>11}")
        for label, on_file, on_server, count in rows:
            print(f"{label:44} {on_file * 1000:7.0f} ms {on_server * 1000:7.0f} ms "
                  f"{on_server / on_file:5.2f}× {count:11,}")
        return 0
    finally:
        if server:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
