#!/usr/bin/env python3
"""Reporting forms and results, round trip through programs other than danvan.

Usage: check_roundtrip.py PATH/TO/danvan-cli

Writes Huyện Châu Thành's reporting form with danvan-cli on the Kiên Giang example, checks it
with openpyxl (codes as text, deadlines as dates, locked and open cells, data validation, the
hidden sheet), fills it in with openpyxl and with LibreOffice (saved as .xlsx, .ods and .xls),
reads each back with `danvan-cli import-results` and checks in the SQLite file itself that
every field landed, and that a second import changes nothing. Then the refusals, conflicts and
exit codes of the command line, the forms of all units below a province, and the results
report read back with Python's csv, openpyxl and pdftotext.

Exit codes: 0 all checks passed, 1 a check failed, 77 a reader is missing (skipped).
"""

import csv
import datetime
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "data", "results"))

SKIP = 77
try:
    import openpyxl
except ImportError:
    openpyxl = None

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what, flush=True)


def run(cli, *args, expect=0):
    result = subprocess.run([cli, "--lang", "vi", *args], capture_output=True, text=True)
    check(result.returncode == expect,
          "danvan-cli %s: exit %d, expected %d; stderr: %s" % (
              " ".join(args), result.returncode, expect, result.stderr.strip()))
    return result


def conference(db, code):
    with sqlite3.connect(db) as connection:
        connection.row_factory = sqlite3.Row
        return connection.execute(
            "SELECT f.* FROM conferences f JOIN units u ON u.id = f.unit_id "
            "WHERE u.code = ? AND f.campaign_id = 1", (code,)).fetchone()


def dump(db):
    with sqlite3.connect(db) as connection:
        return [tuple(row) for row in connection.execute(
            "SELECT * FROM conferences ORDER BY id")] + [tuple(row) for row in connection.execute(
                "SELECT * FROM settings ORDER BY key")]


def check_landed(db, label):
    import make_corpus as corpus
    district = conference(db, "905")
    expected = corpus.CHAU_THANH
    for column, value in (("scheduled_on", expected["scheduled"].isoformat()),
                          ("venue", expected["venue"]),
                          ("held_on", expected["held"].isoformat()),
                          ("chair", expected["chair"]), ("invited", expected["invited"]),
                          ("attendees", expected["attendees"]),
                          ("report_received_on", expected["report"].isoformat()),
                          ("budget_planned", expected["planned"]),
                          ("budget_spent", expected["spent"]),
                          ("assessment", expected["assessment"]), ("note", expected["note"])):
        check(district[column] == value,
              "%s: Huyện Châu Thành's %s is %r, expected %r" % (label, column, district[column],
                                                                value))
    for commune in corpus.COMMUNES:
        row = conference(db, commune["code"])
        check(row["held_on"] == commune["held"].isoformat(),
              "%s: %s held %r" % (label, commune["name"], row["held_on"]))
        check(row["attendees"] == commune["attendees"],
              "%s: %s attendees %r" % (label, commune["name"], row["attendees"]))
        check(row["venue"] == commune["venue"],
              "%s: %s venue %r" % (label, commune["name"], row["venue"]))
        if "report" in commune:
            check(row["report_received_on"] == commune["report"].isoformat(),
                  "%s: %s report %r" % (label, commune["name"], row["report_received_on"]))
        if "spent" in commune:
            check(row["budget_spent"] == commune["spent"],
                  "%s: %s spent %r" % (label, commune["name"], row["budget_spent"]))
    # Kiên Lương's Xã Bình An is untouched.
    check(conference(db, "30808")["held_on"] is None, "%s: Kiên Lương's Bình An changed" % label)


