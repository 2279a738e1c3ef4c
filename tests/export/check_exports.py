#!/usr/bin/env python3
"""danvan's exports read back by programs other than danvan.

Usage: check_exports.py PATH/TO/danvan-cli

Builds the Kiên Giang example with danvan-cli, adds conferences, exemplars and rewards with
plain SQL, and takes every expected value straight from the SQLite file, so that nothing
expected comes from danvan's own code. Then exports every report as CSV (comma and
semicolon, dd/MM/yyyy and ISO dates), XLSX and PDF, in Vietnamese and in English, and reads
them with Python's csv module, openpyxl, LibreOffice (as Excel would import the CSV) and
pdftotext. A second database holds hostile text (formulas, separators, line breaks, 5000
characters) to check that no spreadsheet ever runs a cell as a formula.

Exit codes: 0 all checks passed, 1 a check failed, 77 a reader is missing (skipped).
"""

import csv
import datetime
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import unicodedata

try:
    import openpyxl
except ImportError:  # reported as a skip by main()
    openpyxl = None

SKIP = 77
TODAY = "2020-07-10"
TODAY_DATE = datetime.date(2020, 7, 10)
NUMBER = "12"
BOM = b"\xef\xbb\xbf"
REPORTS = ["schedule", "progress", "exemplars", "rewards", "units"]
# The columns of codes (ReportColumn::Type::Code), by their English headers.
CODE_HEADERS = {"Code", "Unit code", "Parent code"}

# LibreOffice's CSV import (PLATFORM.md): separator, quote ", UTF-8, from line 1, default
# column types, Vietnamese locale (05/09/2009 is 5 September), then the 7th token "quoted
# fields as text" and the last "evaluate formulas".
CSV_AS_TEXT = "CSV:{sep},34,76,1,,1066,true,true,false,false,false,-1,false"
CSV_AS_EXCEL = "CSV:{sep},34,76,1,,1066,false,true,false,false,false,-1,true"

# What a spreadsheet could run as a formula; CsvWriter.h: such text is written with an
# apostrophe in front.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

HOSTILE = [
    "=1+1",
    "+84 912 345 678",
    "-5",
    "@SUM(A1)",
    "\tx",
    "\rx",
    '=HYPERLINK("http://example.com","Bấm vào đây")',
    'Ấp "Mới", xã Bình An',
    "a,b,c",
    "a;b;c",
    "dòng một\ndòng hai",
    "dòng một\r\ndòng hai",
    "  hai bên có dấu cách  ",
    " =1+1",
    "'đã có dấu nháy",
    ("Đường Nguyễn Trung Trực " + "ấp Vĩnh Lạc, " * 400)[:5000],
]
assert len(HOSTILE[-1]) == 5000


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

    def equal(self, actual, expected, what):
        return self.ok(actual == expected,
                       f"{what}: got {short(actual)}, expected {short(expected)}")


def short(value, limit=200):
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + f"... ({len(text)} characters)"


def guarded(text):
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def xlsx_text(text):
    """Text as openpyxl 3.0 reads it from an XLSX: a carriage return, which XML cannot hold,
    is stored as the OOXML escape _x000D_ (Excel and LibreOffice decode it; openpyxl does
    not)."""
    return text.replace("\r", "_x000D_")


def dmy(iso):
    return "" if not iso else datetime.date.fromisoformat(iso).strftime("%d/%m/%Y")


def as_date(iso):
    return None if not iso else datetime.date.fromisoformat(iso)


def normalise(text):
    return " ".join(text.split())


def column_letter(index):
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class Cli:
    def __init__(self, path):
        self.path = path

    def run(self, *arguments, lang=None):
        command = [self.path] + (["--lang", lang] if lang else []) + [str(a) for a in arguments]
        return subprocess.run(command, capture_output=True, text=True, encoding="utf-8",
                              timeout=120)

    def must(self, *arguments, lang=None):
        done = self.run(*arguments, lang=lang)
        if done.returncode != 0:
            raise RuntimeError(f"danvan-cli {' '.join(map(str, arguments))} failed "
                               f"({done.returncode}): {done.stderr}")
        return done


# ---------------------------------------------------------------------------------------
# The database: the example, more data added with SQL, and what to expect read from it.

