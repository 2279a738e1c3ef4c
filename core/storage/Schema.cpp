#include "Schema.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace Schema {

namespace {

// Version 1: units, levels, campaigns, deadlines, pilots and conferences.
// (CHECK constraints avoid "IN (...)": SQLite builds a temporary table for it on every
// insert, which made importing a national register several times slower.)
// Dates are ISO text (yyyy-MM-dd); a deadline is stored as its kind, first and last day,
// and the phrase as written.
Step version1()
{
    return {1,
            {
                uR"(CREATE TABLE levels (
    key TEXT PRIMARY KEY,
    rank INTEGER NOT NULL UNIQUE,
    name_vi TEXT NOT NULL,
    name_en TEXT NOT NULL
))"_s,
                uR"(INSERT INTO levels (key, rank, name_vi, name_en) VALUES
    ('province', 1, 'Cấp tỉnh', 'Province'),
    ('district', 2, 'Cấp huyện và tương đương', 'District and equivalent'),
    ('commune', 3, 'Cấp cơ sở', 'Grassroots'))"_s,
                uR"(CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    code TEXT UNIQUE CHECK (code IS NULL OR code <> ''),
    name TEXT NOT NULL CHECK (name <> ''),
    name_en TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL REFERENCES levels(key),
    parent_id INTEGER REFERENCES units(id),
    valid_from TEXT,
    valid_to TEXT,
    source TEXT NOT NULL DEFAULT 'manual'
        CHECK (source = 'register' OR source = 'hierarchy' OR source = 'manual'),
    CHECK (parent_id IS NULL OR parent_id <> id),
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
))"_s,
                u"CREATE INDEX units_parent ON units (parent_id)"_s,
                uR"(CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
))"_s,
                uR"(CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (name <> ''),
    phase TEXT NOT NULL DEFAULT '',
    root_unit_id INTEGER NOT NULL REFERENCES units(id),
    starts_on TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
))"_s,
                uR"(CREATE TABLE campaign_levels (
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    level TEXT NOT NULL REFERENCES levels(key),
    deadline_kind TEXT,
    deadline_first TEXT,
    deadline_last TEXT,
    deadline_text TEXT,
    PRIMARY KEY (campaign_id, level)
))"_s,
                uR"(CREATE TABLE campaign_documents (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    number TEXT NOT NULL DEFAULT '',
    issued_on TEXT,
    issuer TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
))"_s,
                uR"(CREATE TABLE campaign_dates (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    on_date TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT ''
))"_s,
                uR"(CREATE TABLE conferences (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES units(id),
    parent_unit_id INTEGER REFERENCES units(id),
    level TEXT NOT NULL REFERENCES levels(key),
    scheduled_on TEXT,
    venue TEXT NOT NULL DEFAULT '',
    held_on TEXT,
    chair TEXT NOT NULL DEFAULT '',
    attendees INTEGER CHECK (attendees IS NULL OR attendees >= 0),
    report_received_on TEXT,
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (campaign_id, unit_id)
))"_s,
                u"CREATE INDEX conferences_parent ON conferences (campaign_id, parent_unit_id)"_s,
                u"CREATE INDEX conferences_unit ON conferences (unit_id)"_s,
                uR"(CREATE TABLE deadline_overrides (
    campaign_id INTEGER NOT NULL,
    unit_id INTEGER NOT NULL,
    level TEXT NOT NULL REFERENCES levels(key),
    deadline_kind TEXT NOT NULL,
    deadline_first TEXT,
    deadline_last TEXT NOT NULL,
    deadline_text TEXT NOT NULL,
    PRIMARY KEY (campaign_id, unit_id, level),
    FOREIGN KEY (campaign_id, unit_id) REFERENCES conferences (campaign_id, unit_id)
        ON DELETE CASCADE
))"_s,
                uR"(CREATE TABLE pilots (
    campaign_id INTEGER NOT NULL,
    unit_id INTEGER NOT NULL,
    deadline_kind TEXT NOT NULL,
    deadline_first TEXT,
    deadline_last TEXT NOT NULL,
    deadline_text TEXT NOT NULL,
    PRIMARY KEY (campaign_id, unit_id),
    FOREIGN KEY (campaign_id, unit_id) REFERENCES conferences (campaign_id, unit_id)
        ON DELETE CASCADE
))"_s,
            }};
}

