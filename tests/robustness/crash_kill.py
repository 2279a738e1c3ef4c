#!/usr/bin/python3
"""Nothing is lost when danvan-cli is killed in the middle of a write.

Usage: crash_kill.py PATH/TO/danvan-cli

Starts danvan-cli doing long writes and kills it with SIGKILL at random moments (a fixed
seed, so that a run can be repeated), then opens the file with Python's own sqlite3 and
checks it, with expectations that never come from danvan's code:

- importing a national-size register (63 provinces, ~700 districts, ~10,800 communes)
  into a new file, and a second edition (renames, moves, additions, retirements) over the
  first: after every kill PRAGMA integrity_check says ok and the units are exactly the
  state before the import or exactly the state after a complete one, never a part;
- a loop of conference edits on the Kiên Giang example: every edit the tool reported as
  done (exit 0) is in the file exactly, the edit killed mid-flight is there entirely or
  not at all, and no other table changed;
- a backup (VACUUM INTO beside the target, then a rename): the target is absent or its
  previous content, or a complete copy with integrity ok.

Durations are measured and printed, never asserted. Exit codes: 0 all checks passed,
1 a check failed, 2 wrong usage.
"""

import csv
import datetime
import os
import random
import shutil
import signal
import statistics
import sqlite3
import subprocess
import sys
import tempfile
import time

SEED = 20201
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "bench"))
import national_register  # noqa: E402  (bench/national_register.py, the same seed, the same file)

# How many kills of each kind. Chosen so that the whole run takes about a minute and a half
# on a busy 2-core machine with a Debug build (an edit takes 60-140 ms there, most of it
# starting the process and the fsyncs of synchronous=FULL); the counts and times are printed.
FIRST_IMPORT_KILLS = 24
SECOND_IMPORT_KILLS = 16
EDIT_KILLS = 60
EDITS_BETWEEN_KILLS = (2, 10)  # completed edits before each killed one, at random
BACKUP_KILLS = 8
# A few killed imports are run again to the end on the killed file: it must reach the
# state of a complete import (the kill left nothing in the way).
RESUMED_IMPORTS = 3
EFFECTIVE = "01/07/2021"  # the second edition's effective day (its retirements end 30/06)
RETIRED_ON = "2021-06-30"

REGISTER_HEADER = ["Tỉnh Thành Phố", "Mã TP", "Quận Huyện", "Mã QH", "Phường Xã", "Mã PX",
                   "Cấp", "Tên Tiếng Anh"]


class Checks:
    """Collects failed checks, so that one run reports them all."""

    def __init__(self):
        self.count = 0
        self.failures = []

    def ok(self, condition, message):
        self.count += 1
        if not condition:
            self.failures.append(message)
            print("FAIL:", message, flush=True)
        return bool(condition)


class Cli:
    def __init__(self, path):
        self.path = path
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

    def args(self, *args):
        return [self.path, "--lang", "en", *args]

    def run(self, *args):
        """Runs to the end; returns (exit code, stderr)."""
        done = subprocess.run(self.args(*args), env=self.env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, timeout=300)
        return done.returncode, done.stderr.decode("utf-8", "replace").strip()

    def must(self, *args):
        code, err = self.run(*args)
        if code != 0:
            raise RuntimeError(f"danvan-cli {' '.join(args)}: exit {code}: {err}")

    def timed(self, *args):
        started = time.monotonic()
        self.must(*args)
        return time.monotonic() - started

    def killed_at(self, delay, *args):
        """Starts the command and kills it with SIGKILL after `delay` seconds. Returns
        (killed, exit code, stderr): killed is False when it ended before the kill."""
        process = subprocess.Popen(self.args(*args), env=self.env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE)
        try:
            process.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
        err = process.communicate(timeout=300)[1].decode("utf-8", "replace").strip()
        killed = process.returncode == -signal.SIGKILL
        return killed, process.returncode, err


# --- files -------------------------------------------------------------------------------

def remove_db(path):
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def copy_db(source, target):
    """A closed database (no -wal left: sqlite3 and danvan checkpoint on close)."""
    remove_db(target)
    assert not os.path.exists(source + "-wal"), source + " was not closed cleanly"
    shutil.copyfile(source, target)