def add_data(db):
    """Conferences held and planned, dates in force, exemplars and rewards: values whose
    day and month can be told apart (05/06 is 5 June)."""
    con = sqlite3.connect(db)
    unit = lambda code: con.execute("SELECT id FROM units WHERE code = ?", (code,)).fetchone()[0]
    for code, scheduled, held, venue, report in [
        ("30880", "2020-05-06", "2020-06-05", "Hội trường UBND thị trấn Minh Lương", "2020-06-08"),
        ("30898", None, "2020-05-12", "Nhà văn hóa ấp Bình Thành", None),
        ("905", "2020-06-25", "2020-07-02", "Hội trường Huyện ủy Châu Thành", None),
        ("30730", None, "2020-06-30", "Trụ sở Đảng ủy phường Vĩnh Thanh Vân", None),
        ("907", None, "2020-06-09", "Hội trường Huyện ủy Gò Quao", "2020-06-11"),
        ("91", "2020-09-18", None, "Hội trường Tỉnh ủy Kiên Giang", None),
        ("31114", "2020-07-03", None, "Xã đảo An Sơn", None),
    ]:
        con.execute("UPDATE conferences SET scheduled_on = ?, held_on = ?, venue = ?, "
                    "report_received_on = ? WHERE unit_id = ?",
                    (scheduled, held, venue, report, unit(code)))
    con.execute("UPDATE units SET valid_from = '2019-03-04' WHERE code = '30730'")
    con.execute("UPDATE units SET valid_from = '2005-12-01' WHERE code = '899'")
    campaign = con.execute("SELECT id FROM campaigns").fetchone()[0]
    economy = con.execute("SELECT id FROM fields WHERE name = 'Kinh tế'").fetchone()[0]
    for unit_code, by, kind, name, field, money, workdays in [
        ("30880", "905", "collective", "Tổ nhân dân tự quản ấp Minh Phong", economy, 1500000, 120),
        ("30898", "91", "individual", "Ông Nguyễn Văn Ơn", None, None, None),
        ("30730", "899", "collective", "Mô hình “Khu phố không rác”", economy, 0, 35),
    ]:
        con.execute("INSERT INTO exemplars (campaign_id, unit_id, recognised_by, kind, name, "
                    "field_id, money, workdays) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (campaign, unit(unit_code), unit(by), kind, name, field, money, workdays))
    form = con.execute("SELECT id FROM reward_forms WHERE name = 'Bằng khen'").fetchone()[0]
    con.execute("INSERT INTO rewards (id, campaign_id, unit_id, form_id, issuer, signer, "
                "signer_title, decision_number, decision_date) VALUES (1, ?, ?, ?, ?, ?, ?, "
                "?, ?)", (campaign, unit("905"), form, "Ban Thường vụ Huyện ủy Châu Thành",
                          "Trần Văn Ửng", "Bí thư", "775-QĐ/HU", "2020-07-03"))
    con.executemany("INSERT INTO reward_recipients (reward_id, kind, name, position) VALUES "
                    "(1, ?, ?, ?)", [("collective", "Ban Dân vận Đảng ủy xã Bình An", 1),
                                     ("individual", "Bà Lê Thị Ánh", 2)])
    con.commit()
    con.close()


def expectations(db):
    """What every export should say, read from the SQLite file."""
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    e = {}
    units = {}
    for r in con.execute("SELECT u.id, u.code, u.name, u.level, u.valid_from, u.valid_to, "
                         "p.code AS parent_code, p.name AS parent_name FROM units u "
                         "LEFT JOIN units p ON p.id = u.parent_id"):
        units[r["code"]] = dict(r)
    e["units"] = units
    counts = {}
    for u in units.values():
        counts[u["name"]] = counts.get(u["name"], 0) + 1
    for u in units.values():
        repeated = counts[u["name"]] > 1 and u["parent_name"]
        u["label"] = f"{u['name']} ({u['parent_name']})" if repeated else u["name"]
    e["levels"] = {r["key"]: dict(r) for r in con.execute("SELECT * FROM levels")}

    level_deadline = {r["level"]: (r["deadline_last"], r["deadline_text"])
                      for r in con.execute("SELECT * FROM campaign_levels")}
    overrides = {(r["unit_id"], r["level"]): (r["deadline_last"], r["deadline_text"])
                 for r in con.execute("SELECT * FROM deadline_overrides")}
    pilots = {r["unit_id"]: (r["deadline_last"], r["deadline_text"])
              for r in con.execute("SELECT * FROM pilots")}
    conferences = {}
    for r in con.execute("SELECT c.*, u.code, p.name AS parent_name FROM conferences c "
                         "JOIN units u ON u.id = c.unit_id "
                         "LEFT JOIN units p ON p.id = c.parent_unit_id"):
        c = dict(r)
        c["pilot"] = r["unit_id"] in pilots
        c["deadline"], c["deadline_text"] = pilots.get(
            r["unit_id"], overrides.get((r["unit_id"], r["level"]), level_deadline[r["level"]]))
        conferences[r["code"]] = c
    e["conferences"] = conferences
    e["settings"] = {r["key"]: r["value"] for r in con.execute("SELECT * FROM settings")}
    e["exemplars"] = [dict(r) for r in con.execute(
        "SELECT x.name, u.code, x.money, x.workdays FROM exemplars x "
        "JOIN units u ON u.id = x.unit_id")]
    e["rewards"] = [dict(r) for r in con.execute(
        "SELECT r.*, (SELECT group_concat(name, '|') FROM (SELECT name FROM reward_recipients "
        "WHERE reward_id = r.id ORDER BY position)) AS recipients, "
        "(SELECT count(*) FROM reward_recipients WHERE reward_id = r.id) AS recipient_count "
        "FROM rewards r")]
    con.close()
    return e


def overdue(conference, today=TODAY_DATE):
    """Days past the deadline: not held by it as of today, or held after it; else 0."""
    deadline = as_date(conference["deadline"])
    held = as_date(conference["held_on"])
    if held and held <= today:
        return max((held - deadline).days, 0)
    return max((today - deadline).days, 0)


# ---------------------------------------------------------------------------------------
# Reading the files.

def read_csv(path, delimiter=","):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.reader(f, delimiter=delimiter, strict=True))


def csv_parts(path):
    """The files of a report's tables: FILE, FILE-2.csv, FILE-3.csv, ..."""
    parts = [path]
    base = path[:-len(".csv")]
    n = 2
    while os.path.exists(f"{base}-{n}.csv"):
        parts.append(f"{base}-{n}.csv")
        n += 1
    return parts


def pdftotext(path, *options, first=None, last=None):
    command = ["pdftotext", *options]
    if first:
        command += ["-f", str(first), "-l", str(last or first)]
    command += [path, "-"]
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8",
                          check=True, timeout=60).stdout


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, encoding="utf-8",
                          check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def soffice(files, infilter, outdir, profile):
    """Converts CSV files to XLSX with LibreOffice in one call; returns the XLSX paths."""
    os.makedirs(outdir, exist_ok=True)
    command = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "xlsx", f"--infilter={infilter}", "--outdir", outdir, *files]
    subprocess.run(command, capture_output=True, text=True, timeout=180)
    return [os.path.join(outdir, os.path.basename(f)[:-4] + ".xlsx") for f in files]


# ---------------------------------------------------------------------------------------
# The checks.

class Exports:
    def __init__(self, cli, work, checks):
        self.cli = cli
        self.work = work
        self.c = checks

    def export(self, db, report, fmt, out, *extra, lang=None):
        done = self.cli.run("export", db, "--report", report, "--format", fmt, "--out", out,
                            "--today", TODAY, *extra, lang=lang)
        self.c.ok(done.returncode == 0 and os.path.exists(out),
                  f"export {report} {fmt} {' '.join(extra)} ({lang or 'vi'}): exit "
                  f"{done.returncode}, {done.stderr.strip()}")
        return done


