#!/usr/bin/python3
"""Writes a register file of national size in the layout of the GSO export.

63 provinces, about 700 districts and about 10,800 communes, with Vietnamese names made of
real syllables, the columns "Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX,
Cấp, Tên Tiếng Anh", UTF-8 with a byte-order mark and CRLF, as Excel saves it.
The same seed gives the same file.
"""

import argparse
import csv
import random
import unicodedata

SYLLABLES = (
    "An Bình Hòa Hoà Phú Thạnh Tân Long Vĩnh Mỹ Đông Tây Nam Bắc Hưng Lợi Thuận Phước Sơn "
    "Giang Hải Thành Trung Quang Minh Đức Lộc Thọ Khánh Xuân Hiệp Định Châu Cửa Gành Hòn "
    "Ngọc Bàn Thới Quới Điền Yên Thái Kiên Lương Tiên Thủy Liễu Thắng Tuy Đạo Nghĩa Tường"
).split()
PROVINCE_KINDS = ["Tỉnh"] * 58 + ["Thành phố"] * 5
DISTRICT_KINDS = ["Huyện"] * 8 + ["Thành phố", "Thị xã", "Quận"]
COMMUNE_KINDS = [("Xã", "Xã")] * 8 + [("Phường", "Phường"), ("Thị trấn", "Thị trấn")]


def ascii_name(text):
    decomposed = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


def name(rng, words=2):
    return " ".join(rng.choice(SYLLABLES) for _ in range(words))


def rows(seed=2020, provinces=63, districts=700, communes=10800):
    rng = random.Random(seed)
    district_code = 1
    commune_code = 1
    per_province = [districts // provinces + (1 if i < districts % provinces else 0)
                    for i in range(provinces)]
    total_districts = sum(per_province)
    for p in range(provinces):
        province = f"{PROVINCE_KINDS[p]} {name(rng)}"
        province_code = f"{p + 1:02d}"
        for _ in range(per_province[p]):
            district = f"{rng.choice(DISTRICT_KINDS)} {name(rng)}"
            code = f"{district_code:03d}"
            count = communes // total_districts + (1 if district_code <= communes % total_districts else 0)
            district_code += 1
            for _ in range(count):
                kind, level = rng.choice(COMMUNE_KINDS)
                commune = f"{kind} {name(rng, rng.choice((1, 2, 2, 3)))}"
                yield [province, province_code, district, code, commune,
                       f"{commune_code:05d}", level, ascii_name(commune)]
                commune_code += 1


def write_csv(path, seed=2020):
    """Writes the register as the national register's CSV (UTF-8 with BOM, CRLF); returns
    the number of communes."""
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(["Tỉnh Thành Phố", "Mã TP", "Quận Huyện", "Mã QH", "Phường Xã",
                         "Mã PX", "Cấp", "Tên Tiếng Anh"])
        count = 0
        for row in rows(seed):
            writer.writerow(row)
            count += 1
    return count


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output")
    parser.add_argument("--seed", type=int, default=2020)
    args = parser.parse_args()
    count = write_csv(args.output, args.seed)
    print(f"{args.output}: {count} communes")


if __name__ == "__main__":
    main()
