-- The conference schedule of campaign 1 as of 2020-06-30, as `danvan-cli export --report
-- schedule --format csv` writes it: the same 13 columns, one line per conference, the
-- Vietnamese words of the program, dates dd/MM/yyyy, in level order then by district and
-- name. Each conference's deadline is the tightest of the level's, the units' own deadlines
-- on its path (itself, its parent, its grandparent: the campaign has three levels) and its
-- pilot deadline; of equal ones the higher unit's phrase is shown (DeadlineRules). A unit is
-- named as the program labels it: with its parent's name when its name is not unique.
WITH
  asof(day) AS (SELECT '2020-06-30'),
  c AS (SELECT * FROM conferences WHERE campaign_id = 1),
  -- How many units share each unit's name, by the key the program compares names by
  -- (Text::nameKey): lower case, and the old tone placement of a syllable-final oa, oe, uy
  -- moved to the new (hoà = hòa). (SQLite's lower() is ASCII-only; the register writes
  -- names in one case.)
  named(id, n) AS MATERIALIZED (SELECT id, count(*) OVER (PARTITION BY rtrim(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(name) || ' '
        , 'oà ', 'òa '), 'oá ', 'óa '), 'oả ', 'ỏa '), 'oã ', 'õa '), 'oạ ', 'ọa ')
        , 'oè ', 'òe '), 'oé ', 'óe '), 'oẻ ', 'ỏe '), 'oẽ ', 'õe '), 'oẹ ', 'ọe ')
        , 'uỳ ', 'ùy '), 'uý ', 'úy '), 'uỷ ', 'ủy '), 'uỹ ', 'ũy '), 'uỵ ', 'ụy '))) FROM units),
  candidate(unit_id, rank, last, text) AS (
    SELECT c.unit_id, 0, l.deadline_last, l.deadline_text FROM c
      JOIN campaign_levels l ON l.campaign_id = c.campaign_id AND l.level = c.level
      WHERE l.deadline_last IS NOT NULL
    UNION ALL
    SELECT c.unit_id, 1, o.deadline_last, o.deadline_text FROM c
      JOIN conferences p ON p.campaign_id = c.campaign_id AND p.unit_id = c.parent_unit_id
      JOIN deadline_overrides o ON o.campaign_id = c.campaign_id
        AND o.unit_id = p.parent_unit_id AND o.level = c.level
    UNION ALL
    SELECT c.unit_id, 2, o.deadline_last, o.deadline_text FROM c
      JOIN deadline_overrides o ON o.campaign_id = c.campaign_id
        AND o.unit_id = c.parent_unit_id AND o.level = c.level
    UNION ALL
    SELECT c.unit_id, 3, o.deadline_last, o.deadline_text FROM c
      JOIN deadline_overrides o ON o.campaign_id = c.campaign_id
        AND o.unit_id = c.unit_id AND o.level = c.level
    UNION ALL
    SELECT c.unit_id, 4, p.deadline_last, p.deadline_text FROM c
      JOIN pilots p ON p.campaign_id = c.campaign_id AND p.unit_id = c.unit_id),
  -- min() makes the other columns come from the row with the smallest key.
  deadline AS (SELECT unit_id, min(last || rank) AS k, last, text FROM candidate GROUP BY unit_id),
  row AS (
    SELECT c.*, u.code, u.name AS unit_name, lv.rank AS level_rank, lv.name_vi AS level_name,
           CASE WHEN nm.n > 1 AND up.id IS NOT NULL THEN u.name || ' (' || up.name || ')'
                ELSE u.name END AS label,
           p.name AS parent_name, p.code AS parent_code,
           d.last, d.text, pl.unit_id IS NOT NULL AS pilot, g.name AS group_name,
           CASE WHEN c.held_on IS NOT NULL AND c.held_on <= (SELECT day FROM asof) THEN
                  CASE WHEN c.report_received_on IS NOT NULL
                         AND c.report_received_on <= (SELECT day FROM asof)
                       THEN 'Đã nhận báo cáo' ELSE 'Đã tổ chức' END
                WHEN c.scheduled_on IS NOT NULL THEN 'Đã lên lịch'
                ELSE 'Chưa lên lịch' END AS stage,
           c.held_on IS NOT NULL AND c.held_on <= (SELECT day FROM asof) AS held,
           CAST(julianday(d.last) - julianday(coalesce(
                CASE WHEN c.held_on <= (SELECT day FROM asof) THEN c.held_on END,
                (SELECT day FROM asof))) AS INTEGER) AS days_left
    FROM c
    JOIN units u ON u.id = c.unit_id
    JOIN levels lv ON lv.key = c.level
    JOIN named nm ON nm.id = u.id
    LEFT JOIN units up ON up.id = u.parent_id
    LEFT JOIN units p ON p.id = c.parent_unit_id
    LEFT JOIN deadline d ON d.unit_id = c.unit_id
    LEFT JOIN pilots pl ON pl.campaign_id = c.campaign_id AND pl.unit_id = c.unit_id
    LEFT JOIN steering_assignments sa ON sa.campaign_id = c.campaign_id AND sa.unit_id = c.unit_id
    LEFT JOIN steering_groups g ON g.id = sa.group_id)
SELECT row_number() OVER (ORDER BY level_rank, parent_name, parent_code, unit_name, code) AS "STT",
       code AS "Mã",
       label AS "Đơn vị",
       level_name AS "Cấp",
       parent_name AS "Trực thuộc",
       strftime('%d/%m/%Y', last) AS "Thời hạn",
       text AS "Theo văn bản chỉ đạo",
       CASE WHEN pilot THEN 'có' END AS "Điểm",
       strftime('%d/%m/%Y', scheduled_on) AS "Dự kiến ngày",
       nullif(venue, '') AS "Địa điểm",
       strftime('%d/%m/%Y', held_on) AS "Ngày tổ chức",
       stage
         || CASE WHEN last IS NULL THEN ''
                 WHEN held AND days_left < 0 THEN ', tổ chức chậm ' || -days_left || ' ngày'
                 WHEN held THEN ', tổ chức đúng hạn'
                 WHEN days_left < 0 THEN ', quá hạn ' || -days_left || ' ngày'
                 WHEN days_left = 0 THEN ', đến hạn hôm nay'
                 ELSE ', còn ' || days_left || ' ngày' END
         || CASE WHEN held AND EXISTS (
                   SELECT 1 FROM conferences k WHERE k.campaign_id = row.campaign_id
                     AND k.parent_unit_id = row.unit_id
                     AND (k.held_on IS NULL OR k.held_on > row.held_on))
                 THEN '; tổ chức trước các đơn vị cấp dưới' ELSE '' END AS "Tình hình",
       group_name AS "Tổ chỉ đạo"
FROM row
ORDER BY level_rank, parent_name, parent_code, unit_name, code;