def schedule_columns(header_en):
    names = ["No.", "Code", "Unit", "Level", "Under", "Deadline", "As the directive writes it",
             "Pilot", "Planned for", "Venue", "Held on", "Standing", "Steering group"]
    return {name: header_en.index(name) for name in names if name in header_en}


def check_csv_bytes(c, path, what, line_breaks_inside=False):
    data = open(path, "rb").read()
    c.ok(data.startswith(BOM), f"{what}: starts with the UTF-8 byte-order mark")
    c.ok(not data.startswith(BOM + BOM), f"{what}: one byte-order mark")
    c.ok(data.endswith(b"\r\n"), f"{what}: ends with CRLF")
    c.ok(b"sep=" not in data[:20], f"{what}: no sep= line")
    if not line_breaks_inside:
        c.equal(data.count(b"\n"), data.count(b"\r\n"), f"{what}: every line ends with CRLF")
        c.equal(data.count(b"\r"), data.count(b"\r\n"), f"{what}: no lone CR")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        text = None
        c.ok(False, f"{what}: not UTF-8: {error}")
    if text is not None:
        c.equal(unicodedata.normalize("NFC", text), text, f"{what}: Vietnamese letters in NFC")


def check_schedule_rows(c, rows, cols, e, lang, what, date_format):
    """Rows of the schedule (after the header) against the database."""
    conferences = e["conferences"]
    units = e["units"]
    level_name = {k: v["name_en" if lang == "en" else "name_vi"] for k, v in e["levels"].items()}
    c.equal(len(rows), len(conferences), f"{what}: one row per conference (161)")
    c.equal(len(conferences), 161, "the example has 161 conferences")
    seen = {}
    numbers = []
    for row in rows:
        c.equal(len(row), len(cols), f"{what}: cells in a row")
        code = row[cols["Code"]]
        conf = conferences.get(code)
        if not c.ok(conf is not None, f"{what}: unknown code {code!r}"):
            continue
        seen[code] = seen.get(code, 0) + 1
        numbers.append(row[cols["No."]])
        u = units[code]
        c.equal(row[cols["Unit"]], guarded(u["label"]), f"{what} {code}: unit")
        c.equal(row[cols["Level"]], level_name[conf["level"]], f"{what} {code}: level")
        c.equal(row[cols["Under"]], guarded(conf["parent_name"] or ""), f"{what} {code}: under")
        c.equal(row[cols["Deadline"]], date_format(conf["deadline"]), f"{what} {code}: deadline")
        c.equal(row[cols["As the directive writes it"]], guarded(conf["deadline_text"]),
                f"{what} {code}: the directive's words")
        c.equal(row[cols["Pilot"]] != "", conf["pilot"], f"{what} {code}: pilot")
        c.equal(row[cols["Planned for"]], date_format(conf["scheduled_on"]),
                f"{what} {code}: planned")
        c.equal(row[cols["Venue"]], guarded(conf["venue"]), f"{what} {code}: venue")
        c.equal(row[cols["Held on"]], date_format(conf["held_on"]), f"{what} {code}: held")
        c.ok(row[cols["Standing"]] != "", f"{what} {code}: a standing")
    c.equal(sorted(seen), sorted(conferences), f"{what}: every unit's code")
    c.ok(all(n == 1 for n in seen.values()), f"{what}: each unit once")
    c.equal(sorted(int(n) for n in numbers), list(range(1, len(rows) + 1)),
            f"{what}: numbered 1..{len(rows)}")
    return {row[cols["Code"]]: row for row in rows}


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    cli = Cli(os.path.abspath(sys.argv[1]))
    missing = [tool for tool in ("soffice", "pdftotext", "pdfinfo") if not shutil.which(tool)]
    if openpyxl is None:
        missing.append("openpyxl (python3-openpyxl)")
    if missing:
        print("SKIP: missing " + ", ".join(missing) + " (scripts/test.sh installs them)")
        return SKIP

    started = time.monotonic()
    c = Checks()
    work = tempfile.mkdtemp(prefix="danvan-export-")
    try:
        run(cli, work, c)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{c.count} checks, {len(c.failures)} failed, {time.monotonic() - started:.1f} s")
    return 1 if c.failures else 0


def run(cli, work, c):
    ex = Exports(cli, work, c)
    db = os.path.join(work, "ví dụ.sqlite")
    cli.must("init", db, "--example")
    add_data(db)
    e = expectations(db)
    c.equal(len(e["units"]), 161, "the example has 161 units")

    files = export_all(ex, work, db)
    tables = read_csv_tables(c, files)
    cols = check_schedule_csv(c, e, files, tables)
    ucol = check_units_csv(c, e, tables)
    check_progress_csv(c, e, tables)
    xc = check_exemplars_and_rewards_csv(c, e, tables)
    check_xlsx(c, e, files, tables, cols, xc)
    profile = os.path.join(work, "lo-profile")
    os.makedirs(profile)
    check_libreoffice(c, e, files, cols, ucol, work, profile)
    hostile = hostile_exports(cli, ex, work, db, c,
                              {"schedule": cols, "units": ucol, "exemplars": xc})
    check_hostile_in_libreoffice(c, hostile, work, profile)
    check_pdfs(c, e, files, cols, tables)
    check_unwritable(c, cli, db, work)


def export_all(ex, work, db):
    """Every report as CSV (, and dmy; ; and ISO), XLSX and PDF, in both languages."""
    out = os.path.join(work, "out")
    os.makedirs(out)
    files = {}
    for report in REPORTS:
        for lang in ("vi", "en"):
            base = os.path.join(out, f"{report}-{lang}")
            ex.export(db, report, "csv", base + ".csv", lang=lang)
            ex.export(db, report, "csv", base + "-semi.csv", "--delimiter", ";", "--dates",
                      "iso", lang=lang)
            ex.export(db, report, "xlsx", base + ".xlsx", lang=lang)
            ex.export(db, report, "pdf", base + ".pdf", "--number", NUMBER, lang=lang)
            files[report, lang] = base
    return files


