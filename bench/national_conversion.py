#!/usr/bin/python3
"""Writes a conversion table of national size in the layout of the one published for the
2025 reorganisation, together with the register edition it converts.

The old order is national_register.py's (63 provinces, 700 districts, 10,200 communes). The
new order has 34 provinces (29 made of two old ones, under the code of the second, as the
new An Giang took Kiên Giang's 91; 5 unchanged) and about 3,300 communes, each made of two to
four old ones and reusing the code of one of them; a few hundred old communes are split in
parts between two new ones, a few are kept as they were. About 10,500 rows of "new ← old",
with the banner, the header, a row per new province with its name in capitals, and notes
spelled as the published file spells them. UTF-8 with a byte-order mark and CRLF. The same
seed gives the same files.
"""

import argparse
import csv
import random

import national_register

BANNER = ["Đơn vị hành chính từ ngày 01/7/2025", "", "",
          "Đơn vị hành chính trước ngày 01/7/2025", "", "", "", "", ""]
HEADER = ["Tỉnh, thành phố", "Tên Xã mới", "Mã Xã mới", "Tên Xã cũ", "Mã Xã cũ", "Ghi chú",
          "Quận/huyện", "Tỉnh cũ", ""]
WHOLE = ["Nhập toàn bộ"] * 20 + ["Nhâp toàn bộ", "Nhập  toàn bộ"]


def tables(seed=2025, communes=10200, splits=300):
    """The old register's rows and the conversion table's rows."""
    rng = random.Random(seed)
    register = list(national_register.rows(seed=2020, communes=communes))
    provinces = []  # (name, code, [rows])
    for row in register:
        if not provinces or provinces[-1][1] != row[1]:
            provinces.append((row[0], row[1], []))
        provinces[-1][2].append(row)

    # 63 old provinces: 29 pairs and 5 alone, in order.
    groups = []
    index = 0
    while index < len(provinces):
        size = 2 if len(groups) < 29 else 1
        groups.append(provinces[index:index + size])
        index += size

    table = []
    for group in groups:
        new_name, new_code = group[-1][0], group[-1][1]
        if len(group) > 1:
            new_name = f"Tỉnh {national_register.name(rng)}"
        table.append([new_name.upper() + "  "] + [""] * 8)
        olds = [row for province in group for row in province[2]]
        chunks = []
        position = 0
        while position < len(olds):
            size = rng.choice((2, 3, 3, 3, 3, 4, 4)) if rng.random() > 0.01 else 1
            chunks.append(olds[position:position + size])
            position += size
        for number, chunk in enumerate(chunks):
            first = chunk[0]
            kept = len(chunk) == 1
            name = first[4] if kept else f"{rng.choice(('Xã', 'Xã', 'Phường'))} " \
                                         f"{national_register.name(rng)}"
            new_code = first[5]
            for old in chunk:
                note = "Giữ nguyên" if kept else rng.choice(WHOLE)
                table.append([f"{new_name} ({group[-1][1]})", name, new_code, old[4], old[5],
                              note, f"{old[2]} ({old[3]})", f"{old[0]} ({old[1]})", ""])
            # A part of the first old commune of the next new one goes here too.
            if number + 1 < len(chunks) and splits > 0 and rng.random() < 0.1:
                old = chunks[number + 1][0]
                table.append([f"{new_name} ({group[-1][1]})", name, new_code, old[4], old[5],
                              "Nhập một phần diện tích", f"{old[2]} ({old[3]})",
                              f"{old[0]} ({old[1]})", ""])
                splits -= 1
    return register, table


def write(path, header, rows, bom=True):
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        for line in header:
            writer.writerow(line)
        for row in rows:
            writer.writerow(row)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("register")
    parser.add_argument("table")
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args()
    register, table = tables(args.seed)
    write(args.register, [["Tỉnh Thành Phố", "Mã TP", "Quận Huyện", "Mã QH", "Phường Xã",
                           "Mã PX", "Cấp", "Tên Tiếng Anh"]], register)
    write(args.table, [BANNER, HEADER], table)
    edges = sum(1 for row in table if row[2])
    print(f"{args.register}: {len(register)} communes; {args.table}: {edges} rows")


if __name__ == "__main__":
    main()
