-- The units of the tree, as `danvan-cli export --report units --format csv` writes them:
-- the same 9 columns, one line per unit, the Vietnamese words of the program, dates
-- dd/MM/yyyy. The program writes them in the tree's order (children by name in Vietnamese
-- order, each unit followed by those below it), which SQLite cannot collate; the rows are
-- compared as sets, so this query orders them by code. A kind is shown by its Vietnamese
-- name, which is the stored word; a level by its Vietnamese name.
SELECT u.code AS "Mã",
       u.name AS "Tên",
       u.kind AS "Loại",
       coalesce(nullif(l.name_vi, ''), u.level) AS "Cấp",
       p.code AS "Mã đơn vị cấp trên",
       p.name AS "Đơn vị cấp trên",
       strftime('%d/%m/%Y', u.valid_from) AS "Hiệu lực từ",
       strftime('%d/%m/%Y', u.valid_to) AS "Hiệu lực đến",
       CASE WHEN u.valid_to IS NULL THEN 'đang hoạt động' ELSE 'đã giải thể/sáp nhập' END
         AS "Tình trạng"
FROM units u
LEFT JOIN levels l ON l.key = u.level
LEFT JOIN units p ON p.id = u.parent_id AND p.id <> u.id
ORDER BY u.code, u.id;