def integrity(path):
    """PRAGMA integrity_check and foreign_key_check, by Python's own SQLite."""
    with sqlite3.connect(path) as db:
        check = [row[0] for row in db.execute("PRAGMA integrity_check")]
        keys = db.execute("PRAGMA foreign_key_check").fetchall()
    db.close()
    return check, keys


def units_state(path):
    """The units as a set of (code, name, parent code, end day)."""
    db = sqlite3.connect(path)
    try:
        return frozenset(db.execute(
            "SELECT u.code, u.name, p.code, u.valid_to FROM units u "
            "LEFT JOIN units p ON p.id = u.parent_id"))
    finally:
        db.close()


def write_register(path, rows):
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(REGISTER_HEADER)
        writer.writerows(rows)


def second_edition(rows, rng):
    """The next year's register: communes renamed, moved to another district of the same
    province, dropped (to be retired) and added."""
    rows = [list(row) for row in rows]
    districts = {}  # province code -> [(district name, district code)]
    for row in rows:
        entry = (row[2], row[3])
        if entry not in districts.setdefault(row[1], []):
            districts[row[1]].append(entry)
    indices = list(range(len(rows)))
    rng.shuffle(indices)
    renamed, moved, dropped = indices[:300], indices[300:450], set(indices[450:550])
    for i in renamed:
        rows[i][4] = rows[i][4] + " Mới"
        rows[i][7] = rows[i][7] + " Moi"
    for i in moved:
        choices = [d for d in districts[rows[i][1]] if d[1] != rows[i][3]]
        if choices:
            rows[i][2], rows[i][3] = rng.choice(choices)
    kept = [row for i, row in enumerate(rows) if i not in dropped]
    next_code = max(int(row[5]) for row in rows) + 1
    for n in range(120):
        template = list(rng.choice(kept))
        template[4] = f"Xã Tân Lập {n + 1}"
        template[5] = f"{next_code + n:05d}"
        template[6] = "Xã"
        template[7] = f"Xa Tan Lap {n + 1}"
        kept.append(template)
    return kept


# --- imports -----------------------------------------------------------------------------

def import_kills(c, cli, rng, work, label, base, register, before, after, duration, kills,
                 stats):
    """Kills `import-units` on copies of `base` at random moments in [0, duration]."""
    db = os.path.join(work, f"import-{label}.sqlite")
    seen = {"before": 0, "after": 0, "neither": 0}
    resumed = 0
    attempts = 0
    while sum(seen.values()) < kills and attempts < kills * 3:
        attempts += 1
        copy_db(base, db)
        delay = rng.uniform(0, duration)
        killed, code, err = cli.killed_at(delay, "import-units", db, register,
                                          "--effective", EFFECTIVE)
        if not killed:
            c.ok(code == 0, f"{label} import not killed ended with {code}: {err}")
            stats["ended before the kill"] += 1
            continue
        stats["kills"] += 1
        check, keys = integrity(db)
        c.ok(check == ["ok"], f"{label} import killed at {delay:.3f} s: integrity {check}")
        c.ok(not keys, f"{label} import killed at {delay:.3f} s: foreign keys {keys[:5]}")
        state = units_state(db)
        if state == before:
            seen["before"] += 1
        elif state == after:
            seen["after"] += 1
        else:
            c.ok(False, f"{label} import killed at {delay:.3f} s: {len(state)} units, neither "
                        f"the {len(before)} before ({len(before - state)} missing, "
                        f"{len(state - before)} more) nor the {len(after)} after "
                        f"({len(after - state)} missing, {len(state - after)} more)")
            seen["neither"] += 1
        if resumed < RESUMED_IMPORTS and state == before:
            resumed += 1
            cli.must("import-units", db, register, "--effective", EFFECTIVE)
            c.ok(units_state(db) == after,
                 f"{label} import run again after a kill did not reach the complete state")
    print(f"  {label}: {attempts} runs, killed {sum(seen.values())} (before "
          f"{seen['before']}, after {seen['after']}, neither {seen['neither']}), {resumed} "
          f"resumed to the end",
          flush=True)
    stats["import states"][label] = seen


