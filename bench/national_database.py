#!/usr/bin/python3
"""Builds a danvan database of national size for the export benchmarks.

Units come in through the program itself: `danvan-cli init`, then `danvan-cli import-units`
of a register file written by national_register.py. A campaign has one root unit and the
levels stop at the province, so a campaign cannot span 63 provinces; the register is
therefore written as one province holding the national register's volume (700 district-
level units, 10,800 communes), which gives a schedule of 11,501 conferences.

The campaign is inserted with Python's sqlite3 exactly as CampaignRepository::create
stores one (campaigns, campaign_levels, campaign_documents, campaign_dates, and one
conference per unit in force under the root, each attached to the nearest unit above it);
the level deadlines, one unit's own deadline and two pilots are set with `danvan-cli
deadline` and `danvan-cli pilot`, and the other units' own deadlines and pilots copy the
columns the program stored for those. Then the conferences are filled in (planned day and
venue, day held, chair, attendees, report received, ...) for a realistic share as of
30/06/2020, seven steering groups follow the districts, and the register of models and
exemplars gets 100,000 rows over the units, fields and recognising levels, with
nominations up the levels and rewards that name some of them.

The same seed gives the same database. Nothing is kept between runs.
"""

import argparse
import csv
import datetime
import os
import random
import sqlite3
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import national_register  # noqa: E402

AS_OF = "2020-06-30"
CAMPAIGN_NAME = "Tổng kết phong trào thi đua \"Dân vận khéo\" giai đoạn 2016–2020"
LEVEL_DEADLINES = [("province", "giữa tháng 9-2020"), ("district", "cuối tháng 7-2020"),
                   ("commune", "cuối tháng 6-2020")]
OWN_DEADLINE = "giữa tháng 6-2020"  # a district's own, tighter deadline for its communes
COMMUNE_PILOT = "tháng 5/2020"
DISTRICT_PILOT = "đầu tháng 7-2020"

SURNAMES = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý".split()
MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Thanh", "Ngọc", "Quốc", "Thị Thu", "Công", "Đức"]
GIVEN = ("An Bình Cường Dũng Giang Hà Hải Hạnh Hòa Hoà Hùng Hương Khánh Lan Linh Long Mai "
         "Nam Nga Phúc Phương Quang Sơn Tâm Thảo Thủy Trang Tuấn Vân Xuân Yến").split()
TOPICS = [
    "Dân vận khéo trong xây dựng nông thôn mới",
    "Tuyến đường hoa",
    "Ngày thứ bảy tình nguyện",
    "Tổ hợp tác trồng lúa chất lượng cao",
    "Camera an ninh, giữ bình yên xóm ấp",
    "Đồng hành cùng hộ nghèo",
    "Chi hội phụ nữ “5 không, 3 sạch”",
    "Thắp sáng đường quê",
    "Dân vận khéo trong cải cách hành chính",
    "Nhà đoàn kết, mái ấm tình thương",
    "Tổ tự quản bảo vệ môi trường",
    "Hiến đất làm đường, \"ai cũng làm được\"",
]
VENUES = ["Hội trường UBND {}", "Nhà văn hóa {}", "Hội trường Đảng ủy {}",
          "Trung tâm Văn hóa – Thể thao {}", "Hội trường Huyện ủy {}"]
ASSESSMENTS = ["", "", "Hoàn thành tốt", "Đạt yêu cầu, cần rút kinh nghiệm khâu chuẩn bị",
               "Tổ chức chu đáo, đúng hướng dẫn"]


def person(rng):
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def day(first, last, rng):
    """A random ISO day between two ISO days, both included."""
    a = datetime.date.fromisoformat(first)
    b = datetime.date.fromisoformat(last)
    return (a + datetime.timedelta(days=rng.randint(0, (b - a).days))).isoformat()


def write_register(path, seed):
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(["Tỉnh Thành Phố", "Mã TP", "Quận Huyện", "Mã QH", "Phường Xã",
                         "Mã PX", "Cấp", "Tên Tiếng Anh"])
        for row in national_register.rows(seed, provinces=1, districts=700, communes=10800):
            writer.writerow(row)


def cli_run(cli, *args):
    subprocess.run([cli, "--lang", "en", *args], check=True, stdout=subprocess.DEVNULL)


