#!/usr/bin/env python3
"""danvan's OpenDocument text (.odt) read back by LibreOffice Writer and poppler.

Usage: check_odt.py PATH/TO/danvan-cli

Builds the Kiên Giang example with danvan-cli and exports the schedule and the list of units
as ODT. LibreOffice (headless, with a throwaway profile) converts each to plain text and to
PDF; the text must hold every unit of the example (names read straight from the SQLite
file), the heading, the title and the signature block; the PDF must have several pages, a
page number at the top of every page but the first, and the table's header row again on
every page with rows.

Exit codes: 0 all checks passed, 1 a check failed, 77 a reader is missing (skipped).
"""

import csv
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

SKIP = 77
TODAY = "2020-07-10"
NUMBER = "12"


class Checks:
    def __init__(self):
        self.count = 0
        self.failures = []

    def ok(self, condition, message):
        self.count += 1
        if not condition:
            self.failures.append(message)
            print("FAIL:", message, flush=True)
        return bool(condition)


def normalise(text):
    return " ".join(text.split())


def cli_run(cli, *arguments, lang=None):
    command = [cli] + (["--lang", lang] if lang else []) + list(arguments)
    done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"danvan-cli {' '.join(arguments)} failed ({done.returncode}): "
                           f"{done.stderr}")
    return done.stdout


def writer_installed():
    """LibreOffice Writer's library beside soffice (package libreoffice-writer-nogui)."""
    soffice = shutil.which("soffice")
    if not soffice:
        return False
    program = os.path.dirname(os.path.realpath(soffice))
    return os.path.exists(os.path.join(program, "libswlo.so"))


def convert(files, target, outdir, profile):
    """Converts the files with LibreOffice in one call; returns the converted paths."""
    os.makedirs(outdir, exist_ok=True)
    command = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", target, "--outdir", outdir, *files]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    extension = target.split(":")[0]
    converted = [os.path.join(outdir, os.path.splitext(os.path.basename(f))[0] + "." + extension)
                 for f in files]
    for path in converted:
        if not os.path.exists(path):
            print(f"soffice did not write {path}: {done.stdout} {done.stderr}")
    return converted


def pdftotext(path, *options, first=None):
    command = ["pdftotext", *options]
    if first:
        command += ["-f", str(first), "-l", str(first)]
    command += [path, "-"]
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8",
                          check=True, timeout=60).stdout


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, encoding="utf-8",
                          check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    cli = os.path.abspath(sys.argv[1])
    missing = [tool for tool in ("soffice", "pdftotext", "pdfinfo") if not shutil.which(tool)]
    if shutil.which("soffice") and not writer_installed():
        missing.append("LibreOffice Writer (libreoffice-writer-nogui)")
    if missing:
        print("SKIP: missing " + ", ".join(missing) + " (scripts/test.sh installs them)")
        return SKIP
    started = time.monotonic()
    c = Checks()
    work = tempfile.mkdtemp(prefix="danvan-odt-")
    try:
        run(cli, work, c)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{c.count} checks, {len(c.failures)} failed, {time.monotonic() - started:.1f} s")
    return 1 if c.failures else 0


