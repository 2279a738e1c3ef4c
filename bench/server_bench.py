#!/usr/bin/python3
"""danvan on a PostgreSQL server beside the same on a file, at national scale.

Builds the national database of run_benchmarks.py (11,501 conferences, 100,000 models and
exemplars), starts a throwaway PostgreSQL 15 on 127.0.0.1 (as PLATFORM.md describes: initdb
in a folder under /tmp, a free port, fsync off), prepares a database with `danvan-cli server
init`, copies the file onto it with `danvan-cli copy` and gives a district's office its unit.
Then times, on the file and on the server (as the district's login, through row-level
security):

- `danvan-cli summary`;
- a conference edit (`danvan-cli conference --held`), a whole command;
- the window's start to its first painted tree and schedule (danvan-window-bench);
- a new national campaign from the last one (`danvan-cli campaign next`), by the server's
  administrator: 11,501 conferences written.

The target is at most twice the file's time for each. Every time is the median of several
whole runs (process start included). Usage:

    bench/server_bench.py BUILD_DIR [--runs N]
"""

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import national_database  # noqa: E402

PG_BIN = "/usr/lib/postgresql/15/bin"


def as_postgres(command):
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


class Server:
    """A throwaway PostgreSQL 15, stopped and removed on exit."""

    def __init__(self):
        self.folder = tempfile.mkdtemp(prefix="danvan-bench-pg.", dir="/tmp")
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        data = os.path.join(self.folder, "data")
        subprocess.run(as_postgres([f"{PG_BIN}/initdb", "-D", data, "-U", "postgres",
                                    "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "-N"]),
                       check=True, stdout=subprocess.DEVNULL)
        subprocess.run(as_postgres([f"{PG_BIN}/pg_ctl", "-D", data, "-l",
                                    os.path.join(self.folder, "log"), "-w", "-o",
                                    f"-k {self.folder} -c listen_addresses=127.0.0.1 "
                                    f"-p {self.port} -c fsync=off", "start"]),
                       check=True, stdout=subprocess.DEVNULL)
        self.data = data

    def url(self, role, database):
        return f"postgresql://{role}@127.0.0.1:{self.port}/{database}"

    def sql(self, database, statements):
        subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p",
                        str(self.port), "-U", "postgres", "-d", database, "-c", statements],
                       check=True, stdout=subprocess.DEVNULL)

    def stop(self):
        subprocess.run(as_postgres([f"{PG_BIN}/pg_ctl", "-D", self.data, "-m", "fast", "-w",
                                    "stop"]), stdout=subprocess.DEVNULL)
        shutil.rmtree(self.folder, ignore_errors=True)


def median_seconds(command, runs, env=None):
    walls = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
        walls.append(time.perf_counter() - start)
    return statistics.median(walls)


def window_start(bench, db, today, runs):
    with tempfile.TemporaryDirectory() as home:
        environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=home,
                           XDG_RUNTIME_DIR=home)
        figures = []
        for _ in range(runs):
            since = time.monotonic_ns()
            done = subprocess.run([bench, "--since", str(since), db, "--as-of", today],
                                  check=True, env=environment, capture_output=True, text=True)
            values = dict(line.split() for line in done.stdout.splitlines() if line.strip())
            figures.append(int(values["first_paint_ns"]) / 1e9)
        return statistics.median(figures)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", help="the build folder (with app/danvan-cli)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    cli = os.path.join(args.build, "app", "danvan-cli")
    bench = os.path.join(args.build, "bench", "danvan-window-bench")
    if not os.path.exists(f"{PG_BIN}/initdb"):
        sys.exit("server_bench: PostgreSQL 15 is not installed (apt-get install postgresql)")

    work = tempfile.mkdtemp(prefix="danvan-bench.")
    server = None
    try:
        started = time.perf_counter()
        built = national_database.build(cli, work)
        db, today = built["path"], built["as_of"]
        print(f"national database built in {time.perf_counter() - started:.1f} s", flush=True)
        server = Server()
        server.sql("postgres", "CREATE DATABASE danvan")
        server.sql("postgres", "CREATE ROLE huyen LOGIN")
        admin = server.url("postgres", "danvan")
        subprocess.run([cli, "server", "init", admin], check=True, stdout=subprocess.DEVNULL)
        started = time.perf_counter()
        subprocess.run([cli, "copy", db, admin], check=True, stdout=subprocess.DEVNULL)
        print(f"copied onto the server in {time.perf_counter() - started:.1f} s", flush=True)
        # A district of the register, and one of its communes, for the office and its edit.
        import sqlite3
        connection = sqlite3.connect(db)
        district, commune = connection.execute(
            "SELECT d.code, c.code FROM units d JOIN units c ON c.parent_id = d.id "
            "WHERE d.level = 'district' AND c.level = 'commune' ORDER BY d.code, c.code "
            "LIMIT 1").fetchone()
        connection.close()
        subprocess.run([cli, "server", "grant", admin, "--role", "huyen", "--unit", district],
                       check=True, stdout=subprocess.DEVNULL)
        office = server.url("huyen", "danvan")

        rows = []
        for label, command in [
            ("summary", lambda target: [cli, "summary", target, "--today", today]),
            ("conference edit", lambda target: [cli, "conference", target, "--unit", commune,
                                                "--venue", "Hội trường"]),
        ]:
            on_file = median_seconds(command(db), args.runs)
            on_server = median_seconds(command(office), args.runs)
            rows.append((label, on_file, on_server, 2))
        # A new national campaign from the last one: its 11,501 conferences are written as
        # the program writes them (many to a statement), by the administrator on the server.
        campaign = str(built["campaign"])
        next_campaign = lambda target: [cli, "campaign", "next", target, "--campaign", campaign,
                                        "--name", "Đợt sau", "--starts", "2026-01-01"]
        # (Not one of the measures the ≤ 2× target is set for: printed for reference.)
        rows.append(("new national campaign", median_seconds(next_campaign(db), args.runs),
                     median_seconds(next_campaign(admin), args.runs), None))
        if os.path.exists(bench):
            rows.append(("window start to first paint", window_start(bench, db, today, args.runs),
                         window_start(bench, office, today, args.runs), 2))

        print(f"\n{'':32} {'file':>9} {'server':>9} {'ratio':>6}  target ≤ 2×")
        failed = False
        for label, on_file, on_server, target in rows:
            ratio = on_server / on_file
            verdict = "(no target)"
            if target is not None:
                failed |= ratio > target
                verdict = "ok" if ratio <= target else "MISSED"
            print(f"{label:32} {on_file * 1000:7.0f} ms {on_server * 1000:7.0f} ms "
                  f"{ratio:5.2f}×  {verdict}")
        return 1 if failed else 0
    finally:
        if server:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