def read_csv_tables(c, files):
    """Every CSV file read with Python's csv module: bytes, header, the two styles."""
    tables = {}
    for report in REPORTS:
        for lang in ("vi", "en"):
            base = files[report, lang]
            comma = csv_parts(base + ".csv")
            semi = csv_parts(base + "-semi.csv")
            c.equal(len(comma), len(semi), f"{report} {lang}: tables in both CSV styles")
            tables[report, lang] = []
            for i, (path_comma, path_semi) in enumerate(zip(comma, semi)):
                what = f"{report} {lang} CSV table {i + 1}"
                check_csv_bytes(c, path_comma, what)
                check_csv_bytes(c, path_semi, what + " (;)")
                rows = read_csv(path_comma)
                rows_semi = read_csv(path_semi, ";")
                c.ok(len(rows) >= 1, f"{what}: a header row")
                header = rows[0]
                c.ok(all(h.strip() for h in header), f"{what}: every column has a header")
                c.equal(rows_semi[0], header, f"{what}: the same header with ;")
                c.equal(len(rows_semi), len(rows), f"{what}: the same rows with ;")
                for row in rows:
                    c.equal(len(row), len(header), f"{what}: cells in a row")
                # The ISO file differs from the dd/MM/yyyy one only in its dates.
                for row, row_semi in zip(rows[1:], rows_semi[1:]):
                    for a, b in zip(row, row_semi):
                        if re.fullmatch(r"\d\d/\d\d/\d{4}", a):
                            c.equal(b, datetime.datetime.strptime(a, "%d/%m/%Y").date()
                                    .isoformat(), f"{what}: ISO date")
                        else:
                            c.equal(b, a, f"{what}: the same cell with ;")
                tables[report, lang].append(rows)

    # The two languages: the same cells under different headers, except words.
    for report in REPORTS:
        c.equal(len(tables[report, "vi"]), len(tables[report, "en"]),
                f"{report}: tables in both languages")
        for i, (vi, en) in enumerate(zip(tables[report, "vi"], tables[report, "en"])):
            c.equal(len(vi[0]), len(en[0]), f"{report} table {i + 1}: columns in vi and en")
            c.ok(vi[0] != en[0], f"{report} table {i + 1}: Vietnamese headers")
            c.equal(len(vi), len(en), f"{report} table {i + 1}: rows in vi and en")
    c.equal(tables["schedule", "vi"][0][0][:2], ["STT", "Mã"],
            "schedule vi: headers STT, Mã as Vietnamese offices write them")
    return tables


def check_schedule_csv(c, e, files, tables):
    """Every unit, exact names with their accents, dates as in the database; returns the
    columns by English header."""
    header_en = tables["schedule", "en"][0][0]
    cols = schedule_columns(header_en)
    c.equal(len(cols), 13, "schedule: the columns found by their English headers")
    schedule_vi = check_schedule_rows(c, tables["schedule", "vi"][0][1:], cols, e, "vi",
                                      "schedule vi CSV", dmy)
    check_schedule_rows(c, tables["schedule", "en"][0][1:], cols, e, "en", "schedule en CSV",
                        dmy)
    check_schedule_rows(c, read_csv(files["schedule", "vi"] + "-semi.csv", ";")[1:], cols, e,
                        "vi", "schedule vi CSV ;", lambda iso: iso or "")
    c.equal(schedule_vi["30880"][cols["Held on"]], "05/06/2020", "30880 held on 5 June")
    c.equal(schedule_vi["30898"][cols["Unit"]], "Xã Bình An (Huyện Châu Thành)",
            "a repeated name carries its district")
    return cols


def check_units_csv(c, e, tables):
    """All 161 units with codes, names, parents and dates; returns the columns."""
    units = e["units"]
    unit_header = tables["units", "en"][0][0]
    ucol = {name: unit_header.index(name) for name in
            ("Code", "Name", "Level", "Parent code", "Parent", "In force from",
             "In force until")}
    for lang in ("vi", "en"):
        rows = tables["units", lang][0][1:]
        c.equal(len(rows), 161, f"units {lang} CSV: 161 rows")
        c.equal(sorted(r[ucol["Code"]] for r in rows), sorted(units),
                f"units {lang} CSV: every code")
        for row in rows:
            u = units.get(row[ucol["Code"]])
            if not c.ok(u is not None, f"units {lang} CSV: unknown code {row[ucol['Code']]}"):
                continue
            c.equal(row[ucol["Name"]], u["name"], f"units {lang} CSV {u['code']}: name")
            c.equal(row[ucol["Parent code"]], u["parent_code"] or "",
                    f"units {lang} CSV {u['code']}: parent code")
            c.equal(row[ucol["Parent"]], u["parent_name"] or "",
                    f"units {lang} CSV {u['code']}: parent")
            c.equal(row[ucol["In force from"]], dmy(u["valid_from"]),
                    f"units {lang} CSV {u['code']}: in force from")
            c.equal(row[ucol["In force until"]], dmy(u["valid_to"]),
                    f"units {lang} CSV {u['code']}: in force until")
    return ucol


