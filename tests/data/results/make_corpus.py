#!/usr/bin/python3
"""Writes the corpus of results files that units send back (tests/data/results/).

Run it again after changing the reporting form:

    /usr/bin/python3 tests/data/results/make_corpus.py --cli build/app/danvan-cli

Every file tells the results of the same conferences of Huyện Châu Thành (code 905) in the
Kiên Giang example, in one of the ways offices send them: the reporting form as danvan writes
it (libxlsxwriter), filled in by openpyxl and by LibreOffice (saved as .xlsx, .ods and .xls,
as Excel would save them); tables of a district's own with merged headers, a hidden sheet,
empty rows, formulas, unknown headers and names that two units share; text typed in TCVN3 and
VNI fonts; CSV in UTF-8 with and without a byte-order mark, UTF-16 LE and BE, Windows-1258,
TCVN3 and VNI; a damaged, two password-protected and a false file. tst_resultscorpus reads each
one back and checks what lands. The 10,000-row table is made by that test itself.
"""

import argparse
import datetime
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
import zipfile

import openpyxl
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))

# The results, as the tests expect to find them stored.
CHAU_THANH = {
    "code": "905", "name": "Huyện Châu Thành",
    "scheduled": datetime.date(2020, 6, 25), "venue": "Hội trường Huyện ủy Châu Thành",
    "held": datetime.date(2020, 6, 26), "chair": "Nguyễn Văn Hùng", "invited": 150,
    "attendees": 142, "report": datetime.date(2020, 6, 30), "planned": 15000000,
    "spent": 14500000, "assessment": "Hội nghị đạt yêu cầu, đúng kế hoạch", "note": "Có báo cáo tham luận",
}
COMMUNES = [
    {"code": "30880", "name": "Thị trấn Minh Lương", "short": "Minh Lương",
     "held": datetime.date(2020, 5, 20), "venue": "Hội trường UBND thị trấn", "attendees": 95},
    {"code": "30898", "name": "Xã Bình An", "short": "Bình An",
     "held": datetime.date(2020, 5, 15), "venue": "Nhà văn hóa xã", "attendees": 120,
     "report": datetime.date(2020, 5, 18), "spent": 5000000},
    {"code": "30893", "name": "Xã Vĩnh Hòa Phú", "short": "Vĩnh Hòa Phú",  # stored as "Hoà"
     "held": datetime.date(2020, 6, 2), "venue": "Hội trường xã", "attendees": 80},
    {"code": "30887", "name": "Xã Mong Thọ", "short": "Mong Thọ",
     "held": datetime.date(2020, 6, 10), "venue": "Hội trường xã", "attendees": 70},
]


def out(name):
    return os.path.join(HERE, name)