// Version 2: what conferences reported (delegates invited, the assessment, the budget),
// the register of models and exemplars with their fields of activity and their nominations
// up the levels, the catalogue of reward forms and the rewards given, and the steering
// groups with their members and the units each follows.
Step version2()
{
    return {2,
            {
                u"ALTER TABLE conferences ADD COLUMN invited INTEGER "
                "CHECK (invited IS NULL OR invited >= 0)"_s,
                u"ALTER TABLE conferences ADD COLUMN assessment TEXT NOT NULL DEFAULT ''"_s,
                u"ALTER TABLE conferences ADD COLUMN budget_planned INTEGER "
                "CHECK (budget_planned IS NULL OR budget_planned >= 0)"_s,
                u"ALTER TABLE conferences ADD COLUMN budget_spent INTEGER "
                "CHECK (budget_spent IS NULL OR budget_spent >= 0)"_s,
                uR"(CREATE TABLE fields (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (name <> ''),
    position INTEGER NOT NULL DEFAULT 0
))"_s,
                uR"(INSERT INTO fields (name, position) VALUES
    ('Kinh tế', 1),
    ('Văn hóa – xã hội', 2),
    ('Quốc phòng – an ninh', 3),
    ('Xây dựng Đảng và hệ thống chính trị', 4))"_s,
                uR"(CREATE TABLE exemplars (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES units(id),
    recognised_by INTEGER REFERENCES units(id),
    kind TEXT NOT NULL CHECK (kind = 'collective' OR kind = 'individual'),
    name TEXT NOT NULL CHECK (name <> ''),
    field_id INTEGER REFERENCES fields(id),
    description TEXT NOT NULL DEFAULT '',
    money INTEGER CHECK (money IS NULL OR money >= 0),
    workdays INTEGER CHECK (workdays IS NULL OR workdays >= 0)
))"_s,
                u"CREATE INDEX exemplars_campaign ON exemplars (campaign_id, recognised_by)"_s,
                u"CREATE INDEX exemplars_unit ON exemplars (unit_id)"_s,
                uR"(CREATE TABLE nominations (
    id INTEGER PRIMARY KEY,
    exemplar_id INTEGER NOT NULL REFERENCES exemplars(id) ON DELETE CASCADE,
    from_unit_id INTEGER NOT NULL REFERENCES units(id),
    to_unit_id INTEGER REFERENCES units(id),
    status TEXT NOT NULL CHECK (status = 'proposed' OR status = 'selected'
                                OR status = 'commended' OR status = 'not_selected'),
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (exemplar_id, from_unit_id)
))"_s,
                u"CREATE INDEX nominations_to ON nominations (to_unit_id)"_s,
                uR"(CREATE TABLE reward_forms (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (name <> ''),
    position INTEGER NOT NULL DEFAULT 0
))"_s,
                uR"(INSERT INTO reward_forms (name, position) VALUES
    ('Giấy khen', 1),
    ('Bằng khen', 2),
    ('Cờ thi đua', 3),
    ('Kỷ niệm chương', 4),
    ('Biểu dương', 5))"_s,
                uR"(CREATE TABLE rewards (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES units(id),
    form_id INTEGER NOT NULL REFERENCES reward_forms(id),
    issuer TEXT NOT NULL DEFAULT '',
    signer TEXT NOT NULL DEFAULT '',
    signer_title TEXT NOT NULL DEFAULT '',
    decision_number TEXT NOT NULL DEFAULT '',
    decision_date TEXT,
    note TEXT NOT NULL DEFAULT ''
))"_s,
                u"CREATE INDEX rewards_campaign ON rewards (campaign_id, unit_id)"_s,
                uR"(CREATE TABLE reward_recipients (
    id INTEGER PRIMARY KEY,
    reward_id INTEGER NOT NULL REFERENCES rewards(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind = 'collective' OR kind = 'individual'),
    name TEXT NOT NULL CHECK (name <> ''),
    unit_id INTEGER REFERENCES units(id),
    exemplar_id INTEGER REFERENCES exemplars(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0
))"_s,
                u"CREATE INDEX reward_recipients_reward ON reward_recipients (reward_id)"_s,
                u"CREATE INDEX reward_recipients_exemplar ON reward_recipients (exemplar_id)"_s,
                uR"(CREATE TABLE steering_groups (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (name <> ''),
    position INTEGER NOT NULL DEFAULT 0
))"_s,
                uR"(CREATE TABLE steering_members (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES steering_groups(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (name <> ''),
    title TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
))"_s,
                uR"(CREATE TABLE steering_assignments (
    campaign_id INTEGER NOT NULL,
    unit_id INTEGER NOT NULL,
    group_id INTEGER NOT NULL REFERENCES steering_groups(id) ON DELETE CASCADE,
    PRIMARY KEY (campaign_id, unit_id),
    FOREIGN KEY (campaign_id, unit_id) REFERENCES conferences (campaign_id, unit_id)
        ON DELETE CASCADE
))"_s,
                u"CREATE INDEX steering_assignments_group ON steering_assignments (group_id)"_s,
            }};
}