def check_progress_csv(c, e, tables):
    """The totals by level, the districts and the overdue list, counted from the database."""
    units = e["units"]
    conferences = e["conferences"]
    progress = tables["progress", "en"]
    c.equal(len(progress), 3, "progress: three tables, three CSV files")
    if len(progress) == 3:
        levels, districts, late = progress
        lc = {h: i for i, h in enumerate(levels[0])}
        by_level = {}
        for conf in conferences.values():
            t = by_level.setdefault(conf["level"], [0, 0, 0])
            t[0] += 1
            t[1] += bool(conf["held_on"] and as_date(conf["held_on"]) <= TODAY_DATE)
            t[2] += bool(conf["report_received_on"]
                         and as_date(conf["report_received_on"]) <= TODAY_DATE)
        ordered = sorted(by_level, key=lambda k: e["levels"][k]["rank"])
        c.equal([r[lc["Level"]] for r in levels[1:]],
                [e["levels"][k]["name_en"] for k in ordered], "progress: levels in order")
        c.equal([[int(r[lc["Units"]]), int(r[lc["Held"]]), int(r[lc["Report received"]])]
                 for r in levels[1:]], [by_level[k] for k in ordered],
                "progress: units, held and reports by level")
        dc = {h: i for i, h in enumerate(districts[0])}
        c.equal(sorted(r[dc["Code"]] for r in districts[1:]),
                sorted(k for k, u in units.items() if u["level"] == "district"),
                "progress: the fifteen districts")
        for r in districts[1:]:
            below = [k for k, conf in conferences.items()
                     if conf["parent_unit_id"] == units[r[dc["Code"]]]["id"]]
            c.equal(int(r[dc["Units below"]]), len(below), f"progress {r[dc['Code']]}: below")
            c.equal(int(r[dc["Held"]]),
                    sum(1 for k in below if conferences[k]["held_on"]
                        and as_date(conferences[k]["held_on"]) <= TODAY_DATE),
                    f"progress {r[dc['Code']]}: held below")
            c.equal(int(r[dc["Overdue"]]), sum(1 for k in below if overdue(conferences[k])),
                    f"progress {r[dc['Code']]}: overdue below")
        oc = {h: i for i, h in enumerate(late[0])}
        expected_late = {k: overdue(conf) for k, conf in conferences.items() if overdue(conf)}
        c.equal({r[oc["Code"]]: int(r[oc["Days overdue"]]) for r in late[1:]}, expected_late,
                "progress: the overdue conferences and their days")
        c.equal([r[oc["Deadline"]] for r in late[1:] if r[oc["Code"]] == "905"],
                ["30/06/2020"], "progress: Châu Thành late against its own deadline")


def check_exemplars_and_rewards_csv(c, e, tables):
    """The exemplars and rewards added to the database; returns the exemplars' columns."""
    exemplars = tables["exemplars", "en"]
    xc = {h: i for i, h in enumerate(exemplars[0][0])}
    c.equal(sorted((r[xc["Name"]], r[xc["Unit code"]], r[xc["Money mobilised (đồng)"]],
                    r[xc["Workdays"]]) for r in exemplars[0][1:]),
            sorted((x["name"], x["code"], "" if x["money"] is None else str(x["money"]),
                    "" if x["workdays"] is None else str(x["workdays"]))
                   for x in e["exemplars"]), "exemplars: names, units, money, workdays")
    if len(exemplars) > 1:
        total = exemplars[1][-1]
        c.equal(total[-1], str(sum(x["money"] or 0 for x in e["exemplars"])),
                "exemplars: the money in the total row")
    rewards = tables["rewards", "en"][0]
    rc = {h: i for i, h in enumerate(rewards[0])}
    c.equal(len(rewards) - 1, len(e["rewards"]), "rewards: one row each")
    for r, x in zip(rewards[1:], e["rewards"]):
        c.equal(r[rc["Decision"]], x["decision_number"], "rewards: decision")
        c.equal(r[rc["Dated"]], dmy(x["decision_date"]), "rewards: date")
        c.equal(r[rc["Issued by"]], x["issuer"], "rewards: issuer")
        c.equal(int(r[rc["Number of recipients"]]), x["recipient_count"], "rewards: recipients")
        for name in x["recipients"].split("|"):
            c.ok(name in r[rc["Recipients"]], f"rewards: recipient {name}")
    return xc


def check_xlsx(c, e, files, tables, cols, xc):
    """Our XLSX read with openpyxl, cell by cell against the CSV of the same report: real
    dates shown dd/mm/yyyy, codes as text, numbers as numbers, a bold frozen header, an
    autofilter, Vietnamese sheet names."""
    for report in REPORTS:
        names = {}
        for lang in ("vi", "en"):
            path = files[report, lang] + ".xlsx"
            what = f"{report} {lang} XLSX"
            wb = openpyxl.load_workbook(path)
            names[lang] = wb.sheetnames
            csv_tables = tables[report, lang]
            c.equal(len(wb.worksheets), len(csv_tables), f"{what}: a sheet per table")
            for ws, rows, rows_en in zip(wb.worksheets, csv_tables, tables[report, "en"]):
                sheet = f"{what} “{ws.title}”"
                code_columns = {i for i, h in enumerate(rows_en[0]) if h in CODE_HEADERS}
                c.ok(0 < len(ws.title) <= 31, f"{sheet}: a name Excel accepts")
                c.equal(ws.freeze_panes, "A2", f"{sheet}: the header row stays in view")
                c.equal(ws.auto_filter.ref, f"A1:{column_letter(len(rows[0]) - 1)}{len(rows)}",
                        f"{sheet}: an autofilter over the table")
                cells = list(ws.iter_rows(min_row=1, max_row=max(ws.max_row, len(rows))))
                c.equal(len(cells), len(rows), f"{sheet}: rows as in the CSV")
                c.equal([x.value for x in cells[0]], rows[0], f"{sheet}: the header row")
                c.ok(all(x.font.b for x in cells[0]), f"{sheet}: a bold header")
                for xrow, crow in zip(cells[1:], rows[1:]):
                    for i, (x, text) in enumerate(zip(xrow, crow)):
                        c.ok(x.data_type != "f", f"{sheet} {x.coordinate}: not a formula")
                        if text == "":
                            c.ok(x.value is None, f"{sheet} {x.coordinate}: empty")
                        elif re.fullmatch(r"\d\d/\d\d/\d{4}", text):
                            c.equal(x.value, datetime.datetime.strptime(text, "%d/%m/%Y"),
                                    f"{sheet} {x.coordinate}: a date")
                            c.equal(x.number_format, "dd/mm/yyyy",
                                    f"{sheet} {x.coordinate}: shown dd/mm/yyyy")
                        elif i in code_columns:
                            # A code: text, leading zeros and all.
                            c.equal((x.value, x.data_type), (text, "s"),
                                    f"{sheet} {x.coordinate}: a code as text")
                        elif re.fullmatch(r"\d+", text):
                            c.ok(isinstance(x.value, (int, float)) and x.value == int(text),
                                 f"{sheet} {x.coordinate}: the number {text}, got "
                                 f"{x.value!r}")
                        else:
                            c.equal(x.value, text, f"{sheet} {x.coordinate}: text")
        c.ok(names["vi"] != names["en"], f"{report} XLSX: sheet names in Vietnamese")
        c.ok(all(any(ord(ch) > 127 for ch in n) for n in names["vi"]),
             f"{report} XLSX: Vietnamese sheet names {names['vi']}")
    # Codes are strings, numbers are numbers, by column type.
    wb = openpyxl.load_workbook(files["schedule", "vi"] + ".xlsx")
    ws = wb.worksheets[0]
    codes = [ws.cell(row=r, column=cols["Code"] + 1) for r in range(2, ws.max_row + 1)]
    c.ok(all(x.data_type == "s" for x in codes), "schedule XLSX: codes are text")
    c.equal(sorted(x.value for x in codes), sorted(e["conferences"]),
            "schedule XLSX: every code")
    numbers = [ws.cell(row=r, column=cols["No."] + 1).value for r in range(2, ws.max_row + 1)]
    c.ok(all(isinstance(n, int) for n in numbers), "schedule XLSX: numbers are numbers")
    wb = openpyxl.load_workbook(files["exemplars", "vi"] + ".xlsx")
    money = [r[xc["Money mobilised (đồng)"]] for r in wb.worksheets[0].iter_rows(min_row=2)]
    c.ok(all(isinstance(m.value, (int, float)) or m.value is None for m in money)
         and any(m.value == 1500000 for m in money), "exemplars XLSX: money as numbers")
    c.ok(all(m.value is None or m.number_format == "#,##0" for m in money),
         "exemplars XLSX: money shown #,##0")


