#!/usr/bin/python3
"""danvan's benchmarks: each measurement beside its reference, in one run.

Register import: `danvan-cli import-units` of a national-size register file into a new
database, against sqlite3's own `.import` of the same file into a plain table. Both are
whole commands (process start included), timed several times; the median is reported.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import national_register  # noqa: E402


def timed(command, prepare=None, runs=5):
    """The median wall time of `command` over `runs` runs, `prepare` run before each."""
    times = []
    for _ in range(runs):
        if prepare:
            prepare()
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def register_import(cli, work, runs):
    register = os.path.join(work, "register.csv")
    with open(register, "w", encoding="utf-8-sig", newline="") as out:
        import csv
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(["Tỉnh Thành Phố", "Mã TP", "Quận Huyện", "Mã QH", "Phường Xã",
                         "Mã PX", "Cấp", "Tên Tiếng Anh"])
        communes = 0
        for row in national_register.rows():
            writer.writerow(row)
            communes += 1

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

    ours = timed([cli, "import-units", danvan_db, register], fresh_danvan, runs)
    reference = timed(["sqlite3", sqlite_db, ".mode csv", f".import {register} register"],
                      fresh_sqlite, runs)
    return [("register import, %d communes" % communes, ours, reference,
             "within 3x and under 1 s")]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cli", required=True, help="path of danvan-cli")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        results = register_import(args.cli, work, args.runs)
    print(f"{'measurement':42} {'danvan':>9} {'reference':>10} {'ratio':>6}  target")
    for label, ours, reference, target in results:
        print(f"{label:42} {ours * 1000:7.0f}ms {reference * 1000:8.0f}ms {ours / reference:6.2f}  {target}")


if __name__ == "__main__":
    main()