def check_imports(c, cli, rng, work, stats):
    register1 = os.path.join(work, "register-2020.csv")
    rows = list(national_register.rows(2020))
    write_register(register1, rows)
    register2 = os.path.join(work, "register-2021.csv")
    write_register(register2, second_edition(rows, rng))

    empty = os.path.join(work, "empty.sqlite")
    cli.must("init", empty)
    full = os.path.join(work, "full.sqlite")
    copy_db(empty, full)
    first = cli.timed("import-units", full, register1, "--effective", EFFECTIVE)
    second_db = os.path.join(work, "second.sqlite")
    copy_db(full, second_db)
    second = cli.timed("import-units", second_db, register2, "--effective", EFFECTIVE)

    state0, state1, state2 = units_state(empty), units_state(full), units_state(second_db)
    provinces = len({row[1] for row in rows})
    districts = len({row[3] for row in rows})
    c.ok(len(state1) == len(rows) + provinces + districts,
         f"the first import holds {len(state1)} units, expected "
         f"{len(rows) + provinces + districts}")
    retired = sum(1 for unit in state2 if unit[3] == RETIRED_ON)
    c.ok(len(state2) == len(state1) + 120 and retired == 100,
         f"the second edition: {len(state2)} units ({retired} retired), expected "
         f"{len(state1) + 120} (100 retired)")
    c.ok(state0 != state1 and state1 != state2, "the three states differ")
    print(f"register: {len(rows)} communes, {len(state1)} units; a complete import takes "
          f"{first:.2f} s, the second edition {second:.2f} s", flush=True)
    stats["import durations"] = (first, second)

    import_kills(c, cli, rng, work, "first import", empty, register1, state0, state1, first,
                 FIRST_IMPORT_KILLS, stats)
    import_kills(c, cli, rng, work, "second edition", full, register2, state1, state2, second,
                 SECOND_IMPORT_KILLS, stats)
    return full, state1


# --- conference edits --------------------------------------------------------------------

CONFERENCE_COLUMNS = ("scheduled_on", "venue", "held_on", "chair", "attendees",
                      "report_received_on", "note", "invited", "assessment", "budget_planned",
                      "budget_spent")
VENUES = ["Hội trường UBND xã", "Nhà văn hóa ấp Vĩnh Lạc", "Hội trường Huyện ủy",
          "Trung tâm Văn hóa - Thể thao", "Phòng họp Đảng ủy"]
CHAIRS = ["Đ/c Nguyễn Văn Sáu", "Đ/c Trần Thị Hồng Nhung", "Đ/c Lê Quốc Việt",
          "Đ/c Phạm Thị Ánh Tuyết", "Đ/c Huỳnh Ngọc Điền"]


def conferences(path):
    """Every conference by unit code, with all of its columns."""
    db = sqlite3.connect(path)
    try:
        rows = db.execute(
            f"SELECT u.code, {', '.join('c.' + col for col in CONFERENCE_COLUMNS)} "
            "FROM conferences c JOIN units u ON u.id = c.unit_id ORDER BY c.id").fetchall()
        return {row[0]: tuple(row[1:]) for row in rows}
    finally:
        db.close()