def check_libreoffice(c, e, files, cols, ucol, work, profile):
    """The schedule's and the units' CSV imported by LibreOffice with quoted fields as text
    (what the clerk does in Excel's import): codes stay text, dates are dates of the
    Vietnamese order, names keep their accents."""
    units = e["units"]
    conferences = e["conferences"]
    lo_out = os.path.join(work, "lo")
    comma = [files["schedule", "vi"] + ".csv", files["units", "vi"] + ".csv"]
    semi = [files["schedule", "vi"] + "-semi.csv", files["units", "vi"] + "-semi.csv"]
    converted = soffice(comma, CSV_AS_TEXT.format(sep=44), os.path.join(lo_out, "comma"),
                        profile)
    converted += soffice(semi, CSV_AS_TEXT.format(sep=59), os.path.join(lo_out, "semi"),
                         profile)
    for path in converted:
        what = "LibreOffice " + os.path.relpath(path, lo_out)
        if not c.ok(os.path.exists(path), f"{what}: converted"):
            continue
        ws = openpyxl.load_workbook(path).worksheets[0]
        rows = list(ws.iter_rows(min_row=2, values_only=True))
        c.equal(len(rows), 161, f"{what}: 161 rows")
        for row in rows:
            if "schedule" in path:
                code, name = row[cols["Code"]], row[cols["Unit"]]
                conf = conferences.get(code)
                if not c.ok(conf is not None, f"{what}: code {code!r} as text"):
                    continue
                c.equal(name, units[code]["label"], f"{what} {code}: name")
                for column, key in (("Deadline", "deadline"), ("Planned for", "scheduled_on"),
                                    ("Held on", "held_on")):
                    expected = as_date(conf[key])
                    c.equal(row[cols[column]], expected and datetime.datetime.combine(
                        expected, datetime.time()), f"{what} {code}: {column} as a date")
                c.ok(isinstance(row[cols["No."]], int), f"{what} {code}: No. as a number")
            else:
                code = row[ucol["Code"]]
                u = units.get(code)
                if not c.ok(u is not None, f"{what}: code {code!r} as text"):
                    continue
                c.equal(row[ucol["Name"]], u["name"], f"{what} {code}: name")
                c.equal(row[ucol["Parent code"]], u["parent_code"], f"{what} {code}: parent")
                expected = as_date(u["valid_from"])
                c.equal(row[ucol["In force from"]], expected and datetime.datetime.combine(
                    expected, datetime.time()), f"{what} {code}: in force from")


def check_unwritable(c, cli, db, work):
    """A file in a folder that does not exist: an error that names it, and no file."""
    for fmt in ("csv", "xlsx", "pdf"):
        target = os.path.join(work, "không có", f"lịch.{fmt}")
        done = cli.run("export", db, "--report", "schedule", "--format", fmt, "--out", target,
                       "--today", TODAY)
        c.ok(done.returncode != 0, f"{fmt} to a missing folder: exit {done.returncode}")
        c.ok(target in done.stderr, f"{fmt} to a missing folder: the message names the file: "
             f"{done.stderr.strip()!r}")
        c.ok(not os.path.exists(os.path.dirname(target)), f"{fmt}: nothing created")


# ---------------------------------------------------------------------------------------
# Hostile text.