// Version 3: campaigns of one's own. A campaign can be closed: its records can still be read,
// printed and exported, but nothing of it changes. The rule is stated once, here, as
// triggers on every table that holds a campaign's records, so that no write path (the
// window, the command line, a future one) can forget it. Units that the clerk left out of a
// campaign are remembered, so that a later import of units does not bring them back.
Step version3()
{
    QList<QString> statements{
        u"ALTER TABLE campaigns ADD COLUMN closed INTEGER NOT NULL DEFAULT 0 "
        "CHECK (closed = 0 OR closed = 1)"_s,
        uR"(CREATE TABLE campaign_exclusions (
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES units(id),
    PRIMARY KEY (campaign_id, unit_id)
))"_s,
    };
    // Each table, and how one of its rows finds the campaign's closed flag (%1 is NEW or OLD).
    const QList<std::pair<QString, QString>> guarded{
        {u"campaign_levels"_s, u"(SELECT closed FROM campaigns WHERE id = %1.campaign_id)"_s},
        {u"campaign_documents"_s, u"(SELECT closed FROM campaigns WHERE id = %1.campaign_id)"_s},
        {u"campaign_dates"_s, u"(SELECT closed FROM campaigns WHERE id = %1.campaign_id)"_s},
        {u"campaign_exclusions"_s, u"(SELECT closed FROM campaigns WHERE id = %1.campaign_id)"_s},
        {u"conferences"_s, u"(SELECT closed FROM campaigns WHERE id = %1.campaign_id)"_s},
        {u"deadline_overrides"_s, u"(SELECT closed FROM campaigns WHERE id = %1.campaign_id)"_s},
        {u"pilots"_s, u"(SELECT closed FROM campaigns WHERE id = %1.campaign_id)"_s},
        {u"exemplars"_s, u"(SELECT closed FROM campaigns WHERE id = %1.campaign_id)"_s},
        {u"nominations"_s,
         u"(SELECT c.closed FROM exemplars e JOIN campaigns c ON c.id = e.campaign_id "
         "WHERE e.id = %1.exemplar_id)"_s},
        {u"rewards"_s, u"(SELECT closed FROM campaigns WHERE id = %1.campaign_id)"_s},
        {u"reward_recipients"_s,
         u"(SELECT c.closed FROM rewards r JOIN campaigns c ON c.id = r.campaign_id "
         "WHERE r.id = %1.reward_id)"_s},
        {u"steering_groups"_s, u"(SELECT closed FROM campaigns WHERE id = %1.campaign_id)"_s},
        {u"steering_members"_s,
         u"(SELECT c.closed FROM steering_groups g JOIN campaigns c ON c.id = g.campaign_id "
         "WHERE g.id = %1.group_id)"_s},
        {u"steering_assignments"_s, u"(SELECT closed FROM campaigns WHERE id = %1.campaign_id)"_s},
    };
    for (const auto &[table, closedOf] : guarded) {
        for (const auto &[operation, row] :
             {std::pair{u"INSERT"_s, u"NEW"_s}, std::pair{u"UPDATE"_s, u"OLD"_s},
              std::pair{u"DELETE"_s, u"OLD"_s}}) {
            statements.append(u"CREATE TRIGGER %1_closed_%2 BEFORE %3 ON %1 WHEN %4 = 1 "
                              "BEGIN SELECT RAISE(ABORT, 'danvan: closed campaign'); END"_s.arg(
                                  table, operation.toLower(), operation, closedOf.arg(row)));
        }
    }
    return {3, statements};
}

