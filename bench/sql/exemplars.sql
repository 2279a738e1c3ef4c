-- The models and exemplars of campaign 1, as `danvan-cli export --report exemplars --format
-- csv` writes its first table (FILE): 12 columns, one line per exemplar, ordered by the unit
-- it belongs to and then by id; the second table (FILE-2.csv) is exemplar_counts.sql. A unit
-- is named as the program labels it: with its parent's name when its name is not unique.
-- "Put forward" is the furthest nomination (the national level, then the highest level; of
-- equal ones the first), "Rewards" the rewards that name the exemplar, in the order of
-- their decisions.
WITH
  -- How many units share each unit's name, by the key the program compares names by
  -- (Text::nameKey): lower case, and the old tone placement of a syllable-final oa, oe, uy
  -- moved to the new (hoà = hòa). (SQLite's lower() is ASCII-only; the register writes
  -- names in one case.)
  named(id, n) AS MATERIALIZED (SELECT id, count(*) OVER (PARTITION BY rtrim(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(name) || ' '
        , 'oà ', 'òa '), 'oá ', 'óa '), 'oả ', 'ỏa '), 'oã ', 'õa '), 'oạ ', 'ọa ')
        , 'oè ', 'òe '), 'oé ', 'óe '), 'oẻ ', 'ỏe '), 'oẽ ', 'õe '), 'oẹ ', 'ọe ')
        , 'uỳ ', 'ùy '), 'uý ', 'úy '), 'uỷ ', 'ủy '), 'uỹ ', 'ũy '), 'uỵ ', 'ụy '))) FROM units),
  label(id, code, name, level, parent_name, text) AS (
    SELECT u.id, u.code, u.name, u.level, p.name,
           CASE WHEN nm.n > 1 AND p.id IS NOT NULL THEN u.name || ' (' || p.name || ')'
                ELSE u.name END
    FROM units u JOIN named nm ON nm.id = u.id
    LEFT JOIN units p ON p.id = u.parent_id),
  furthest(exemplar_id, k, text) AS (
    SELECT n.exemplar_id, min(printf('%d%012d', coalesce(tl.rank, 0), n.id)),
           'lên ' || coalesce(t.name, 'cấp Trung ương') || ': '
             || CASE n.status WHEN 'proposed' THEN 'đề xuất' WHEN 'selected' THEN 'được chọn'
                              WHEN 'commended' THEN 'được biểu dương'
                              ELSE 'không được chọn' END
    FROM nominations n JOIN exemplars e ON e.id = n.exemplar_id AND e.campaign_id = 1
    LEFT JOIN units t ON t.id = n.to_unit_id LEFT JOIN levels tl ON tl.key = t.level
    GROUP BY n.exemplar_id),
  given(exemplar_id, text) AS (
    SELECT exemplar_id, group_concat(text, '; ') FROM (
      SELECT r.exemplar_id,
             CASE WHEN w.decision_number = '' THEN f.name
                  ELSE f.name || ' (' || w.decision_number || ')' END AS text
      FROM reward_recipients r JOIN rewards w ON w.id = r.reward_id AND w.campaign_id = 1
      JOIN reward_forms f ON f.id = w.form_id
      WHERE r.exemplar_id IS NOT NULL
      ORDER BY w.decision_date, w.id, r.position, r.id)
    GROUP BY exemplar_id)
SELECT row_number() OVER (ORDER BY u.parent_name, u.name, u.code, e.id) AS "STT",
       u.code AS "Mã đơn vị",
       u.text AS "Đơn vị",
       e.name AS "Tên",
       CASE e.kind WHEN 'individual' THEN 'Điển hình cá nhân' ELSE 'Mô hình tập thể' END AS "Loại",
       f.name AS "Lĩnh vực",
       b.text AS "Được biểu dương tại",
       bl.name_vi AS "Cấp công nhận",
       fu.text AS "Giới thiệu lên",
       g.text AS "Khen thưởng",
       e.money AS "Kinh phí huy động (đồng)",
       e.workdays AS "Ngày công"
FROM exemplars e
JOIN label u ON u.id = e.unit_id
LEFT JOIN fields f ON f.id = e.field_id
LEFT JOIN label b ON b.id = e.recognised_by
LEFT JOIN levels bl ON bl.key = b.level
LEFT JOIN furthest fu ON fu.exemplar_id = e.id
LEFT JOIN given g ON g.exemplar_id = e.id
WHERE e.campaign_id = 1
ORDER BY u.parent_name, u.name, u.code, e.id;