def hostile_exports(cli, ex, work, db, c, columns):
    """A copy of the database with hostile text in names, venues, exemplars and rewards,
    exported as CSV and XLSX and checked with Python; returns what LibreOffice should read."""
    hdb = os.path.join(work, "hostile.sqlite")
    shutil.copy(db, hdb)
    con = sqlite3.connect(hdb)
    communes = [r[0] for r in con.execute(
        "SELECT code FROM units WHERE level = 'commune' ORDER BY code LIMIT ?",
        (len(HOSTILE),))]
    placed = dict(zip(communes, HOSTILE))
    parents = {code: con.execute("SELECT p.name FROM units u JOIN units p ON p.id = u.parent_id "
                                 "WHERE u.code = ?", (code,)).fetchone()[0] for code in placed}
    for code, value in placed.items():
        con.execute("UPDATE units SET name = ? WHERE code = ?", (value, code))
        con.execute("UPDATE conferences SET venue = ? WHERE unit_id = "
                    "(SELECT id FROM units WHERE code = ?)", (value, code))
    # An empty venue, and a code with leading zeros (as codes elsewhere have: "01", "00001").
    con.execute("UPDATE conferences SET venue = '' WHERE unit_id = "
                "(SELECT id FROM units WHERE code = '30880')")
    con.execute("UPDATE units SET code = '00001' WHERE code = '30901'")
    campaign = con.execute("SELECT id FROM campaigns").fetchone()[0]
    province = con.execute("SELECT id FROM units WHERE code = '91'").fetchone()[0]
    for value in HOSTILE:
        con.execute("INSERT INTO exemplars (campaign_id, unit_id, recognised_by, kind, name) "
                    "VALUES (?, ?, ?, 'individual', ?)", (campaign, province, province, value))
    con.execute("UPDATE rewards SET issuer = ?, decision_number = ?, signer = ?",
                ("=1+1", "-5", "@SUM(A1)"))
    con.commit()
    con.close()

    out = os.path.join(work, "hostile")
    os.makedirs(out)
    result = {"placed": placed, "csv": [], "xlsx": [], "units columns": columns["units"]}
    for report in ("schedule", "units", "exemplars", "rewards"):
        ex.export(hdb, report, "csv", os.path.join(out, report + ".csv"))
        ex.export(hdb, report, "xlsx", os.path.join(out, report + ".xlsx"))
        result["csv"] += csv_parts(os.path.join(out, report + ".csv"))
        result["xlsx"].append(os.path.join(out, report + ".xlsx"))
    # Print copes too: the document is written and holds the text.
    pdf = os.path.join(out, "schedule.pdf")
    ex.export(hdb, "schedule", "pdf", pdf)
    if os.path.exists(pdf):
        text = normalise(pdftotext(pdf, "-raw"))
        c.ok("=1+1" in text and "@SUM(A1)" in text and "a;b;c" in text,
             "hostile PDF: the values printed as they are")

    # Python's csv module: each value exactly, guarded ones with one apostrophe in front.
    ucol, cols, xc = columns["units"], columns["schedule"], columns["exemplars"]
    units_rows = read_csv(os.path.join(out, "units.csv"))
    header = units_rows[0]
    by_code = {r[ucol["Code"]]: r for r in units_rows[1:]}
    for code, value in placed.items():
        row = by_code.get(code)
        if c.ok(row is not None, f"hostile units CSV: {code} present"):
            c.equal(row[ucol["Name"]], guarded(value),
                    f"hostile units CSV {code}: name {value[:20]!r}")
    c.ok("00001" in by_code, "hostile units CSV: the code 00001 keeps its zeros")
    c.equal(len(header), len(units_rows[1]), "hostile units CSV: columns")
    schedule_rows = read_csv(os.path.join(out, "schedule.csv"))
    for row in schedule_rows:
        c.equal(len(row), len(schedule_rows[0]), "hostile schedule CSV: cells in a row")
    sched = {r[cols["Code"]]: r for r in schedule_rows[1:]}
    for code, value in placed.items():
        row = sched.get(code)
        if c.ok(row is not None, f"hostile schedule CSV: {code} present"):
            # Names equal once spaces are folded ("=1+1", " =1+1") carry their district's.
            c.ok(row[cols["Unit"]] in (guarded(value), guarded(f"{value} ({parents[code]})")),
                 f"hostile schedule CSV {code}: unit {short(row[cols['Unit']])}")
            if code != "30880":
                c.equal(row[cols["Venue"]], guarded(value), f"hostile schedule CSV {code}: venue")
    c.equal(sched["30880"][cols["Venue"]] if "30880" in sched else None, "",
            "hostile schedule CSV: an empty venue")
    c.ok("00001" in sched, "hostile schedule CSV: the code 00001 keeps its zeros")
    con = sqlite3.connect(hdb)
    all_exemplars = [r[0] for r in con.execute("SELECT name FROM exemplars")]
    con.close()
    exemplar_names = [r[xc["Name"]] for r in read_csv(os.path.join(out, "exemplars.csv"))[1:]]
    c.equal(sorted(exemplar_names), sorted(guarded(v) for v in all_exemplars),
            "hostile exemplars CSV: every name exactly, guarded")
    rewards = read_csv(os.path.join(out, "rewards.csv"))[1]
    c.ok("'=1+1" in rewards and "'-5" in rewards and "=1+1" not in rewards,
         "hostile rewards CSV: issuer and decision guarded")

    # openpyxl on our XLSX: the same text, no apostrophe, never a formula.
    for path in result["xlsx"]:
        wb = openpyxl.load_workbook(path)
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for x in row:
                    c.ok(x.data_type != "f", f"hostile {os.path.basename(path)} "
                         f"{x.coordinate}: not a formula ({x.value!r:.40})")
    ws = openpyxl.load_workbook(os.path.join(out, "units.xlsx")).worksheets[0]
    xlsx_units = {r[ucol["Code"]].value: r for r in ws.iter_rows(min_row=2)}
    for code, value in placed.items():
        cell = xlsx_units[code][ucol["Name"]] if code in xlsx_units else None
        if c.ok(cell is not None, f"hostile units XLSX: {code}"):
            c.equal(cell.value, xlsx_text(value), f"hostile units XLSX {code}: the text as it is")
            c.equal(cell.data_type, "s", f"hostile units XLSX {code}: a string cell")
    c.ok("00001" in xlsx_units and xlsx_units["00001"][0].data_type == "s",
         "hostile units XLSX: the code 00001 as text")
    ws = openpyxl.load_workbook(os.path.join(out, "exemplars.xlsx")).worksheets[0]
    c.equal(sorted(r[xc["Name"]].value for r in ws.iter_rows(min_row=2)),
            sorted(xlsx_text(v) for v in all_exemplars),
            "hostile exemplars XLSX: every name exactly")
    return result