# --- VNI-Windows, written here again from the VNI code chart (the program has its own) ---
VNI_MARKS = {"": "", "\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
VNI_CIRCUMFLEX = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
VNI_BREVE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
VNI_I = {"": "i", "\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def vni(text):
    """Text as a VNI font shows its bytes in Windows-1252."""
    result = []
    for ch in unicodedata.normalize("NFC", text):
        if ch.isascii():
            result.append(ch)
            continue
        if ch in "đĐ":
            result.append("ñ" if ch == "đ" else "Ñ")
            continue
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], parts[1:]
        upper = base.isupper()
        tone = next((m for m in marks if m in "\u0301\u0300\u0309\u0303\u0323"), "")
        shape = next((m for m in marks if m in "\u0302\u0306\u031b"), "")
        lower = base.lower()
        if lower == "i":
            piece = VNI_I[tone]
        elif lower == "y" and tone == "\u0323":
            piece = "î"
        elif shape == "\u031b":
            piece = ("ô" if lower == "o" else "ö") + VNI_MARKS[tone]
        elif shape == "\u0302":
            piece = lower + VNI_CIRCUMFLEX[tone]
        elif shape == "\u0306":
            piece = lower + VNI_BREVE[tone]
        else:
            piece = lower + VNI_MARKS[tone]
        result.append(piece.upper() if upper else piece)
    return "".join(result)


def iconv(text, encoding):
    return subprocess.run(["iconv", "-f", "UTF-8", "-t", encoding], input=text.encode("utf-8"),
                          capture_output=True, check=True).stdout


def look_alikes(data):
    """Bytes as Windows shows them in Windows-1252 (its five undefined bytes as themselves)."""
    result = []
    for byte in data:
        try:
            result.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            result.append(chr(byte))
    return "".join(result)


def tcvn3(text):
    """Text as a TCVN3 font (.VnTime) shows its bytes in Windows-1252."""
    return look_alikes(iconv(text, "TCVN5712-1"))


def tcvn3_capitals(text):
    """Capitals as a TCVN3 capitals font (.VnTimeH) holds them: in lower-case codes."""
    return tcvn3(text.lower())


# --- LibreOffice, driven through its Python bridge ---
class Office:
    def __init__(self):
        import uno  # noqa: F401 (python3-uno)
        self.profile = tempfile.mkdtemp(prefix="danvan-lo-")
        self.pipe = "danvan-corpus-%d" % os.getpid()
        self.process = subprocess.Popen(
            ["soffice", "-env:UserInstallation=file://" + self.profile, "--headless",
             "--invisible", "--nologo", "--norestore", "--accept=pipe,name=%s;urp;" % self.pipe],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        import uno
        context = uno.getComponentContext()
        resolver = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", context)
        for _ in range(300):
            try:
                remote = resolver.resolve(
                    "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe)
                break
            except Exception:
                time.sleep(0.1)
        else:
            raise RuntimeError("LibreOffice did not start")
        self.desktop = remote.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", remote)

    @staticmethod
    def prop(name, value):
        from com.sun.star.beans import PropertyValue
        p = PropertyValue()
        p.Name, p.Value = name, value
        return p

    def load(self, path=None):
        import uno
        url = uno.systemPathToFileUrl(os.path.abspath(path)) if path else "private:factory/scalc"
        return self.desktop.loadComponentFromURL(url, "_blank", 0, (self.prop("Hidden", True),))

    def store(self, document, path, filter_name, password=None):
        import uno
        props = [self.prop("FilterName", filter_name), self.prop("Overwrite", True)]
        if password:
            props.append(self.prop("Password", password))
        document.storeToURL(uno.systemPathToFileUrl(os.path.abspath(path)), tuple(props))

    def close(self):
        try:
            self.desktop.terminate()
        except Exception:
            pass
        self.process.wait(timeout=30)
        shutil.rmtree(self.profile, ignore_errors=True)


def serial(day):
    return (day - datetime.date(1899, 12, 30)).days


# --- The reporting form ---
FORM_COLUMNS = ["number", "code", "unit", "level", "deadline", "scheduled", "venue", "held",
                "chair", "invited", "attendees", "report", "planned", "spent", "assessment", "note"]
HEADER_ROW = 6  # 1-based, as openpyxl counts


def form_rows(sheet):
    """Row numbers (1-based) of the form's units, by code."""
    rows = {}
    for row in range(HEADER_ROW + 1, sheet.max_row + 1):
        code = sheet.cell(row, 2).value
        if code:
            rows[str(code)] = row
    return rows


def fill_with_openpyxl(source, target, extra_column=False):
    book = openpyxl.load_workbook(source)
    sheet = book.worksheets[0]
    rows = form_rows(sheet)
    column = {key: index + 1 for index, key in enumerate(FORM_COLUMNS)}

    def put(code, key, value):
        sheet.cell(rows[code], column[key]).value = value

    for key in ("scheduled", "venue", "held", "chair", "invited", "attendees", "report",
                "assessment", "note"):
        value = CHAU_THANH[key]
        put("905", key, datetime.datetime.combine(value, datetime.time())
            if isinstance(value, datetime.date) else value)
    put("905", "planned", CHAU_THANH["planned"])
    put("905", "spent", "14.500.000")  # as text, the way it is often typed
    for commune in COMMUNES:
        put(commune["code"], "held", datetime.datetime.combine(commune["held"], datetime.time()))
        put(commune["code"], "venue", commune["venue"])
        put(commune["code"], "attendees", commune["attendees"])
        if "report" in commune:
            put(commune["code"], "report", commune["report"].strftime("%d/%m/%Y"))
        if "spent" in commune:
            put(commune["code"], "spent", commune["spent"])
    if extra_column:
        # The district adds a column of its own before the note.
        sheet.insert_cols(16)
        sheet.cell(HEADER_ROW, 16).value = "Số mô hình được biểu dương"
        for row in rows.values():
            sheet.cell(row, 16).value = 3
    book.save(target)


def fill_with_libreoffice(office, source, targets):
    document = office.load(source)
    sheet = document.Sheets.getByIndex(0)
    rows = {}
    for row in range(HEADER_ROW, HEADER_ROW + 40):
        code = sheet.getCellByPosition(1, row).getString()
        if code:
            rows[code] = row
    column = {key: index for index, key in enumerate(FORM_COLUMNS)}

    def cell(code, key):
        return sheet.getCellByPosition(column[key], rows[code])

    for key in ("scheduled", "held", "report"):
        cell("905", key).setValue(serial(CHAU_THANH[key]))
    for key in ("venue", "chair", "assessment", "note"):
        cell("905", key).setString(CHAU_THANH[key])
    for key, field in (("invited", "invited"), ("attendees", "attendees"), ("planned", "planned"),
                       ("spent", "spent")):
        cell("905", key).setValue(CHAU_THANH[field])
    for commune in COMMUNES:
        cell(commune["code"], "held").setValue(serial(commune["held"]))
        cell(commune["code"], "venue").setString(commune["venue"])
        cell(commune["code"], "attendees").setValue(commune["attendees"])
        if "report" in commune:
            # Typed as text with dots, as some clerks do.
            cell(commune["code"], "report").setString(commune["report"].strftime("%-d.%-m.%Y"))
        if "spent" in commune:
            cell(commune["code"], "spent").setValue(commune["spent"])
    for path, filter_name in targets:
        office.store(document, path, filter_name)
    document.close(True)


# --- Tables of the district's own ---
def own_table(path, title_rows=2, names="full", codes=False, merged=False, hidden_sheet=False,
              empty_rows=False, font=None, header_font=None, encode=lambda text: text,
              header_encode=None, unknown_headers=False):
    header_encode = header_encode or encode
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = encode("Kết quả")
    row = 1
    for line in ["BAN DÂN VẬN HUYỆN ỦY CHÂU THÀNH",
                 "KẾT QUẢ TỔ CHỨC HỘI NGHỊ TỔNG KẾT PHONG TRÀO “DÂN VẬN KHÉO”"][:title_rows]:
        sheet.cell(row, 1).value = header_encode(line.replace("“", '"').replace("”", '"'))
        if header_font:
            sheet.cell(row, 1).font = Font(name=header_font)
        row += 1
    row += 1
    if unknown_headers:
        headers = ["Cột 1", "Cột 2", "Cột 3", "Cột 4", "Cột 5"]
    elif merged:
        headers = None
    else:
        headers = (["STT"] + (["Mã ĐV"] if codes else []) +
                   ["Tên đơn vị", "Ngày tổ chức", "Địa điểm", "Số đại biểu dự", "Kinh phí (đồng)",
                    "Ghi chú"])
    if merged:
        # Two header rows, merged cells above split ones.
        top = ["STT", "Tên đơn vị", "Ngày", None, "Địa điểm", "Số đại biểu", None,
               "Kinh phí (đồng)", None]
        bottom = [None, None, "Dự kiến", "Tổ chức", None, "Mời", "Dự", "Dự kiến", "Đã chi"]
        for index, text in enumerate(top):
            if text:
                sheet.cell(row, index + 1).value = header_encode(text)
        for index, text in enumerate(bottom):
            if text:
                sheet.cell(row + 1, index + 1).value = header_encode(text)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row + 1, end_column=1)
        sheet.merge_cells(start_row=row, start_column=2, end_row=row + 1, end_column=2)
        sheet.merge_cells(start_row=row, start_column=3, end_row=row, end_column=4)
        sheet.merge_cells(start_row=row, start_column=5, end_row=row + 1, end_column=5)
        sheet.merge_cells(start_row=row, start_column=6, end_row=row, end_column=7)
        sheet.merge_cells(start_row=row, start_column=8, end_row=row, end_column=9)
        row += 2
    else:
        for index, text in enumerate(headers):
            sheet.cell(row, index + 1).value = header_encode(text)
            if header_font:
                sheet.cell(row, index + 1).font = Font(name=header_font)
        row += 1
    for number, commune in enumerate(COMMUNES, start=1):
        if empty_rows and number == 3:
            row += 2  # a gap, as between two groups
        name = commune["name"] if names == "full" else commune["short"]
        if names == "plain":
            name = "".join(c for c in unicodedata.normalize("NFD", commune["short"])
                           if unicodedata.category(c) != "Mn").replace("đ", "d").upper()
        day = commune["held"]
        if merged:
            values = [number, encode(name), None, day, encode(commune["venue"]), None,
                      commune["attendees"], None, commune.get("spent")]
        else:
            values = ([number] + ([commune["code"]] if codes else []) +
                      [encode(name), day, encode(commune["venue"]), commune["attendees"],
                       commune.get("spent"), None])
        for index, value in enumerate(values):
            cell = sheet.cell(row, index + 1)
            cell.value = value
            if isinstance(value, datetime.date):
                cell.number_format = "dd/mm/yyyy"
            if font and isinstance(value, str):
                cell.font = Font(name=font)
        row += 1
    if hidden_sheet:
        other = book.create_sheet("Dữ liệu cũ")
        other.append(["Mã ĐV", "Tên đơn vị", "Ngày tổ chức", "Số đại biểu dự"])
        other.append(["30883", "Xã Mong Thọ A", datetime.date(2019, 1, 1), 999])
        other.sheet_state = "hidden"
    book.save(path)


def two_binh_an(path):
    """A province-wide table that names Xã Bình An twice and gives no codes."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["STT", "Đơn vị", "Ngày tổ chức", "Số người dự"])
    sheet.append([1, "Xã Bình An", datetime.date(2020, 5, 15), 120])
    sheet.append([2, "Xã Bình An", datetime.date(2020, 5, 16), 60])
    sheet.append([3, "Xã Sơn Hải", datetime.date(2020, 5, 17), 50])
    for row in range(2, 5):
        sheet.cell(row, 3).number_format = "dd/mm/yyyy"
    book.save(path)


def formulas(office, path):
    """A table whose attendees and budget are formulas, saved with their values."""
    document = office.load()
    sheet = document.Sheets.getByIndex(0)
    headers = ["Mã đơn vị", "Tên đơn vị", "Ngày tổ chức", "Số đại biểu mời", "Vắng",
               "Số người dự", "Kinh phí dự kiến", "Kinh phí đã chi"]
    for column, text in enumerate(headers):
        sheet.getCellByPosition(column, 0).setString(text)
    for index, commune in enumerate(COMMUNES[:2]):
        row = index + 1
        sheet.getCellByPosition(0, row).setString(commune["code"])
        sheet.getCellByPosition(1, row).setString(commune["name"])
        sheet.getCellByPosition(2, row).setFormula("=DATE(%d;%d;%d)" % (
            commune["held"].year, commune["held"].month, commune["held"].day))
        sheet.getCellByPosition(3, row).setValue(commune["attendees"] + 10)
        sheet.getCellByPosition(4, row).setValue(10)
        sheet.getCellByPosition(5, row).setFormula("=D%d-E%d" % (row + 1, row + 1))
        sheet.getCellByPosition(6, row).setValue(3000000)
        sheet.getCellByPosition(7, row).setFormula("=G%d+2000000" % (row + 1))
    office.store(document, path, "Calc MS Excel 2007 XML")
    document.close(True)


def csv_text(separator=",", names="full", codes=True, dates="dmy"):
    lines = [separator.join((["Mã đơn vị"] if codes else []) +
                            ["Tên đơn vị", "Ngày tổ chức", "Số người dự", "Kinh phí đã chi"])]
    styles = ["%d/%m/%Y", "%d-%m-%Y", "%-d.%-m.%Y", "ngày %-d tháng %-m năm %Y"]
    for index, commune in enumerate(COMMUNES):
        name = commune["name"] if names == "full" else commune["short"]
        day = commune["held"].strftime(styles[index % len(styles)] if dates == "mixed" else
                                        "%d/%m/%Y")
        spent = commune.get("spent")
        spent_text = "" if spent is None else ("{:,}".format(spent).replace(",", ".")
                                               if dates == "mixed" else str(spent))
        attendees = str(commune["attendees"]) + (" người" if dates == "mixed" else "")
        fields = ([commune["code"]] if codes else []) + [name, day, attendees, spent_text]
        lines.append(separator.join('"%s"' % f if separator in f else f for f in fields))
    return "\r\n".join(lines) + "\r\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True, help="the danvan-cli to write forms with")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="danvan-corpus-")
    database = os.path.join(work, "example.sqlite")
    subprocess.run([args.cli, "init", database, "--example"], check=True,
                   stdout=subprocess.DEVNULL)
    blank = out("form-905-blank.xlsx")
    subprocess.run([args.cli, "--lang", "vi", "export", database, "--report", "form", "--unit",
                    "905", "--format", "xlsx", "--out", blank], check=True,
                   stdout=subprocess.DEVNULL)

    fill_with_openpyxl(blank, out("form-905-openpyxl.xlsx"))
    fill_with_openpyxl(blank, out("form-905-extra-column.xlsx"), extra_column=True)

    own_table(out("own-table.xlsx"), names="short")
    own_table(out("own-table-codes.xlsx"), codes=True)
    own_table(out("own-table-merged-header.xlsx"), merged=True)
    own_table(out("own-table-hidden-sheet.xlsx"), hidden_sheet=True)
    own_table(out("own-table-empty-rows.xlsx"), empty_rows=True, codes=True)
    own_table(out("own-table-plain-names.xlsx"), names="plain")
    own_table(out("own-table-unknown-headers.xlsx"), unknown_headers=True)
    own_table(out("own-table-tcvn3-font.xlsx"), font=".VnTime", header_font=".VnTimeH",
              encode=tcvn3, header_encode=tcvn3_capitals)
    own_table(out("own-table-vni-font.xlsx"), font="VNI-Times", header_font="VNI-Times",
              encode=vni)
    own_table(out("own-table-tcvn3-no-font.xlsx"), encode=tcvn3, header_encode=tcvn3_capitals)
    two_binh_an(out("two-binh-an.xlsx"))

    text = csv_text()
    with open(out("results-utf8.csv"), "wb") as f:
        f.write(text.encode("utf-8"))
    with open(out("results-utf8-bom.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + text.encode("utf-8"))
    tabbed = csv_text(separator="\t")
    with open(out("results-utf16le.txt"), "wb") as f:
        f.write(b"\xff\xfe" + tabbed.encode("utf-16-le"))
    with open(out("results-utf16be.csv"), "wb") as f:
        f.write(b"\xfe\xff" + text.encode("utf-16-be"))
    named = csv_text(names="short", codes=False)
    with open(out("results-windows-1258.csv"), "wb") as f:
        f.write(iconv(named, "CP1258"))
    with open(out("results-tcvn3.csv"), "wb") as f:
        f.write(iconv(named, "TCVN5712-1"))
    with open(out("results-vni.csv"), "wb") as f:
        f.write(vni(named).encode("cp1252"))
    with open(out("results-semicolon-dates.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + csv_text(separator=";", dates="mixed").encode("utf-8"))

    with open(out("not-a-workbook.xlsx"), "wb") as f:
        f.write(b"Bao cao ket qua hoi nghi\r\n")
    with open(out("form-905-openpyxl.xlsx"), "rb") as f:
        whole = f.read()
    with open(out("damaged.xlsx"), "wb") as f:
        f.write(whole[: len(whole) // 2])

    office = Office()
    try:
        fill_with_libreoffice(office, blank, [
            (out("form-905-libreoffice.xlsx"), "Calc MS Excel 2007 XML"),
            (out("form-905-libreoffice.ods"), "calc8"),
            (out("form-905-libreoffice.xls"), "MS Excel 97"),
        ])
        formulas(office, out("own-table-formulas.xlsx"))
        tcvn3_table = office.load(out("own-table-tcvn3-font.xlsx"))
        office.store(tcvn3_table, out("own-table-tcvn3.xls"), "MS Excel 97")
        office.store(tcvn3_table, out("own-table-tcvn3.ods"), "calc8")
        tcvn3_table.close(True)
        # LibreOffice encrypts .xls and .ods with a password (not .xlsx through its API).
        protected = office.load(out("own-table-codes.xlsx"))
        office.store(protected, out("password.xls"), "MS Excel 97", password="bimat")
        office.store(protected, out("password.ods"), "calc8", password="bimat")
        protected.close(True)
    finally:
        office.close()
    shutil.rmtree(work, ignore_errors=True)
    print("written:", len([n for n in os.listdir(HERE) if not n.endswith(".py")]), "files")


if __name__ == "__main__":
    sys.exit(main())