// Version 4: the 2025 reorganisation. One code may name two units on different days (old
// Thị trấn Minh Lương, 30880, until 30/06/2025; new Xã Châu Thành, 30880, from 01/07/2025),
// so the code is no longer unique; instead no two units with one code may be in force on the
// same day, which triggers check on every write. Units know their predecessors and
// successors (unit_lineage): which unit went into which, whole or in part, and from when.
//
// SQLite cannot drop a UNIQUE constraint in place: the table is rebuilt. The rows go to a
// copy, the table is dropped and created again under its own name, and the rows come back
// with their ids, which every other table references. This follows SQLite's procedure for
// other schema changes (https://www.sqlite.org/lang_altertable.html#otheralter): foreign
// keys are off while it runs (Database::migrate() switches them off before the transaction,
// since they cannot be switched inside one, and runs PRAGMA foreign_key_check before it
// commits). The table is not renamed, so the references to it in other tables stay as they
// were written.
Step version4()
{
    // A unit in force on a day: valid_from (or no start) up to valid_to (or no end).
    const QString overlaps =
        u"EXISTS (SELECT 1 FROM units u WHERE u.code = NEW.code AND u.id <> NEW.id "
        "AND coalesce(u.valid_from, '0000-01-01') <= coalesce(NEW.valid_to, '9999-12-31') "
        "AND coalesce(NEW.valid_from, '0000-01-01') <= coalesce(u.valid_to, '9999-12-31'))"_s;
    Step step{4,
              {
                  u"CREATE TABLE units_v3_copy AS SELECT id, code, name, name_en, kind, level, "
                  "parent_id, valid_from, valid_to, source FROM units"_s,
                  u"DROP TABLE units"_s,
                  uR"(CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    code TEXT CHECK (code IS NULL OR code <> ''),
    name TEXT NOT NULL CHECK (name <> ''),
    name_en TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL REFERENCES levels(key),
    parent_id INTEGER REFERENCES units(id),
    valid_from TEXT,
    valid_to TEXT,
    source TEXT NOT NULL DEFAULT 'manual'
        CHECK (source = 'register' OR source = 'hierarchy' OR source = 'manual'),
    CHECK (parent_id IS NULL OR parent_id <> id),
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
))"_s,
                  u"INSERT INTO units (id, code, name, name_en, kind, level, parent_id, "
                  "valid_from, valid_to, source) SELECT id, code, name, name_en, kind, level, "
                  "parent_id, valid_from, valid_to, source FROM units_v3_copy ORDER BY id"_s,
                  u"DROP TABLE units_v3_copy"_s,
                  u"CREATE INDEX units_parent ON units (parent_id)"_s,
                  u"CREATE INDEX units_code ON units (code)"_s,
                  u"CREATE TRIGGER units_code_insert BEFORE INSERT ON units "
                  "WHEN NEW.code IS NOT NULL AND %1 "
                  "BEGIN SELECT RAISE(ABORT, 'danvan: code in force twice'); END"_s.arg(overlaps),
                  // A unit whose days only shrink (an import ending thousands of units)
                  // cannot come to overlap another: the search is skipped.
                  u"CREATE TRIGGER units_code_update BEFORE UPDATE OF code, valid_from, valid_to "
                  "ON units WHEN NEW.code IS NOT NULL AND (NEW.code IS NOT OLD.code "
                  "OR coalesce(NEW.valid_from, '0000-01-01') < coalesce(OLD.valid_from, "
                  "'0000-01-01') OR coalesce(NEW.valid_to, '9999-12-31') > "
                  "coalesce(OLD.valid_to, '9999-12-31')) AND %1 "
                  "BEGIN SELECT RAISE(ABORT, 'danvan: code in force twice'); END"_s.arg(overlaps),
                  uR"(CREATE TABLE unit_lineage (
    predecessor_id INTEGER NOT NULL REFERENCES units(id),
    successor_id INTEGER NOT NULL REFERENCES units(id),
    kind TEXT NOT NULL CHECK (kind = 'whole' OR kind = 'part' OR kind = 'kept'
                              OR kind = 'renamed' OR kind = 'type_changed'),
    on_date TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (predecessor_id, successor_id),
    CHECK (predecessor_id <> successor_id)
) WITHOUT ROWID)"_s,
                  u"CREATE INDEX unit_lineage_successor ON unit_lineage (successor_id)"_s,
              }};
    step.rebuildsTables = true;
    return step;
}

} // namespace

const QList<Step> &steps()
{
    static const QList<Step> all{version1(), version2(), version3(), version4()};
    return all;
}

} // namespace Schema