def other_tables(path):
    """Every row of every table but conferences, to check that edits touch nothing else."""
    db = sqlite3.connect(path)
    try:
        tables = [row[0] for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'conferences' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {table: sorted(map(repr, db.execute(f'SELECT * FROM "{table}"')))
                for table in tables}
    finally:
        db.close()


def random_date(rng):
    # Inside the campaign, planned days 40 days earlier and reports 30 days later included:
    # from its first day (06/02/2020) to a year after its last deadline (20/09/2020). A day
    # outside is refused without --force, as a likely typing mistake.
    return datetime.date(2020, 3, 20) + datetime.timedelta(days=rng.randrange(0, 500))


def iso(day):
    return day.isoformat()


def random_edit(rng, code, number, previous):
    """The arguments of one edit, giving every field, and the row it must leave."""
    held = random_date(rng)
    scheduled = held - datetime.timedelta(days=rng.randrange(0, 40))
    report = held + datetime.timedelta(days=rng.randrange(0, 30))
    has_held = rng.random() > 0.1
    has_report = has_held and rng.random() > 0.3
    has_scheduled = rng.random() > 0.05
    attendees = "" if rng.random() < 0.1 else str(rng.randrange(0, 400))
    venue = rng.choice(VENUES)
    chair = rng.choice(CHAIRS) if rng.random() > 0.1 else ""
    note = f"Lần sửa {number}: {rng.choice(['đạt', 'chưa đạt', 'hoàn thành tốt'])}"

    def text_date(day, present):
        if not present:
            return ""
        return day.strftime("%d/%m/%Y") if rng.random() < 0.7 else iso(day)

    args = ["--unit", code,
            "--scheduled", text_date(scheduled, has_scheduled),
            "--venue", venue,
            "--held", text_date(held, has_held),
            "--chair", chair,
            "--attendees", attendees,
            "--report", text_date(report, has_report),
            "--note", note]
    row = (iso(scheduled) if has_scheduled else None, venue,
           iso(held) if has_held else None, chair,
           int(attendees) if attendees else None,
           iso(report) if has_report else None, note) + previous[7:]
    return args, row


def check_edits(c, cli, rng, work, stats):
    db = os.path.join(work, "kiên giang.sqlite")
    cli.must("init", db, "--example")
    expected = conferences(db)
    others = other_tables(db)
    codes = sorted(code for code in expected if code)
    c.ok(len(codes) > 100, f"the example has {len(codes)} conferences with a unit code")

    # The time of an edit (the median of those done so far), to kill the next ones inside it.
    durations = []
    number = 0
    for _ in range(5):
        number += 1
        code = rng.choice(codes)
        args, row = random_edit(rng, code, number, expected[code])
        durations.append(cli.timed("conference", db, *args))
        expected[code] = row
    print(f"one conference edit takes {statistics.median(durations) * 1000:.0f} ms", flush=True)

    reported = len(durations)
    landed = absent = 0
    started = time.monotonic()
    kills = 0
    while kills < EDIT_KILLS:
        for _ in range(rng.randint(*EDITS_BETWEEN_KILLS)):
            number += 1
            code = rng.choice(codes)
            args, row = random_edit(rng, code, number, expected[code])
            edit_started = time.monotonic()
            exit_code, err = cli.run("conference", db, *args)
            durations.append(time.monotonic() - edit_started)
            if c.ok(exit_code == 0, f"edit {number} ({code}) failed with {exit_code}: {err}"):
                expected[code] = row
                reported += 1
        number += 1
        code = rng.choice(codes)
        args, row = random_edit(rng, code, number, expected[code])
        # Half of the kills anywhere in the edit, half near its end, where it writes.
        duration = statistics.median(durations)
        delay = rng.uniform(0, duration) if kills % 2 else rng.uniform(0.6, 1.1) * duration
        killed, exit_code, err = cli.killed_at(delay, "conference", db, *args)
        if not killed:
            if c.ok(exit_code == 0, f"edit {number} ({code}) failed with {exit_code}: {err}"):
                expected[code] = row
                reported += 1
            stats["ended before the kill"] += 1
            continue
        kills += 1
        stats["kills"] += 1
        check, keys = integrity(db)
        c.ok(check == ["ok"], f"edit {number} killed at {delay * 1000:.0f} ms: integrity {check}")
        c.ok(not keys, f"edit {number} killed: foreign keys {keys[:5]}")
        actual = conferences(db)
        if actual.get(code) == row:
            landed += 1
            expected[code] = row
        elif actual.get(code) == expected[code]:
            absent += 1
        else:
            c.ok(False, f"edit {number} ({code}) killed at {delay * 1000:.0f} ms left "
                        f"{actual.get(code)}, neither {expected[code]} nor {row}")
            expected[code] = actual.get(code)
        wrong = [k for k in expected if actual.get(k) != expected[k]]
        c.ok(not wrong, f"after killing edit {number}: {len(wrong)} reported edits are not in "
                        f"the file as reported, e.g. {wrong[:3]}")
        stats["edits checked"] = reported
    c.ok(other_tables(db) == others, "conference edits changed other tables")
    # The tool still reads the file after all these kills.
    code, err = cli.run("summary", db, "--today", "2021-01-01")
    c.ok(code == 0, f"summary after the kills: exit {code}: {err}")
    elapsed = time.monotonic() - started
    stats["edits checked"] = reported
    print(f"  conference edits: {reported} reported as done and checked, {kills} killed "
          f"({landed} there entirely, {absent} entirely absent), {elapsed:.1f} s "
          f"({elapsed / max(1, reported + kills) * 1000:.0f} ms an edit)", flush=True)
    stats["edit states"] = (landed, absent)


# --- backups -----------------------------------------------------------------------------

def check_backups(c, cli, rng, work, source, units, stats):
    out = os.path.join(work, "bản sao.sqlite")
    duration = cli.timed("backup", source, out)
    previous = open(out, "rb").read()
    os.remove(out)
    print(f"a backup of the national file ({len(previous) // 1024} KiB) takes "
          f"{duration:.2f} s", flush=True)
    outcomes = {"absent": 0, "previous": 0, "complete": 0}
    kills = attempts = 0
    while kills < BACKUP_KILLS and attempts < BACKUP_KILLS * 3:
        attempts += 1
        if attempts == BACKUP_KILLS // 2 + 1:
            cli.must("backup", source, out)  # the later kills find an earlier copy in place
            previous = open(out, "rb").read()
        existed = os.path.exists(out)
        # Half of the kills anywhere, half near the end, where the copy is put in place.
        delay = rng.uniform(0, duration) if attempts % 2 else rng.uniform(0.7, 1.1) * duration
        killed, code, err = cli.killed_at(delay, "backup", source, out)
        if not killed:
            c.ok(code == 0, f"backup not killed ended with {code}: {err}")
            stats["ended before the kill"] += 1
            continue
        kills += 1
        stats["kills"] += 1
        if not os.path.exists(out):
            c.ok(not existed, "a killed backup removed the earlier copy")
            outcomes["absent"] += 1
        elif existed and open(out, "rb").read() == previous:
            outcomes["previous"] += 1
        else:
            check, _ = integrity(out)
            complete = check == ["ok"] and units_state(out) == units
            c.ok(complete, f"a killed backup left {out} neither absent, as before, nor a "
                           f"complete copy (integrity {check})")
            outcomes["complete"] += 1
            previous = open(out, "rb").read()
        check, _ = integrity(source)
        c.ok(check == ["ok"], f"the source of a killed backup: integrity {check}")
    print(f"  backup: {attempts} runs, killed {kills} (target absent {outcomes['absent']}, "
          f"its previous bytes {outcomes['previous']} (a complete copy of the same file has "
          f"the same bytes), another complete copy {outcomes['complete']})", flush=True)
    stats["backup states"] = outcomes


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    cli = Cli(os.path.abspath(sys.argv[1]))
    rng = random.Random(SEED)
    c = Checks()
    stats = {"kills": 0, "ended before the kill": 0, "import states": {}, "edits checked": 0}
    started = time.monotonic()
    work = tempfile.mkdtemp(prefix="danvan-crash-")
    try:
        for phase in ("imports", "edits", "backups"):
            phase_started = time.monotonic()
            if phase == "imports":
                full, units = check_imports(c, cli, rng, work, stats)
            elif phase == "edits":
                check_edits(c, cli, rng, work, stats)
            else:
                check_backups(c, cli, rng, work, full, units, stats)
            print(f"{phase}: {time.monotonic() - phase_started:.1f} s", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    c.ok(stats["kills"] >= 100, f"only {stats['kills']} kills, expected at least 100")
    print(f"summary: {stats['kills']} kills ({stats['ended before the kill']} runs ended "
          f"before their kill), import states {stats['import states']}, "
          f"{stats['edits checked']} reported edits checked, "
          f"{c.count} checks, {len(c.failures)} failed, "
          f"{time.monotonic() - started:.1f} s", flush=True)
    return 1 if c.failures else 0


if __name__ == "__main__":
    sys.exit(main())
