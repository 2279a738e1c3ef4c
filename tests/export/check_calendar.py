#!/usr/bin/env python3
"""danvan's calendar export read back by Python's icalendar, a reader we did not write.

Usage: check_calendar.py PATH/TO/danvan-cli

Builds the Kiên Giang example with danvan-cli, plans and holds a few conferences, and takes
every expected deadline, conference and key date straight from the SQLite file. Then exports
the calendar twice (in Vietnamese and in English) and checks with icalendar that every one is
there on its day, that deadlines carry a reminder, that the lines are CRLF and folded at 75
octets, and that the second export has the same UIDs (a calendar updates its events instead
of doubling them).

Exit codes: 0 all checks passed, 1 a check failed, 77 icalendar is missing (skipped).
"""

import datetime
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

try:
    import icalendar
except ImportError:  # reported as a skip by main()
    icalendar = None

SKIP = 77


class Checks:
    def __init__(self):
        self.count = 0
        self.failures = []

    def true(self, condition, what):
        self.count += 1
        if not condition:
            self.failures.append(what)
            print("FAIL: " + what)

    def equal(self, actual, expected, what):
        self.true(actual == expected, f"{what}: {actual!r} != {expected!r}")


def cli_run(cli, *arguments):
    done = subprocess.run([cli, *arguments], capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"danvan-cli {' '.join(arguments)}: {done.stderr}")
    return done.stdout


def events_of(path):
    with open(path, "rb") as f:
        data = f.read()
    return data, icalendar.Calendar.from_ical(data)


def run(cli, work, c):
    db = os.path.join(work, "lịch.sqlite")
    cli_run(cli, "init", db, "--example")
    cli_run(cli, "conference", db, "--unit", "30898", "--scheduled", "15/05/2020",
            "--held", "20/05/2020", "--venue", "Hội trường UBND xã Bình An, ấp Bình Lợi")
    cli_run(cli, "conference", db, "--unit", "905", "--scheduled", "29/06/2020",
            "--venue", "Hội trường Huyện ủy; tầng 2")

    con = sqlite3.connect(db)
    campaign_start, root = con.execute(
        "SELECT c.starts_on, u.code FROM campaigns c JOIN units u ON u.id = c.root_unit_id"
    ).fetchone()
    levels = {key: last for key, last in con.execute(
        "SELECT level, deadline_last FROM campaign_levels WHERE deadline_last IS NOT NULL")}
    own = {(code, level): last for code, level, last in con.execute(
        "SELECT u.code, o.level, o.deadline_last FROM deadline_overrides o "
        "JOIN units u ON u.id = o.unit_id")}
    pilots = {code: last for code, last in con.execute(
        "SELECT u.code, p.deadline_last FROM pilots p JOIN units u ON u.id = p.unit_id")}
    conferences = {code: (held or planned, venue) for code, held, planned, venue in con.execute(
        "SELECT u.code, f.held_on, f.scheduled_on, f.venue FROM conferences f "
        "JOIN units u ON u.id = f.unit_id "
        "WHERE f.held_on IS NOT NULL OR f.scheduled_on IS NOT NULL")}
    key_dates = {on for (on,) in con.execute("SELECT on_date FROM campaign_dates")}
    con.close()
    c.true(len(levels) == 3 and own and pilots and len(conferences) == 2 and key_dates,
           "the example has deadlines, own deadlines, pilots, conferences and key dates")

    prefix = campaign_start.replace("-", "") + "-" + root + "-"
    expected = {}
    for key, last in levels.items():
        expected[prefix + "level-" + key] = last
    for (code, level), last in own.items():
        expected[prefix + f"own-{code}-{level}"] = last
    for code, last in pilots.items():
        expected[prefix + "pilot-" + code] = last
    for code, (day, _) in conferences.items():
        expected[prefix + "conference-" + code] = day
    for on in key_dates:
        expected[prefix + "date-" + on.replace("-", "")] = on
    expected = {uid + "@danvan": day for uid, day in expected.items()}

    uids = {}
    for lang in ("vi", "en"):
        path = os.path.join(work, f"lịch-{lang}.ics")
        out = cli_run(cli, "--lang", lang, "export", db, "--report", "calendar", "--format",
                      "ics", "--out", path)
        c.true(os.path.basename(path) in out, f"{lang}: the export names its file")
        data, calendar = events_of(path)
        lines = data.split(b"\r\n")
        c.equal(lines[-1], b"", f"{lang}: the file ends with CRLF")
        c.true(b"\n" not in data.replace(b"\r\n", b""), f"{lang}: every line ends with CRLF")
        c.true(all(len(line) <= 75 for line in lines), f"{lang}: lines folded at 75 octets")
        c.true(any(line.startswith(b" ") for line in lines), f"{lang}: long lines are folded")
        data.decode("utf-8")  # raises on a fold inside a UTF-8 sequence
        c.equal(str(calendar["VERSION"]), "2.0", f"{lang}: VERSION")
        found = {}
        for event in calendar.walk("VEVENT"):
            uid = str(event["UID"])
            c.true(uid not in found, f"{lang}: {uid} is unique")
            start = event.decoded("DTSTART")
            end = event.decoded("DTEND")
            c.true(isinstance(start, datetime.date) and not isinstance(start, datetime.datetime),
                   f"{lang}: {uid} is an all-day event")
            c.equal(end - start, datetime.timedelta(days=1), f"{lang}: {uid} lasts one day")
            found[uid] = (start.isoformat(), event)
        c.equal(set(found), set(expected), f"{lang}: every deadline, conference and key date")
        for uid, day in expected.items():
            if uid in found:
                c.equal(found[uid][0], day, f"{lang}: the day of {uid}")
                alarms = found[uid][1].walk("VALARM")
                deadline = "-conference-" not in uid and "-date-" not in uid
                c.equal(len(alarms), 1 if deadline else 0, f"{lang}: reminders of {uid}")
                if deadline and alarms:
                    c.equal(alarms[0].decoded("TRIGGER"), datetime.timedelta(days=-3),
                            f"{lang}: {uid} reminded three days before")
        for code, (_, venue) in conferences.items():
            event = found.get(f"{prefix}conference-{code}@danvan", (None, {}))[1]
            c.equal(str(event.get("LOCATION", "")), venue, f"{lang}: the venue of {code}")
        bình_an = found.get(f"{prefix}conference-30898@danvan", (None, {}))[1]
        c.true("Xã Bình An" in str(bình_an.get("SUMMARY", "")),
               f"{lang}: the conference names its unit")
        uids[lang] = set(found)
    c.equal(uids["vi"], uids["en"], "a second export has the same UIDs")


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    if icalendar is None:
        print("SKIP: missing icalendar (python3-icalendar; scripts/test.sh installs it)")
        return SKIP
    c = Checks()
    work = tempfile.mkdtemp(prefix="danvan-calendar-")
    try:
        run(os.path.abspath(sys.argv[1]), work, c)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{c.count} checks, {len(c.failures)} failed")
    return 1 if c.failures else 0


if __name__ == "__main__":
    sys.exit(main())