def run(cli, work, c):
    db = os.path.join(work, "ví dụ.sqlite")
    cli_run(cli, "init", db, "--example")
    con = sqlite3.connect(db)
    units = dict(con.execute("SELECT code, name FROM units"))
    scheduled = {code: name for code, name in con.execute(
        "SELECT u.code, u.name FROM conferences c JOIN units u ON u.id = c.unit_id")}
    settings = dict(con.execute("SELECT key, value FROM settings"))
    con.close()
    c.ok(len(units) == 161, f"the example has 161 units ({len(units)})")
    c.ok(len(scheduled) > 100, f"the example's schedule has its units ({len(scheduled)})")

    out = os.path.join(work, "out")
    os.makedirs(out)
    files = {}
    for report, lang in (("schedule", "vi"), ("schedule", "en"), ("units", "vi")):
        path = os.path.join(out, f"{report}-{lang}.odt")
        cli_run(cli, "export", db, "--report", report, "--format", "odt", "--out", path,
                "--today", TODAY, "--number", NUMBER, lang=lang)
        files[report, lang] = path
        with open(path, "rb") as f:
            start = f.read(80)
        c.ok(start.startswith(b"PK\x03\x04") and start[30:38] == b"mimetype"
             and start[38:].startswith(b"application/vnd.oasis.opendocument.text"),
             f"{report} {lang}: mimetype first, stored")
    # The English schedule's headers, from its CSV: the printed columns (the PDF leaves out
    # the spreadsheet-only columns Level and Under).
    csv_path = os.path.join(out, "schedule-en.csv")
    cli_run(cli, "export", db, "--report", "schedule", "--format", "csv", "--out", csv_path,
            "--today", TODAY, lang="en")
    with open(csv_path, newline="", encoding="utf-8-sig") as f:
        header = next(csv.reader(f))
    printed = [h for h in header if h not in ("Level", "Under")]

    profile = os.path.join(work, "lo-profile")
    os.makedirs(profile)
    odts = list(files.values())
    texts = dict(zip(files, convert(odts, "txt:Text (encoded):UTF8", os.path.join(work, "txt"),
                                    profile)))
    pdfs = dict(zip(files, convert(odts, "pdf", os.path.join(work, "pdf"), profile)))

    for key, path in texts.items():
        what = f"{key[0]} {key[1]} ODT as text"
        if not c.ok(os.path.exists(path), f"{what}: LibreOffice read it"):
            continue
        with open(path, encoding="utf-8-sig") as f:
            text = f.read()
        flat = normalise(text)
        expected = scheduled if key[0] == "schedule" else units
        for code, name in sorted(expected.items()):
            c.ok(name in text, f"{what}: unit {code} {name}")
        lines = ["ĐẢNG CỘNG SẢN VIỆT NAM", f"Số {NUMBER}-{settings['doc_symbol']}",
                 f"{settings['doc_place']}, ngày 10 tháng 7 năm 2020", "Nơi nhận:",
                 settings["doc_superior_body"].upper(), settings["doc_issuing_body"].upper(),
                 settings["doc_signer_capacity"].upper(), settings["doc_signer_title"].upper()]
        if settings.get("doc_signer_name"):
            lines.append(settings["doc_signer_name"])
        for line in lines:
            c.ok(line in text, f"{what}: {line!r}")
        for recipient in settings["doc_recipients"].split("\n"):
            c.ok(normalise(recipient) in flat, f"{what}: recipient {recipient!r}")
        if key == ("schedule", "en"):
            for name in printed:
                c.ok(name in text, f"{what}: header {name!r}")
            for name in ("Level", "Under"):
                c.ok(f"\n{name}\n" not in text, f"{what}: no spreadsheet-only column {name!r}")

    for key, path in pdfs.items():
        what = f"{key[0]} {key[1]} ODT as PDF"
        if not c.ok(os.path.exists(path), f"{what}: LibreOffice wrote it"):
            continue
        pages = pdf_pages(path)
        c.ok(pages > 1, f"{what}: more than one page ({pages})")
        first = pdftotext(path, first=1)
        c.ok("ĐẢNG CỘNG SẢN VIỆT NAM" in first, f"{what}: the heading on page 1")
        top = next((line for line in first.splitlines() if line.strip()), "")
        c.ok(not re.fullmatch(r"\s*\d+\s*", top), f"{what}: no number on page 1 ({top!r})")
        for page in range(2, pages + 1):
            text = pdftotext(path, first=page)
            top = next((line for line in text.splitlines() if line.strip()), "")
            c.ok(top.strip() == str(page), f"{what}: page {page} starts with its number "
                 f"({top!r})")
        if key == ("schedule", "en"):
            # The header row again on every page with rows of the table: its one-word
            # headers, above the first row.
            words = [name for name in printed if " " not in name]
            c.ok(len(words) >= 3, f"{what}: one-word headers {words}")
            with_rows = 0
            for page in range(1, pages + 1):
                text = normalise(pdftotext(path, "-raw", first=page))
                row = re.search(r"(?:^| )\d+ \d{2,5} \S", text)
                if not row:
                    continue
                with_rows += 1
                for name in words:
                    at = text.find(f" {name} ")
                    c.ok(0 <= at < row.start() + 1,
                         f"{what} page {page}: the header {name!r} above the first row")
            c.ok(with_rows == pages, f"{what}: rows on every page ({with_rows} of {pages})")
        full = normalise(pdftotext(path, "-raw"))
        expected = scheduled if key[0] == "schedule" else units
        missing = [name for name in expected.values() if normalise(name) not in full]
        c.ok(not missing, f"{what}: every unit ({len(missing)} missing: {missing[:5]})")


if __name__ == "__main__":
    sys.exit(main())