def participants(db, root, starts_on, levels):
    """CampaignRepository.cpp participantsOf(): the conferences a campaign should have."""
    units = db.execute("SELECT id, level, parent_id, valid_from, valid_to FROM units").fetchall()
    children = {}
    for unit in units:
        children.setdefault(unit[2] or 0, []).append(unit)
    by_id = {unit[0]: unit for unit in units}
    result = []
    stack = [(by_id[root], 0)]
    seen = set()
    while stack:
        unit, parent = stack.pop()
        if unit[0] in seen:
            continue
        seen.add(unit[0])
        for_children = parent
        active = (unit[3] is None or unit[3] <= starts_on) and (unit[4] is None
                                                                or unit[4] >= starts_on)
        if unit[1] in levels and active:
            result.append((unit[0], parent, unit[1]))
            for_children = unit[0]
        for child in children.get(unit[0], []):
            stack.append((child, for_children))
    return result


def build(cli, work, seed=2020, exemplars=100_000):
    """Writes `work`/national.sqlite and returns a description of what it holds."""
    rng = random.Random(seed)
    register = os.path.join(work, "national-register.csv")
    path = os.path.join(work, "national.sqlite")
    write_register(register, seed)
    cli_run(cli, "init", path)
    cli_run(cli, "import-units", path, register)

    db = sqlite3.connect(path)
    db.execute("PRAGMA foreign_keys = ON")
    root, root_code = db.execute(
        "SELECT id, code FROM units WHERE level = 'province' ORDER BY code").fetchone()
    units = {row[0]: row for row in db.execute("SELECT id, code, name, level, parent_id FROM units")}

    # The campaign, as CampaignRepository::create stores it (deadlines come next, by the CLI).
    with db:
        campaign = db.execute(
            "INSERT INTO campaigns (name, phase, root_unit_id, starts_on, note) "
            "VALUES (?, ?, ?, ?, ?)", (CAMPAIGN_NAME, "2016–2020", root, "2020-02-06", "")).lastrowid
        db.executemany(
            "INSERT INTO campaign_levels (campaign_id, level, deadline_kind, deadline_first, "
            "deadline_last, deadline_text) VALUES (?, ?, NULL, NULL, NULL, NULL)",
            [(campaign, level) for level, _ in LEVEL_DEADLINES])
        db.execute(
            "INSERT INTO campaign_documents (campaign_id, number, issued_on, issuer, title, "
            "position) VALUES (?, ?, ?, ?, ?, 0)",
            (campaign, "1029-CV/TU", "2020-02-06", "Ban Thường vụ Tỉnh ủy",
             "Về lãnh đạo tổ chức hội nghị tổng kết, biểu dương phong trào thi đua "
             "“Dân vận khéo” các cấp giai đoạn 2016–2020"))
        db.execute("INSERT INTO campaign_dates (campaign_id, on_date, label) VALUES (?, ?, ?)",
                   (campaign, "2020-10-15", "Kỷ niệm 90 năm Ngày truyền thống công tác dân vận"))
        conferences = participants(db, root, "2020-02-06", {"province", "district", "commune"})
        db.executemany(
            "INSERT INTO conferences (campaign_id, unit_id, parent_unit_id, level) "
            "VALUES (?, ?, ?, ?)",
            [(campaign, unit, parent or None, level) for unit, parent, level in conferences])
    db.close()

    districts = sorted(u for u, _, level in conferences if level == "district")
    communes = sorted(u for u, _, level in conferences if level == "commune")
    parent_of = {unit: parent for unit, parent, _ in conferences}
    communes_of = {}
    for commune in communes:
        communes_of.setdefault(parent_of[commune], []).append(commune)

    # Deadlines through the program, so that kind, days and phrase are what it stores.
    for level, text in LEVEL_DEADLINES:
        cli_run(cli, "deadline", path, "--level", level, "--text", text)
    own = rng.sample(districts, 40)
    cli_run(cli, "deadline", path, "--unit", units[own[0]][1], "--level", "commune",
            "--text", OWN_DEADLINE)
    pilot_communes = [rng.choice(communes_of[d]) for d in districts if d in communes_of]
    pilot_districts = rng.sample(districts, 35)
    cli_run(cli, "pilot", path, "--unit", units[pilot_communes[0]][1], "--text", COMMUNE_PILOT)
    cli_run(cli, "pilot", path, "--unit", units[pilot_districts[0]][1], "--text", DISTRICT_PILOT)

    db = sqlite3.connect(path)
    db.execute("PRAGMA foreign_keys = ON")
    stored_own = db.execute(
        "SELECT deadline_kind, deadline_first, deadline_last, deadline_text FROM "
        "deadline_overrides WHERE unit_id = ?", (own[0],)).fetchone()
    stored_pilot = {
        unit: db.execute("SELECT deadline_kind, deadline_first, deadline_last, deadline_text "
                         "FROM pilots WHERE unit_id = ?", (unit,)).fetchone()
        for unit in (pilot_communes[0], pilot_districts[0])}
    with db:
        db.executemany(
            "INSERT INTO deadline_overrides (campaign_id, unit_id, level, deadline_kind, "
            "deadline_first, deadline_last, deadline_text) VALUES (?, ?, 'commune', ?, ?, ?, ?)",
            [(campaign, unit, *stored_own) for unit in own[1:]])
        db.executemany(
            "INSERT INTO pilots (campaign_id, unit_id, deadline_kind, deadline_first, "
            "deadline_last, deadline_text) VALUES (?, ?, ?, ?, ?, ?)",
            [(campaign, unit, *stored_pilot[pilot_communes[0]]) for unit in pilot_communes[1:]]
            + [(campaign, unit, *stored_pilot[pilot_districts[0]])
               for unit in pilot_districts[1:]])

        # The conferences as of 30/06/2020: most communes held theirs (pilots in May), the
        # rest planned for July or not planned yet; districts mostly planned for July; the
        # province in September.
        pilots = set(pilot_communes) | set(pilot_districts)
        updates = []
        for unit, _, level in conferences:
            name = units[unit][2]
            draw = rng.random()
            if level == "commune":
                if unit in pilots:
                    state, held = "report", day("2020-05-10", "2020-05-31", rng)
                elif draw < 0.45:
                    state, held = "report", day("2020-05-20", "2020-06-28", rng)
                elif draw < 0.72:
                    state, held = "held", day("2020-06-01", AS_OF, rng)
                elif draw < 0.92:
                    state, held = "scheduled", None
                else:
                    state, held = "none", None
                planned_window = ("2020-05-15", "2020-07-15")
            elif level == "district":
                if unit in pilots or draw < 0.12:
                    state, held = "held", day("2020-06-10", "2020-06-29", rng)
                elif draw < 0.80:
                    state, held = "scheduled", None
                else:
                    state, held = "none", None
                planned_window = ("2020-06-10", "2020-07-31")
            else:
                state, held = "scheduled", None
                planned_window = ("2020-09-15", "2020-09-15")
            if state == "none":
                continue
            planned = held if held and rng.random() < 0.8 else day(*planned_window, rng)
            if state == "scheduled":
                planned = day(max(planned_window[0], "2020-07-01"), planned_window[1], rng)
            venue = rng.choice(VENUES).format(name)
            if state == "scheduled":
                updates.append((planned, venue, None, "", None, None, "", None, None, None,
                                campaign, unit))
                continue
            invited = rng.randint(60, 250)
            attendees = invited - rng.randint(0, 15)
            report = None
            if state == "report":
                report = (datetime.date.fromisoformat(held)
                          + datetime.timedelta(days=rng.randint(1, 10))).isoformat()
                report = min(report, AS_OF)
            planned_budget = rng.randint(5, 60) * 1_000_000
            updates.append((planned, venue, held, person(rng), attendees, report,
                            rng.choice(ASSESSMENTS), invited, planned_budget,
                            planned_budget - rng.randint(0, 4) * 500_000 if report else None,
                            campaign, unit))
        db.executemany(
            "UPDATE conferences SET scheduled_on = ?, venue = ?, held_on = ?, chair = ?, "
            "attendees = ?, report_received_on = ?, assessment = ?, invited = ?, "
            "budget_planned = ?, budget_spent = ? WHERE campaign_id = ? AND unit_id = ?",
            updates)

        # Seven steering groups of the province, each following a hundred districts.
        for g in range(7):
            group = db.execute(
                "INSERT INTO steering_groups (campaign_id, name, position) VALUES (?, ?, ?)",
                (campaign, f"Tổ {g + 1}", g + 1)).lastrowid
            db.executemany(
                "INSERT INTO steering_members (group_id, name, title, phone, position) "
                "VALUES (?, ?, ?, ?, ?)",
                [(group, person(rng), "Phó Trưởng Ban Dân vận Tỉnh ủy" if m == 0 else
                  "Chuyên viên", f"09{rng.randint(10_000_000, 99_999_999)}", m) for m in range(3)])
            db.executemany(
                "INSERT INTO steering_assignments (campaign_id, unit_id, group_id) VALUES (?, ?, ?)",
                [(campaign, unit, group) for unit in districts[g::7]])

        # The register of models and exemplars: mostly communes', commended at their own
        # conference or at the district's, some at the province's; a few not commended yet.
        fields = [row[0] for row in db.execute("SELECT id FROM fields ORDER BY position")]
        rows = []
        recognised = []
        for n in range(exemplars):
            draw = rng.random()
            if draw < 0.86:
                unit = rng.choice(communes)
                pick = rng.random()
                by = (unit if pick < 0.62 else parent_of[unit] if pick < 0.93
                      else root if pick < 0.97 else None)
            elif draw < 0.985:
                unit = rng.choice(districts)
                pick = rng.random()
                by = unit if pick < 0.7 else root if pick < 0.96 else None
            else:
                unit, by = root, root
            collective = rng.random() < 0.45
            name = (f"Mô hình “{rng.choice(TOPICS)}”" if collective else person(rng))
            if collective and rng.random() < 0.5:
                name += f" {units[unit][2]}"
            rows.append((campaign, unit, by, "collective" if collective else "individual", name,
                         rng.choice(fields) if rng.random() < 0.93 else None,
                         "" if rng.random() < 0.7 else "Tiêu biểu trong giai đoạn 2016–2020",
                         rng.randint(1, 500) * 1_000_000 if rng.random() < 0.5 else None,
                         rng.randint(10, 3000) if rng.random() < 0.4 else None))
            recognised.append(by)
        first = db.execute("SELECT coalesce(max(id), 0) + 1 FROM exemplars").fetchone()[0]
        db.executemany(
            "INSERT INTO exemplars (campaign_id, unit_id, recognised_by, kind, name, field_id, "
            "description, money, workdays) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

        # Nominations one level up (commune → district → province → national), as
        # ExemplarRepository::nominate stores them; the level above decides.
        statuses = ["proposed"] * 3 + ["selected"] * 4 + ["commended"] * 2 + ["not_selected"]
        nominations = []
        by_unit = {}
        for i, by in enumerate(recognised):
            exemplar = first + i
            if by is not None:
                by_unit.setdefault(by, []).append(exemplar)
            if by is None or rng.random() > 0.18:
                continue
            current = by
            while True:
                target = parent_of.get(current) or None
                status = rng.choice(statuses)
                nominations.append((exemplar, current, target, status))
                if target is None or status not in ("selected", "commended") or rng.random() > 0.3:
                    break
                current = target
        db.executemany(
            "INSERT INTO nominations (exemplar_id, from_unit_id, to_unit_id, status, note) "
            "VALUES (?, ?, ?, ?, '')", nominations)

        # Rewards given at the district and province conferences, to what they commended.
        forms = [row[0] for row in db.execute("SELECT id FROM reward_forms ORDER BY position")]
        reward_count = recipients = 0
        for unit in [root] + districts:
            for r in range(4 if unit != root else 20):
                candidates = by_unit.get(unit, [])
                if not candidates:
                    break
                reward = db.execute(
                    "INSERT INTO rewards (campaign_id, unit_id, form_id, issuer, signer, "
                    "signer_title, decision_number, decision_date, note) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, '')",
                    (campaign, unit, rng.choice(forms[:2] + forms[4:]),
                     f"Ban Thường vụ {units[unit][2]}", person(rng), "Phó Bí thư",
                     f"{rng.randint(1, 999)}-QĐ/{'TU' if unit == root else 'HU'}"
                     if rng.random() < 0.8 else "",
                     day("2020-06-10", AS_OF, rng))).lastrowid
                reward_count += 1
                chosen = rng.sample(candidates, min(len(candidates), rng.randint(1, 3)))
                for position, exemplar in enumerate(chosen):
                    e = rows[exemplar - first]
                    db.execute(
                        "INSERT INTO reward_recipients (reward_id, kind, name, unit_id, "
                        "exemplar_id, position) VALUES (?, ?, ?, ?, ?, ?)",
                        (reward, e[3], e[4], e[1], exemplar, position))
                    recipients += 1
    counts = {
        "units": db.execute("SELECT count(*) FROM units").fetchone()[0],
        "conferences": len(conferences),
        "held": db.execute("SELECT count(*) FROM conferences WHERE held_on IS NOT NULL")
        .fetchone()[0],
        "scheduled": db.execute("SELECT count(*) FROM conferences WHERE held_on IS NULL AND "
                                "scheduled_on IS NOT NULL").fetchone()[0],
        "exemplars": len(rows),
        "nominations": len(nominations),
        "rewards": reward_count,
        "recipients": recipients,
    }
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return {"path": path, "campaign": campaign, "root_code": root_code, "as_of": AS_OF,
            "counts": counts}


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True, help="path of danvan-cli")
    parser.add_argument("folder", help="where to write national.sqlite (must exist)")
    parser.add_argument("--seed", type=int, default=2020)
    args = parser.parse_args()
    built = build(args.cli, args.folder, args.seed)
    print(built["path"], built["counts"])


if __name__ == "__main__":
    main()