def check_form(path):
    book = openpyxl.load_workbook(path)
    check(book.sheetnames[2] == "danvan" and book.worksheets[2].sheet_state == "hidden",
          "the form's identity sheet is hidden")
    sheet = book.worksheets[0]
    check(sheet.protection.sheet, "the form's first sheet is protected")
    header = [cell.value for cell in sheet[6]]
    check(header[1] == "Mã đơn vị" and header[7] == "Ngày tổ chức",
          "the form's header row: %r" % header)
    first = sheet[7]
    check(first[1].value == "905" and first[1].data_type == "s", "the code is text")
    check(first[1].protection.locked, "the code is locked")
    check(not first[7].protection.locked, "the day held is open")
    check(isinstance(first[4].value, datetime.datetime) and first[4].value.date() ==
          datetime.date(2020, 6, 30), "the deadline is a date: %r" % first[4].value)
    check("dd" in first[4].number_format, "the deadline shows as a date")
    kinds = {validation.type for validation in sheet.data_validations.dataValidation}
    check({"date", "whole"} <= kinds, "validation of days and numbers: %r" % kinds)
    models = book.worksheets[1]
    lists = [v for v in models.data_validations.dataValidation if v.type == "list"]
    check(len(lists) == 3, "lists of units, kinds and fields on the models sheet")


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    cli = sys.argv[1]
    if openpyxl is None:
        print("openpyxl is missing: skipped")
        return SKIP
    import make_corpus as corpus
    work = tempfile.mkdtemp(prefix="danvan-roundtrip-")
    try:
        example = os.path.join(work, "example.sqlite")
        run(cli, "init", example, "--example")
        form = os.path.join(work, "form.xlsx")
        run(cli, "export", example, "--report", "form", "--unit", "905", "--format", "xlsx",
            "--out", form)
        check_form(form)

        def fresh(name):
            path = os.path.join(work, name)
            shutil.copy(example, path)
            return path

        # Filled in by openpyxl.
        filled = os.path.join(work, "filled-openpyxl.xlsx")
        corpus.fill_with_openpyxl(form, filled)
        db = fresh("openpyxl.sqlite")
        result = run(cli, "import-results", db, filled)
        check("5 hội nghị" in result.stdout, "5 conferences changed: %r" % result.stdout)
        check_landed(db, "openpyxl")
        before = dump(db)
        result = run(cli, "import-results", db, filled)
        check(dump(db) == before, "a second import of the same file changes nothing")
        check(result.stdout.startswith("0 "), "a second import says so: %r" % result.stdout)

        # Filled in by LibreOffice, saved in its own format and as Excel would save.
        try:
            office = corpus.Office()
        except Exception as error:  # python3-uno or soffice missing
            print("LibreOffice is missing (%s): skipped" % error)
            office = None
        if office:
            targets = [(os.path.join(work, "filled." + suffix), name) for suffix, name in
                       (("xlsx", "Calc MS Excel 2007 XML"), ("ods", "calc8"),
                        ("xls", "MS Excel 97"))]
            try:
                corpus.fill_with_libreoffice(office, form, targets)
            finally:
                office.close()
            for path, _ in targets:
                db = fresh("libreoffice-%s.sqlite" % path.rsplit(".", 1)[1])
                run(cli, "import-results", db, path)
                check_landed(db, os.path.basename(path))
                before = dump(db)
                run(cli, "import-results", db, path)
                check(dump(db) == before, "%s: a second import changes nothing" % path)

        # Refused values: nothing written without --skip-refused; each named with its place.
        book = openpyxl.load_workbook(filled)
        sheet = book.worksheets[0]
        sheet.cell(8, 11).value = "một trăm"
        sheet.cell(9, 8).value = "31/02/2020"
        refused = os.path.join(work, "refused.xlsx")
        book.save(refused)
        db = fresh("refused.sqlite")
        before = dump(db)
        result = run(cli, "import-results", db, refused, expect=1)
        check(dump(db) == before, "refused values: nothing written")
        check("refused.xlsx, trang tính “Hội nghị”, dòng 8, cột K" in result.stderr,
              "the refusal names file, sheet, row and column: %r" % result.stderr)
        run(cli, "import-results", db, refused, "--skip-refused")
        check(conference(db, "905")["held_on"] == "2020-06-26", "the other rows applied")
        check(conference(db, "30880")["held_on"] is None, "the refused row is left out")

        # Conflicts: asked on the command line by refusing until decided.
        book = openpyxl.load_workbook(filled)
        book.worksheets[0].cell(7, 8).value = datetime.datetime(2020, 6, 27)
        changed = os.path.join(work, "changed.xlsx")
        book.save(changed)
        db = fresh("conflicts.sqlite")
        run(cli, "import-results", db, filled)
        run(cli, "import-results", db, changed, expect=1)
        preview = json.loads(run(cli, "import-results", db, changed, "--dry-run").stdout)
        check(preview["summary"]["undecided"] == 1, "one conflict: %r" % preview["summary"])
        run(cli, "import-results", db, changed, "--conflicts", "keep")
        check(conference(db, "905")["held_on"] == "2020-06-26", "kept")
        run(cli, "import-results", db, changed, "--conflicts", "replace")
        check(conference(db, "905")["held_on"] == "2020-06-27", "replaced")
        # Wrong usage.
        run(cli, "import-results", db, changed, "--map", "nothing=B", expect=2)
        run(cli, "import-results", db, changed, "--encoding", "latin9", expect=2)
        run(cli, "import-results", db, expect=2)

        # A table of the district's own, its columns mapped on the command line.
        unknown = os.path.join(HERE, "..", "data", "results", "own-table-unknown-headers.xlsx")
        db = fresh("mapped.sqlite")
        result = run(cli, "import-results", db, unknown, "--from", "905", expect=1)
        check("“Cột 1”" in result.stderr, "the headers not placed are named: %r" % result.stderr)
        run(cli, "import-results", db, unknown, "--from", "905", "--map",
            "unit=Cột 2,held=Cột 3,venue=Cột 4,attendees=Cột 5")
        check(conference(db, "30898")["attendees"] == 120, "mapped columns land")
        run(cli, "import-results", db, unknown, "--from", "905")  # remembered

        # Forms of all the units below the province.
        folder = os.path.join(work, "forms")
        run(cli, "export", example, "--report", "form", "--all-below", "91", "--out", folder)
        forms = sorted(os.listdir(folder))
        check(len(forms) == 15, "15 forms below the province: %r" % forms)
        check(any("905-huyen-chau-thanh" in name for name in forms), "named by code and name")

        # The results report: the form's column names, every field.
        db = os.path.join(work, "openpyxl.sqlite")
        report = os.path.join(work, "ket-qua.csv")
        run(cli, "export", db, "--report", "results", "--format", "csv", "--out", report)
        with open(report, encoding="utf-8-sig", newline="") as source:
            rows = list(csv.reader(source))
        check(rows[0][1] == "Mã đơn vị" and rows[0][7] == "Ngày tổ chức",
              "the report's headers are the form's: %r" % rows[0])
        district = next(row for row in rows if len(row) > 1 and row[1] == "905")
        check(district[6] == corpus.CHAU_THANH["venue"] and district[7] == "26/06/2020"
              and district[13] == "14500000", "the report has every field: %r" % district)
        workbook = os.path.join(work, "ket-qua.xlsx")
        run(cli, "export", db, "--report", "results", "--format", "xlsx", "--out", workbook)
        sheet = openpyxl.load_workbook(workbook).worksheets[0]
        check([cell.value for cell in sheet[1]][:3] == ["STT", "Mã đơn vị", "Đơn vị"],
              "the report's sheet has the form's headers")
        if shutil.which("pdftotext"):
            pdf = os.path.join(work, "ket-qua.pdf")
            run(cli, "export", db, "--report", "results", "--format", "pdf", "--out", pdf)
            text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                                  text=True).stdout
            check("14.500.000" in text and "Nguyễn" in text and "26/06/2020" in text,
                  "the printed report has what was entered")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