def check_hostile_in_libreoffice(c, hostile, work, profile):
    """LibreOffice imports the CSV as Excel would (quoted fields not forced to text,
    formulas evaluated): no cell may become a formula. A control file written without the
    guard shows that the check can fail."""
    control = os.path.join(work, "hostile", "unguarded.csv")
    with open(control, "w", encoding="utf-8-sig", newline="") as f:
        f.write('"a","b"\r\n"=1+1",=2+2\r\n')
    converted = soffice(hostile["csv"] + [control], CSV_AS_EXCEL.format(sep=44),
                        os.path.join(work, "lo", "hostile"), profile)
    formulas = {}
    for path in converted:
        if not c.ok(os.path.exists(path), f"LibreOffice converted {os.path.basename(path)}"):
            continue
        wb = openpyxl.load_workbook(path)
        found = [x.coordinate for ws in wb.worksheets for row in ws.iter_rows() for x in row
                 if x.data_type == "f"]
        formulas[os.path.basename(path)] = found
    c.equal(formulas.get("unguarded.xlsx"), ["A2", "B2"],
            "LibreOffice runs an unguarded formula (the check works)")
    for name, found in formulas.items():
        if name != "unguarded.xlsx":
            c.equal(found, [], f"LibreOffice {name}: no cell became a formula")
    units = os.path.join(work, "lo", "hostile", "units.xlsx")
    if os.path.exists(units):
        ws = openpyxl.load_workbook(units).worksheets[0]
        ucol = hostile["units columns"]
        names = {str(r[ucol["Code"]].value): r[ucol["Name"]].value
                 for r in ws.iter_rows(min_row=2)}
        for code, value in hostile["placed"].items():
            if value.startswith(FORMULA_STARTS) and value[0] not in "\t\r":
                c.equal(names.get(code), guarded(value),
                        f"LibreOffice units {code}: text with the apostrophe")


# ---------------------------------------------------------------------------------------
# PDF.

def check_pdfs(c, e, files, cols, tables):
    settings = e["settings"]
    units = e["units"]
    conferences = e["conferences"]
    for report in REPORTS:
        for lang in ("vi", "en"):
            path = files[report, lang] + ".pdf"
            what = f"{report} {lang} PDF"
            pages = pdf_pages(path)
            layout = pdftotext(path, "-layout")
            plain = pdftotext(path)
            first = pdftotext(path, "-layout", first=1)
            # The heading: superior and issuing bodies, number line, the Party's name, the
            # place and the date; two blocks side by side.
            lines = [line for line in first.splitlines() if line.strip()]
            c.ok("ĐẢNG CỘNG SẢN VIỆT NAM" in first, f"{what}: ĐẢNG CỘNG SẢN VIỆT NAM")
            c.ok(settings["doc_superior_body"] in lines[0]
                 and "ĐẢNG CỘNG SẢN VIỆT NAM" in lines[0]
                 and lines[0].index(settings["doc_superior_body"])
                 < lines[0].index("ĐẢNG CỘNG SẢN VIỆT NAM"),
                 f"{what}: superior body left of the Party's name: {lines[0]!r}")
            c.ok(settings["doc_issuing_body"] in first, f"{what}: the issuing body")
            c.ok(f"Số {NUMBER}-{settings['doc_symbol']}" in first, f"{what}: the number line")
            c.ok(f"{settings['doc_place']}, ngày 10 tháng 7 năm 2020" in first,
                 f"{what}: place and date")
            c.ok(not re.fullmatch(r"\s*\d+\s*", lines[0]), f"{what}: no number on page 1")
            # "Nơi nhận:" and the recipients, the signature block beside them.
            c.ok("Nơi nhận:" in layout, f"{what}: Nơi nhận:")
            for recipient in settings["doc_recipients"].split("\n"):
                c.ok(recipient in normalise(plain) or normalise(recipient) in normalise(plain),
                     f"{what}: recipient {recipient!r}")
            receive = [line for line in layout.splitlines() if "Nơi nhận:" in line]
            c.ok(receive and settings["doc_signer_capacity"] in receive[0],
                 f"{what}: the signer beside Nơi nhận: {receive[:1]!r}")
            # Page numbers from page 2, at the top.
            for page in range(2, pages + 1):
                text = pdftotext(path, first=page)
                top = next((line for line in text.splitlines() if line.strip()), "")
                c.equal(top.strip(), str(page), f"{what}: page {page} starts with its number")
            if report in ("schedule", "units"):
                c.ok(pages > 1, f"{what}: more than one page ({pages})")

    # Every unit of the schedule on its own row, exactly: number, code, name, deadline.
    for lang in ("vi", "en"):
        path = files["schedule", lang] + ".pdf"
        raw = normalise(pdftotext(path, "-raw"))
        csv_rows = {r[cols["Code"]]: r for r in tables["schedule", lang][0][1:]}
        for code, conf in conferences.items():
            u = units[code]
            number = csv_rows[code][cols["No."]] if code in csv_rows else r"\d+"
            pattern = rf"(^| ){number} {code} {re.escape(normalise(u['label']))} " \
                      rf"{re.escape(dmy(conf['deadline']))} "
            c.ok(re.search(pattern, raw), f"schedule {lang} PDF: the row of {code} "
                 f"{u['label']} ({number})")
        # The header row on every page that has rows of the table.
        header = tables["schedule", lang][0][0]
        printed = [h for i, h in enumerate(header)
                   if i not in (cols["Level"], cols["Under"])]
        for page in range(1, pdf_pages(path) + 1):
            text = normalise(pdftotext(path, "-raw", first=page))
            if re.search(r"(^| )\d+ \d{2,5} \S", text):
                c.ok(" ".join(printed) in text,
                     f"schedule {lang} PDF page {page}: the header row "
                     f"{' | '.join(printed)!r}")
            # A page that begins in the middle of a district's communes says whose they are.
            first_row = re.search(r"(?:^| )\d+ (\d{2,5}) \S", text)
            if page > 1 and first_row and units[first_row.group(1)]["level"] == "commune":
                district = normalise(units[first_row.group(1)]["parent_name"])
                before = text[:first_row.start()]
                continued = "(tiếp theo)" if lang == "vi" else "(continued)"
                c.ok(f"{district} {continued}" in before
                     or re.search(rf"(^| ){re.escape(district)}( |$)", before),
                     f"schedule {lang} PDF page {page}: the district {district!r} named "
                     f"above its first row")
            c.ok(" ".join(normalise(h) for h in (header[cols["Level"]],
                                                  header[cols["Under"]])) not in text,
                 f"schedule {lang} PDF page {page}: no spreadsheet-only columns")
    # Units: each code with its exact name.
    raw = normalise(pdftotext(files["units", "vi"] + ".pdf", "-raw"))
    for code, u in units.items():
        c.ok(re.search(rf"(^| ){code} {re.escape(u['name'])}( |$)", raw),
             f"units PDF: {code} {u['name']}")


if __name__ == "__main__":
    sys.exit(main())
