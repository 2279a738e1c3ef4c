-- The second table of the exemplars report (FILE-2.csv): for each field, in the catalogue's
-- order, the exemplars by the level of the unit that commended them, collective and
-- individual, their total and the money mobilised; "(field not set)" when some have no
-- field; then the total row.
WITH
  counted AS (
    SELECT coalesce(e.field_id, 0) AS field, f.name AS field_name, f.position,
           sum(b.level = 'province') AS province, sum(b.level = 'district') AS district,
           sum(b.level = 'commune') AS commune, sum(e.kind = 'collective') AS collective,
           sum(e.kind = 'individual') AS individual, sum(coalesce(e.money, 0)) AS money
    FROM exemplars e LEFT JOIN units b ON b.id = e.recognised_by
    LEFT JOIN fields f ON f.id = e.field_id
    WHERE e.campaign_id = 1 GROUP BY 1),
  listed AS (
    SELECT f.position AS ord, f.name, coalesce(c.province, 0) AS province,
           coalesce(c.district, 0) AS district, coalesce(c.commune, 0) AS commune,
           coalesce(c.collective, 0) AS collective, coalesce(c.individual, 0) AS individual,
           coalesce(c.money, 0) AS money
    FROM fields f LEFT JOIN counted c ON c.field = f.id
    UNION ALL
    SELECT 1e9, '(chưa ghi lĩnh vực)', province, district, commune, collective, individual,
           money FROM counted WHERE field = 0)
SELECT name AS "Lĩnh vực", province AS "Cấp tỉnh", district AS "Cấp huyện và tương đương",
       commune AS "Cấp cơ sở", collective AS "Mô hình tập thể",
       individual AS "Điển hình cá nhân", collective + individual AS "Tổng cộng",
       money AS "Kinh phí huy động (đồng)"
FROM (SELECT * FROM listed ORDER BY ord)
UNION ALL
SELECT 'Tổng cộng', sum(province), sum(district), sum(commune), sum(collective),
       sum(individual), sum(collective + individual), sum(money) FROM listed;
