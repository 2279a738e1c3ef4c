<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AddCatalogueEntryCommand</name>
    <message>
        <source>add the field of activity “%1”</source>
        <translation>thêm lĩnh vực “%1”</translation>
    </message>
    <message>
        <source>add the reward form “%1”</source>
        <translation>thêm hình thức khen thưởng “%1”</translation>
    </message>
</context>
<context>
    <name>AddUnitsDialog</name>
    <message>
        <source>Add units to follow</source>
        <translation>Thêm đơn vị theo dõi</translation>
    </message>
    <message>
        <source>name or code; accents may be left out</source>
        <translation>tên hoặc mã; gõ không dấu cũng được</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>&amp;Phạm vi:</translation>
    </message>
    <message>
        <source>&amp;Check all shown</source>
        <translation>&amp;Chọn tất cả đơn vị đang hiện</translation>
    </message>
    <message>
        <source>&amp;Uncheck all shown</source>
        <translation>&amp;Bỏ chọn tất cả đơn vị đang hiện</translation>
    </message>
    <message>
        <source>All the campaign&apos;s units</source>
        <translation>Tất cả đơn vị của đợt tổng kết</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) chosen</source>
        <translation>
            <numerusform>Đã chọn %n đơn vị</numerusform>
        </translation>
    </message>
    <message>
        <source>Units of the campaign</source>
        <translation>Đơn vị của đợt tổng kết</translation>
    </message>
</context>
<context>
    <name>AssignUnitsCommand</name>
    <message>
        <source>take %1 from its steering group</source>
        <translation>bỏ %1 khỏi tổ chỉ đạo</translation>
    </message>
    <message>
        <source>give %1 to %2</source>
        <translation>giao %1 cho %2</translation>
    </message>
    <message numerus="yes">
        <source>take %n unit(s) from their steering groups</source>
        <translation>
            <numerusform>bỏ %n đơn vị khỏi tổ chỉ đạo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>give %n unit(s) to %1</source>
        <translation>
            <numerusform>giao %n đơn vị cho %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Deadline for the %1 conferences</source>
        <translation>Thời hạn tổ chức hội nghị %1</translation>
    </message>
    <message>
        <source>As the directive writes it: %1</source>
        <translation>Theo văn bản chỉ đạo: %1</translation>
    </message>
    <message>
        <source>Own deadline of %1 for the %2 conferences</source>
        <translation>Thời hạn riêng của %1 cho hội nghị %2</translation>
    </message>
    <message>
        <source>As it was set: %1</source>
        <translation>Theo thời hạn đã đặt: %1</translation>
    </message>
    <message>
        <source>Pilot conference of %1</source>
        <translation>Hội nghị điểm của %1</translation>
    </message>
    <message>
        <source>Summary conference of %1</source>
        <translation>Hội nghị tổng kết của %1</translation>
    </message>
    <message>
        <source>Held.</source>
        <translation>Đã tổ chức.</translation>
    </message>
    <message>
        <source>Planned.</source>
        <translation>Đã lên lịch.</translation>
    </message>
    <message>
        <source>The campaign has no steering group %1.</source>
        <translation>Đợt tổng kết không có tổ chỉ đạo %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>group</source>
        <translation>tổ</translation>
    </message>
    <message>
        <source>The campaign has no steering group: add the groups on the Steering groups page, or export one calendar of the whole campaign.</source>
        <translation>Đợt tổng kết chưa có tổ chỉ đạo nào: hãy thêm các tổ ở trang Tổ chỉ đạo, hoặc xuất một lịch chung cho cả đợt tổng kết.</translation>
    </message>
    <message>
        <source>“%1” is not a folder: choose the folder to write the calendars in.</source>
        <translation>“%1” không phải là thư mục: hãy chọn thư mục để ghi các tệp lịch.</translation>
    </message>
</context>
<context>
    <name>CampaignDocumentModel</name>
    <message>
        <source>Number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Trích yếu</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation>Đợt tổng kết phải có tên.</translation>
    </message>
    <message>
        <source>A campaign needs at least one level taking part.</source>
        <translation>Đợt tổng kết phải có ít nhất một cấp tham gia.</translation>
    </message>
    <message>
        <source>A campaign needs the date it starts.</source>
        <translation>Đợt tổng kết phải có ngày bắt đầu.</translation>
    </message>
    <message>
        <source>No unit in force on %1 under the chosen root is at a level taking part, so the campaign would be empty.</source>
        <translation>Tính đến ngày %1, trong phạm vi đơn vị gốc đã chọn không có đơn vị nào còn hiệu lực ở các cấp tham gia, nên đợt tổng kết sẽ không có đơn vị nào.</translation>
    </message>
    <message>
        <source>%1 does not take part in campaign number %2.</source>
        <translation>%1 không tham gia đợt tổng kết số %2.</translation>
    </message>
    <message>
        <source>The level “%1” does not take part in campaign number %2.</source>
        <translation>Cấp “%1” không tham gia đợt tổng kết số %2.</translation>
    </message>
    <message>
        <source>A document needs its number or its title.</source>
        <translation>Văn bản phải có số, ký hiệu hoặc trích yếu.</translation>
    </message>
    <message>
        <source>There is no document with the id %1 in this campaign.</source>
        <translation>Đợt tổng kết này không có văn bản mang mã số nội bộ %1.</translation>
    </message>
    <message>
        <source>The levels of a campaign are listed from the top down, each once: %1 cannot follow %2.</source>
        <translation>Các cấp của đợt tổng kết được kê từ trên xuống, mỗi cấp một lần: %1 không thể đứng sau %2.</translation>
    </message>
    <message>
        <source>%1 is a unit of the level “%2”, so the campaign&apos;s levels must start with it: the levels taking part are those from the campaign&apos;s own unit down.</source>
        <translation>%1 là đơn vị thuộc “%2”, nên các cấp của đợt tổng kết phải bắt đầu từ cấp này: các cấp tham gia là các cấp tính từ đơn vị của chính đợt tổng kết trở xuống.</translation>
    </message>
    <message numerus="yes">
        <source>%n conference(s)</source>
        <translation>
            <numerusform>%n hội nghị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n with results entered)</source>
        <translation>
            <numerusform> (%n hội nghị đã nhập kết quả)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) and exemplar(s)</source>
        <translation>
            <numerusform>%n mô hình, điển hình</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reward(s)</source>
        <translation>
            <numerusform>%n khen thưởng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steering group(s)</source>
        <translation>
            <numerusform>%n tổ chỉ đạo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n văn bản</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot take part in “%2”: its level does not take part in the campaign.</source>
        <translation>%1 không thể tham gia “%2”: cấp của đơn vị này không tham gia đợt tổng kết.</translation>
    </message>
    <message>
        <source>%1 already takes part in “%2”.</source>
        <translation>%1 đã tham gia “%2”.</translation>
    </message>
    <message>
        <source>%1 is the campaign&apos;s own unit and cannot be left out of it.</source>
        <translation>%1 là đơn vị của chính đợt tổng kết, không thể đưa ra khỏi đợt.</translation>
    </message>
    <message>
        <source>%1 cannot be left out of “%2”: results of its conference are already entered (its report, models and exemplars, rewards or nominations). Nothing was changed.</source>
        <translation>Không thể đưa %1 ra khỏi “%2”: đã nhập kết quả hội nghị của đơn vị (báo cáo, mô hình, điển hình, khen thưởng hoặc giới thiệu). Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is no campaign number %1.</source>
        <translation>Không có đợt tổng kết số %1.</translation>
    </message>
    <message>
        <source>“%1” is not one of the levels; they are %2.</source>
        <translation>“%1” không phải là một trong các cấp; các cấp là %2.</translation>
    </message>
</context>
<context>
    <name>CampaignSpec</name>
    <message>
        <source>%1 is not valid JSON (at character %2: %3).</source>
        <translation>%1 không phải là JSON hợp lệ (tại ký tự thứ %2: %3).</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>danvan does not know this field; the fields here are %1.</source>
        <translation>danvan không biết trường này; các trường ở đây là %1.</translation>
    </message>
    <message>
        <source>an object { … } is expected here.</source>
        <translation>ở đây cần một đối tượng { … }.</translation>
    </message>
    <message>
        <source>this field is required.</source>
        <translation>trường này là bắt buộc.</translation>
    </message>
    <message>
        <source>a list [ … ] is expected here.</source>
        <translation>ở đây cần một danh sách [ … ].</translation>
    </message>
    <message>
        <source>the list must not be empty.</source>
        <translation>danh sách không được để trống.</translation>
    </message>
    <message>
        <source>a text in quotation marks is expected here.</source>
        <translation>ở đây cần một chuỗi chữ trong dấu ngoặc kép.</translation>
    </message>
    <message>
        <source>this field must not be empty.</source>
        <translation>trường này không được để trống.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it yyyy-MM-dd.</source>
        <translation>“%1” không phải là ngày; hãy viết theo dạng yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: a campaign is described by one object { … }.</source>
        <translation>%1: một đợt tổng kết được mô tả bằng một đối tượng { … }.</translation>
    </message>
    <message>
        <source>a document needs its number or its title.</source>
        <translation>văn bản cần có số hoặc trích yếu.</translation>
    </message>
    <message>
        <source>%1 has no register code, so a description cannot name it.</source>
        <translation>%1 không có mã trong danh mục nên bản mô tả không thể gọi tên đơn vị này.</translation>
    </message>
    <message>
        <source>“%1” is not a level; the levels are %2.</source>
        <translation>“%1” không phải là một cấp; các cấp là %2.</translation>
    </message>
    <message>
        <source>%1 is the campaign&apos;s own unit and cannot be left out of it.</source>
        <translation>%1 là đơn vị của chính đợt tổng kết, không thể đưa ra khỏi đợt.</translation>
    </message>
    <message>
        <source>%1 does not take part in the campaign.</source>
        <translation>%1 không tham gia đợt tổng kết.</translation>
    </message>
    <message>
        <source>no unit in the database has the code “%1”.</source>
        <translation>trong cơ sở dữ liệu không có đơn vị nào mang mã “%1”.</translation>
    </message>
</context>
<context>
    <name>CampaignView</name>
    <message>
        <source>Campaign</source>
        <translation>Đợt tổng kết</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Add a directive, plan or guidance of the campaign</source>
        <translation>Thêm công văn, kế hoạch hoặc hướng dẫn của đợt tổng kết</translation>
    </message>
    <message>
        <source>Deadlines of the levels, as the directive writes them</source>
        <translation>Thời hạn của các cấp, ghi như trong văn bản chỉ đạo</translation>
    </message>
    <message>
        <source>Write the deadline as the directive does (cuối tháng 6-2020, giữa tháng 9-2020, tháng 5/2020, 30/06/2020) and press Enter.</source>
        <translation>Ghi thời hạn như trong văn bản chỉ đạo (cuối tháng 6-2020, giữa tháng 9-2020, tháng 5/2020, 30/06/2020) rồi nhấn Enter.</translation>
    </message>
    <message>
        <source>Double-click a unit to open it</source>
        <translation>Nhấp đúp vào một đơn vị để mở</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Giai đoạn %1</translation>
    </message>
    <message>
        <source>%1 and the units below it</source>
        <translation>%1 và các đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ ngày %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Key dates: %1</source>
        <translation>Các mốc thời gian: %1</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>chưa có thời hạn</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>chậm nhất ngày %1</translation>
    </message>
    <message>
        <source>by %1 (%2)</source>
        <translation>chậm nhất ngày %1 (%2)</translation>
    </message>
    <message>
        <source>Units&apos; own deadlines and pilots</source>
        <translation>Thời hạn riêng của đơn vị và đơn vị điểm</translation>
    </message>
    <message>
        <source>Remove the unit&apos;s own deadline or its pilot mark; the deadline above applies again</source>
        <translation>Bỏ thời hạn riêng hoặc dấu đơn vị điểm của đơn vị; thời hạn của cấp trên lại được áp dụng</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>Tạo đợt tổng kết &amp;mới…</translation>
    </message>
    <message>
        <source>closed: it can be read, printed and exported, not changed</source>
        <translation>đã đóng: được xem, in và xuất, không được sửa</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Thê&amp;m…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>There is no campaign yet.</source>
        <translation>Chưa có đợt tổng kết nào.</translation>
    </message>
    <message>
        <source>Nothing is open: open a file or connect to a server.</source>
        <translation>Chưa mở gì: hãy mở một tệp hoặc kết nối tới một máy chủ.</translation>
    </message>
    <message>
        <source>%1 The campaign&apos;s documents and the deadlines of its levels can be read here, not changed.</source>
        <translation>%1 Ở đây chỉ xem được văn bản và thời hạn các cấp của đợt tổng kết, không sửa được.</translation>
    </message>
</context>
<context>
    <name>CatalogueEditor</name>
    <message>
        <source>&amp;Fields of activity, in the order lists show them:</source>
        <translation>&amp;Lĩnh vực, theo thứ tự hiển thị trong các danh sách:</translation>
    </message>
    <message>
        <source>&amp;Reward forms, in the order lists show them:</source>
        <translation>Hình thức &amp;khen thưởng, theo thứ tự hiển thị trong các danh sách:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>a new field, such as Xây dựng nông thôn mới</source>
        <translation>lĩnh vực mới, ví dụ Xây dựng nông thôn mới</translation>
    </message>
    <message>
        <source>a new reward form, such as Kỷ niệm chương</source>
        <translation>hình thức khen thưởng mới, ví dụ Kỷ niệm chương</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Thê&amp;m</translation>
    </message>
    <message>
        <source>Add the name typed as a new entry</source>
        <translation>Thêm tên vừa gõ thành một mục mới</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Đổi tê&amp;n</translation>
    </message>
    <message>
        <source>Give the chosen entry the name typed</source>
        <translation>Đổi tên mục đang chọn thành tên vừa gõ</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Remove the chosen entry; an entry in use stays</source>
        <translation>Xóa mục đang chọn; mục đang được dùng thì vẫn được giữ lại</translation>
    </message>
</context>
<context>
    <name>CatalogueRepository</name>
    <message>
        <source>The name is empty.</source>
        <translation>Chưa nhập tên.</translation>
    </message>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>“%1” đã có trong danh sách.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used %n time(s), so it stays in the list; rename it instead.</source>
        <translation>
            <numerusform>“%1” đang được dùng %n lần nên vẫn được giữ trong danh sách; nếu cần, hãy đổi tên.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CataloguesDialog</name>
    <message>
        <source>Fields of activity</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Reward forms</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>Lists of fields and reward forms</source>
        <translation>Danh mục lĩnh vực và hình thức khen thưởng</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Hoàn tác: %1</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Danh mục</translation>
    </message>
</context>
<context>
    <name>CellValues</name>
    <message>
        <source>“%1”: there is no such day.</source>
        <translation>“%1”: không có ngày này.</translation>
    </message>
    <message>
        <source>“%1” is not a day; write it as dd/mm/yyyy, for example 20/05/2020.</source>
        <translation>“%1” không phải là ngày; hãy viết theo dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ 20/05/2020.</translation>
    </message>
    <message>
        <source>“%1” is a number, not a day; write it as dd/mm/yyyy, for example 20/05/2020.</source>
        <translation>“%1” là một số, không phải là ngày; hãy viết theo dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ 20/05/2020.</translation>
    </message>
    <message>
        <source>“%1” is not a number of people; write a whole number, 0 or more.</source>
        <translation>“%1” không phải là số người; hãy viết một số nguyên từ 0 trở lên.</translation>
    </message>
    <message>
        <source>“%1” is not a number of people; write it in figures, for example 120.</source>
        <translation>“%1” không phải là số người; hãy viết bằng chữ số, ví dụ 120.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in đồng; write a whole number such as 1.500.000.</source>
        <translation>“%1” không phải là số tiền tính bằng đồng; hãy viết một số nguyên, ví dụ 1.500.000.</translation>
    </message>
    <message>
        <source>The cell holds the error “%1” of a formula, not a value.</source>
        <translation>Ô này chứa lỗi “%1” của công thức, không phải là một giá trị.</translation>
    </message>
</context>
<context>
    <name>ChangeOfficeSettingsCommand</name>
    <message>
        <source>change the office&apos;s settings</source>
        <translation>thay đổi thiết lập của cơ quan</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>(see danvan-cli %1 --help)</source>
        <translation>(xem danvan-cli %1 --help)</translation>
    </message>
    <message>
        <source>“%1” is not a language; use vi or en.</source>
        <translation>“%1” không phải là ngôn ngữ; hãy dùng vi hoặc en.</translation>
    </message>
    <message>
        <source>danvan-cli: “%1” is not a command. Run danvan-cli --help to see the commands.</source>
        <translation>danvan-cli: “%1” không phải là lệnh. Chạy danvan-cli --help để xem các lệnh.</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Hiển thị trợ giúp này.</translation>
    </message>
    <message numerus="yes">
        <source>%n argument(s) expected after the command.</source>
        <translation>
            <numerusform>Sau lệnh cần có %n đối số.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creates a new danvan database. With --example it holds the Kiên Giang 2016–2020 campaign: the province, its 15 district-level units and 145 communes, the deadlines of Công văn 1029-CV/TU, Châu Thành&apos;s own deadline and the two pilots.</source>
        <translation>Tạo một cơ sở dữ liệu danvan mới. Với --example, cơ sở dữ liệu có sẵn đợt tổng kết 2016–2020 của tỉnh Kiên Giang: tỉnh, 15 đơn vị cấp huyện và 145 xã, phường, thị trấn, các thời hạn theo Công văn 1029-CV/TU, thời hạn riêng của huyện Châu Thành và hai đơn vị điểm.</translation>
    </message>
    <message>
        <source>Fill it with the Kiên Giang example.</source>
        <translation>Nạp sẵn dữ liệu ví dụ của tỉnh Kiên Giang.</translation>
    </message>
    <message>
        <source>“%1” already exists; init only creates new files.</source>
        <translation>“%1” đã tồn tại; lệnh init chỉ tạo tệp mới.</translation>
    </message>
    <message>
        <source>Created %1 with the Kiên Giang 2016–2020 example (campaign %2).</source>
        <translation>Đã tạo %1 với dữ liệu ví dụ Kiên Giang 2016–2020 (đợt tổng kết số %2).</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Đã tạo %1.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>NGÀY</translation>
    </message>
    <message>
        <source>--effective: “%1” is not a date; write dd/MM/yyyy or yyyy-MM-dd.</source>
        <translation>--effective: “%1” không phải là ngày; hãy viết theo dạng dd/MM/yyyy hoặc yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>Records a unit&apos;s conference in a campaign. Only the fields given change; an empty value (&quot;&quot;) clears a field. Dates are dd/MM/yyyy or yyyy-MM-dd.</source>
        <translation>Ghi thông tin hội nghị của một đơn vị trong một đợt tổng kết. Chỉ những trường được nêu mới thay đổi; giá trị rỗng (&quot;&quot;) sẽ xóa trường đó. Ngày viết theo dạng dd/MM/yyyy hoặc yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>The unit&apos;s register code.</source>
        <translation>Mã của đơn vị trong danh mục.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>The campaign&apos;s number (needed when the unit takes part in several).</source>
        <translation>Số của đợt tổng kết (cần khi đơn vị tham gia nhiều đợt).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>SỐ</translation>
    </message>
    <message>
        <source>The day it is planned for.</source>
        <translation>Ngày dự kiến tổ chức.</translation>
    </message>
    <message>
        <source>Where it is held.</source>
        <translation>Địa điểm tổ chức.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>NỘI_DUNG</translation>
    </message>
    <message>
        <source>The day it was held.</source>
        <translation>Ngày đã tổ chức hội nghị.</translation>
    </message>
    <message>
        <source>Who chaired it.</source>
        <translation>Người chủ trì.</translation>
    </message>
    <message>
        <source>How many attended.</source>
        <translation>Số người dự.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The day its report was received.</source>
        <translation>Ngày nhận báo cáo.</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>Ghi chú.</translation>
    </message>
    <message>
        <source>--unit CODE is required.</source>
        <translation>Phải có --unit MÃ.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a date; write dd/MM/yyyy or yyyy-MM-dd.</source>
        <translation>--%1: “%2” không phải là ngày; hãy viết theo dạng dd/MM/yyyy hoặc yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>--campaign: “%1” is not a campaign number.</source>
        <translation>--campaign: “%1” không phải là số của đợt tổng kết.</translation>
    </message>
    <message>
        <source>%1 (%2) takes part in no campaign.</source>
        <translation>%1 (%2) không tham gia đợt tổng kết nào.</translation>
    </message>
    <message>
        <source>%1 (%2) takes part in campaigns %3; choose one with --campaign.</source>
        <translation>%1 (%2) tham gia các đợt tổng kết %3; hãy chọn một đợt bằng --campaign.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Saved the conference of %1 (%2) in campaign %3: %4.</source>
        <translation>Đã lưu hội nghị của %1 (%2) trong đợt tổng kết số %3: %4.</translation>
    </message>
    <message>
        <source>Sets a deadline, written as directives write it (“cuối tháng 6-2020”, “tháng 5/2020”, “trước ngày 15/10/2020”, “30/06/2020”, ...). Without --unit it is the campaign&apos;s deadline for the level; with --unit it is that unit&apos;s own deadline for the level in its part of the tree, which may be tighter than the one above it, never looser.</source>
        <translation>Đặt thời hạn, viết như trong văn bản chỉ đạo (“cuối tháng 6-2020”, “tháng 5/2020”, “trước ngày 15/10/2020”, “30/06/2020”, ...). Không có --unit thì đó là thời hạn của đợt tổng kết cho cấp đó; có --unit thì đó là thời hạn riêng mà đơn vị ấy đặt cho cấp đó trong phạm vi mình phụ trách, có thể sớm hơn thời hạn của cấp trên nhưng không được muộn hơn.</translation>
    </message>
    <message>
        <source>The campaign&apos;s number (default: the only one).</source>
        <translation>Số của đợt tổng kết (mặc định: đợt duy nhất trong tệp).</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>CẤP</translation>
    </message>
    <message>
        <source>The register code of the unit setting it.</source>
        <translation>Mã trong danh mục của đơn vị đặt thời hạn.</translation>
    </message>
    <message>
        <source>The deadline phrase.</source>
        <translation>Cụm từ ghi thời hạn.</translation>
    </message>
    <message>
        <source>PHRASE</source>
        <translation>CỤM_TỪ</translation>
    </message>
    <message>
        <source>Remove the unit&apos;s own deadline.</source>
        <translation>Bỏ thời hạn riêng của đơn vị.</translation>
    </message>
    <message>
        <source>Give either --text PHRASE or --remove.</source>
        <translation>Hãy dùng một trong hai: --text CỤM_TỪ hoặc --remove.</translation>
    </message>
    <message>
        <source>Give --level for a campaign&apos;s deadline, or --unit for a unit&apos;s own.</source>
        <translation>Hãy dùng --level để đặt thời hạn của đợt tổng kết, hoặc --unit để đặt thời hạn riêng của một đơn vị.</translation>
    </message>
    <message>
        <source>Marks a unit as the pilot (đơn vị điểm) of its level, with its own deadline, which may not be later than the unit&apos;s deadline without it; or removes the mark.</source>
        <translation>Chọn một đơn vị làm đơn vị điểm của cấp mình, với thời hạn riêng không được muộn hơn thời hạn mà đơn vị đó phải theo nếu không làm điểm; hoặc bỏ chọn đơn vị điểm.</translation>
    </message>
    <message>
        <source>The pilot unit&apos;s register code.</source>
        <translation>Mã trong danh mục của đơn vị điểm.</translation>
    </message>
    <message>
        <source>The pilot&apos;s deadline phrase.</source>
        <translation>Cụm từ ghi thời hạn của đơn vị điểm.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) takes part in %n campaign(s); choose one with --campaign.</source>
        <translation>
            <numerusform>%1 (%2) tham gia %n đợt tổng kết; hãy chọn một đợt bằng --campaign.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) is no longer a pilot.</source>
        <translation>%1 (%2) đã thôi làm đơn vị điểm.</translation>
    </message>
    <message>
        <source>%1 (%2) is the pilot of its level, with the deadline %3 (%4).</source>
        <translation>%1 (%2) là đơn vị điểm của cấp mình, với thời hạn %3 (%4).</translation>
    </message>
    <message>
        <source>Only this campaign.</source>
        <translation>Chỉ đợt tổng kết này.</translation>
    </message>
    <message>
        <source>The day to evaluate (default: today).</source>
        <translation>Ngày xét tình trạng (mặc định: hôm nay).</translation>
    </message>
    <message>
        <source>--today: “%1” is not a date; write yyyy-MM-dd.</source>
        <translation>--today: “%1” không phải là ngày; hãy viết theo dạng yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>Remove the pilot mark.</source>
        <translation>Bỏ đánh dấu đơn vị điểm.</translation>
    </message>
    <message>
        <source>(see danvan-cli --help)</source>
        <translation>(xem danvan-cli --help)</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>BÁO_CÁO</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>ĐỊNH_DẠNG</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Tệp sẽ ghi ra.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>The day the report is as of (default: today).</source>
        <translation>Ngày tính số liệu của báo cáo (mặc định: hôm nay).</translation>
    </message>
    <message>
        <source>CSV: the separator, “,” (default) or “;”.</source>
        <translation>CSV: dấu phân cách, “,” (mặc định) hoặc “;”.</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>KÝ_TỰ</translation>
    </message>
    <message>
        <source>CSV: dates as dmy (dd/MM/yyyy, default) or iso.</source>
        <translation>CSV: ngày tháng dạng dmy (dd/MM/yyyy, mặc định) hoặc iso.</translation>
    </message>
    <message>
        <source>STYLE</source>
        <translation>KIỂU</translation>
    </message>
    <message>
        <source>ORIENTATION</source>
        <translation>HƯỚNG_GIẤY</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>Cần có --out TỆP.</translation>
    </message>
    <message>
        <source>--delimiter: write “,” or “;”.</source>
        <translation>--delimiter: hãy ghi “,” hoặc “;”.</translation>
    </message>
    <message>
        <source>--dates: write dmy or iso.</source>
        <translation>--dates: hãy ghi dmy hoặc iso.</translation>
    </message>
    <message>
        <source>--orientation: write portrait or landscape.</source>
        <translation>--orientation: hãy ghi portrait hoặc landscape.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n trang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Đã ghi: %1</translation>
    </message>
    <message>
        <source>Copied to %1.</source>
        <translation>Đã sao lưu vào %1.</translation>
    </message>
    <message>
        <source>Usage: danvan-cli campaign create|list|export|next|rename|close|reopen|delete DB [options]
Run “danvan-cli campaign SUBCOMMAND --help” for a subcommand&apos;s options.
</source>
        <translation>Cách dùng: danvan-cli campaign create|list|export|next|rename|close|reopen|delete DB [tùy chọn]
Chạy “danvan-cli campaign LỆNH-CON --help” để xem các tùy chọn của từng lệnh con.
</translation>
    </message>
    <message>
        <source>write one of %1 after “campaign”.</source>
        <translation>hãy viết một trong các lệnh %1 sau “campaign”.</translation>
    </message>
    <message>
        <source>Creates a campaign from its description, a JSON file (see docs/campaign-format.md): name, phase, the office&apos;s own unit, start, levels with their deadlines, documents, key dates, units&apos; own deadlines, pilots, units left out or added, steering groups and the office&apos;s document settings. Everything is checked first; on any error nothing is created.</source>
        <translation>Tạo đợt tổng kết từ bản mô tả, một tệp JSON (xem docs/campaign-format.md): tên, giai đoạn, đơn vị của cơ quan, ngày bắt đầu, các cấp với thời hạn, văn bản, các ngày quan trọng, thời hạn riêng của đơn vị, đơn vị điểm, đơn vị bỏ ra hoặc thêm vào, tổ chỉ đạo và thông tin văn bản của cơ quan. Mọi thứ được kiểm tra trước; có bất kỳ lỗi nào thì không tạo gì cả.</translation>
    </message>
    <message>
        <source>The description to read.</source>
        <translation>Bản mô tả cần đọc.</translation>
    </message>
    <message>
        <source>--spec FILE is required.</source>
        <translation>Cần có --spec TỆP.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Không đọc được “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>Created campaign %1 “%2” with %n unit(s) taking part.</source>
        <translation>
            <numerusform>Đã tạo đợt tổng kết số %1 “%2” với %n đơn vị tham gia.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file to write; - for the output.</source>
        <translation>Tệp cần ghi; - để in ra màn hình.</translation>
    </message>
    <message>
        <source>“%1” was not written: %2</source>
        <translation>Chưa ghi được “%1”: %2</translation>
    </message>
    <message>
        <source>Creates the next phase of a campaign: the same office&apos;s unit, levels, documents, steering groups with their members and units, and office settings; the levels&apos; deadline phrases moved by the years between the two starts (or --shift-years). The units are those of the tree at the new start. Check the deadlines it prints.</source>
        <translation>Tạo giai đoạn tiếp theo của một đợt tổng kết: cùng đơn vị của cơ quan, các cấp, văn bản, tổ chỉ đạo với thành viên và đơn vị theo dõi, và thông tin văn bản của cơ quan; thời hạn của các cấp được dời theo số năm giữa hai ngày bắt đầu (hoặc --shift-years). Đơn vị tham gia là các đơn vị có hiệu lực vào ngày bắt đầu mới. Hãy kiểm tra lại các thời hạn được in ra.</translation>
    </message>
    <message>
        <source>The campaign to carry over (default: the only one).</source>
        <translation>Đợt tổng kết cần chuyển sang giai đoạn mới (mặc định: đợt duy nhất).</translation>
    </message>
    <message>
        <source>The new campaign&apos;s name.</source>
        <translation>Tên đợt tổng kết mới.</translation>
    </message>
    <message>
        <source>Its phase, such as 2021–2025.</source>
        <translation>Giai đoạn, ví dụ 2021–2025.</translation>
    </message>
    <message>
        <source>The day it starts.</source>
        <translation>Ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Move the deadline phrases by N years (default: the years between the two starts).</source>
        <translation>Dời thời hạn đi N năm (mặc định: số năm giữa hai ngày bắt đầu).</translation>
    </message>
    <message>
        <source>--name TEXT and --starts DATE are required.</source>
        <translation>Cần có --name TÊN và --starts NGÀY.</translation>
    </message>
    <message>
        <source>--starts: “%1” is not a date; write dd/MM/yyyy or yyyy-MM-dd.</source>
        <translation>--starts: “%1” không phải là ngày; hãy viết dd/MM/yyyy hoặc yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>--shift-years: “%1” is not a whole number of years.</source>
        <translation>--shift-years: “%1” không phải là một số năm nguyên.</translation>
    </message>
    <message>
        <source>  %1: %2 (%3)</source>
        <translation>  %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Renames a campaign, or sets its phase.</source>
        <translation>Đổi tên một đợt tổng kết, hoặc đặt lại giai đoạn.</translation>
    </message>
    <message>
        <source>The campaign&apos;s number.</source>
        <translation>Số của đợt tổng kết.</translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation>Tên mới.</translation>
    </message>
    <message>
        <source>The new phase.</source>
        <translation>Giai đoạn mới.</translation>
    </message>
    <message>
        <source>--campaign ID is required.</source>
        <translation>Cần có --campaign SỐ.</translation>
    </message>
    <message>
        <source>Give --name, --phase or both.</source>
        <translation>Hãy cho --name, --phase hoặc cả hai.</translation>
    </message>
    <message>
        <source>Campaign %1 is now “%2” (%3).</source>
        <translation>Đợt tổng kết số %1 nay là “%2” (%3).</translation>
    </message>
    <message>
        <source>Closes a campaign: its records can still be read, printed and exported, but nothing of it can be changed until it is reopened.</source>
        <translation>Đóng một đợt tổng kết: vẫn xem, in và xuất được, nhưng không sửa được gì cho đến khi mở lại.</translation>
    </message>
    <message>
        <source>Reopens a closed campaign, so that its records can be changed again.</source>
        <translation>Mở lại một đợt tổng kết đã đóng để có thể sửa tiếp.</translation>
    </message>
    <message>
        <source>Campaign %1 “%2” is closed.</source>
        <translation>Đã đóng đợt tổng kết số %1 “%2”.</translation>
    </message>
    <message>
        <source>Campaign %1 “%2” is open again.</source>
        <translation>Đã mở lại đợt tổng kết số %1 “%2”.</translation>
    </message>
    <message>
        <source>Deletes a campaign with everything entered for it: conferences, deadlines, pilots, models and exemplars, nominations, rewards, steering groups and documents. The units stay. Make a backup first (danvan-cli backup).</source>
        <translation>Xóa một đợt tổng kết cùng mọi thứ đã nhập cho đợt: hội nghị, thời hạn, đơn vị điểm, mô hình, điển hình, giới thiệu, khen thưởng, tổ chỉ đạo và văn bản. Các đơn vị vẫn giữ nguyên. Hãy sao lưu trước (danvan-cli backup).</translation>
    </message>
    <message>
        <source>Yes, delete it.</source>
        <translation>Đồng ý xóa.</translation>
    </message>
    <message>
        <source>Deleting campaign %1 “%2” would delete %3. Add --yes to delete it.</source>
        <translation>Xóa đợt tổng kết số %1 “%2” sẽ xóa %3. Thêm --yes để xóa.</translation>
    </message>
    <message>
        <source>Deleted campaign %1 “%2” with %3.</source>
        <translation>Đã xóa đợt tổng kết số %1 “%2” cùng %3.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a number of people; write a whole number, 0 or more.</source>
        <translation>--%1: “%2” không phải là số người; hãy viết một số nguyên từ 0 trở lên.</translation>
    </message>
    <message>
        <source>Checks a danvan file without changing it, as the window and every command do before they open it. The file must be a danvan database that is not damaged, and its schema must be exactly the one danvan creates for its data version: the same tables, columns, constraints, indexes, triggers and views, defined the same way. A trigger, view, table or index that another program added, or anything it changed or removed, makes danvan refuse the file, because it could run when danvan writes and alter or delete records.

Prints JSON: &quot;file&quot;; &quot;version&quot;, its data version (this danvan writes &quot;currentVersion&quot;; an older file is updated when opened); &quot;opens&quot;, true when danvan opens the file; &quot;message&quot;, why not; &quot;onlyAdditions&quot;, true when everything danvan created is there unchanged and something was only added (the window then offers to open the file read-only, to rescue what it holds); and &quot;differences&quot;, each with &quot;kind&quot; (extra, missing or changed), &quot;name&quot;, and &quot;expected&quot; and &quot;found&quot;: the object&apos;s &quot;type&quot;, &quot;table&quot; and &quot;sql&quot; as danvan creates it and as the file holds it (null for an extra or missing one).

Exit code 0 when danvan opens the file, 1 when it refuses it (the message is also written on stderr).</source>
        <translation>Kiểm tra một tệp danvan mà không thay đổi nó, như cửa sổ và mọi lệnh vẫn làm trước khi mở tệp. Tệp phải là cơ sở dữ liệu danvan không bị hỏng, và lược đồ của nó phải đúng y như lược đồ danvan tạo ra cho phiên bản dữ liệu của tệp: cùng các bảng, cột, ràng buộc, chỉ mục, trigger và view, định nghĩa giống hệt. Một trigger, view, bảng hoặc chỉ mục do chương trình khác thêm vào, hay bất cứ thứ gì nó sửa hoặc xóa, đều khiến danvan từ chối tệp, vì những thứ đó có thể chạy khi danvan ghi và làm sửa hoặc xóa dữ liệu.

In ra JSON: &quot;file&quot;; &quot;version&quot;, phiên bản dữ liệu của tệp (danvan này ghi phiên bản &quot;currentVersion&quot;; tệp cũ hơn được nâng cấp khi mở); &quot;opens&quot;, true khi danvan mở được tệp; &quot;message&quot;, lý do khi không mở; &quot;onlyAdditions&quot;, true khi mọi thứ danvan tạo ra vẫn còn nguyên và chỉ có thứ bị thêm vào (khi đó cửa sổ đề nghị mở tệp ở chế độ chỉ đọc để cứu dữ liệu); và &quot;differences&quot;, mỗi mục có &quot;kind&quot; (extra: thừa, missing: thiếu, changed: bị sửa), &quot;name&quot;, &quot;expected&quot; và &quot;found&quot;: &quot;type&quot;, &quot;table&quot; và &quot;sql&quot; của đối tượng như danvan tạo ra và như trong tệp (null với đối tượng thừa hoặc thiếu).

Mã thoát 0 khi danvan mở được tệp, 1 khi danvan từ chối tệp (thông báo cũng được ghi ra stderr).</translation>
    </message>
    <message>
        <source>Imports units from the national register&apos;s export saved as CSV (columns Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp, and optionally Tên Tiếng Anh), from a hierarchy CSV (code, name, kind, parent_code), or from the files of the 2025 reorganisation: the conversion table of 07/2025 (new ← old) and the list of new communes. Units are matched by code: a newer edition renames, moves, adds and retires; nothing is ever deleted. What a conversion table does not account for is printed as warnings. A broken file changes nothing.</source>
        <translation>Nhập đơn vị từ bảng danh mục đơn vị hành chính đã xuất và lưu dưới dạng CSV (các cột Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp, có thể thêm Tên Tiếng Anh), từ tệp CSV phân cấp (code, name, kind, parent_code), hoặc từ các tệp của đợt sắp xếp năm 2025: bảng chuyển đổi tháng 7/2025 (mới ← cũ) và danh sách xã, phường mới. Đơn vị được đối chiếu theo mã: bản danh mục mới hơn sẽ đổi tên, đổi nơi trực thuộc, thêm mới và cho hết hiệu lực các đơn vị; không đơn vị nào bị xóa. Những gì bảng chuyển đổi không nói đến được in ra thành cảnh báo. Tệp có lỗi thì không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The day the file&apos;s edition takes effect (default: today; for the files of the 2025 reorganisation, the day they state, else 01/07/2025). Units it no longer lists end the day before.</source>
        <translation>Ngày bản danh mục trong tệp có hiệu lực (mặc định: hôm nay; với các tệp của đợt sắp xếp năm 2025 là ngày ghi trong tệp, nếu không có thì 01/07/2025). Đơn vị nào tệp không còn liệt kê thì chỉ còn hiệu lực đến hết ngày hôm trước.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>cảnh báo: %1</translation>
    </message>
    <message>
        <source>exemplars, rewards: also name, for each row, the units in force today that carry its unit on (the new commune an old one went into in 2025).</source>
        <translation>exemplars, rewards: ghi thêm ở mỗi dòng đơn vị đang có hiệu lực hôm nay kế thừa đơn vị của dòng đó (xã, phường mới mà đơn vị cũ đã nhập vào năm 2025).</translation>
    </message>
    <message>
        <source>The day on which --unit CODE names the unit meant, for a code that has named two units (default: the first day of the campaign, else today).</source>
        <translation>Ngày dùng để xác định đơn vị mà --unit MÃ chỉ đến, khi một mã đã dùng cho hai đơn vị (mặc định: ngày bắt đầu đợt tổng kết, nếu không có thì hôm nay).</translation>
    </message>
    <message>
        <source>--on: “%1” is not a date; write dd/MM/yyyy or yyyy-MM-dd.</source>
        <translation>--on: “%1” không phải là ngày; hãy viết theo dạng dd/MM/yyyy hoặc yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>(Give the day with --on DATE.)</source>
        <translation>(Hãy cho biết ngày bằng --on NGÀY.)</translation>
    </message>
    <message>
        <source>Prints a unit&apos;s lineage as JSON: the unit (code, name, valid_from, valid_to), its predecessors (the units that went into it) and its successors (the units it went into), each with its code, name, days in force, the kind of change (whole, part, kept, renamed, type_changed), the day of the change and the source&apos;s note.</source>
        <translation>In quá trình hình thành của một đơn vị dưới dạng JSON: đơn vị (mã, tên, valid_from, valid_to), các đơn vị tiền thân (đã nhập vào đơn vị này) và các đơn vị kế thừa (đơn vị này đã nhập vào), mỗi đơn vị kèm mã, tên, thời gian có hiệu lực, hình thức thay đổi (whole: toàn bộ, part: một phần, kept: giữ nguyên, renamed: đổi tên, type_changed: đổi loại hình), ngày thay đổi và ghi chú của tệp nguồn.</translation>
    </message>
    <message>
        <source>The day on which the code names the unit meant, for a code that has named two units (default: today).</source>
        <translation>Ngày dùng để xác định đơn vị mà mã chỉ đến, khi một mã đã dùng cho hai đơn vị (mặc định: hôm nay).</translation>
    </message>
    <message>
        <source>The output could not be written: %1.</source>
        <translation>Không ghi được kết quả ra: %1.</translation>
    </message>
    <message>
        <source>Import the file even though it is an older edition than one already imported for its provinces (its units replace the newer ones).</source>
        <translation>Vẫn nhập tệp dù đây là bản danh mục cũ hơn bản đã nhập cho các tỉnh của tệp (đơn vị của bản cũ sẽ thay cho bản mới).</translation>
    </message>
    <message>
        <source>To import it all the same, add --older.</source>
        <translation>Nếu vẫn muốn nhập, hãy thêm --older.</translation>
    </message>
    <message>
        <source>Save a day before the campaign began, or more than a year after its last deadline (refused without it, as a likely typing mistake).</source>
        <translation>Vẫn lưu ngày trước khi đợt tổng kết bắt đầu, hoặc sau thời hạn cuối cùng của đợt hơn một năm (không có tùy chọn này thì bị từ chối, vì nhiều khả năng là gõ nhầm).</translation>
    </message>
    <message>
        <source>%1 (%2): %3 Nothing was saved; if the day is right, add --force.</source>
        <translation>%1 (%2): %3 Chưa lưu gì; nếu ngày đó đúng, hãy thêm --force.</translation>
    </message>
    <message>
        <source>The level, by its key (province, district, commune) or its name (tỉnh, huyện, cơ sở); default: the unit&apos;s own level.</source>
        <translation>Cấp, ghi theo mã (province, district, commune) hoặc theo tên (tỉnh, huyện, cơ sở); mặc định: cấp của chính đơn vị.</translation>
    </message>
    <message>
        <source>--level: “%1” is not a level; write %2.</source>
        <translation>--level: “%1” không phải là một cấp; hãy ghi %2.</translation>
    </message>
    <message>
        <source>The level “%1” does not take part in campaign number %2.</source>
        <translation>“%1” không tham gia đợt tổng kết số %2.</translation>
    </message>
    <message>
        <source>The deadline of the level “%1” is now %2 (%3).</source>
        <translation>Thời hạn của “%1” nay là %2 (%3).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Lưu ý: %1</translation>
    </message>
    <message>
        <source>%1 (%2) no longer sets its own deadline for the level “%3”.</source>
        <translation>%1 (%2) không còn đặt thời hạn riêng cho “%3”.</translation>
    </message>
    <message>
        <source>%1 (%2) now sets the deadline %3 (%4) for the level “%5”.</source>
        <translation>%1 (%2) nay đặt thời hạn %3 (%4) cho “%5”.</translation>
    </message>
    <message>
        <source>Prints the state of the database as of a day, as JSON: the units in force that day per level and those retired before it, and for each campaign its levels, deadlines, pilots, units&apos; own deadlines, conference counts, the overdue list, order warnings and deadline warnings (a level&apos;s deadline after that of a level above).</source>
        <translation>In tình trạng của cơ sở dữ liệu tính đến một ngày, dưới dạng JSON: số đơn vị còn hiệu lực vào ngày đó theo từng cấp và số đơn vị đã thôi hiệu lực trước ngày đó, và với mỗi đợt tổng kết: các cấp, thời hạn, đơn vị điểm, thời hạn riêng của các đơn vị, số hội nghị, danh sách quá hạn, các cảnh báo về thứ tự tổ chức và cảnh báo về thời hạn (thời hạn của một cấp muộn hơn thời hạn của cấp trên).</translation>
    </message>
    <message numerus="yes">
        <source>%n argument(s) or more expected after the command.</source>
        <translation>
            <numerusform>Cần có từ %n tham số trở lên sau lệnh.</numerusform>
        </translation>
    </message>
    <message>
        <source>form: the unit whose reporting form to write (it and the units right below it).</source>
        <translation>form: đơn vị cần ghi biểu mẫu báo cáo (đơn vị đó và các đơn vị trực thuộc ngay dưới).</translation>
    </message>
    <message>
        <source>form: write one form for each unit right below this one, into the folder --out.</source>
        <translation>form: ghi mỗi đơn vị trực thuộc ngay dưới đơn vị này một biểu mẫu, vào thư mục --out.</translation>
    </message>
    <message>
        <source>--report form: give --unit CODE or --all-below CODE.</source>
        <translation>--report form: hãy cho --unit MÃ hoặc --all-below MÃ.</translation>
    </message>
    <message>
        <source>--format: a reporting form is an Excel workbook: write xlsx.</source>
        <translation>--format: biểu mẫu báo cáo là sổ tính Excel: hãy viết xlsx.</translation>
    </message>
    <message>
        <source>--out FOLDER is required.</source>
        <translation>Phải có --out THƯ_MỤC.</translation>
    </message>
    <message>
        <source>No unit right below %1 (%2) takes part in campaign number %3: there is no form to write.</source>
        <translation>Không có đơn vị nào trực thuộc ngay dưới %1 (%2) tham gia đợt tổng kết số %3: không có biểu mẫu nào để ghi.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be made.</source>
        <translation>Không tạo được thư mục “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) written:</source>
        <translation>
            <numerusform>Đã ghi %n biểu mẫu:</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads conference results back from spreadsheets sent up by units: the reporting form filled in, or a table of their own (.xlsx, .xls, .ods, .csv; Unicode, Windows-1258, TCVN3 or VNI). The table is found by its header row; units are found by code, else by name under the unit that sent the file. Without --dry-run the results are written in one transaction, and only when no value is refused (see --skip-refused) and every conflict with what is entered is decided (see --conflicts). With --dry-run, what would be done is printed as JSON and nothing is written.</source>
        <translation>Đọc lại kết quả hội nghị từ các bảng tính do đơn vị gửi lên: biểu mẫu báo cáo đã điền, hoặc bảng do đơn vị tự lập (.xlsx, .xls, .ods, .csv; Unicode, Windows-1258, TCVN3 hoặc VNI). Bảng được tìm theo dòng tiêu đề; đơn vị được tìm theo mã, nếu không có mã thì theo tên trong đơn vị gửi tệp. Không có --dry-run thì kết quả được ghi trong một giao dịch, và chỉ khi không có giá trị nào bị từ chối (xem --skip-refused) và mọi chỗ khác với số liệu đã nhập đều đã được quyết định (xem --conflicts). Có --dry-run thì những gì sẽ làm được in ra dưới dạng JSON và không ghi gì cả.</translation>
    </message>
    <message>
        <source>The campaign&apos;s number (default: the form&apos;s, or the only one).</source>
        <translation>Số của đợt tổng kết (mặc định: đợt của biểu mẫu, hoặc đợt duy nhất trong tệp).</translation>
    </message>
    <message>
        <source>Print what would be done as JSON; write nothing.</source>
        <translation>In ra dưới dạng JSON những gì sẽ làm; không ghi gì.</translation>
    </message>
    <message>
        <source>The unit that sent the files, under which units are found by name (default: the form&apos;s unit, or the unit above all the rows found by code).</source>
        <translation>Đơn vị gửi các tệp, trong đó các đơn vị được tìm theo tên (mặc định: đơn vị của biểu mẫu, hoặc đơn vị cấp trên của mọi dòng tìm được theo mã).</translation>
    </message>
    <message>
        <source>Which column holds which field, by header or column letter, over what is recognised: held=&quot;Ngày tổ chức&quot;,attendees=K. Fields: %1.</source>
        <translation>Cột nào chứa trường nào, theo tiêu đề hoặc chữ cái của cột, thay cho cách nhận biết tự động: held=&quot;Ngày tổ chức&quot;,attendees=K. Các trường: %1.</translation>
    </message>
    <message>
        <source>FIELD=HEADER,...</source>
        <translation>TRƯỜNG=TIÊU_ĐỀ,...</translation>
    </message>
    <message>
        <source>The text&apos;s encoding: auto (default: told by fonts, then by the text), unicode, windows-1258, tcvn3 or vni.</source>
        <translation>Bảng mã của văn bản: auto (mặc định: nhận biết theo phông chữ, rồi theo nội dung), unicode, windows-1258, tcvn3 hoặc vni.</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>BẢNG_MÃ</translation>
    </message>
    <message>
        <source>What to do where a file says something else than what is entered: keep what is entered, or replace it. Without it, such a file is not applied.</source>
        <translation>Xử lý chỗ tệp ghi khác với số liệu đã nhập: keep (giữ số liệu đã nhập) hoặc replace (thay bằng số liệu trong tệp). Không có tùy chọn này thì tệp như vậy không được áp dụng.</translation>
    </message>
    <message>
        <source>keep|replace</source>
        <translation>keep|replace</translation>
    </message>
    <message>
        <source>Apply the other rows of a file in which values are refused.</source>
        <translation>Áp dụng các dòng còn lại của tệp có giá trị bị từ chối.</translation>
    </message>
    <message>
        <source>--map: “%1” is not FIELD=HEADER with a field named in --help.</source>
        <translation>--map: “%1” không có dạng TRƯỜNG=TIÊU_ĐỀ với một trường có trong --help.</translation>
    </message>
    <message>
        <source>--encoding: write auto, unicode, windows-1258, tcvn3 or vni.</source>
        <translation>--encoding: hãy viết auto, unicode, windows-1258, tcvn3 hoặc vni.</translation>
    </message>
    <message>
        <source>--conflicts: write keep or replace.</source>
        <translation>--conflicts: hãy viết keep hoặc replace.</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>lưu ý: </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: %n file(s) could not be read.</source>
        <translation>
            <numerusform>Chưa ghi gì: %n tệp không đọc được.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: %n row(s) or value(s) are refused (see above). Correct the file, or add --skip-refused to apply the other rows.</source>
        <translation>
            <numerusform>Chưa ghi gì: %n dòng hoặc giá trị bị từ chối (xem ở trên). Hãy sửa tệp, hoặc thêm --skip-refused để áp dụng các dòng còn lại.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: %n value(s) differ from what is entered. Choose --conflicts keep or --conflicts replace (--dry-run lists them).</source>
        <translation>
            <numerusform>Chưa ghi gì: %n giá trị khác với số liệu đã nhập. Hãy chọn --conflicts keep hoặc --conflicts replace (--dry-run liệt kê các giá trị đó).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Chưa ghi gì: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conference(s) changed</source>
        <translation>
            <numerusform>%n hội nghị đã thay đổi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) added</source>
        <translation>
            <numerusform>thêm %n giá trị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>thay %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept as entered</source>
        <translation>
            <numerusform>giữ nguyên %n như đã nhập</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already so</source>
        <translation>
            <numerusform>%n đã đúng như vậy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused row(s) or value(s) left out.</source>
        <translation>
            <numerusform>Đã bỏ qua %n dòng hoặc giá trị bị từ chối.</numerusform>
        </translation>
    </message>
    <message>
        <source>schedule, progress, exemplars, rewards, results, units, form, or calendar.</source>
        <translation>schedule (lịch tổ chức), progress (tiến độ), exemplars (mô hình, điển hình), rewards (khen thưởng), results (kết quả hội nghị), units (danh sách đơn vị), form (biểu mẫu báo cáo), hoặc calendar (lịch cho điện thoại, chương trình lịch).</translation>
    </message>
    <message>
        <source>--report: write schedule, progress, exemplars, rewards, results, units, form or calendar.</source>
        <translation>--report: hãy viết schedule, progress, exemplars, rewards, results, units, form hoặc calendar.</translation>
    </message>
    <message>
        <source>--report calendar: write --format ics.</source>
        <translation>--report calendar: hãy viết --format ics.</translation>
    </message>
    <message>
        <source>Writes a report as CSV (UTF-8 with a byte-order mark, as Excel on a Vietnamese Windows expects), XLSX, PDF (a Party document, with the office&apos;s heading and signature) or ODT (the same document as OpenDocument text, to edit in LibreOffice or Word before signing). A report with several tables writes one CSV per table: FILE, then FILE-2.csv, FILE-3.csv. Text cells that a spreadsheet would run as a formula (beginning with =, +, -, @) are written with an apostrophe in front. The calendar (--report calendar --format ics) is an iCalendar file of the campaign&apos;s deadlines, conferences and key dates; with --by-group, one file per steering group.</source>
        <translation>Xuất báo cáo ra CSV (UTF-8 có BOM, như Excel trên Windows tiếng Việt cần), XLSX, PDF (văn bản của Đảng, có thể thức và chữ ký của cơ quan) hoặc ODT (chính văn bản đó dưới dạng văn bản OpenDocument, để sửa trong LibreOffice hoặc Word trước khi ký). Báo cáo có nhiều bảng được ghi mỗi bảng một tệp CSV: TỆP, rồi TỆP-2.csv, TỆP-3.csv. Ô chữ mà bảng tính sẽ hiểu là công thức (bắt đầu bằng =, +, -, @) được ghi thêm dấu nháy đơn ở đầu. Lịch (--report calendar --format ics) là tệp iCalendar gồm các thời hạn, hội nghị và ngày quan trọng của đợt tổng kết; với --by-group, mỗi tổ chỉ đạo một tệp.</translation>
    </message>
    <message>
        <source>csv, xlsx, pdf or odt (ics for the calendar).</source>
        <translation>csv, xlsx, pdf hoặc odt (ics cho lịch).</translation>
    </message>
    <message>
        <source>PDF, ODT: the document&apos;s number, before its symbol (“12” in “Số 12-TB/BDVTU”); a number given with a symbol (“12-TB/BDVTU”) is printed as given.</source>
        <translation>PDF, ODT: số của văn bản, đứng trước ký hiệu (“12” trong “Số 12-TB/BDVTU”); số ghi kèm ký hiệu (“12-TB/BDVTU”) được in đúng như đã ghi.</translation>
    </message>
    <message>
        <source>PDF, ODT: portrait or landscape (default: the report&apos;s own).</source>
        <translation>PDF, ODT: portrait (khổ dọc) hoặc landscape (khổ ngang) (mặc định: theo báo cáo).</translation>
    </message>
    <message>
        <source>calendar: write one calendar per steering group, with the units it follows, into the folder --out.</source>
        <translation>calendar: ghi mỗi tổ chỉ đạo một tệp lịch, gồm các đơn vị tổ theo dõi, vào thư mục --out.</translation>
    </message>
    <message>
        <source>--format: write csv, xlsx, pdf or odt.</source>
        <translation>--format: hãy ghi csv, xlsx, pdf hoặc odt.</translation>
    </message>
    <message>
        <source>Copies a whole danvan database into an empty one, row for row: a file onto a server database prepared with “danvan-cli server init” (run it as the server&apos;s administrator), or a server into a new file, as an offline copy or a backup. Either is a file&apos;s name or a server&apos;s address, postgresql://user@host:port/database. The copy is whole or not made at all.</source>
        <translation>Chép toàn bộ một cơ sở dữ liệu danvan sang một cơ sở dữ liệu trống, từng dòng một: một tệp lên cơ sở dữ liệu máy chủ đã chuẩn bị bằng “danvan-cli server init” (chạy với quyền quản trị máy chủ), hoặc từ máy chủ về một tệp mới, làm bản sao dùng khi không có mạng hoặc bản sao lưu. Mỗi bên là tên một tệp hoặc địa chỉ máy chủ postgresql://tên@máy_chủ:cổng/tên_csdl. Bản sao được chép trọn vẹn hoặc không chép gì.</translation>
    </message>
    <message>
        <source>“%1” already exists; copy writes only new files. Choose another name.</source>
        <translation>“%1” đã có; lệnh copy chỉ ghi ra tệp mới. Hãy chọn tên khác.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) from %1 to %2.</source>
        <translation>
            <numerusform>Đã chép %n dòng từ %1 sang %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>URL is postgresql://USER@HOST:PORT/DATABASE, optionally followed by libpq settings such as ?sslmode=verify-full. The password is not written in it: it comes from the PGPASSWORD variable or the ~/.pgpass file, as for psql. USER must be a superuser, or a role with CREATEROLE that owns the database.</source>
        <translation>URL có dạng postgresql://TÊN_ĐĂNG_NHẬP@MÁY_CHỦ:CỔNG/TÊN_CSDL, có thể thêm các thiết lập của libpq như ?sslmode=verify-full. Không ghi mật khẩu vào URL: mật khẩu được lấy từ biến môi trường PGPASSWORD hoặc tệp ~/.pgpass, như với psql. TÊN_ĐĂNG_NHẬP phải là siêu người dùng (superuser), hoặc một vai trò có CREATEROLE là chủ sở hữu cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Usage: danvan-cli server init|grant|revoke|roles URL [options]
Run “danvan-cli server SUBCOMMAND --help” for a subcommand&apos;s options.
</source>
        <translation>Cách dùng: danvan-cli server init|grant|revoke|roles URL [tùy chọn]
Chạy “danvan-cli server LỆNH-CON --help” để xem các tùy chọn của từng lệnh con.
</translation>
    </message>
    <message>
        <source>write one of %1 after “server”.</source>
        <translation>hãy viết một trong các lệnh %1 sau “server”.</translation>
    </message>
    <message>
        <source>Creates danvan&apos;s schema in an empty PostgreSQL database, in one transaction, with the roles that hold the rights: %1 owns the tables (it cannot log in), %2 and %3 give the offices&apos; login roles reading and writing, and the server itself keeps each office to its own units (row-level security). A database that already holds danvan&apos;s schema of this version is left as it is; one that holds other tables, or a newer version, is refused untouched.</source>
        <translation>Tạo lược đồ của danvan trong một cơ sở dữ liệu PostgreSQL trống, trong một giao dịch, cùng các vai trò nắm giữ quyền: %1 sở hữu các bảng (không đăng nhập được), %2 và %3 trao quyền xem và ghi cho vai trò đăng nhập của các đơn vị, và chính máy chủ giữ mỗi đơn vị trong phạm vi các đơn vị của mình (bảo mật theo dòng). Cơ sở dữ liệu đã có lược đồ danvan của phiên bản này được giữ nguyên; cơ sở dữ liệu có bảng khác, hoặc có phiên bản mới hơn, bị từ chối và không bị thay đổi gì.</translation>
    </message>
    <message>
        <source>%1 already holds danvan&apos;s schema; nothing was changed.</source>
        <translation>%1 đã có lược đồ của danvan; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Created danvan&apos;s schema in %1. Give each office&apos;s login role its unit with danvan-cli server grant.</source>
        <translation>Đã tạo lược đồ của danvan trong %1. Hãy gán đơn vị cho vai trò đăng nhập của từng đơn vị bằng danvan-cli server grant.</translation>
    </message>
    <message>
        <source>Lets an office&apos;s login role write the records of a unit and of every unit below it: conferences, own deadlines, pilots, models and exemplars, nominations, rewards and steering assignments; and all of the campaigns whose own unit is among them (for the province&apos;s role, its campaigns, the units register and the settings). Every granted role reads everything. The role must exist: create it with its password first (CREATE ROLE name LOGIN PASSWORD &apos;…&apos;). A role granted before gets the new unit.</source>
        <translation>Cho vai trò đăng nhập của một đơn vị ghi dữ liệu của một đơn vị và mọi đơn vị trực thuộc: hội nghị, thời hạn riêng, đơn vị điểm, mô hình và điển hình, đề nghị, khen thưởng và phân công chỉ đạo; cùng toàn bộ các đợt tổng kết mà đơn vị chủ trì nằm trong số đó (với vai trò của tỉnh: các đợt của tỉnh, danh mục đơn vị và phần cài đặt). Mọi vai trò đã được gán đều xem được toàn bộ. Vai trò phải có sẵn: hãy tạo trước, kèm mật khẩu (CREATE ROLE tên LOGIN PASSWORD &apos;…&apos;). Vai trò đã được gán trước đó sẽ chuyển sang đơn vị mới.</translation>
    </message>
    <message>
        <source>The office&apos;s login role.</source>
        <translation>Vai trò đăng nhập của đơn vị.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>VAI_TRÒ</translation>
    </message>
    <message>
        <source>The register code of the office&apos;s unit; of two units that had the code, the one in force today.</source>
        <translation>Mã trong danh mục của đơn vị; nếu hai đơn vị từng mang mã này, lấy đơn vị đang có hiệu lực hôm nay.</translation>
    </message>
    <message>
        <source>Let the role read everything and write nothing.</source>
        <translation>Cho vai trò xem toàn bộ nhưng không ghi gì.</translation>
    </message>
    <message>
        <source>--role ROLE and --unit CODE are required.</source>
        <translation>Phải có --role VAI_TRÒ và --unit MÃ.</translation>
    </message>
    <message>
        <source>%1 reads everything in %2 and writes nothing (its unit: %3, %4).</source>
        <translation>%1 xem được toàn bộ trong %2 nhưng không ghi gì (đơn vị: %3, %4).</translation>
    </message>
    <message>
        <source>%1 writes for %2 (%3) and the units below it in %4.</source>
        <translation>%1 ghi được dữ liệu của %2 (%3) và các đơn vị trực thuộc trong %4.</translation>
    </message>
    <message>
        <source>warning: the role %1 cannot log in; allow it with ALTER ROLE %1 LOGIN PASSWORD &apos;…&apos;.</source>
        <translation>cảnh báo: vai trò %1 không đăng nhập được; hãy cho phép bằng ALTER ROLE %1 LOGIN PASSWORD &apos;…&apos;.</translation>
    </message>
    <message>
        <source>Takes all of a login role&apos;s rights on the database away: it no longer reads or writes anything there. The role itself stays (DROP ROLE removes it).</source>
        <translation>Thu hồi mọi quyền của một vai trò đăng nhập trên cơ sở dữ liệu: vai trò không còn xem hay ghi được gì ở đó. Bản thân vai trò vẫn còn (xóa nó bằng DROP ROLE).</translation>
    </message>
    <message>
        <source>--role ROLE is required.</source>
        <translation>Phải có --role VAI_TRÒ.</translation>
    </message>
    <message>
        <source>%1 has no rights on %2 any more.</source>
        <translation>%1 không còn quyền nào trên %2.</translation>
    </message>
    <message>
        <source>%1 had no rights on %2; nothing was changed.</source>
        <translation>%1 vốn không có quyền nào trên %2; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Prints the login roles that have rights on the database as JSON: &quot;server&quot;, and &quot;roles&quot;, each with &quot;role&quot;, &quot;unit_code&quot; and &quot;unit_name&quot; (the unit whose records it writes, with the units below it), &quot;read_only&quot;, and &quot;can_login&quot; (false for a role that was dropped or may not log in).</source>
        <translation>In ra dưới dạng JSON các vai trò đăng nhập có quyền trên cơ sở dữ liệu: &quot;server&quot;, và &quot;roles&quot;, mỗi vai trò có &quot;role&quot;, &quot;unit_code&quot; và &quot;unit_name&quot; (đơn vị mà nó ghi dữ liệu, cùng các đơn vị trực thuộc), &quot;read_only&quot;, và &quot;can_login&quot; (false với vai trò đã bị xóa hoặc không được đăng nhập).</translation>
    </message>
    <message numerus="yes">
        <source>The database has %n campaign(s); choose one with --campaign.</source>
        <translation>
            <numerusform>Cơ sở dữ liệu có %n đợt tổng kết; hãy chọn một đợt bằng --campaign.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” already holds units or campaigns; init only fills an empty database.</source>
        <translation>“%1” đã có đơn vị hoặc đợt tổng kết; lệnh init chỉ điền dữ liệu vào cơ sở dữ liệu còn trống.</translation>
    </message>
    <message>
        <source>%1 holds danvan&apos;s schema and no data yet: it is ready to be filled.</source>
        <translation>%1 đã có lược đồ của danvan và chưa có dữ liệu: sẵn sàng để điền dữ liệu vào.</translation>
    </message>
    <message>
        <source>Writes a consistent copy of a danvan database to the file OUT, even while a window or another command is using it; a server&apos;s database is copied into the file row for row. An earlier file named OUT is replaced only once the copy is complete. To restore, open the copy, or put it back in place of the file (onto a server: danvan-cli copy OUT into an empty database).</source>
        <translation>Ghi một bản sao nhất quán của cơ sở dữ liệu danvan vào tệp OUT, kể cả khi một cửa sổ hoặc lệnh khác đang dùng nó; cơ sở dữ liệu trên máy chủ được chép vào tệp từng dòng một. Tệp OUT đã có chỉ bị thay khi bản sao đã ghi xong. Muốn khôi phục, hãy mở bản sao, hoặc chép nó về thay cho tệp (lên máy chủ: danvan-cli copy OUT vào một cơ sở dữ liệu còn trống).</translation>
    </message>
    <message>
        <source>“%1” is a database on a server: check looks only at danvan files. A server&apos;s database is prepared and updated by “danvan-cli server init”.</source>
        <translation>“%1” là cơ sở dữ liệu trên máy chủ: lệnh check chỉ kiểm tra tệp danvan. Cơ sở dữ liệu trên máy chủ được tạo và nâng cấp bằng “danvan-cli server init”.</translation>
    </message>
    <message>
        <source>Usage: danvan-cli [--lang vi|en] COMMAND [options]

Follows the summary conferences of the “Dân vận khéo” movement in a danvan database: a file, or a database on a PostgreSQL server.

Commands:
  init DB [--example]          create a database (with the Kiên Giang 2016–2020 example)
  import-units DB FILE         import units from the national register&apos;s CSV or a hierarchy CSV
  conference DB --unit CODE    record a unit&apos;s conference (scheduled, held, attendees, ...)
  deadline DB --level LEVEL    set a level&apos;s deadline, or a unit&apos;s own tighter one
  pilot DB --unit CODE         mark a pilot unit with its own deadline
  summary DB                   print the state of the database as JSON
  export DB --report R --format F --out FILE
                               write a report (schedule, progress, exemplars, rewards, results, units) as CSV, XLSX, PDF or ODT, or a unit&apos;s reporting form (--report form --unit CODE)
  import-results DB FILE...    read conference results back from spreadsheets (.xlsx, .xls, .ods, .csv)
  backup DB OUT                copy the database safely, even while it is in use
  copy SRC DST                 copy a whole database into an empty one: a file onto a server, or a server into a new file
  campaign create|list|export|next|rename|close|reopen|delete DB ...
                               create a campaign from a description, list, describe, carry over, close or delete campaigns
  check DB                     check a file without changing it: print what differs from the schema danvan creates, as JSON
  lineage DB --unit CODE       print a unit&apos;s predecessors and successors as JSON
  server init|grant|revoke|roles URL ...
                               set up a PostgreSQL server shared by the province and its offices (postgresql://USER@HOST:PORT/DATABASE): create danvan&apos;s schema, give or take an office&apos;s login role its rights, list them as JSON

DB is a danvan file, or a server&apos;s address postgresql://user@host:port/database (the password is taken from PGPASSWORD or ~/.pgpass).

Run “danvan-cli COMMAND --help” for a command&apos;s options. Exit codes: 0 done, 1 failed, 2 wrong usage.
</source>
        <translation>Cách dùng: danvan-cli [--lang vi|en] LỆNH [tùy chọn]

Theo dõi các hội nghị tổng kết phong trào thi đua “Dân vận khéo” trong một cơ sở dữ liệu danvan: một tệp, hoặc một cơ sở dữ liệu trên máy chủ PostgreSQL.

Các lệnh:
  init DB [--example]          tạo cơ sở dữ liệu (có thể kèm ví dụ Kiên Giang 2016–2020)
  import-units DB FILE         nhập đơn vị từ tệp CSV của danh mục đơn vị hành chính hoặc tệp CSV phân cấp
  conference DB --unit MÃ      ghi hội nghị của một đơn vị (ngày dự kiến, ngày tổ chức, số người dự, ...)
  deadline DB --level CẤP      đặt thời hạn cho một cấp, hoặc thời hạn riêng sớm hơn của một đơn vị
  pilot DB --unit MÃ           chọn đơn vị điểm với thời hạn riêng
  summary DB                   in tình trạng của cơ sở dữ liệu dưới dạng JSON
  export DB --report R --format F --out TỆP
                               xuất báo cáo (schedule: lịch, progress: tiến độ, exemplars: mô hình, điển hình, rewards: khen thưởng, results: kết quả hội nghị, units: đơn vị) ra CSV, XLSX, PDF hoặc ODT, hoặc biểu mẫu báo cáo của một đơn vị (--report form --unit MÃ)
  import-results DB FILE...    đọc lại kết quả hội nghị từ các bảng tính (.xlsx, .xls, .ods, .csv)
  backup DB OUT                sao lưu cơ sở dữ liệu an toàn, kể cả khi tệp đang được dùng
  copy SRC DST                 chép toàn bộ một cơ sở dữ liệu sang một cơ sở dữ liệu trống: một tệp lên máy chủ, hoặc từ máy chủ về một tệp mới
  campaign create|list|export|next|rename|close|reopen|delete DB ...
                               tạo đợt tổng kết từ bản mô tả, liệt kê, mô tả, chuyển sang giai đoạn mới, đóng hoặc xóa đợt tổng kết
  check DB                     kiểm tra một tệp mà không thay đổi nó: in ra JSON những chỗ khác với lược đồ danvan tạo ra
  lineage DB --unit MÃ         in các đơn vị tiền thân và kế thừa của một đơn vị dưới dạng JSON
  server init|grant|revoke|roles URL ...
                               thiết lập máy chủ PostgreSQL dùng chung cho tỉnh và các đơn vị (postgresql://TÊN_ĐĂNG_NHẬP@MÁY_CHỦ:CỔNG/TÊN_CSDL): tạo lược đồ của danvan, cấp hoặc thu hồi quyền của vai trò đăng nhập của một đơn vị, liệt kê các quyền dưới dạng JSON

DB là một tệp danvan, hoặc địa chỉ máy chủ postgresql://tên@máy_chủ:cổng/tên_csdl (mật khẩu lấy từ PGPASSWORD hoặc ~/.pgpass).

Chạy “danvan-cli LỆNH --help” để xem các tùy chọn của từng lệnh. Mã thoát: 0 thành công, 1 thất bại, 2 dùng sai cú pháp.
</translation>
    </message>
    <message>
        <source>Prints the campaigns of a database as a JSON array, newest first: id, name, phase, root (the code of the office&apos;s own unit), levels (top down), units (how many take part) and closed.</source>
        <translation>In các đợt tổng kết của cơ sở dữ liệu thành một mảng JSON, đợt mới nhất trước: id, name (tên), phase (giai đoạn), root (mã đơn vị của cơ quan), levels (các cấp, từ trên xuống), units (số đơn vị tham gia) và closed (đã đóng).</translation>
    </message>
    <message>
        <source>Writes the description of a campaign as JSON (see docs/campaign-format.md). Creating a campaign from it in another database with the same units gives the same campaign.</source>
        <translation>Ghi bản mô tả của một đợt tổng kết ra JSON (xem docs/campaign-format.md). Tạo đợt tổng kết từ bản này trong một cơ sở dữ liệu khác có cùng các đơn vị sẽ được đúng đợt tổng kết đó.</translation>
    </message>
</context>
<context>
    <name>CloseCampaignCommand</name>
    <message>
        <source>close the campaign “%1”</source>
        <translation>đóng đợt tổng kết “%1”</translation>
    </message>
    <message>
        <source>reopen the campaign “%1”</source>
        <translation>mở lại đợt tổng kết “%1”</translation>
    </message>
</context>
<context>
    <name>ColumnMappingPanel</name>
    <message>
        <source>Choose a sheet in the preview to see which column holds which field.</source>
        <translation>Chọn một trang tính trong phần xem trước để xem cột nào chứa trường nào.</translation>
    </message>
    <message>
        <source>Sheet “%1”: no header row was found.</source>
        <translation>Trang tính “%1”: không tìm thấy dòng tiêu đề.</translation>
    </message>
    <message>
        <source>Sheet “%1”, header in row %2%3:</source>
        <translation>Trang tính “%1”, tiêu đề ở dòng %2%3:</translation>
    </message>
    <message>
        <source>, as remembered for the sender</source>
        <translation>, như đã ghi nhớ cho đơn vị gửi</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CommuneListReader</name>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, dòng %2, cột %3</translation>
    </message>
    <message>
        <source>%1, line %2: a field is %3 characters long, more than a name or code can be. A missing line break or quote may have run rows together.</source>
        <translation>%1, dòng %2: có ô dài %3 ký tự, dài hơn mức một tên hay một mã có thể có. Có thể thiếu dấu xuống dòng hoặc dấu ngoặc kép khiến các dòng bị dính vào nhau.</translation>
    </message>
    <message>
        <source>%1: the list of new communes has three fields on a row (code, name, province); this row goes on with “%2”.</source>
        <translation>%1: danh sách xã, phường mới có ba ô trên mỗi dòng (mã, tên, tỉnh); dòng này còn thêm “%2”.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a commune code; commune codes have five digits, such as “30898”.</source>
        <translation>%1: “%2” không phải là mã xã; mã xã gồm năm chữ số, ví dụ “30898”.</translation>
    </message>
    <message>
        <source>%1: the commune&apos;s name is missing.</source>
        <translation>%1: thiếu tên xã.</translation>
    </message>
    <message>
        <source>%1: the province is missing; write it on the row or on a province row before it (“, TỈNH AN GIANG,,”).</source>
        <translation>%1: thiếu tỉnh; hãy ghi tỉnh trên dòng này hoặc trên một dòng tỉnh phía trước (“, TỈNH AN GIANG,,”).</translation>
    </message>
    <message>
        <source>%1: the code %2 is already used on line %3. Each code names one commune.</source>
        <translation>%1: mã %2 đã dùng ở dòng %3. Mỗi mã chỉ dùng cho một xã.</translation>
    </message>
    <message>
        <source>%1 names provinces but no communes.</source>
        <translation>%1 có tên tỉnh nhưng không có xã, phường nào.</translation>
    </message>
</context>
<context>
    <name>Conference</name>
    <message>
        <source>The number of attendees cannot be negative.</source>
        <translation>Số người dự không được là số âm.</translation>
    </message>
    <message>
        <source>A report cannot be received before the conference is held: enter the date it was held first.</source>
        <translation>Hội nghị chưa tổ chức thì chưa thể nhận báo cáo: hãy nhập ngày tổ chức trước.</translation>
    </message>
    <message>
        <source>The report was received on %1, before the conference was held on %2. Check both dates.</source>
        <translation>Ngày nhận báo cáo (%1) sớm hơn ngày tổ chức hội nghị (%2). Hãy kiểm tra lại cả hai ngày.</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Chưa lên lịch</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Đã lên lịch</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Đã tổ chức</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Đã nhận báo cáo</translation>
    </message>
    <message>
        <source>The number of delegates invited cannot be negative.</source>
        <translation>Số đại biểu được mời không được là số âm.</translation>
    </message>
    <message>
        <source>A budget cannot be negative.</source>
        <translation>Kinh phí không được là số âm.</translation>
    </message>
</context>
<context>
    <name>ConferenceListModel</name>
    <message>
        <source>code %1</source>
        <translation>mã %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Trực thuộc</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Kết nối với máy chủ</translation>
    </message>
    <message>
        <source>(a new connection)</source>
        <translation>(kết nối mới)</translation>
    </message>
    <message>
        <source>e.g. 10.0.0.5 or csdl.tinhuy.vn</source>
        <translation>ví dụ 10.0.0.5 hoặc csdl.tinhuy.vn</translation>
    </message>
    <message>
        <source>the office&apos;s own user, e.g. huyen_go_quao</source>
        <translation>tên đăng nhập riêng của đơn vị, ví dụ huyen_go_quao</translation>
    </message>
    <message>
        <source>empty: taken from ~/.pgpass</source>
        <translation>để trống: lấy từ ~/.pgpass</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation>Mã hóa nếu máy chủ hỗ trợ</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Luôn mã hóa</translation>
    </message>
    <message>
        <source>Encrypted, and the server&apos;s certificate checked</source>
        <translation>Mã hóa và kiểm tra chứng chỉ của máy chủ</translation>
    </message>
    <message>
        <source>Never encrypted (only inside a trusted network)</source>
        <translation>Không mã hóa (chỉ dùng trong mạng tin cậy)</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Gần đây:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Cổng:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Cơ &amp;sở dữ liệu:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>Mã &amp;hóa:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Kết &amp;nối</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Keep the password in this computer&apos;s keyring</source>
        <translation>&amp;Lưu mật khẩu trong kho khóa của máy này</translation>
    </message>
    <message>
        <source>The password is kept only in the keyring, and only when the box is ticked; never in danvan&apos;s settings. Each office signs in with its own user, which the server allows to change only its own units.</source>
        <translation>Mật khẩu chỉ được lưu trong kho khóa, và chỉ khi đánh dấu ô này; không bao giờ lưu trong thiết lập của danvan. Mỗi cơ quan đăng nhập bằng tên đăng nhập riêng của mình, máy chủ chỉ cho phép thay đổi các đơn vị của chính cơ quan đó.</translation>
    </message>
    <message>
        <source>There is no keyring on this computer, so the password is not kept: it is asked each time (or taken from ~/.pgpass). Each office signs in with its own user, which the server allows to change only its own units.</source>
        <translation>Máy này không có kho khóa nên mật khẩu không được lưu: mỗi lần kết nối sẽ hỏi lại (hoặc lấy từ ~/.pgpass). Mỗi cơ quan đăng nhập bằng tên đăng nhập riêng của mình, máy chủ chỉ cho phép thay đổi các đơn vị của chính cơ quan đó.</translation>
    </message>
</context>
<context>
    <name>ConversionTableReader</name>
    <message>
        <source>%1, line %2, column “%3”</source>
        <translation>%1, dòng %2, cột “%3”</translation>
    </message>
    <message>
        <source>%1 has the banner of the conversion table but no header after it (Tỉnh, thành phố, Tên Xã mới, Mã Xã mới, Tên Xã cũ, Mã Xã cũ, Ghi chú, Quận/huyện, Tỉnh cũ).</source>
        <translation>%1 có dòng tiêu đề của bảng chuyển đổi nhưng không có dòng tên cột sau đó (Tỉnh, thành phố, Tên Xã mới, Mã Xã mới, Tên Xã cũ, Mã Xã cũ, Ghi chú, Quận/huyện, Tỉnh cũ).</translation>
    </message>
    <message>
        <source>%1, line %2: after the banner the conversion table has its header (Tỉnh, thành phố, Tên Xã mới, Mã Xã mới, Tên Xã cũ, Mã Xã cũ, Ghi chú, Quận/huyện, Tỉnh cũ); this line is not it.</source>
        <translation>%1, dòng %2: sau dòng tiêu đề, bảng chuyển đổi phải có dòng tên cột (Tỉnh, thành phố, Tên Xã mới, Mã Xã mới, Tên Xã cũ, Mã Xã cũ, Ghi chú, Quận/huyện, Tỉnh cũ); dòng này không phải.</translation>
    </message>
    <message>
        <source>%1, line %2: the column “%3” is missing. The conversion table has the columns Tỉnh, thành phố, Tên Xã mới, Mã Xã mới, Tên Xã cũ, Mã Xã cũ, Ghi chú, Quận/huyện, Tỉnh cũ.</source>
        <translation>%1, dòng %2: thiếu cột “%3”. Bảng chuyển đổi có các cột Tỉnh, thành phố, Tên Xã mới, Mã Xã mới, Tên Xã cũ, Mã Xã cũ, Ghi chú, Quận/huyện, Tỉnh cũ.</translation>
    </message>
    <message>
        <source>%1, line %2: a field is %3 characters long, more than a name, code or note can be. A missing line break or quote may have run rows together.</source>
        <translation>%1, dòng %2: có ô dài %3 ký tự, dài hơn mức một tên, mã hay ghi chú có thể có. Có thể thiếu dấu xuống dòng hoặc dấu ngoặc kép khiến các dòng bị dính vào nhau.</translation>
    </message>
    <message>
        <source>%1, line %2: the row goes on after the last column with “%3”. Check the row for an extra separator (“%4”), or put quotes around a name that contains one.</source>
        <translation>%1, dòng %2: dòng này còn tiếp sau cột cuối với “%3”. Hãy xem dòng có thừa dấu phân cách (“%4”) không, hoặc đặt tên có chứa dấu đó trong dấu ngoặc kép.</translation>
    </message>
    <message>
        <source>%1: the new province and its code are missing; write them as “Tỉnh An Giang (91)”.</source>
        <translation>%1: thiếu tỉnh mới và mã của tỉnh; hãy viết theo dạng “Tỉnh An Giang (91)”.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a province code; province codes have two digits, such as “91” in “Tỉnh An Giang (91)”.</source>
        <translation>%1: “%2” không phải là mã tỉnh; mã tỉnh gồm hai chữ số, ví dụ “91” trong “Tỉnh An Giang (91)”.</translation>
    </message>
    <message>
        <source>%1: the province code %2 is “%3” here but “%4” on line %5. Each code names one province; correct one of the two rows.</source>
        <translation>%1: mã tỉnh %2 ở đây là “%3” nhưng ở dòng %5 là “%4”. Mỗi mã chỉ dùng cho một tỉnh; hãy sửa một trong hai dòng.</translation>
    </message>
    <message>
        <source>%1: the new commune&apos;s name and code are both needed.</source>
        <translation>%1: cần có cả tên và mã của xã mới.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a commune code; commune codes have five digits, such as “30880”.</source>
        <translation>%1: “%2” không phải là mã xã; mã xã gồm năm chữ số, ví dụ “30880”.</translation>
    </message>
    <message>
        <source>%1: the code %2 is “%3” here but “%4” on line %5. Each code names one new commune; correct one of the two rows.</source>
        <translation>%1: mã %2 ở đây là “%3” nhưng ở dòng %5 là “%4”. Mỗi mã chỉ dùng cho một xã mới; hãy sửa một trong hai dòng.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is in the province %4 here but in %5 on line %6. A commune has one province; correct one of the two rows.</source>
        <translation>%1: %2 (%3) ở đây thuộc tỉnh %4 nhưng ở dòng %6 thuộc tỉnh %5. Mỗi xã chỉ thuộc một tỉnh; hãy sửa một trong hai dòng.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a district code; district codes have three digits, such as “905” in “Huyện Châu Thành (905)”.</source>
        <translation>%1: “%2” không phải là mã huyện; mã huyện gồm ba chữ số, ví dụ “905” trong “Huyện Châu Thành (905)”.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a province code; province codes have two digits, such as “91” in “Tỉnh Kiên Giang (91)”.</source>
        <translation>%1: “%2” không phải là mã tỉnh; mã tỉnh gồm hai chữ số, ví dụ “91” trong “Tỉnh Kiên Giang (91)”.</translation>
    </message>
    <message>
        <source>%1 has the header of the conversion table but no rows of new communes.</source>
        <translation>%1 có dòng tên cột của bảng chuyển đổi nhưng không có dòng xã mới nào.</translation>
    </message>
</context>
<context>
    <name>CountField</name>
    <message>
        <source>“%1” is not a number of people; write a whole number, 0 or more.</source>
        <translation>“%1” không phải là số người; hãy viết một số nguyên từ 0 trở lên.</translation>
    </message>
</context>
<context>
    <name>CreateCampaignCommand</name>
    <message>
        <source>create the campaign “%1”</source>
        <translation>tạo đợt tổng kết “%1”</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1, line %2: the file contains a NUL byte, so it is not a text file. Save it from the spreadsheet as “CSV UTF-8”.</source>
        <translation>%1, dòng %2: tệp có byte NUL nên không phải là tệp văn bản. Hãy mở tệp bằng chương trình bảng tính rồi lưu lại dưới dạng “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>%1, line %2: the text is not UTF-8 (it may be Windows-1258, TCVN3 or VNI). Open the file in a spreadsheet and save it again as “CSV UTF-8”.</source>
        <translation>%1, dòng %2: văn bản không ở bảng mã UTF-8 (có thể là Windows-1258, TCVN3 hoặc VNI). Hãy mở tệp bằng chương trình bảng tính rồi lưu lại dưới dạng “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>%1: the file looks like UTF-16 text but cannot be decoded. Save it from the spreadsheet as “CSV UTF-8”.</source>
        <translation>%1: tệp có vẻ là văn bản UTF-16 nhưng không giải mã được. Hãy mở tệp bằng chương trình bảng tính rồi lưu lại dưới dạng “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>%1, line %2: the file contains a NUL character, so it is not a text file. Save it from the spreadsheet as “CSV UTF-8”.</source>
        <translation>%1, dòng %2: tệp có ký tự NUL nên không phải là tệp văn bản. Hãy mở tệp bằng chương trình bảng tính rồi lưu lại dưới dạng “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed (a &quot; is missing).</source>
        <translation>%1, dòng %2: có một trường mở dấu ngoặc kép nhưng không đóng lại (thiếu một dấu &quot;).</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Không ghi được tệp: %1</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Overdue conferences</source>
        <translation>Hội nghị quá hạn</translation>
    </message>
    <message>
        <source>Conferences falling due soon</source>
        <translation>Hội nghị sắp đến hạn</translation>
    </message>
    <message>
        <source>As of %1:</source>
        <translation>Tính đến ngày %1:</translation>
    </message>
    <message>
        <source>%1 of %2 held</source>
        <translation>%1/%2 đã tổ chức</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) received</source>
        <translation>
            <numerusform>đã nhận %n báo cáo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n sắp đến hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n quá hạn</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (held on %2, when %3 of the %4 units below it had held theirs)</source>
        <translation>%1 (tổ chức ngày %2, khi mới có %3 trong số %4 đơn vị cấp dưới tổ chức hội nghị)</translation>
    </message>
    <message>
        <source>Held before the units below them: %1</source>
        <translation>Tổ chức trước các đơn vị cấp dưới: %1</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Đã tổ chức</translation>
    </message>
    <message>
        <source>Not held</source>
        <translation>Chưa tổ chức</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 communes held</source>
        <translation>%1: %2/%3 cơ sở đã tổ chức</translation>
    </message>
    <message>
        <source>&amp;Overdue (%1)</source>
        <translation>&amp;Quá hạn (%1)</translation>
    </message>
    <message>
        <source>This file has no campaign yet. Once it has one, this page shows how its conferences are getting on: per unit, what is overdue and what falls due soon.</source>
        <translation>Tệp này chưa có đợt tổng kết. Khi có, trang này cho biết tình hình các hội nghị: theo từng đơn vị, những gì đã quá hạn và những gì sắp đến hạn.</translation>
    </message>
    <message>
        <source>This campaign has one level only, so there is no table or chart of the units below others: see the totals above and the lists below.</source>
        <translation>Đợt tổng kết này chỉ có một cấp nên không có bảng hay biểu đồ theo đơn vị cấp trên: xem số tổng hợp ở trên và các danh sách ở dưới.</translation>
    </message>
    <message>
        <source>Units below each %1: held and not held</source>
        <translation>Đơn vị cấp dưới của từng %1: đã và chưa tổ chức</translation>
    </message>
    <message>
        <source>Progress per %1</source>
        <translation>Tiến độ theo từng %1</translation>
    </message>
    <message numerus="yes">
        <source>Due in the ne&amp;xt %n day(s) (%1)</source>
        <translation>
            <numerusform>Sắp đến hạn trong %n ngày tới (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress per %1: the units below it and its own conference</source>
        <translation>Tiến độ th&amp;eo từng %1: các đơn vị cấp dưới và hội nghị của chính %1</translation>
    </message>
    <message>
        <source>Overdue and falling due soon</source>
        <translation>Quá hạn và sắp đến hạn</translation>
    </message>
    <message>
        <source>%1: %2 of %3 held</source>
        <translation>%1: %2/%3 đơn vị đã tổ chức</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file “%1” is busy: another danvan window or command is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>Tệp “%1” đang bận: một cửa sổ hoặc lệnh danvan khác đang ghi vào tệp. Không có gì bị thay đổi; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The disk that holds “%1” is full. Nothing was changed; free some space and try again.</source>
        <translation>Ổ đĩa chứa “%1” đã đầy. Không có gì bị thay đổi; hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>“%1” can only be read, so the change was not saved. Check the file&apos;s permissions or save a copy elsewhere.</source>
        <translation>“%1” chỉ cho phép đọc nên thay đổi chưa được lưu. Hãy kiểm tra quyền truy cập tệp hoặc lưu một bản sao ở nơi khác.</translation>
    </message>
    <message>
        <source>“%1” is damaged. Open a backup copy instead.</source>
        <translation>“%1” bị hỏng. Hãy mở bản sao lưu để thay thế.</translation>
    </message>
    <message>
        <source>danvan could not work with “%1”: %2</source>
        <translation>danvan không xử lý được “%1”: %2</translation>
    </message>
    <message>
        <source>danvan cannot open “%1”: %2</source>
        <translation>danvan không mở được “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read. Open a backup copy instead.</source>
        <translation>“%1” bị hỏng, không đọc được. Hãy mở bản sao lưu để thay thế.</translation>
    </message>
    <message>
        <source>danvan cannot read “%1”: %2</source>
        <translation>danvan không đọc được “%1”: %2</translation>
    </message>
    <message>
        <source>Before updating “%1” to this version of danvan, a copy must be saved as “%2”, and that failed: %3. The file was not changed.</source>
        <translation>Trước khi nâng cấp “%1” lên phiên bản danvan này, cần lưu một bản sao thành “%2”, nhưng việc lưu không thành công: %3. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Không tạo được thư mục “%1”.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a danvan file. It was not changed.</source>
        <translation>“%1” là cơ sở dữ liệu SQLite của chương trình khác, không phải tệp danvan. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>“%1” is an empty database, not a danvan file.</source>
        <translation>“%1” là cơ sở dữ liệu rỗng, không phải tệp danvan.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of danvan (data version %2; this one knows up to %3). Open it with the newer danvan; the file was not changed.</source>
        <translation>“%1” được lưu bằng phiên bản danvan mới hơn (phiên bản dữ liệu %2; phiên bản này chỉ đọc được đến %3). Hãy mở tệp bằng danvan mới hơn; tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>“%1” is damaged (SQLite&apos;s check found: %2). Open a backup copy instead.</source>
        <translation>“%1” bị hỏng (SQLite kiểm tra thấy: %2). Hãy mở bản sao lưu để thay thế.</translation>
    </message>
    <message>
        <source>“%1” could not be brought up to data version %2: %3. The file was not changed.</source>
        <translation>Không nâng cấp được “%1” lên phiên bản dữ liệu %2: %3. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>danvan is not allowed to read “%1”. Check the file&apos;s permissions.</source>
        <translation>danvan không được phép đọc “%1”. Hãy kiểm tra quyền truy cập tệp.</translation>
    </message>
    <message>
        <source>The folder of “%1” does not exist; choose another place for the copy.</source>
        <translation>Thư mục của “%1” không tồn tại; hãy chọn nơi khác để lưu bản sao.</translation>
    </message>
    <message>
        <source>The copy “%1” was not made: %2</source>
        <translation>Chưa tạo được bản sao “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is not a danvan database: it is not an SQLite file at all, or its beginning is damaged. Open the right file, or a backup copy of it.</source>
        <translation>“%1” không phải là cơ sở dữ liệu danvan: tệp hoàn toàn không phải tệp SQLite, hoặc phần đầu của tệp đã hỏng. Hãy mở đúng tệp, hoặc một bản sao lưu của tệp.</translation>
    </message>
    <message>
        <source>danvan cannot read “%1”: SQLite needs to write beside it and is not allowed to. Copy the file to a folder of yours and open the copy.</source>
        <translation>danvan không đọc được “%1”: SQLite cần ghi bên cạnh tệp nhưng không được phép. Hãy chép tệp vào một thư mục của bạn rồi mở bản chép.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist. Check its name and folder; it may have been moved or renamed.</source>
        <translation>Tệp “%1” không tồn tại. Hãy kiểm tra tên và thư mục; có thể tệp đã bị chuyển đi hoặc đổi tên.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a danvan database. Choose the danvan file inside it.</source>
        <translation>“%1” là một thư mục, không phải cơ sở dữ liệu danvan. Hãy chọn tệp danvan trong thư mục đó.</translation>
    </message>
    <message>
        <source>“%1” is an empty file, not a danvan database. Choose the danvan file you meant, or create a new one.</source>
        <translation>“%1” là tệp rỗng, không phải cơ sở dữ liệu danvan. Hãy chọn đúng tệp danvan, hoặc tạo tệp mới.</translation>
    </message>
    <message>
        <source>“%1” cannot be created: its folder can only be read. Choose another folder.</source>
        <translation>Không tạo được “%1”: thư mục của tệp chỉ cho phép đọc. Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>“%1” can only be read, and “%2” beside it may hold its latest changes: another program has it open, or it was not closed properly. Close the other program, or copy both files to a folder of yours and open the copy.</source>
        <translation>“%1” chỉ cho phép đọc, và tệp “%2” bên cạnh có thể đang giữ những thay đổi mới nhất: một chương trình khác đang mở tệp, hoặc tệp chưa được đóng đúng cách. Hãy đóng chương trình kia, hoặc chép cả hai tệp vào một thư mục của bạn rồi mở bản chép.</translation>
    </message>
    <message>
        <source>“%1” was made by an older danvan and must be updated before it can be opened, but it can only be read. Copy it to a folder of yours and open the copy.</source>
        <translation>“%1” được tạo bằng danvan phiên bản cũ, cần cập nhật trước khi mở, nhưng tệp chỉ cho phép đọc. Hãy chép tệp vào một thư mục của bạn rồi mở bản chép.</translation>
    </message>
    <message>
        <source>The copy “%1” was not made: it could not be written to the disk.</source>
        <translation>Chưa tạo được bản sao “%1”: không ghi được xuống ổ đĩa.</translation>
    </message>
    <message>
        <source>The campaign is closed: its records can be read, printed and exported, but not changed. Nothing was changed; reopen the campaign to change it.</source>
        <translation>Đợt tổng kết đã đóng: được xem, in và xuất nhưng không được sửa. Chưa có gì thay đổi; hãy mở lại đợt tổng kết nếu cần sửa.</translation>
    </message>
    <message>
        <source>Two units with the same code would be in force on the same day. Nothing was changed; end the older unit before the newer one begins.</source>
        <translation>Hai đơn vị cùng mã sẽ có hiệu lực trong cùng một ngày. Không có gì bị thay đổi; hãy cho đơn vị cũ hết hiệu lực trước ngày đơn vị mới bắt đầu.</translation>
    </message>
    <message>
        <source>“%1” could not be brought up to data version %2: the row %3 of the table %4 refers to a row of %5 that does not exist. The file was not changed.</source>
        <translation>Không thể nâng “%1” lên phiên bản dữ liệu %2: dòng %3 của bảng %4 trỏ đến một dòng không tồn tại của bảng %5. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>“%1” could not be written to its disk: the disk is full or failing. Nothing was changed; free some space and try again.</source>
        <translation>Không ghi được “%1” xuống ổ đĩa: ổ đĩa đã đầy hoặc bị lỗi. Không có gì bị thay đổi; hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>“%1” is not a file; choose a file name for the copy.</source>
        <translation>“%1” không phải là tệp; hãy chọn một tên tệp cho bản sao.</translation>
    </message>
    <message>
        <source>The disk that holds “%1” is full. Nothing was written; free some space or choose another disk.</source>
        <translation>Ổ đĩa chứa “%1” đã đầy. Chưa ghi gì; hãy giải phóng bớt dung lượng hoặc chọn ổ đĩa khác.</translation>
    </message>
    <message>
        <source>“%1” is not a danvan file: it has tables but no danvan data version, so it was made by another program or its beginning is damaged. It was not changed; open the right file, or a backup copy.</source>
        <translation>“%1” không phải là tệp danvan: tệp có bảng dữ liệu nhưng không có phiên bản dữ liệu của danvan, nên tệp do chương trình khác tạo ra hoặc phần đầu của tệp đã hỏng. Tệp không bị thay đổi; hãy mở đúng tệp, hoặc một bản sao lưu.</translation>
    </message>
    <message>
        <source>danvan cannot connect to the server “%1”: Qt&apos;s PostgreSQL driver is not installed. Install the package libqt6sql6-psql and try again.</source>
        <translation>danvan không kết nối được với máy chủ “%1”: chưa cài trình điều khiển PostgreSQL của Qt. Hãy cài gói libqt6sql6-psql rồi thử lại.</translation>
    </message>
    <message>
        <source>danvan cannot connect to the server “%1”: %2. Check the address, the user name and the password, and that the server is running and lets this computer in.</source>
        <translation>danvan không kết nối được với máy chủ “%1”: %2. Hãy kiểm tra địa chỉ, tên đăng nhập và mật khẩu, và xem máy chủ có đang chạy và cho phép máy này kết nối không.</translation>
    </message>
    <message>
        <source>The database “%1” holds no danvan data, or this user may not read it. An administrator prepares it with “danvan-cli server init” and gives this user a unit with “danvan-cli server grant”.</source>
        <translation>Cơ sở dữ liệu “%1” không có dữ liệu danvan, hoặc người dùng này không được đọc. Quản trị viên chuẩn bị nó bằng “danvan-cli server init” và gán đơn vị cho người dùng này bằng “danvan-cli server grant”.</translation>
    </message>
    <message>
        <source>The database “%1” was made by a newer danvan (data version %2). Install the newer danvan to work with it.</source>
        <translation>Cơ sở dữ liệu “%1” do một phiên bản danvan mới hơn tạo ra (phiên bản dữ liệu %2). Hãy cài phiên bản danvan mới hơn để làm việc với nó.</translation>
    </message>
    <message>
        <source>The database “%1” is of an older danvan (data version %2). An administrator updates it with “danvan-cli server init”.</source>
        <translation>Cơ sở dữ liệu “%1” thuộc một phiên bản danvan cũ hơn (phiên bản dữ liệu %2). Quản trị viên cập nhật nó bằng “danvan-cli server init”.</translation>
    </message>
    <message>
        <source>The server “%1” refused the change: this user may not change these records. Nothing was changed.</source>
        <translation>Máy chủ “%1” từ chối thay đổi: người dùng này không được sửa các dữ liệu này. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The server “%1” can only be read by this user, so the change was not saved.</source>
        <translation>Người dùng này chỉ được xem dữ liệu trên máy chủ “%1”, nên thay đổi không được lưu.</translation>
    </message>
    <message>
        <source>Another office was changing the same records on “%1” at the same moment. Nothing was changed; try again.</source>
        <translation>Một đơn vị khác đang sửa cùng dữ liệu trên “%1” vào cùng lúc. Không có gì thay đổi; hãy thử lại.</translation>
    </message>
    <message>
        <source>The server “%1” has no room left on its disk. Nothing was changed; tell the server&apos;s administrator.</source>
        <translation>Ổ đĩa của máy chủ “%1” đã đầy. Không có gì thay đổi; hãy báo cho quản trị viên máy chủ.</translation>
    </message>
    <message>
        <source>The connection to the server “%1” was lost. Nothing was changed; check the network and try again.</source>
        <translation>Mất kết nối với máy chủ “%1”. Không có gì thay đổi; hãy kiểm tra mạng rồi thử lại.</translation>
    </message>
    <message>
        <source>danvan could not work with the server “%1”: %2</source>
        <translation>danvan không làm việc được với máy chủ “%1”: %2</translation>
    </message>
    <message>
        <source>%1 may only read this database; nothing can be changed.</source>
        <translation>%1 chỉ được xem cơ sở dữ liệu này; không thay đổi được gì.</translation>
    </message>
    <message>
        <source>%1 may not change %2.</source>
        <translation>%1 không được thay đổi %2.</translation>
    </message>
    <message>
        <source>%1 may not change %2 of %3.</source>
        <translation>%1 không được thay đổi %2 thuộc %3.</translation>
    </message>
    <message>
        <source>No database is open to back up.</source>
        <translation>Chưa mở cơ sở dữ liệu nào để sao lưu.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>“%1” already holds units or campaigns. A copy goes only into an empty database: a new file, or a server database just prepared with “danvan-cli server init”.</source>
        <translation>“%1” đã có đơn vị hoặc đợt tổng kết. Chỉ chép được vào một cơ sở dữ liệu trống: một tệp mới, hoặc cơ sở dữ liệu máy chủ vừa chuẩn bị bằng “danvan-cli server init”.</translation>
    </message>
    <message>
        <source>The rows of the table %1 could not be copied: %2 Nothing was copied.</source>
        <translation>Không sao chép được các dòng của bảng %1: %2 Chưa có gì được sao chép.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Pick the day in a calendar</source>
        <translation>Chọn ngày trên lịch</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>“%1” is not a date; write it as dd/mm/yyyy, for example 20/05/2020.</source>
        <translation>“%1” không phải là ngày; hãy viết theo dạng dd/mm/yyyy, ví dụ 20/05/2020.</translation>
    </message>
    <message>
        <source>“%1”: there is no such day.</source>
        <translation>“%1”: không có ngày này.</translation>
    </message>
</context>
<context>
    <name>DayPlausibility</name>
    <message>
        <source>%1 %2 is before the campaign began (%3).</source>
        <translation>%1 %2 là trước ngày bắt đầu đợt tổng kết (%3).</translation>
    </message>
    <message>
        <source>%1 %2 is more than a year after the campaign&apos;s last deadline (%3).</source>
        <translation>%1 %2 là sau thời hạn cuối cùng của đợt tổng kết (%3) hơn một năm.</translation>
    </message>
    <message>
        <source>The planned day</source>
        <translation>Ngày dự kiến</translation>
    </message>
    <message>
        <source>The day held</source>
        <translation>Ngày tổ chức</translation>
    </message>
    <message>
        <source>The day the report was received</source>
        <translation>Ngày nhận báo cáo</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Own deadline of %1</source>
        <translation>Thời hạn riêng của %1</translation>
    </message>
    <message>
        <source>A unit may set a deadline tighter than the one above it, for its own conference or for the units below it; never a looser one.</source>
        <translation>Đơn vị có thể đặt thời hạn sớm hơn thời hạn của cấp trên, cho hội nghị của chính mình hoặc cho các đơn vị cấp dưới, nhưng không được muộn hơn.</translation>
    </message>
    <message>
        <source>For the &amp;level:</source>
        <translation>Áp dụng cho &amp;cấp:</translation>
    </message>
    <message>
        <source>&amp;Remove the own deadline</source>
        <translation>&amp;Bỏ thời hạn riêng</translation>
    </message>
    <message>
        <source>Pilot unit: %1</source>
        <translation>Đơn vị điểm: %1</translation>
    </message>
    <message>
        <source>A pilot unit holds its conference first, for the others of its level to learn from, by its own deadline: the same as its deadline without it, or earlier.</source>
        <translation>Đơn vị điểm tổ chức hội nghị trước để các đơn vị khác cùng cấp rút kinh nghiệm, theo thời hạn riêng: bằng hoặc sớm hơn thời hạn mà đơn vị phải theo nếu không làm điểm.</translation>
    </message>
    <message>
        <source>&amp;Remove the pilot mark</source>
        <translation>&amp;Bỏ đánh dấu đơn vị điểm</translation>
    </message>
    <message>
        <source>as the directive writes it: cuối tháng 6-2020, tháng 5/2020, 30/06/2020</source>
        <translation>ghi như trong văn bản chỉ đạo: cuối tháng 6-2020, tháng 5/2020, 30/06/2020</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Thời hạn:</translation>
    </message>
    <message>
        <source>ends on %1 (%2)</source>
        <translation>đến hết ngày %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DeadlineRules</name>
    <message>
        <source>no deadline set</source>
        <translation>chưa đặt thời hạn</translation>
    </message>
    <message>
        <source>the campaign&apos;s deadline for the level</source>
        <translation>thời hạn của đợt tổng kết cho cấp này</translation>
    </message>
    <message>
        <source>set by %1</source>
        <translation>do %1 đặt</translation>
    </message>
    <message>
        <source>pilot unit&apos;s own deadline</source>
        <translation>thời hạn riêng của đơn vị điểm</translation>
    </message>
    <message>
        <source>%1 does not take part in the campaign “%2”.</source>
        <translation>%1 không tham gia đợt tổng kết “%2”.</translation>
    </message>
    <message>
        <source>The level “%1” does not take part in the campaign “%2”.</source>
        <translation>Cấp “%1” không tham gia đợt tổng kết “%2”.</translation>
    </message>
    <message>
        <source>%1 can set deadlines for its own level and the levels below it, not for a level above.</source>
        <translation>%1 chỉ được đặt thời hạn cho cấp mình và các cấp dưới, không được đặt cho cấp trên.</translation>
    </message>
    <message>
        <source>The deadline is empty.</source>
        <translation>Chưa nhập thời hạn.</translation>
    </message>
    <message>
        <source>the campaign</source>
        <translation>đợt tổng kết</translation>
    </message>
    <message>
        <source>The deadline “%1” (%2) is later than “%3” (%4), set by %5. A unit may set a tighter deadline than the one above it, never a looser one.</source>
        <translation>Thời hạn “%1” (%2) muộn hơn thời hạn “%3” (%4) của %5. Đơn vị có thể đặt thời hạn sớm hơn thời hạn của cấp trên, nhưng không được muộn hơn.</translation>
    </message>
    <message>
        <source>A pilot needs its own deadline.</source>
        <translation>Đơn vị điểm phải có thời hạn riêng.</translation>
    </message>
    <message>
        <source>The pilot deadline “%1” (%2) is later than “%3” (%4), set by %5. A pilot holds its conference before the others, so its deadline must be the same or earlier.</source>
        <translation>Thời hạn của đơn vị điểm “%1” (%2) muộn hơn thời hạn “%3” (%4) của %5. Đơn vị điểm tổ chức hội nghị trước các đơn vị khác, nên thời hạn phải bằng hoặc sớm hơn.</translation>
    </message>
    <message>
        <source>The deadline of “%1” (%2) is later than that of “%3” (%4), the level above it: its conferences should come first.</source>
        <translation>Thời hạn của “%1” (%2) muộn hơn thời hạn của cấp trên là “%3” (%4): hội nghị cấp dưới phải được tổ chức trước.</translation>
    </message>
</context>
<context>
    <name>DeleteCampaignCommand</name>
    <message>
        <source>delete the campaign “%1”</source>
        <translation>xóa đợt tổng kết “%1”</translation>
    </message>
</context>
<context>
    <name>DistrictProgressModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1; held before its communes</source>
        <translation>%1; tổ chức trước các cơ sở trực thuộc</translation>
    </message>
    <message>
        <source>none</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>%1 of the %2 communes of %3 had held their conference by %4.</source>
        <translation>Tính đến ngày %4, %1 trong số %2 cơ sở của %3 đã tổ chức hội nghị.</translation>
    </message>
    <message>
        <source>Communes that had not held their conference by their deadline, or held it after the deadline.</source>
        <translation>Số cơ sở chưa tổ chức hội nghị khi đã hết thời hạn, hoặc đã tổ chức nhưng sau thời hạn.</translation>
    </message>
    <message>
        <source>Held on %1.</source>
        <translation>Tổ chức ngày %1.</translation>
    </message>
    <message>
        <source>No deadline is set for this level.</source>
        <translation>Cấp này chưa có thời hạn.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Units below that have held their conference, of all the units below</source>
        <translation>Số đơn vị cấp dưới đã tổ chức hội nghị, trên tổng số đơn vị cấp dưới</translation>
    </message>
    <message>
        <source>Held below</source>
        <translation>Cấp dưới đã tổ chức</translation>
    </message>
    <message>
        <source>Overdue below</source>
        <translation>Cấp dưới quá hạn</translation>
    </message>
    <message>
        <source>Its own conference</source>
        <translation>Hội nghị của đơn vị</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Document %1</source>
        <translation>Văn bản %1</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Văn bản mới</translation>
    </message>
    <message>
        <source>number and symbol, as 1029-CV/TU</source>
        <translation>số và ký hiệu, ví dụ 1029-CV/TU</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số, ký hiệu:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày ban hành:</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>&amp;Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Trích yếu:</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>“%1” could not be redone: %2</source>
        <translation>Không làm lại được “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2</source>
        <translation>Không hoàn tác được “%1”: %2</translation>
    </message>
    <message>
        <source>add the exemplar “%1”</source>
        <translation>thêm điển hình “%1”</translation>
    </message>
    <message>
        <source>add the model “%1”</source>
        <translation>thêm mô hình “%1”</translation>
    </message>
    <message>
        <source>edit the exemplar “%1”</source>
        <translation>sửa điển hình “%1”</translation>
    </message>
    <message>
        <source>edit the model “%1”</source>
        <translation>sửa mô hình “%1”</translation>
    </message>
    <message>
        <source>remove the exemplar “%1”</source>
        <translation>xóa điển hình “%1”</translation>
    </message>
    <message>
        <source>remove the model “%1”</source>
        <translation>xóa mô hình “%1”</translation>
    </message>
</context>
<context>
    <name>EditConferenceCommand</name>
    <message>
        <source>record the conference of %1</source>
        <translation>ghi hội nghị của %1</translation>
    </message>
    <message>
        <source>planned day</source>
        <translation>ngày dự kiến</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>địa điểm</translation>
    </message>
    <message>
        <source>day held</source>
        <translation>ngày tổ chức</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>người chủ trì</translation>
    </message>
    <message>
        <source>delegates invited</source>
        <translation>số đại biểu được mời</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>số người dự</translation>
    </message>
    <message>
        <source>day the report was received</source>
        <translation>ngày nhận báo cáo</translation>
    </message>
    <message>
        <source>budget planned</source>
        <translation>kinh phí dự kiến</translation>
    </message>
    <message>
        <source>budget spent</source>
        <translation>kinh phí đã chi</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>đánh giá</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 của %2</translation>
    </message>
    <message>
        <source>%1 and %2 of %3</source>
        <translation>%1 và %2 của %3</translation>
    </message>
</context>
<context>
    <name>Exemplar</name>
    <message>
        <source>A model or exemplar needs a name.</source>
        <translation>Mô hình, điển hình phải có tên.</translation>
    </message>
    <message>
        <source>Choose the unit the model or exemplar belongs to.</source>
        <translation>Hãy chọn đơn vị của mô hình, điển hình.</translation>
    </message>
    <message>
        <source>The money mobilised cannot be negative.</source>
        <translation>Số tiền huy động không được là số âm.</translation>
    </message>
    <message>
        <source>The workdays mobilised cannot be negative.</source>
        <translation>Số ngày công huy động không được là số âm.</translation>
    </message>
    <message>
        <source>Individual exemplar</source>
        <translation>Điển hình cá nhân</translation>
    </message>
    <message>
        <source>Collective model</source>
        <translation>Mô hình tập thể</translation>
    </message>
</context>
<context>
    <name>ExemplarDialog</name>
    <message>
        <source>Add a model or exemplar</source>
        <translation>Thêm mô hình, điển hình</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Sửa “%1”</translation>
    </message>
    <message>
        <source>A model is a collective&apos;s initiative; an exemplar is a person. The unit whose conference commended it is the one that may put it forward to the level above.</source>
        <translation>Mô hình là cách làm của một tập thể; điển hình là một cá nhân. Hội nghị của đơn vị nào biểu dương thì đơn vị đó được giới thiệu mô hình, điển hình lên cấp trên.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Belongs to:</source>
        <translation>Thuộc đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>Lĩnh vự&amp;c:</translation>
    </message>
    <message>
        <source>&amp;Commended by the conference of:</source>
        <translation>Được &amp;biểu dương tại hội nghị của:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Mô tả:</translation>
    </message>
    <message>
        <source>&amp;Money mobilised:</source>
        <translation>&amp;Số tiền huy động:</translation>
    </message>
    <message>
        <source>&amp;Workdays mobilised:</source>
        <translation>Số &amp;ngày công huy động:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <source>The situation it answered, what was done, where and for whom, the results that can be checked</source>
        <translation>Thực trạng cần giải quyết, việc đã làm, ở đâu và cho ai, kết quả có thể kiểm chứng</translation>
    </message>
    <message>
        <source>days</source>
        <translation>ngày công</translation>
    </message>
    <message>
        <source>“%1” is not a number of workdays; write a whole number, 0 or more.</source>
        <translation>“%1” không phải là số ngày công; hãy viết một số nguyên từ 0 trở lên.</translation>
    </message>
</context>
<context>
    <name>ExemplarModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Money (đồng)</source>
        <translation>Số tiền (đồng)</translation>
    </message>
    <message>
        <source>Workdays</source>
        <translation>Ngày công</translation>
    </message>
    <message>
        <source>Put forward</source>
        <translation>Giới thiệu lên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Commended by</source>
        <translation>Được biểu dương tại</translation>
    </message>
    <message>
        <source>Today&apos;s unit</source>
        <translation>Đơn vị hiện nay</translation>
    </message>
</context>
<context>
    <name>ExemplarRegister</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the national level</source>
        <translation>cấp Trung ương</translation>
    </message>
    <message>
        <source>put forward to %1: %2</source>
        <translation>giới thiệu lên %1: %2</translation>
    </message>
</context>
<context>
    <name>ExemplarRepository</name>
    <message>
        <source>%1 has already put “%2” forward.</source>
        <translation>%1 đã giới thiệu “%2” lên cấp trên rồi.</translation>
    </message>
    <message>
        <source>%1 cannot put “%2” forward: a unit puts forward what its own conference commended, or what it received from below and selected.</source>
        <translation>%1 không thể giới thiệu “%2” lên cấp trên: mỗi đơn vị chỉ giới thiệu những gì hội nghị của mình đã biểu dương, hoặc những gì nhận từ cấp dưới và đã được mình chọn.</translation>
    </message>
    <message>
        <source>The level above has already put it further forward, so it stays selected or commended; withdraw that nomination first.</source>
        <translation>Cấp trên đã giới thiệu tiếp lên cấp cao hơn, nên tình trạng vẫn phải là được chọn hoặc được biểu dương; hãy rút lại lượt giới thiệu đó trước.</translation>
    </message>
    <message>
        <source>The level above has already put it further forward; withdraw that nomination first.</source>
        <translation>Cấp trên đã giới thiệu tiếp lên cấp cao hơn; hãy rút lại lượt giới thiệu đó trước.</translation>
    </message>
    <message>
        <source>There is no model or exemplar with the id %1.</source>
        <translation>Không có mô hình, điển hình mang mã số nội bộ %1.</translation>
    </message>
    <message>
        <source>There is no nomination with the id %1.</source>
        <translation>Không có đề cử mang mã số nội bộ %1.</translation>
    </message>
</context>
<context>
    <name>ExemplarsView</name>
    <message>
        <source>Models and exemplars</source>
        <translation>Mô hình, điển hình</translation>
    </message>
    <message>
        <source>Models and exemplars of the campaign</source>
        <translation>Mô hình, điển hình của đợt tổng kết</translation>
    </message>
    <message>
        <source>Filter by name, unit or field (accents not needed)</source>
        <translation>Lọc theo tên, đơn vị hoặc lĩnh vực (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <source>Put the model or exemplar forward to the level above</source>
        <translation>Giới thiệu mô hình, điển hình lên cấp trên</translation>
    </message>
    <message>
        <source>%1, %2; money mobilised: %3 đồng</source>
        <translation>%1, %2; số tiền huy động: %3 đồng</translation>
    </message>
    <message numerus="yes">
        <source>%n collective model(s)</source>
        <translation>
            <numerusform>%n mô hình tập thể</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n individual exemplar(s)</source>
        <translation>
            <numerusform>%n điển hình cá nhân</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n nomination(s) go with it.</source>
        <translation>
            <numerusform>%n lượt giới thiệu lên cấp trên cũng bị xóa theo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit → Undo puts it back.</source>
        <translation>Có thể khôi phục bằng Sửa → Hoàn tác.</translation>
    </message>
    <message>
        <source>Remove a model or exemplar</source>
        <translation>Xóa mô hình, điển hình</translation>
    </message>
    <message>
        <source>Remove “%1” from the models and exemplars?</source>
        <translation>Xóa “%1” khỏi danh sách mô hình, điển hình?</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Thê&amp;m…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Put f&amp;orward…</source>
        <translation>Giới thiệu &amp;lên cấp trên…</translation>
    </message>
    <message>
        <source>Filter the models and exemplars</source>
        <translation>Lọc mô hình, điển hình</translation>
    </message>
</context>
<context>
    <name>FollowedUnitsModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Hội nghị</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>1. Import the units: the national register&apos;s list of units saved as CSV (a province&apos;s or the whole country&apos;s), and a hierarchy file for the Party committees that are not places.</source>
        <translation>1. Nhập đơn vị: danh mục đơn vị hành chính lưu dạng CSV (của một tỉnh hoặc cả nước), và tệp phân cấp cho các đảng bộ không phải đơn vị hành chính.</translation>
    </message>
    <message>
        <source>Import more units…</source>
        <translation>Nhập thêm đơn vị…</translation>
    </message>
    <message>
        <source>&amp;Import units…</source>
        <translation>Nhập đơn &amp;vị…</translation>
    </message>
    <message>
        <source>2. Create your campaign: its name and phase, your office&apos;s own unit (the province, or the district for a district office), the levels taking part, each level&apos;s deadline as the directive writes it, pilots and the units taking part.</source>
        <translation>2. Tạo đợt tổng kết: tên và giai đoạn, đơn vị của cơ quan mình (tỉnh, hoặc huyện đối với ban dân vận huyện ủy), các cấp tham gia, thời hạn của từng cấp theo đúng văn bản chỉ đạo, đơn vị điểm và các đơn vị tham gia.</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>Tạo đợt tổng kết &amp;mới…</translation>
    </message>
    <message>
        <source>Or, to try the program first: fill this empty file with the Kiên Giang 2016–2020 example.</source>
        <translation>Hoặc, để dùng thử chương trình trước: nạp vào tệp trống này dữ liệu ví dụ Kiên Giang 2016–2020.</translation>
    </message>
    <message>
        <source>Fill with the &amp;example</source>
        <translation>Nạp dữ &amp;liệu ví dụ</translation>
    </message>
    <message>
        <source>There is no campaign yet. Two steps make this database yours:</source>
        <translation>Chưa có đợt tổng kết nào. Hai bước để cơ sở dữ liệu này phục vụ công việc của cơ quan mình:</translation>
    </message>
    <message numerus="yes">
        <source>1. The units: the database holds %n unit(s). Import more, or a newer edition of the register, when you need to.</source>
        <translation>
            <numerusform>1. Đơn vị: cơ sở dữ liệu đang có %n đơn vị. Khi cần, hãy nhập thêm, hoặc nhập bản danh mục mới hơn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportResultsCommand</name>
    <message numerus="yes">
        <source>import the results of %n file(s)</source>
        <translation>
            <numerusform>nhập kết quả của %n tệp</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <source>&amp;Add files…</source>
        <translation>Thê&amp;m tệp…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Apply &amp;without the rows refused</source>
        <translation>Áp dụng, &amp;bỏ qua các dòng bị từ chối</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Nhập kết quả</translation>
    </message>
    <message>
        <source>found from the files</source>
        <translation>tìm theo các tệp</translation>
    </message>
    <message>
        <source>The unit whose units the files list. Units without a code are found by name under it. Left empty: the form&apos;s unit, or the unit above all the units the files give by code.</source>
        <translation>Đơn vị có các đơn vị được liệt kê trong tệp. Đơn vị không có mã được tìm theo tên trong đơn vị này. Để trống: đơn vị của biểu mẫu, hoặc đơn vị cấp trên của mọi đơn vị mà tệp ghi mã.</translation>
    </message>
    <message>
        <source>Told by the fonts, then the text</source>
        <translation>Nhận biết theo phông chữ, rồi theo nội dung</translation>
    </message>
    <message>
        <source>Ask for each</source>
        <translation>Hỏi từng chỗ</translation>
    </message>
    <message>
        <source>Keep what is entered</source>
        <translation>Giữ số liệu đã nhập</translation>
    </message>
    <message>
        <source>Take the file&apos;s values</source>
        <translation>Lấy số liệu trong tệp</translation>
    </message>
    <message>
        <source>&amp;Sent by:</source>
        <translation>Đơn vị &amp;gửi:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Bảng mã:</translation>
    </message>
    <message>
        <source>Where a file differs from what is &amp;entered:</source>
        <translation>Khi tệp khác với số liệu đã &amp;nhập:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Các cột</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Á&amp;p dụng</translation>
    </message>
    <message>
        <source>Results sent back</source>
        <translation>Kết quả gửi lên</translation>
    </message>
    <message>
        <source>Spreadsheets and text (*.xlsx *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>Bảng tính và văn bản (*.xlsx *.xls *.ods *.csv *.txt);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Add the files the units sent back.</source>
        <translation>Thêm các tệp do đơn vị gửi lên.</translation>
    </message>
    <message numerus="yes">
        <source>%n conference(s) will change</source>
        <translation>
            <numerusform>%n hội nghị sẽ thay đổi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) added</source>
        <translation>
            <numerusform>thêm %n giá trị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>thay %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept as entered</source>
        <translation>
            <numerusform>giữ nguyên %n như đã nhập</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already so</source>
        <translation>
            <numerusform>%n đã đúng như vậy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be read: remove them or correct them.</source>
        <translation>
            <numerusform>%n tệp không đọc được: hãy bỏ ra hoặc sửa lại.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) differ from what is entered: tick those to replace, or choose for all above.</source>
        <translation>
            <numerusform>%n giá trị khác với số liệu đã nhập: đánh dấu những giá trị cần thay, hoặc chọn một cách cho tất cả ở trên.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) or value(s) are refused (listed below).</source>
        <translation>
            <numerusform>%n dòng hoặc giá trị bị từ chối (liệt kê ở dưới).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <source>Reading %1 (file %2 of %3)…</source>
        <translation>Đang đọc %1 (tệp %2/%3)…</translation>
    </message>
    <message>
        <source>Stopping once the file being read is closed…</source>
        <translation>Sẽ dừng khi đọc xong tệp đang đọc…</translation>
    </message>
    <message numerus="yes">
        <source>Reading was stopped, so %n file(s) were left out: %1. Add them again to read them.</source>
        <translation>
            <numerusform>Đã dừng đọc nên %n tệp bị bỏ ra: %1. Thêm lại các tệp đó để đọc.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading was stopped: the encoding is “%1” again.</source>
        <translation>Đã dừng đọc: bảng mã trở lại là “%1”.</translation>
    </message>
</context>
<context>
    <name>ImportTally</name>
    <message numerus="yes">
        <source>%n unit(s) read: %1 added, %2 renamed, %3 moved, %4 retired.</source>
        <translation>
            <numerusform>Đã đọc %n đơn vị: thêm mới %1, đổi tên %2, chuyển cấp trên %3, thôi hiệu lực %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retired unit(s) are in force again.</source>
        <translation>
            <numerusform>%n đơn vị đã thôi hiệu lực nay có hiệu lực trở lại.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) joined ongoing campaigns.</source>
        <translation>
            <numerusform>%n đơn vị được đưa vào các đợt tổng kết đang diễn ra.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new units are in force from %1, the units they replace until %2.</source>
        <translation>Các đơn vị mới có hiệu lực từ ngày %1, các đơn vị được thay thế có hiệu lực đến hết ngày %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) between old and new units recorded.</source>
        <translation>
            <numerusform>Đã ghi %n quan hệ kế thừa giữa đơn vị cũ và đơn vị mới.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n cảnh báo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportUnitsDialog</name>
    <message>
        <source>Import units</source>
        <translation>Nhập đơn vị</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>&amp;In force from:</source>
        <translation>&amp;Hiệu lực từ ngày:</translation>
    </message>
    <message>
        <source>Units the file no longer lists end the day before; units it adds start on this day.</source>
        <translation>Đơn vị không còn trong tệp chỉ còn hiệu lực đến hết ngày hôm trước; đơn vị mới có hiệu lực từ ngày này.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Choose a units file</source>
        <translation>Chọn tệp danh sách đơn vị</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Tệp CSV (*.csv *.txt);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Choose the national register&apos;s list of units saved as CSV (columns Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp), or a hierarchy file with the columns code, name, kind, parent_code for units the register does not hold.

Units are matched by their code. A newer edition renames, moves and adds units, and retires those it no longer lists: nothing is deleted, and past conferences keep their units. A file with an error changes nothing.

The files of the 2025 reorganisation are read too: the conversion table of 07/2025 (new ← old) puts the new provinces and communes in force and links each to the units it came from; the list of new communes adds them by province.</source>
        <translation>Chọn tệp danh sách đơn vị của danh mục đơn vị hành chính đã lưu dưới dạng CSV (các cột Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp), hoặc tệp phân cấp có các cột code, name, kind, parent_code cho những đơn vị không có trong danh mục.

Đơn vị được đối chiếu theo mã. Bản danh mục mới hơn sẽ đổi tên, đổi nơi trực thuộc, thêm đơn vị mới và cho hết hiệu lực những đơn vị không còn trong danh mục: không đơn vị nào bị xóa, các hội nghị đã qua vẫn giữ nguyên đơn vị của mình. Tệp có lỗi thì không có gì bị thay đổi.

Các tệp của đợt sắp xếp năm 2025 cũng đọc được: bảng chuyển đổi tháng 7/2025 (mới ← cũ) đưa các tỉnh, xã mới vào hiệu lực và nối mỗi đơn vị mới với các đơn vị đã hình thành nên nó; danh sách xã, phường mới thêm các xã theo từng tỉnh.</translation>
    </message>
    <message>
        <source>The day the file states (today for a register; 01/07/2025 for the files of the 2025 reorganisation)</source>
        <translation>Ngày ghi trong tệp (với danh mục là hôm nay; với các tệp của đợt sắp xếp năm 2025 là 01/07/2025)</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>this danvan was built without a keyring</source>
        <translation>bản danvan này được dựng không có kho khóa</translation>
    </message>
</context>
<context>
    <name>LegacyEncoding</name>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <source>TCVN3 (ABC)</source>
        <translation>TCVN3 (ABC)</translation>
    </message>
    <message>
        <source>%1: the file looks like UTF-16 text but cannot be decoded. Save it from the spreadsheet as “CSV UTF-8”.</source>
        <translation>%1: tệp có vẻ là văn bản UTF-16 nhưng không giải mã được. Hãy mở tệp bằng chương trình bảng tính rồi lưu lại dưới dạng “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>%1, line %2: the file contains a NUL byte, so it is not a text file. Save it from the spreadsheet as “CSV UTF-8”.</source>
        <translation>%1, dòng %2: tệp có byte NUL nên không phải là tệp văn bản. Hãy mở tệp bằng chương trình bảng tính rồi lưu lại dưới dạng “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>UTF-8 (with a byte-order mark)</source>
        <translation>UTF-8 (có BOM)</translation>
    </message>
    <message>
        <source>%1: the file is not Unicode (UTF-8 or UTF-16) text. Choose its encoding (Windows-1258, TCVN3 or VNI), or save it from the spreadsheet as “CSV UTF-8”.</source>
        <translation>%1: tệp không phải là văn bản Unicode (UTF-8 hoặc UTF-16). Hãy chọn bảng mã của tệp (Windows-1258, TCVN3 hoặc VNI), hoặc mở tệp bằng chương trình bảng tính rồi lưu lại dưới dạng “CSV UTF-8”.</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Tạo mới…</translation>
    </message>
    <message>
        <source>Create a new, empty danvan file</source>
        <translation>Tạo một tệp danvan mới, chưa có dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Open another danvan file</source>
        <translation>Mở một tệp danvan khác</translation>
    </message>
    <message>
        <source>&amp;Import units…</source>
        <translation>&amp;Nhập đơn vị…</translation>
    </message>
    <message>
        <source>Import units from the national register&apos;s CSV export or a hierarchy file</source>
        <translation>Nhập đơn vị từ tệp CSV xuất từ danh mục đơn vị hành chính hoặc từ tệp phân cấp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hôm nay</translation>
    </message>
    <message>
        <source>Show the statuses as of today (Ctrl+T)</source>
        <translation>Xem tình trạng tính đến hôm nay (Ctrl+T)</translation>
    </message>
    <message>
        <source>Show &amp;retired units</source>
        <translation>Hiện đơn vị đã &amp;giải thể/sáp nhập</translation>
    </message>
    <message>
        <source>&amp;About danvan</source>
        <translation>&amp;Giới thiệu danvan</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Đợt tổng kết</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>Tính đến ngà&amp;y:</translation>
    </message>
    <message>
        <source>The day the statuses are computed for: today, or a day you pick to see the situation then</source>
        <translation>Ngày dùng để tính tình trạng: hôm nay, hoặc một ngày bạn chọn để xem tình hình vào lúc đó</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Search units (accents not needed)</source>
        <translation>Tìm đơn vị (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Không mở được tệp</translation>
    </message>
    <message>
        <source>File updated</source>
        <translation>Đã nâng cấp tệp</translation>
    </message>
    <message>
        <source>“%1” was made by an older danvan and has been updated. A copy of it as it was is kept in “%2”.</source>
        <translation>“%1” được tạo bằng phiên bản danvan cũ hơn và đã được nâng cấp. Bản sao của tệp trước khi nâng cấp được giữ tại “%2”.</translation>
    </message>
    <message>
        <source>danvan</source>
        <translation>danvan</translation>
    </message>
    <message>
        <source>%1 – danvan</source>
        <translation>%1 – danvan</translation>
    </message>
    <message>
        <source>New danvan file</source>
        <translation>Tệp danvan mới</translation>
    </message>
    <message>
        <source>new</source>
        <translation>tệp mới</translation>
    </message>
    <message>
        <source>danvan files (*.sqlite *.db)</source>
        <translation>Tệp danvan (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Open a danvan file</source>
        <translation>Mở tệp danvan</translation>
    </message>
    <message>
        <source>danvan files (*.sqlite *.db);;All files (*)</source>
        <translation>Tệp danvan (*.sqlite *.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>The units were not imported</source>
        <translation>Không nhập được đơn vị</translation>
    </message>
    <message>
        <source>Nothing was changed. Correct the file and import it again.</source>
        <translation>Không có gì bị thay đổi. Hãy sửa tệp rồi nhập lại.</translation>
    </message>
    <message>
        <source>Units imported</source>
        <translation>Đã nhập đơn vị</translation>
    </message>
    <message>
        <source>About danvan</source>
        <translation>Giới thiệu danvan</translation>
    </message>
    <message>
        <source>danvan %1

Follows the summary conferences of the “Dân vận khéo” movement at every level: deadlines, pilots, who is on time and who is late, and what each conference reported.

Free software under the MIT licence.</source>
        <translation>danvan %1

Theo dõi các hội nghị tổng kết phong trào thi đua “Dân vận khéo” ở các cấp: thời hạn, đơn vị điểm, đơn vị nào đúng hạn, đơn vị nào chậm, và nội dung báo cáo của từng hội nghị.

Phần mềm tự do theo giấy phép MIT.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Find a unit</source>
        <translation>&amp;Tìm đơn vị</translation>
    </message>
    <message>
        <source>&amp;Give to a steering group…</source>
        <translation>&amp;Giao cho tổ chỉ đạo…</translation>
    </message>
    <message>
        <source>Give the units selected in the schedule to a steering group</source>
        <translation>Giao các đơn vị đang chọn trong lịch tổ chức cho một tổ chỉ đạo theo dõi</translation>
    </message>
    <message>
        <source>&amp;Lists of fields and reward forms…</source>
        <translation>&amp;Danh mục lĩnh vực và hình thức khen thưởng…</translation>
    </message>
    <message>
        <source>Unit and its conference</source>
        <translation>Đơn vị và hội nghị</translation>
    </message>
    <message>
        <source>Filters the tree and the schedule (Ctrl+F)</source>
        <translation>Lọc cây đơn vị và lịch tổ chức (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Preview and print a report as a Party document, or save it as PDF</source>
        <translation>Xem trước và in báo cáo theo thể thức văn bản của Đảng, hoặc lưu thành PDF</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất tệp…</translation>
    </message>
    <message>
        <source>&amp;Office settings…</source>
        <translation>&amp;Thiết lập của cơ quan…</translation>
    </message>
    <message>
        <source>The heading and signature of printed documents, margins, and CSV defaults</source>
        <translation>Phần đầu và chữ ký của văn bản in, lề trang, và mặc định của CSV</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sao lưu…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation>Chưa sao lưu được</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Đã sao lưu vào %1</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Đã mở ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <source>“%1” can only be read: it or its folder is write-protected. You can look at it, print and export it, and save a copy with File → Back up; changes will not be saved. To work on it, open the copy.</source>
        <translation>“%1” chỉ cho phép đọc: tệp hoặc thư mục của tệp được bảo vệ chống ghi. Bạn có thể xem, in, xuất tệp và lưu một bản sao bằng Tệp → Sao lưu; các thay đổi sẽ không được lưu. Muốn làm việc trên tệp, hãy mở bản sao.</translation>
    </message>
    <message>
        <source>%1 (read-only) – danvan</source>
        <translation>%1 (chỉ đọc) – danvan</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>Tạo đợt tổng kết &amp;mới…</translation>
    </message>
    <message>
        <source>Set up a campaign of your office&apos;s own: its levels, deadlines and units</source>
        <translation>Lập đợt tổng kết của cơ quan mình: các cấp, thời hạn và đơn vị tham gia</translation>
    </message>
    <message>
        <source>New campaign &amp;from this one…</source>
        <translation>Tạo đợt mới &amp;từ đợt này…</translation>
    </message>
    <message>
        <source>The next phase, with the same unit, levels, documents and steering groups, the deadlines moved on</source>
        <translation>Giai đoạn tiếp theo, cùng đơn vị, các cấp, văn bản và tổ chỉ đạo, thời hạn được dời theo</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Đổi tê&amp;n…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Xóa đợt tổng kết…</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (đã đóng)</translation>
    </message>
    <message>
        <source>%1 (campaign closed) – danvan</source>
        <translation>%1 (đợt tổng kết đã đóng) – danvan</translation>
    </message>
    <message>
        <source>Re&amp;open the campaign</source>
        <translation>Mở &amp;lại đợt tổng kết</translation>
    </message>
    <message>
        <source>&amp;Close the campaign</source>
        <translation>Đó&amp;ng đợt tổng kết</translation>
    </message>
    <message>
        <source>&amp;Add the chosen unit to the campaign</source>
        <translation>&amp;Thêm đơn vị đang chọn vào đợt tổng kết</translation>
    </message>
    <message>
        <source>&amp;Add %1 to the campaign</source>
        <translation>&amp;Thêm %1 vào đợt tổng kết</translation>
    </message>
    <message>
        <source>&amp;Leave the chosen unit out of the campaign</source>
        <translation>Đưa đơn vị đang chọn &amp;ra khỏi đợt tổng kết</translation>
    </message>
    <message>
        <source>&amp;Leave %1 out of the campaign</source>
        <translation>Đưa %1 &amp;ra khỏi đợt tổng kết</translation>
    </message>
    <message>
        <source>New campaign from this one</source>
        <translation>Tạo đợt mới từ đợt này</translation>
    </message>
    <message>
        <source>The campaign was not renamed</source>
        <translation>Chưa đổi tên được đợt tổng kết</translation>
    </message>
    <message>
        <source>The campaign was not deleted</source>
        <translation>Chưa xóa được đợt tổng kết</translation>
    </message>
    <message>
        <source>Delete the campaign</source>
        <translation>Xóa đợt tổng kết</translation>
    </message>
    <message>
        <source>The example was not added</source>
        <translation>Chưa nạp được dữ liệu ví dụ</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Hoàn tác: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Làm lại: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>All that danvan wrote in the file is there, unchanged. Open it read-only, to look at it, print and export it? Nothing that was added can run in a file that is only read, but it stays in the file and in any copy of it.</source>
        <translation>Mọi thứ danvan đã ghi trong tệp vẫn còn nguyên, không bị sửa. Mở tệp ở chế độ chỉ đọc để xem, in và xuất báo cáo? Những gì bị thêm vào không thể chạy trong tệp chỉ đọc, nhưng vẫn nằm trong tệp và trong mọi bản sao của tệp.</translation>
    </message>
    <message>
        <source>What the file does not account for:</source>
        <translation>Những gì tệp không nói đến:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (danvan-cli import-units lists them all).</source>
        <translation>
            <numerusform>… và %n dòng nữa (danvan-cli import-units liệt kê đủ).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import an older edition?</source>
        <translation>Nhập bản danh mục cũ hơn?</translation>
    </message>
    <message>
        <source>Import the older edition all the same?</source>
        <translation>Vẫn nhập bản danh mục cũ hơn?</translation>
    </message>
    <message>
        <source>Type the day to compute the statuses for, as dd/mm/yyyy.</source>
        <translation>Gõ ngày cần tính tình trạng, dạng dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>The statuses stay as of %1.</source>
        <translation>Tình trạng vẫn tính đến ngày %1.</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Đợt tổng kết:</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>Đợt tổng &amp;kết</translation>
    </message>
    <message>
        <source>Import &amp;results…</source>
        <translation>Nhập &amp;kết quả…</translation>
    </message>
    <message>
        <source>Read the conferences&apos; results back from the spreadsheets the units sent</source>
        <translation>Đọc lại kết quả hội nghị từ các bảng tính do đơn vị gửi lên</translation>
    </message>
    <message>
        <source>Export a reporting &amp;form…</source>
        <translation>Xuất &amp;biểu mẫu báo cáo…</translation>
    </message>
    <message>
        <source>Write the workbook a unit fills in with its conferences&apos; results and sends back</source>
        <translation>Ghi sổ tính để đơn vị điền kết quả hội nghị rồi gửi lại</translation>
    </message>
    <message>
        <source>Export a c&amp;alendar…</source>
        <translation>Xuất &amp;lịch…</translation>
    </message>
    <message>
        <source>Write the campaign&apos;s deadlines, conferences and key dates as a calendar (iCalendar) for a phone or a calendar program</source>
        <translation>Ghi các thời hạn, hội nghị và ngày quan trọng của đợt tổng kết thành lịch (iCalendar) để đưa vào điện thoại hoặc chương trình lịch</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>How to work with danvan, page by page (F1)</source>
        <translation>Cách làm việc với danvan, theo từng trang (F1)</translation>
    </message>
    <message>
        <source>Search units</source>
        <translation>Tìm đơn vị</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <source>Save a report as CSV or XLSX for Excel, or as PDF or ODT</source>
        <translation>Lưu báo cáo thành CSV hoặc XLSX cho Excel, hoặc thành PDF hay ODT</translation>
    </message>
    <message>
        <source>Export calendars per steering &amp;group…</source>
        <translation>Xuất lịch &amp;cho từng tổ chỉ đạo…</translation>
    </message>
    <message>
        <source>Write one calendar per steering group, with the deadlines and conferences of the units it follows, into a folder</source>
        <translation>Ghi mỗi tổ chỉ đạo một tệp lịch, gồm thời hạn và hội nghị của các đơn vị tổ theo dõi, vào một thư mục</translation>
    </message>
    <message>
        <source>Connect to a ser&amp;ver…</source>
        <translation>Kết nối &amp;với máy chủ…</translation>
    </message>
    <message>
        <source>Work on a database that several offices share on a PostgreSQL server</source>
        <translation>Làm việc trên cơ sở dữ liệu mà nhiều đơn vị dùng chung trên máy chủ PostgreSQL</translation>
    </message>
    <message>
        <source>Cannot connect to the server</source>
        <translation>Không kết nối được với máy chủ</translation>
    </message>
    <message>
        <source>The keyring did not keep the password (%1); it will be asked next time.</source>
        <translation>Kho khóa không lưu được mật khẩu (%1); lần sau sẽ hỏi lại.</translation>
    </message>
    <message>
        <source>Save a complete copy of the data in a file; to restore it, open the copy</source>
        <translation>Lưu một bản sao đầy đủ của dữ liệu vào một tệp; muốn khôi phục, hãy mở bản sao</translation>
    </message>
    <message>
        <source>Delete “%1” with everything entered for it: %2? The units stay. Until the database is closed, Edit → Undo brings it all back.</source>
        <translation>Xóa “%1” cùng mọi thứ đã nhập cho đợt: %2? Các đơn vị vẫn giữ nguyên. Cho tới khi đóng cơ sở dữ liệu, Sửa → Hoàn tác sẽ khôi phục lại tất cả.</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <source>danvan manual</source>
        <translation>Hướng dẫn sử dụng danvan</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Back to the page read before (Alt+Left)</source>
        <translation>Quay lại trang vừa xem (Alt+Mũi tên trái)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Đi tiếp</translation>
    </message>
    <message>
        <source>Forward again (Alt+Right)</source>
        <translation>Đi tiếp đến trang đã xem (Alt+Mũi tên phải)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>words in this chapter (accents not needed)</source>
        <translation>từ cần tìm trong chương này (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <source>Enter finds the next place, Shift+Enter the one before (Ctrl+F)</source>
        <translation>Enter: tìm chỗ tiếp theo, Shift+Enter: chỗ trước đó (Ctrl+F)</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Mục lục</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Nội dung chương</translation>
    </message>
    <message>
        <source>Not found in this chapter</source>
        <translation>Không tìm thấy trong chương này</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>“%1”: an amount cannot be negative.</source>
        <translation>“%1”: số tiền không được là số âm.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in đồng; write a whole number such as 1.500.000.</source>
        <translation>“%1” không phải là số tiền tính bằng đồng; hãy viết một số nguyên, ví dụ 1.500.000.</translation>
    </message>
    <message>
        <source>“%1” is too large an amount.</source>
        <translation>“%1” là số tiền quá lớn.</translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <source>đồng</source>
        <translation>đồng</translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message>
        <source>New campaign from “%1”</source>
        <translation>Đợt tổng kết mới từ “%1”</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Đợt tổng kết mới</translation>
    </message>
    <message>
        <source>The campaign</source>
        <translation>Đợt tổng kết</translation>
    </message>
    <message>
        <source>Its name and phase, the day it starts, and the office&apos;s own unit.</source>
        <translation>Tên và giai đoạn, ngày bắt đầu và đơn vị của cơ quan.</translation>
    </message>
    <message>
        <source>Deadlines and documents</source>
        <translation>Thời hạn và văn bản</translation>
    </message>
    <message>
        <source>Each level&apos;s deadline as the directive writes it, the documents and the key dates.</source>
        <translation>Thời hạn của từng cấp theo đúng văn bản chỉ đạo, các văn bản và các ngày quan trọng.</translation>
    </message>
    <message>
        <source>Pilots and units&apos; own deadlines</source>
        <translation>Đơn vị điểm và thời hạn riêng của đơn vị</translation>
    </message>
    <message>
        <source>A pilot holds its conference first; a unit may set a tighter deadline for itself or the units below it, never a looser one.</source>
        <translation>Đơn vị điểm tổ chức hội nghị trước; một đơn vị có thể đặt thời hạn sớm hơn cho mình hoặc cho các đơn vị cấp dưới, không được muộn hơn.</translation>
    </message>
    <message>
        <source>Units taking part</source>
        <translation>Đơn vị tham gia</translation>
    </message>
    <message>
        <source>Nothing is created until Finish: leave units out or add units of the tree.</source>
        <translation>Chưa có gì được tạo cho đến khi bấm Hoàn tất: có thể bỏ bớt hoặc thêm đơn vị.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>Tổng kết phong trào thi đua “Dân vận khéo” giai đoạn 2021–2025</source>
        <translation>Tổng kết phong trào thi đua “Dân vận khéo” giai đoạn 2021–2025</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>&amp;Giai đoạn:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Ngày bắt đầu:</translation>
    </message>
    <message>
        <source>The office&apos;s own &amp;unit:</source>
        <translation>Đơn &amp;vị của cơ quan:</translation>
    </message>
    <message>
        <source>&amp;Levels taking part:</source>
        <translation>&amp;Các cấp tham gia:</translation>
    </message>
    <message>
        <source>The office&apos;s own unit is the top of the campaign: the province for a provincial office, the district for a district office. The levels are offered from the units below it in force on the day it starts: three levels before 07/2025, the province and its communes since.</source>
        <translation>Đơn vị của cơ quan là cấp cao nhất của đợt tổng kết: tỉnh đối với ban của tỉnh ủy, huyện đối với ban của huyện ủy. Các cấp được đề xuất theo các đơn vị cấp dưới có hiệu lực vào ngày bắt đầu: ba cấp trước 07/2025, từ đó là tỉnh và xã.</translation>
    </message>
    <message>
        <source>Deadlines, as the directive writes them (“cuối tháng 6-2020”, “trước ngày 15/10/2020”); a level may have none:</source>
        <translation>Thời hạn, viết như văn bản chỉ đạo (“cuối tháng 6-2020”, “trước ngày 15/10/2020”); một cấp có thể không có thời hạn:</translation>
    </message>
    <message>
        <source>&amp;Documents of the campaign:</source>
        <translation>Văn &amp;bản của đợt tổng kết:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Thêm văn bản</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>&amp;Key dates:</source>
        <translation>Các ngày &amp;quan trọng:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>Thêm ngày</translation>
    </message>
    <message>
        <source>Choose a unit, whether it is a pilot or sets its own deadline for a level, and the deadline phrase; then Add.</source>
        <translation>Chọn đơn vị, cho biết đơn vị là đơn vị điểm hay đặt thời hạn riêng cho một cấp, và thời hạn; rồi bấm Thêm.</translation>
    </message>
    <message>
        <source>tháng 5/2020</source>
        <translation>tháng 5/2020</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>As the directive writes it</source>
        <translation>Theo văn bản</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Add a unit of the &amp;tree:</source>
        <translation>Thêm một đơn vị &amp;khác:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Đơn vị điểm</translation>
    </message>
    <message>
        <source>Own deadline for %1</source>
        <translation>Thời hạn riêng cho %1</translation>
    </message>
    <message>
        <source>The earlier phase has no steering groups to carry over.</source>
        <translation>Giai đoạn trước không có tổ chỉ đạo để chuyển sang.</translation>
    </message>
    <message>
        <source>Carried over from the earlier phase: the steering groups %1, with their members and the units they follow that take part.</source>
        <translation>Chuyển từ giai đoạn trước: các tổ chỉ đạo %1, cùng thành viên và các đơn vị được theo dõi có tham gia.</translation>
    </message>
    <message numerus="yes">
        <source>The deadlines were moved by %n year(s) from the earlier phase: I have checked them.</source>
        <translation>
            <numerusform>Thời hạn đã được dời %n năm so với giai đoạn trước: tôi đã kiểm tra lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>không có thời hạn</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>chậm nhất %1</translation>
    </message>
    <message>
        <source>Choose the unit first.</source>
        <translation>Hãy chọn đơn vị trước.</translation>
    </message>
    <message>
        <source>Write the deadline, such as “tháng 5/2020”.</source>
        <translation>Hãy viết thời hạn, ví dụ “tháng 5/2020”.</translation>
    </message>
    <message>
        <source>Choose the unit to add first.</source>
        <translation>Hãy chọn đơn vị cần thêm trước.</translation>
    </message>
    <message>
        <source>%1 cannot take part: its level does not take part in the campaign.</source>
        <translation>%1 không thể tham gia: cấp của đơn vị này không tham gia đợt tổng kết.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>As of %1, %n unit(s) take part</source>
        <translation>
            <numerusform>Tính đến ngày %1, có %n đơn vị tham gia</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the campaign&apos;s name.</source>
        <translation>Hãy viết tên đợt tổng kết.</translation>
    </message>
    <message>
        <source>Write the day the campaign starts (its directive&apos;s date).</source>
        <translation>Hãy viết ngày bắt đầu đợt tổng kết (ngày của văn bản chỉ đạo).</translation>
    </message>
    <message>
        <source>Choose the office&apos;s own unit.</source>
        <translation>Hãy chọn đơn vị của cơ quan.</translation>
    </message>
    <message>
        <source>No level takes part below this unit on that day.</source>
        <translation>Vào ngày đó không có cấp nào tham gia dưới đơn vị này.</translation>
    </message>
    <message>
        <source>Document %1 needs its number or its title.</source>
        <translation>Văn bản thứ %1 cần có số hoặc trích yếu.</translation>
    </message>
    <message>
        <source>Document %1: %2</source>
        <translation>Văn bản thứ %1: %2</translation>
    </message>
    <message>
        <source>Key date %1: %2</source>
        <translation>Ngày quan trọng thứ %1: %2</translation>
    </message>
    <message>
        <source>write the day.</source>
        <translation>hãy viết ngày.</translation>
    </message>
    <message>
        <source>The deadlines were carried over from the earlier phase: check them, then tick the box.</source>
        <translation>Thời hạn được chuyển từ giai đoạn trước: hãy kiểm tra lại rồi đánh dấu vào ô.</translation>
    </message>
</context>
<context>
    <name>NominateCommand</name>
    <message>
        <source>put “%1” forward to %2</source>
        <translation>giới thiệu “%1” lên %2</translation>
    </message>
</context>
<context>
    <name>Nomination</name>
    <message>
        <source>Proposed</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Được chọn</translation>
    </message>
    <message>
        <source>Commended</source>
        <translation>Được biểu dương</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Không được chọn</translation>
    </message>
</context>
<context>
    <name>NominationModel</name>
    <message>
        <source>Model or exemplar</source>
        <translation>Mô hình, điển hình</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ đơn vị</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Lên đơn vị</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
</context>
<context>
    <name>OdsReader</name>
    <message>
        <source>%1 is damaged: the part “%2” is not readable XML.</source>
        <translation>%1 bị hỏng: phần “%2” không phải là XML đọc được.</translation>
    </message>
    <message>
        <source>%1 is too large to read: it has more than %L2 cells.</source>
        <translation>%1 quá lớn, không đọc được: có hơn %L2 ô.</translation>
    </message>
    <message>
        <source>%1 is an OpenDocument file but not a spreadsheet.</source>
        <translation>%1 là tệp OpenDocument nhưng không phải là bảng tính.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Open it in the spreadsheet, remove the password and save it again.</source>
        <translation>%1 được bảo vệ bằng mật khẩu. Hãy mở tệp bằng chương trình bảng tính, bỏ mật khẩu rồi lưu lại.</translation>
    </message>
    <message>
        <source>%1 is not an OpenDocument spreadsheet (.ods): it has no content.</source>
        <translation>%1 không phải là bảng tính OpenDocument (.ods): tệp không có nội dung.</translation>
    </message>
    <message>
        <source>%1 has no sheet to read.</source>
        <translation>%1 không có trang tính nào để đọc.</translation>
    </message>
</context>
<context>
    <name>OdtWriter</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Không ghi được “%1”: %2</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsDialog</name>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Office settings</source>
        <translation>Thiết lập của cơ quan</translation>
    </message>
    <message>
        <source>e.g. TỈNH ỦY KIÊN GIANG</source>
        <translation>ví dụ: TỈNH ỦY KIÊN GIANG</translation>
    </message>
    <message>
        <source>e.g. BAN DÂN VẬN</source>
        <translation>ví dụ: BAN DÂN VẬN</translation>
    </message>
    <message>
        <source>e.g. TB/BDVTU</source>
        <translation>ví dụ: TB/BDVTU</translation>
    </message>
    <message>
        <source>e.g. Kiên Giang</source>
        <translation>ví dụ: Kiên Giang</translation>
    </message>
    <message>
        <source>One recipient per line, e.g. “- Lưu Văn phòng.”</source>
        <translation>Mỗi dòng một nơi nhận, ví dụ: “- Lưu Văn phòng.”</translation>
    </message>
    <message>
        <source>comma (,), as Vietnamese Windows expects</source>
        <translation>dấu phẩy (,), như Windows tiếng Việt cần</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>dấu chấm phẩy (;)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <source>Heading of printed documents</source>
        <translation>Phần đầu văn bản in</translation>
    </message>
    <message>
        <source>&amp;Superior body:</source>
        <translation>Cơ quan cấp &amp;trên:</translation>
    </message>
    <message>
        <source>&amp;Issuing body:</source>
        <translation>Cơ quan &amp;ban hành:</translation>
    </message>
    <message>
        <source>S&amp;ymbol after the number:</source>
        <translation>&amp;Ký hiệu sau số:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Địa &amp;danh:</translation>
    </message>
    <message>
        <source>Signature and recipients</source>
        <translation>Chữ ký và nơi nhận</translation>
    </message>
    <message>
        <source>Signing &amp;as:</source>
        <translation>&amp;Thẩm quyền ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title:</source>
        <translation>&amp;Chức vụ người ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name:</source>
        <translation>&amp;Họ tên người ký:</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Nơi nhận:</translation>
    </message>
    <message>
        <source>Page and lists</source>
        <translation>Trang in và danh sách</translation>
    </message>
    <message>
        <source>top</source>
        <translation>trên</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>dưới</translation>
    </message>
    <message>
        <source>left</source>
        <translation>trái</translation>
    </message>
    <message>
        <source>right</source>
        <translation>phải</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>Lề trang:</translation>
    </message>
    <message>
        <source>&amp;Due soon within:</source>
        <translation>&amp;Sắp đến hạn trong vòng:</translation>
    </message>
    <message>
        <source>CSV s&amp;eparator:</source>
        <translation>Dấu &amp;phân cách CSV:</translation>
    </message>
    <message>
        <source>CSV &amp;dates:</source>
        <translation>&amp;Ngày tháng trong CSV:</translation>
    </message>
    <message>
        <source>Printed as “%1” and “%2”.</source>
        <translation>Được in thành “%1” và “%2”.</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>“%1” is a folder; choose a file name.</source>
        <translation>“%1” là một thư mục; hãy chọn một tên tệp.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: its folder “%2” does not exist.</source>
        <translation>Không ghi được “%1”: không có thư mục “%2”.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>Không ghi được “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>Không ghi được “%1”.</translation>
    </message>
    <message>
        <source>“%1” could not be replaced; is it open in another program? %2</source>
        <translation>Không thay được “%1”; tệp có đang mở trong chương trình khác không? %2</translation>
    </message>
</context>
<context>
    <name>OutputTarget</name>
    <message>
        <source>“%1” is the open file itself; writing there would destroy it. Choose another name.</source>
        <translation>“%1” chính là tệp đang mở; ghi vào đó sẽ làm hỏng tệp. Hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>“%1” belongs to the danvan file “%2”: SQLite keeps its latest changes there, and writing over it would damage that file. Choose another name.</source>
        <translation>“%1” thuộc về tệp danvan “%2”: SQLite giữ những thay đổi mới nhất của tệp ở đó, ghi đè lên sẽ làm hỏng tệp. Hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>“%1” is a danvan database; writing there would destroy it. Choose another name.</source>
        <translation>“%1” là một cơ sở dữ liệu danvan; ghi vào đó sẽ làm hỏng tệp. Hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>“%1” is a danvan file that another program has open (“%2” is beside it); writing over it would damage it. Choose another name, or close the other program first.</source>
        <translation>“%1” là tệp danvan đang được chương trình khác mở (bên cạnh có “%2”); ghi đè lên sẽ làm hỏng tệp. Hãy chọn tên khác, hoặc đóng chương trình kia trước.</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <source>the campaign&apos;s own unit</source>
        <translation>đơn vị của chính đợt tổng kết</translation>
    </message>
    <message>
        <source>its level does not take part</source>
        <translation>cấp này không tham gia</translation>
    </message>
    <message>
        <source>retired on %1</source>
        <translation>hết hiệu lực từ %1</translation>
    </message>
    <message>
        <source>in force from %1</source>
        <translation>có hiệu lực từ %1</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>đã bỏ ra</translation>
    </message>
    <message>
        <source>added</source>
        <translation>đã thêm vào</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ParticipationCommand</name>
    <message>
        <source>add %1 to the campaign</source>
        <translation>thêm %1 vào đợt tổng kết</translation>
    </message>
    <message>
        <source>leave %1 out of the campaign</source>
        <translation>đưa %1 ra khỏi đợt tổng kết</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>January</source>
        <translation>tháng 1</translation>
    </message>
    <message>
        <source>February</source>
        <translation>tháng 2</translation>
    </message>
    <message>
        <source>March</source>
        <translation>tháng 3</translation>
    </message>
    <message>
        <source>April</source>
        <translation>tháng 4</translation>
    </message>
    <message>
        <source>May</source>
        <translation>tháng 5</translation>
    </message>
    <message>
        <source>June</source>
        <translation>tháng 6</translation>
    </message>
    <message>
        <source>July</source>
        <translation>tháng 7</translation>
    </message>
    <message>
        <source>August</source>
        <translation>tháng 8</translation>
    </message>
    <message>
        <source>September</source>
        <translation>tháng 9</translation>
    </message>
    <message>
        <source>October</source>
        <translation>tháng 10</translation>
    </message>
    <message>
        <source>November</source>
        <translation>tháng 11</translation>
    </message>
    <message>
        <source>December</source>
        <translation>tháng 12</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a month and its year, as in “June 2020”</comment>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>chậm nhất ngày %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>trước ngày %1</translation>
    </message>
    <message>
        <source>first ten days of %1</source>
        <translation>đầu %1</translation>
    </message>
    <message>
        <source>middle ten days of %1</source>
        <translation>giữa %1</translation>
    </message>
    <message>
        <source>last ten days of %1</source>
        <translation>cuối %1</translation>
    </message>
    <message>
        <source>quarter %1 of %2</source>
        <translation>quý %1 năm %2</translation>
    </message>
    <message>
        <source>“%1” is not a deadline danvan can read. Write it as directives do, for example “cuối tháng 6-2020”, “đầu tháng 6/2020”, “giữa tháng 9-2020”, “tháng 5/2020”, “quý II/2020”, “trước ngày 15/10/2020”, “chậm nhất ngày 30/6/2020” or “30/06/2020”.</source>
        <translation>danvan không đọc được thời hạn “%1”. Hãy viết như trong văn bản chỉ đạo, ví dụ “cuối tháng 6-2020”, “đầu tháng 6/2020”, “giữa tháng 9-2020”, “tháng 5/2020”, “quý II/2020”, “trước ngày 15/10/2020”, “chậm nhất ngày 30/6/2020” hoặc “30/06/2020”.</translation>
    </message>
    <message>
        <source>The deadline is empty. Write it as directives do, for example “cuối tháng 6-2020” or “30/06/2020”.</source>
        <translation>Chưa nhập thời hạn. Hãy viết như trong văn bản chỉ đạo, ví dụ “cuối tháng 6-2020” hoặc “30/06/2020”.</translation>
    </message>
    <message>
        <source>“%1” has no year. Add it, as in “cuối tháng 6-2020”.</source>
        <translation>“%1” chưa có năm. Hãy thêm năm, ví dụ “cuối tháng 6-2020”.</translation>
    </message>
    <message>
        <source>“%1”: there is no month %2. Months run from 1 to 12.</source>
        <translation>“%1”: không có tháng %2. Tháng chỉ từ 1 đến 12.</translation>
    </message>
    <message>
        <source>“%1”: the day %2/%3/%4 does not exist.</source>
        <translation>“%1”: không có ngày %2/%3/%4.</translation>
    </message>
</context>
<context>
    <name>PutForwardDialog</name>
    <message>
        <source>Put “%1” forward</source>
        <translation>Giới thiệu “%1” lên cấp trên</translation>
    </message>
    <message>
        <source>A unit puts forward what its own conference commended, or what it received from the units below and selected. It goes to the unit above it, one level at a time.</source>
        <translation>Mỗi đơn vị giới thiệu những gì hội nghị của mình đã biểu dương, hoặc những gì nhận từ các đơn vị cấp dưới và đã được mình chọn. Việc giới thiệu đi lên đơn vị cấp trên trực tiếp, lần lượt từng cấp.</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>It has not been put forward yet.</source>
        <translation>Chưa được giới thiệu lên cấp trên.</translation>
    </message>
    <message>
        <source>So far: %1</source>
        <translation>Đã giới thiệu: %1</translation>
    </message>
    <message>
        <source>&amp;Put forward</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ đơn vị:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Lên đơn vị:</translation>
    </message>
    <message>
        <source>Choose the unit that puts it forward.</source>
        <translation>Hãy chọn đơn vị giới thiệu.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Giảm xuống</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Tăng lê&amp;n</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>Chọn tất &amp;cả</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Không nhận ra các tùy chọn: %1.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Không nhận ra tùy chọn &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[tùy chọn]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Tùy chọn:</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Hiển thị trợ giúp, kể cả các tùy chọn riêng của Qt.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Cách dùng: %1</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Hiển thị trợ giúp về các tùy chọn dòng lệnh.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Thừa giá trị sau &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Hiển thị thông tin phiên bản.</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Đối số:</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Thiếu giá trị sau &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Tách ra</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Tách khung này ra khỏi cửa sổ hoặc gắn lại</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Đóng khung này</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Lùi lại</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Hiện </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; đang được bảo vệ chống ghi.
Bạn vẫn muốn xóa?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Bạn có chắc muốn xóa &apos;%1&apos; không?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Danh sách vị trí và dấu trang</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Trái</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Lên</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Phải</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Tìm thư mục</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Hiện tệp ẩn</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục đã nhập.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Không xóa được thư mục.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã tồn tại.
Bạn có muốn thay thế không?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Vị trí gần đây</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Chuyển sang dạng chi tiết</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp đã nhập.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Chuyển sang dạng danh sách</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính của tôi</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Hiện chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Không c&amp;ho tất cả</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có cho &amp;tất cả</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Khổ dọc</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Thiết lập trang</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Thiết lập trang</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Xem tổng quan tất cả các trang</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Trang cuối</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Xem từng trang</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Xuất ra PDF</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Xem hai trang đối diện</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Top</source>
        <translation>Lên trên cùng</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Cuộn xuống</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation>Cuộn đến đây</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Xuống dưới cùng</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Lên một trang</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Sang phải một trang</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Cuộn lên</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Cuộn sang phải</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Sát lề trái</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Xuống một trang</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Sang trái một trang</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Sát lề phải</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>F%1</source>
        <translation>F%1</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Ins</source>
        <translation>Ins</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Trái</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation>PgUp</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Phải</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Phím cách</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>PgDown</source>
        <translation>PgDown</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Page Down</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao &amp;chép địa chỉ liên kết</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Quay &amp;lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Tiế&amp;p theo &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Xác nhận</translation>
    </message>
</context>
<context>
    <name>RemoveCatalogueEntryCommand</name>
    <message>
        <source>remove the field of activity “%1”</source>
        <translation>xóa lĩnh vực “%1”</translation>
    </message>
    <message>
        <source>remove the reward form “%1”</source>
        <translation>xóa hình thức khen thưởng “%1”</translation>
    </message>
</context>
<context>
    <name>RemoveDocumentCommand</name>
    <message>
        <source>remove the document %1</source>
        <translation>xóa văn bản %1</translation>
    </message>
</context>
<context>
    <name>RemoveNominationCommand</name>
    <message>
        <source>withdraw “%1” from %2</source>
        <translation>rút lại việc giới thiệu “%1” lên %2</translation>
    </message>
</context>
<context>
    <name>RemoveRewardCommand</name>
    <message>
        <source>remove the reward %1</source>
        <translation>xóa khen thưởng %1</translation>
    </message>
</context>
<context>
    <name>RemoveSteeringGroupCommand</name>
    <message>
        <source>remove the steering group %1</source>
        <translation>xóa tổ chỉ đạo %1</translation>
    </message>
</context>
<context>
    <name>RenameCampaignCommand</name>
    <message>
        <source>rename the campaign “%1”</source>
        <translation>đổi tên đợt tổng kết “%1”</translation>
    </message>
</context>
<context>
    <name>RenameCampaignDialog</name>
    <message>
        <source>Rename the campaign</source>
        <translation>Đổi tên đợt tổng kết</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>&amp;Giai đoạn:</translation>
    </message>
</context>
<context>
    <name>RenameCatalogueEntryCommand</name>
    <message>
        <source>rename “%1” to “%2”</source>
        <translation>đổi tên “%1” thành “%2”</translation>
    </message>
</context>
<context>
    <name>ReorganisationImporter</name>
    <message>
        <source>%1, line %2: more than one province named “%3” is in force on %4 (codes %5 and %6); the list names provinces only by name. Import the conversion table of 07/2025 instead.</source>
        <translation>%1, dòng %2: có hơn một tỉnh tên “%3” có hiệu lực vào ngày %4 (mã %5 và %6); danh sách chỉ ghi tên tỉnh. Hãy nhập bảng chuyển đổi tháng 7/2025 thay cho danh sách này.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, dòng %2</translation>
    </message>
    <message>
        <source>%1 (%2): the old area has no code, and no single unit of that name was under the district on %3; no link was recorded (%4).</source>
        <translation>%1 (%2): địa bàn cũ không có mã, và vào ngày %3 huyện không có đúng một đơn vị mang tên này; không ghi được quan hệ kế thừa (%4).</translation>
    </message>
    <message>
        <source>%1: %2 (%3) ends on %4, and the table names no unit it went into.</source>
        <translation>%1: %2 (%3) hết hiệu lực sau ngày %4, nhưng bảng không ghi đơn vị đó đã nhập vào đâu.</translation>
    </message>
    <message>
        <source>%1, line %2: no province named “%3” is in force on %4 in the database. Import the conversion table of 07/2025 first (it gives the new provinces their codes), or the register.</source>
        <translation>%1, dòng %2: trong cơ sở dữ liệu không có tỉnh nào tên “%3” có hiệu lực vào ngày %4. Hãy nhập bảng chuyển đổi tháng 7/2025 trước (bảng này cho biết mã của các tỉnh mới), hoặc nhập danh mục.</translation>
    </message>
    <message>
        <source>%1: %2 (%3): no unit of the database had the code on %4; no link was recorded (%5).</source>
        <translation>%1: %2 (%3): vào ngày %4 trong cơ sở dữ liệu không có đơn vị nào mang mã này; không ghi được quan hệ kế thừa (%5).</translation>
    </message>
    <message>
        <source>%1 %2: no unit of the database had the code on %3; no link was recorded (%4).</source>
        <translation>%1 %2: vào ngày %3 trong cơ sở dữ liệu không có đơn vị nào mang mã này; không ghi được quan hệ kế thừa (%4).</translation>
    </message>
    <message numerus="yes">
        <source>%1: no unit of the database had this old province&apos;s code on %2; its %n row(s) gave the new units only, without links.</source>
        <translation>
            <numerusform>%1: vào ngày %2 trong cơ sở dữ liệu không có đơn vị nào mang mã tỉnh cũ này; %n dòng của tỉnh này chỉ dùng để thêm đơn vị mới, không ghi quan hệ kế thừa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Cannot print</source>
        <translation>Không in được</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Xem trước khi in: %1</translation>
    </message>
    <message>
        <source>Nothing was printed</source>
        <translation>Chưa in gì</translation>
    </message>
    <message>
        <source>The report was not exported</source>
        <translation>Chưa xuất được báo cáo</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Văn bản OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất tệp</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>Không tệp nào được ghi.</translation>
    </message>
    <message>
        <source>No file was changed. Choose another place or name and export again.</source>
        <translation>Không tệp nào bị thay đổi. Hãy chọn nơi lưu hoặc tên khác rồi xuất lại.</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Đã xuất: %1</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>lịch</translation>
    </message>
    <message>
        <source>Export a calendar</source>
        <translation>Xuất lịch</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Tệp lịch (*.ics)</translation>
    </message>
    <message>
        <source>The calendar was not written</source>
        <translation>Chưa ghi được lịch</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Đã ghi: %1</translation>
    </message>
    <message>
        <source>The folder for the steering groups&apos; calendars</source>
        <translation>Thư mục ghi lịch của các tổ chỉ đạo</translation>
    </message>
    <message>
        <source>The calendars were not written</source>
        <translation>Chưa ghi được các tệp lịch</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s) written in %1</source>
        <translation>
            <numerusform>Đã ghi %n tệp lịch vào %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Trực thuộc</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>As the directive writes it</source>
        <translation>Theo văn bản chỉ đạo</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Dự kiến ngày</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Ngày tổ chức</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Tình hình</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Tổ chỉ đạo</translation>
    </message>
    <message>
        <source>CONFERENCE SCHEDULE
%1</source>
        <translation>LỊCH TỔ CHỨC HỘI NGHỊ
%1</translation>
    </message>
    <message>
        <source>(as of %1)</source>
        <translation>(tính đến ngày %1)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Lịch tổ chức</translation>
    </message>
    <message>
        <source>held before the units below it</source>
        <translation>tổ chức trước các đơn vị cấp dưới</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>REPORT ON THE PROGRESS OF THE CONFERENCES
%1</source>
        <translation>BÁO CÁO TIẾN ĐỘ TỔ CHỨC HỘI NGHỊ
%1</translation>
    </message>
    <message>
        <source>I. Totals by level</source>
        <translation>I. Tổng hợp theo cấp</translation>
    </message>
    <message>
        <source>By level</source>
        <translation>Theo cấp</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Số đơn vị</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Đã tổ chức</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Đã nhận báo cáo</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Units below</source>
        <translation>Số đơn vị cấp dưới</translation>
    </message>
    <message>
        <source>Its own conference</source>
        <translation>Hội nghị của đơn vị</translation>
    </message>
    <message>
        <source>II. Overdue</source>
        <translation>II. Đơn vị quá hạn</translation>
    </message>
    <message>
        <source>III. Overdue</source>
        <translation>III. Đơn vị quá hạn</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Số ngày quá hạn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>held late</source>
        <translation>tổ chức muộn</translation>
    </message>
    <message>
        <source>not held</source>
        <translation>chưa tổ chức</translation>
    </message>
    <message>
        <source>the national level</source>
        <translation>cấp Trung ương</translation>
    </message>
    <message>
        <source>to %1: %2</source>
        <translation>lên %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>MODELS AND EXEMPLARS OF THE “DÂN VẬN KHÉO” MOVEMENT
%1</source>
        <translation>MÔ HÌNH, ĐIỂN HÌNH PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO”
%1</translation>
    </message>
    <message>
        <source>I. List</source>
        <translation>I. Danh sách</translation>
    </message>
    <message>
        <source>Models and exemplars</source>
        <translation>Mô hình, điển hình</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Commended by</source>
        <translation>Được biểu dương tại</translation>
    </message>
    <message>
        <source>Recognising level</source>
        <translation>Cấp công nhận</translation>
    </message>
    <message>
        <source>Put forward</source>
        <translation>Giới thiệu lên</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Money mobilised (đồng)</source>
        <translation>Kinh phí huy động (đồng)</translation>
    </message>
    <message>
        <source>Workdays</source>
        <translation>Ngày công</translation>
    </message>
    <message>
        <source>(field not set)</source>
        <translation>(chưa ghi lĩnh vực)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Collective models</source>
        <translation>Mô hình tập thể</translation>
    </message>
    <message>
        <source>Individual exemplars</source>
        <translation>Điển hình cá nhân</translation>
    </message>
    <message>
        <source>II. Counts by field and level</source>
        <translation>II. Số lượng theo lĩnh vực và cấp</translation>
    </message>
    <message>
        <source>By field and level</source>
        <translation>Theo lĩnh vực và cấp</translation>
    </message>
    <message>
        <source>REWARDS OF THE “DÂN VẬN KHÉO” MOVEMENT
%1</source>
        <translation>KHEN THƯỞNG PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO”
%1</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định số</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>At the conference of</source>
        <translation>Tại hội nghị của</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Người, tập thể được khen</translation>
    </message>
    <message>
        <source>Number of recipients</source>
        <translation>Số được khen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>LIST OF UNITS</source>
        <translation>DANH SÁCH ĐƠN VỊ</translation>
    </message>
    <message>
        <source>Parent code</source>
        <translation>Mã đơn vị cấp trên</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <source>In force until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>đã giải thể/sáp nhập</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <source>List of units</source>
        <translation>Danh sách đơn vị</translation>
    </message>
    <message>
        <source>II. By %1</source>
        <translation>II. Theo từng %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Theo từng %1</translation>
    </message>
    <message>
        <source>Today&apos;s unit</source>
        <translation>Đơn vị hiện nay</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất tệp</translation>
    </message>
    <message>
        <source>Conference schedule</source>
        <translation>Lịch tổ chức hội nghị</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Báo cáo tiến độ</translation>
    </message>
    <message>
        <source>Models and exemplars</source>
        <translation>Mô hình, điển hình</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>List of units</source>
        <translation>Danh sách đơn vị</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Báo cáo:</translation>
    </message>
    <message>
        <source>CSV (opens in Excel, UTF-8)</source>
        <translation>CSV (mở bằng Excel, UTF-8)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Sổ tính Excel (XLSX)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Tài liệu PDF</translation>
    </message>
    <message>
        <source>comma (,), as Vietnamese Windows expects</source>
        <translation>dấu phẩy (,), như Windows tiếng Việt cần</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>dấu chấm phẩy (;)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>Định &amp;dạng:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>Dấu &amp;phân cách:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Ngày tháng:</translation>
    </message>
    <message>
        <source>As suits the report</source>
        <translation>Theo báo cáo</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Khổ dọc</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Hướng giấy:</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>&amp;Số văn bản:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Xem trước…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất tệp…</translation>
    </message>
    <message>
        <source>conference-schedule</source>
        <extracomment>A file name: lower case, no accents, no spaces.</extracomment>
        <translation>lich-hoi-nghi</translation>
    </message>
    <message>
        <source>progress</source>
        <extracomment>A file name: lower case, no accents, no spaces.</extracomment>
        <translation>tien-do</translation>
    </message>
    <message>
        <source>models-and-exemplars</source>
        <extracomment>A file name: lower case, no accents, no spaces.</extracomment>
        <translation>mo-hinh-dien-hinh</translation>
    </message>
    <message>
        <source>rewards</source>
        <extracomment>A file name: lower case, no accents, no spaces.</extracomment>
        <translation>khen-thuong</translation>
    </message>
    <message>
        <source>units</source>
        <extracomment>A file name: lower case, no accents, no spaces.</extracomment>
        <translation>don-vi</translation>
    </message>
    <message>
        <source>By &amp;today&apos;s units (each row also under the unit that carries its unit on since 2025)</source>
        <translation>Theo đơn vị &amp;hiện nay (mỗi dòng ghi thêm đơn vị kế thừa đơn vị của dòng đó từ năm 2025)</translation>
    </message>
    <message>
        <source>the number before the symbol, e.g. 12 (or 12-TB/BDVTU)</source>
        <translation>số đứng trước ký hiệu, ví dụ 12 (hoặc 12-TB/BDVTU)</translation>
    </message>
    <message>
        <source>Conference results</source>
        <translation>Kết quả hội nghị</translation>
    </message>
    <message>
        <source>conference-results</source>
        <extracomment>A file name: lower case, no accents, no spaces.</extracomment>
        <translation>ket-qua-hoi-nghi</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Văn bản OpenDocument (*.odt)</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (tiếp theo)</translation>
    </message>
    <message>
        <source>“%1” could not be written: the document could not be drawn (no page could be started).</source>
        <translation>Không ghi được “%1”: không dựng được văn bản (không bắt đầu được trang nào).</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message numerus="yes">
        <source>“%1” is not a file, and this report has %n table(s), written one file each: choose a file name.</source>
        <translation>
            <numerusform>“%1” không phải là tệp, mà báo cáo này có %n bảng, mỗi bảng ghi ra một tệp: hãy chọn một tên tệp.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportingForm</name>
    <message>
        <source>reporting-form</source>
        <extracomment>A file name: lower case, no accents, no spaces.</extracomment>
        <translation>bieu-bao-cao</translation>
    </message>
    <message>
        <source>%1 takes no part in campaign number %2 and has no unit below it that does: there is no form to write.</source>
        <translation>%1 không tham gia đợt tổng kết số %2 và không có đơn vị cấp dưới nào tham gia: không có biểu mẫu nào để ghi.</translation>
    </message>
    <message>
        <source>No temporary folder is available to write the form.</source>
        <translation>Không có thư mục tạm để ghi biểu mẫu.</translation>
    </message>
    <message>
        <source>The form could not be written to a temporary file.</source>
        <translation>Không ghi được biểu mẫu ra tệp tạm.</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <source>REPORT ON THE SUMMARY CONFERENCES</source>
        <translation>BÁO CÁO KẾT QUẢ TỔ CHỨC HỘI NGHỊ SƠ KẾT, TỔNG KẾT</translation>
    </message>
    <message>
        <source>Reporting unit: %1</source>
        <translation>Đơn vị báo cáo: %1</translation>
    </message>
    <message>
        <source>Reporting unit: %1 (code %2)</source>
        <translation>Đơn vị báo cáo: %1 (mã %2)</translation>
    </message>
    <message>
        <source>Fill in the white cells and send the file back.</source>
        <translation>Điền vào các ô màu trắng rồi gửi lại tệp này.</translation>
    </message>
    <message>
        <source>Fill in the white cells and send the file back to %1.</source>
        <translation>Điền vào các ô màu trắng rồi gửi lại tệp này cho %1.</translation>
    </message>
    <message>
        <source>Days as dd/mm/yyyy, numbers of people and amounts in đồng as whole numbers. Leave a cell empty when it is not known. The grey columns, the sheet names and the order of the columns must stay as they are.</source>
        <translation>Ngày ghi theo dạng ngày/tháng/năm (dd/mm/yyyy), số người và số tiền (đồng) ghi bằng số nguyên. Chưa biết thì để trống ô. Không sửa các cột màu xám, tên các trang tính và thứ tự các cột.</translation>
    </message>
    <message>
        <source>Enter a day as dd/mm/yyyy, for example 20/05/2020.</source>
        <translation>Nhập ngày theo dạng dd/mm/yyyy, ví dụ 20/05/2020.</translation>
    </message>
    <message>
        <source>Enter an amount in đồng as a whole number, for example 1500000.</source>
        <translation>Nhập số tiền (đồng) bằng số nguyên, ví dụ 1500000.</translation>
    </message>
    <message>
        <source>Enter a number of people as a whole number, for example 120.</source>
        <translation>Nhập số người bằng số nguyên, ví dụ 120.</translation>
    </message>
    <message>
        <source>Models and exemplars</source>
        <translation>Mô hình, điển hình</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Name of the model or exemplar</source>
        <translation>Tên mô hình, điển hình</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>MODELS AND EXEMPLARS OF THE “DÂN VẬN KHÉO” MOVEMENT</source>
        <translation>MÔ HÌNH, ĐIỂN HÌNH PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO”</translation>
    </message>
    <message>
        <source>One row per model (a collective&apos;s initiative) or exemplar (a person); choose the unit, the kind and the field from the lists.</source>
        <translation>Mỗi dòng một mô hình (sáng kiến của tập thể) hoặc một điển hình (cá nhân); chọn đơn vị, loại và lĩnh vực trong danh sách.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Hãy chọn một giá trị trong danh sách.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Không ghi được “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>Không ghi được “%1”: %2</translation>
    </message>
    <message>
        <source>There is no unit number %1.</source>
        <translation>Không có đơn vị mang số %1.</translation>
    </message>
</context>
<context>
    <name>ReportingFormDialog</name>
    <message>
        <source>Its &amp;form: the unit and the units right below it</source>
        <translation>&amp;Biểu mẫu của đơn vị: đơn vị và các đơn vị trực thuộc ngay dưới</translation>
    </message>
    <message>
        <source>One form for &amp;each unit right below it, into a folder</source>
        <translation>Mỗi đơn vị trực thuộc ngay dưới &amp;một biểu mẫu, vào một thư mục</translation>
    </message>
    <message>
        <source>Export a reporting form</source>
        <translation>Xuất biểu mẫu báo cáo</translation>
    </message>
    <message>
        <source>A reporting form is an Excel workbook a unit fills in and sends back: a row for it and for each unit right below it in the campaign, with their codes, names and deadlines, what is entered already, and the columns to fill in. File → Import results reads it back.</source>
        <translation>Biểu mẫu báo cáo là sổ tính Excel để đơn vị điền rồi gửi lại: mỗi dòng một đơn vị (đơn vị đó và từng đơn vị trực thuộc ngay dưới trong đợt tổng kết), có mã, tên, thời hạn, số liệu đã nhập và các cột cần điền. Tệp → Nhập kết quả sẽ đọc lại biểu mẫu này.</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất tệp…</translation>
    </message>
</context>
<context>
    <name>ResultsActions</name>
    <message>
        <source>Import results</source>
        <translation>Nhập kết quả</translation>
    </message>
    <message>
        <source>Spreadsheets and text (*.xlsx *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>Bảng tính và văn bản (*.xlsx *.xls *.ods *.csv *.txt);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>The results were not imported</source>
        <translation>Chưa nhập được kết quả</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Không có gì thay đổi.</translation>
    </message>
    <message numerus="yes">
        <source>Results imported: %n conference(s) changed.</source>
        <translation>
            <numerusform>Đã nhập kết quả: %n hội nghị thay đổi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a reporting form</source>
        <translation>Xuất biểu mẫu báo cáo</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The form was not written</source>
        <translation>Chưa ghi được biểu mẫu</translation>
    </message>
    <message>
        <source>The folder for the forms</source>
        <translation>Thư mục để ghi các biểu mẫu</translation>
    </message>
    <message>
        <source>No unit right below %1 takes part in the campaign: there is no form to write.</source>
        <translation>Không có đơn vị nào trực thuộc ngay dưới %1 tham gia đợt tổng kết: không có biểu mẫu nào để ghi.</translation>
    </message>
    <message>
        <source>The forms were not all written</source>
        <translation>Chưa ghi được hết các biểu mẫu</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) were written before it.</source>
        <translation>
            <numerusform>Trước đó đã ghi được %n biểu mẫu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Đã ghi: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) written in %1</source>
        <translation>
            <numerusform>Đã ghi %n biểu mẫu vào %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsColumns</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Ngày dự kiến</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Ngày tổ chức</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>Người chủ trì</translation>
    </message>
    <message>
        <source>Delegates invited</source>
        <translation>Số đại biểu được mời</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Số người dự</translation>
    </message>
    <message>
        <source>Report received on</source>
        <translation>Ngày nhận báo cáo</translation>
    </message>
    <message>
        <source>Budget planned (đồng)</source>
        <translation>Kinh phí dự kiến (đồng)</translation>
    </message>
    <message>
        <source>Budget spent (đồng)</source>
        <translation>Kinh phí đã chi (đồng)</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ResultsImport</name>
    <message>
        <source>No unit of the campaign has the code “%1”.</source>
        <translation>Đợt tổng kết không có đơn vị nào mang mã “%1”.</translation>
    </message>
    <message>
        <source>No table of conference results was found in its first %1 rows.</source>
        <translation>Không tìm thấy bảng kết quả hội nghị trong %1 dòng đầu.</translation>
    </message>
    <message>
        <source>No header of a table of conference results was recognised; row %1 holds: %2.</source>
        <translation>Không nhận ra tiêu đề nào của bảng kết quả hội nghị; dòng %1 ghi: %2.</translation>
    </message>
    <message>
        <source>No column of a conference&apos;s results was recognised; the headers not placed are: %1.</source>
        <translation>Không nhận ra cột kết quả hội nghị nào; các tiêu đề chưa xếp được là: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>No column of the units&apos; codes or names was recognised; the headers not placed are: %1. Say which column holds which field (on the command line: --map code=B,unit=&quot;Tên đơn vị&quot;).</source>
        <translation>Không nhận ra cột mã hoặc tên đơn vị; các tiêu đề chưa xếp được là: %1. Hãy cho biết cột nào chứa trường nào (trên dòng lệnh: --map code=B,unit=&quot;Tên đơn vị&quot;).</translation>
    </message>
    <message>
        <source>The row has results but neither a unit&apos;s code nor its name.</source>
        <translation>Dòng có kết quả nhưng không có mã cũng không có tên đơn vị.</translation>
    </message>
    <message>
        <source>A row of totals: left out.</source>
        <translation>Dòng tổng cộng: bỏ qua.</translation>
    </message>
    <message>
        <source>%1 (%2) is not under %3, whose file this is.</source>
        <translation>%1 (%2) không trực thuộc %3, đơn vị gửi tệp này.</translation>
    </message>
    <message>
        <source>The code %1 is %2&apos;s; the row names “%3”. It is taken as %2&apos;s.</source>
        <translation>Mã %1 là của %2; dòng này ghi “%3”. Dòng được tính cho %2.</translation>
    </message>
    <message>
        <source>No unit has the code %1; the row is taken as %2&apos;s, by its name.</source>
        <translation>Không có đơn vị nào mang mã %1; theo tên, dòng được tính cho %2.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 thuộc %2</translation>
    </message>
    <message numerus="yes">
        <source>%n units are named “%1” (%2): write the unit&apos;s code in the row, or say which unit sent the file.</source>
        <translation>
            <numerusform>Có %n đơn vị tên là “%1” (%2): hãy ghi mã đơn vị vào dòng, hoặc cho biết đơn vị nào gửi tệp.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n units are named “%1” here (%2): write the unit&apos;s code in the row.</source>
        <translation>
            <numerusform>Ở đây có %n đơn vị tên là “%1” (%2): hãy ghi mã đơn vị vào dòng.</numerusform>
        </translation>
    </message>
    <message>
        <source>No unit of the campaign is named “%1”.</source>
        <translation>Đợt tổng kết không có đơn vị nào tên là “%1”.</translation>
    </message>
    <message>
        <source>No unit named “%1” is under %2.</source>
        <translation>Không có đơn vị nào tên là “%1” trực thuộc %2.</translation>
    </message>
    <message>
        <source>%1 is given twice: also in %2, sheet “%3”, row %4.</source>
        <translation>%1 được ghi hai lần: cả trong %2, trang tính “%3”, dòng %4.</translation>
    </message>
    <message>
        <source>%1 is the form of campaign number %2 (%3), not of the campaign chosen (%4).</source>
        <translation>%1 là biểu mẫu của đợt tổng kết số %2 (%3), không phải của đợt đã chọn (%4).</translation>
    </message>
    <message>
        <source>The sheet is hidden.</source>
        <translation>Trang tính bị ẩn.</translation>
    </message>
    <message>
        <source>The models and exemplars of a form are not read back: enter them in the register.</source>
        <translation>Mô hình, điển hình trong biểu mẫu không được đọc lại: hãy nhập vào danh sách mô hình, điển hình.</translation>
    </message>
    <message>
        <source>sheet “%1”: %2</source>
        <translation>trang tính “%1”: %2</translation>
    </message>
    <message>
        <source>%1: no sheet holds a table of conference results (a header row naming the units and what their conferences reported, in the first %2 rows). Say which column holds which field (on the command line: --map code=B,held=&quot;Ngày tổ chức&quot;). %3</source>
        <translation>%1: không trang tính nào có bảng kết quả hội nghị (một dòng tiêu đề ghi đơn vị và các kết quả hội nghị, trong %2 dòng đầu). Hãy cho biết cột nào chứa trường nào (trên dòng lệnh: --map code=B,held=&quot;Ngày tổ chức&quot;). %3</translation>
    </message>
    <message>
        <source>%1 does not take part in campaign number %2.</source>
        <translation>%1 không tham gia đợt tổng kết số %2.</translation>
    </message>
    <message>
        <source>The results cannot be applied yet: a file could not be read, a conflict is not decided, or a value is refused.</source>
        <translation>Chưa áp dụng được kết quả: có tệp không đọc được, có chỗ khác nhau chưa quyết định, hoặc có giá trị bị từ chối.</translation>
    </message>
    <message numerus="yes">
        <source>The database has %n campaign(s): choose the one the results are for.</source>
        <translation>
            <numerusform>Cơ sở dữ liệu có %n đợt tổng kết: hãy chọn đợt mà kết quả thuộc về.</numerusform>
        </translation>
    </message>
    <message>
        <source>not in this database</source>
        <translation>không có trong cơ sở dữ liệu này</translation>
    </message>
</context>
<context>
    <name>ResultsPreview</name>
    <message>
        <source>%1, sheet “%2”</source>
        <translation>%1, trang tính “%2”</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, dòng %2</translation>
    </message>
    <message>
        <source>%1, column %2</source>
        <translation>%1, cột %2</translation>
    </message>
    <message>
        <source>%1, column %2 (%3)</source>
        <translation>%1, cột %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ResultsPreviewModel</name>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <source>as entered</source>
        <translation>như đã nhập</translation>
    </message>
    <message>
        <source>differs: to decide</source>
        <translation>khác: cần quyết định</translation>
    </message>
    <message>
        <source>differs: kept as entered</source>
        <translation>khác: giữ như đã nhập</translation>
    </message>
    <message>
        <source>differs: replaced</source>
        <translation>khác: thay bằng số liệu trong tệp</translation>
    </message>
    <message>
        <source>reporting form</source>
        <translation>biểu mẫu báo cáo</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>không đọc được</translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>trang tính “%1”</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>bỏ qua</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n đơn vị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s), sent by %1</source>
        <translation>
            <numerusform>%n đơn vị, do %1 gửi</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Bảng mã: %1</translation>
    </message>
    <message>
        <source>Header in row %1</source>
        <translation>Tiêu đề ở dòng %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <source>left out: a value is refused</source>
        <translation>bỏ qua: có giá trị bị từ chối</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>không thay đổi</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n thay đổi</numerusform>
        </translation>
    </message>
    <message>
        <source>found by name</source>
        <translation>tìm theo tên</translation>
    </message>
    <message>
        <source>Checked: the file&apos;s value replaces what is entered. Unchecked: what is entered is kept.</source>
        <translation>Đánh dấu: số liệu trong tệp thay cho số liệu đã nhập. Bỏ đánh dấu: giữ số liệu đã nhập.</translation>
    </message>
    <message>
        <source>File, sheet, unit, field</source>
        <translation>Tệp, trang tính, đơn vị, trường</translation>
    </message>
    <message>
        <source>Entered now</source>
        <translation>Đang có</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Trong tệp</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Sẽ làm gì</translation>
    </message>
</context>
<context>
    <name>ResultsProblemsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Lưu ý: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Refused, or to note</source>
        <translation>Bị từ chối, hoặc cần lưu ý</translation>
    </message>
</context>
<context>
    <name>ResultsReport</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>RESULTS OF THE SUMMARY CONFERENCES
%1</source>
        <translation>KẾT QUẢ TỔ CHỨC HỘI NGHỊ SƠ KẾT, TỔNG KẾT
%1</translation>
    </message>
    <message>
        <source>(as of %1)</source>
        <translation>(tính đến ngày %1)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>Reward</name>
    <message>
        <source>Choose the form of the reward (Giấy khen, Bằng khen, ...).</source>
        <translation>Hãy chọn hình thức khen thưởng (Giấy khen, Bằng khen, ...).</translation>
    </message>
    <message>
        <source>Choose the unit whose conference gave the reward.</source>
        <translation>Hãy chọn đơn vị có hội nghị trao khen thưởng này.</translation>
    </message>
    <message>
        <source>A reward needs at least one recipient.</source>
        <translation>Khen thưởng phải có ít nhất một đối tượng được khen.</translation>
    </message>
    <message>
        <source>Every recipient needs a name.</source>
        <translation>Mỗi đối tượng được khen đều phải có tên.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 theo Quyết định số %2</translation>
    </message>
    <message>
        <source>%1 dated %2</source>
        <translation>%1 ngày %2</translation>
    </message>
</context>
<context>
    <name>RewardActions</name>
    <message>
        <source>Remove a reward</source>
        <translation>Xóa khen thưởng</translation>
    </message>
    <message numerus="yes">
        <source>Remove the reward %1 with its %n recipient(s)? Edit → Undo puts it back.</source>
        <translation>
            <numerusform>Xóa khen thưởng %1 cùng %n đối tượng được khen? Có thể khôi phục bằng Sửa → Hoàn tác.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RewardDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add a reward</source>
        <translation>Thêm khen thưởng</translation>
    </message>
    <message>
        <source>Edit a reward</source>
        <translation>Sửa khen thưởng</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>Given at the &amp;conference of:</source>
        <translation>&amp;Khen tại hội nghị của:</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>&amp;Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>Ban Thường vụ Huyện ủy, Ủy ban nhân dân tỉnh, …</source>
        <translation>Ban Thường vụ Huyện ủy, Ủy ban nhân dân tỉnh, …</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>&amp;Người ký:</translation>
    </message>
    <message>
        <source>name</source>
        <translation>họ và tên</translation>
    </message>
    <message>
        <source>title</source>
        <translation>chức vụ</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>&amp;Quyết định số:</translation>
    </message>
    <message>
        <source>125-QĐ/HU</source>
        <translation>125-QĐ/HU</translation>
    </message>
    <message>
        <source>&amp;dated</source>
        <translation>ngà&amp;y</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Recipients: collectives and individuals, linked to a unit and/or a model or exemplar of the register where they are</source>
        <translation>Đối tượng được khen: tập thể và cá nhân, gắn với đơn vị và/hoặc mô hình, điển hình trong danh sách nếu có</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Collective or individual</source>
        <translation>Tập thể/cá nhân</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Model or exemplar</source>
        <translation>Mô hình, điển hình</translation>
    </message>
    <message>
        <source>Add the &amp;unit</source>
        <translation>Thêm đơn &amp;vị</translation>
    </message>
    <message>
        <source>Add &amp;by name</source>
        <translation>Thêm &amp;theo tên</translation>
    </message>
    <message>
        <source>Re&amp;move the recipient</source>
        <translation>&amp;Bỏ đối tượng được khen</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Choose the unit to add.</source>
        <translation>Hãy chọn đơn vị cần thêm.</translation>
    </message>
    <message>
        <source>Add a model or &amp;exemplar</source>
        <translation>Thêm mô hình hoặc &amp;điển hình</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Đối tượng được khen</translation>
    </message>
    <message>
        <source>Model or exemplar to add as a recipient</source>
        <translation>Mô hình, điển hình cần thêm vào đối tượng được khen</translation>
    </message>
    <message>
        <source>Unit to add as a recipient</source>
        <translation>Đơn vị cần thêm vào đối tượng được khen</translation>
    </message>
</context>
<context>
    <name>RewardModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>cá nhân</translation>
    </message>
    <message>
        <source>collective</source>
        <translation>tập thể</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Đối tượng được khen</translation>
    </message>
    <message>
        <source>Given at the conference of</source>
        <translation>Khen tại hội nghị của</translation>
    </message>
    <message>
        <source>Today&apos;s unit</source>
        <translation>Đơn vị hiện nay</translation>
    </message>
</context>
<context>
    <name>RewardRepository</name>
    <message>
        <source>There is no reward with the id %1.</source>
        <translation>Không có khen thưởng mang mã số nội bộ %1.</translation>
    </message>
</context>
<context>
    <name>RewardsView</name>
    <message>
        <source>Rewards</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Rewards given at the conferences</source>
        <translation>Khen thưởng tại các hội nghị</translation>
    </message>
    <message>
        <source>Filter by number, form, recipient or unit (accents not needed)</source>
        <translation>Lọc theo số quyết định, hình thức, đối tượng được khen hoặc đơn vị (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1, gồm %2</translation>
    </message>
    <message numerus="yes">
        <source>%n reward decision(s)</source>
        <translation>
            <numerusform>%n quyết định khen thưởng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n đối tượng được khen</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Thê&amp;m…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Filter the rewards</source>
        <translation>Lọc khen thưởng</translation>
    </message>
</context>
<context>
    <name>SaveDocumentCommand</name>
    <message>
        <source>edit the document %1</source>
        <translation>sửa văn bản %1</translation>
    </message>
    <message>
        <source>add the document %1</source>
        <translation>thêm văn bản %1</translation>
    </message>
</context>
<context>
    <name>SaveRewardCommand</name>
    <message>
        <source>edit the reward %1</source>
        <translation>sửa khen thưởng %1</translation>
    </message>
    <message>
        <source>add the reward %1</source>
        <translation>thêm khen thưởng %1</translation>
    </message>
</context>
<context>
    <name>SaveSteeringGroupCommand</name>
    <message>
        <source>add the steering group %1</source>
        <translation>thêm tổ chỉ đạo %1</translation>
    </message>
    <message>
        <source>rename the steering group %1 to %2</source>
        <translation>đổi tên tổ chỉ đạo %1 thành %2</translation>
    </message>
    <message>
        <source>add %1 to %2</source>
        <translation>thêm %1 vào %2</translation>
    </message>
    <message>
        <source>remove a member of %1</source>
        <translation>xóa một thành viên của %1</translation>
    </message>
    <message>
        <source>edit the members of %1</source>
        <translation>sửa thành viên của %1</translation>
    </message>
    <message>
        <source>change the units followed by %1</source>
        <translation>thay đổi đơn vị do %1 theo dõi</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>no deadline</source>
        <translation>chưa có thời hạn</translation>
    </message>
    <message numerus="yes">
        <source>held %n day(s) late</source>
        <translation>
            <numerusform>tổ chức chậm %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>held on time</source>
        <translation>tổ chức đúng hạn</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>quá hạn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>đến hạn hôm nay</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>còn %n ngày</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>none</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>%1; held before the units below it</source>
        <translation>%1; tổ chức trước các đơn vị cấp dưới</translation>
    </message>
    <message>
        <source>No deadline is set for this level.</source>
        <translation>Cấp này chưa có thời hạn.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>Held on %1 while %2 of the %3 units below it had not yet held theirs.</source>
        <translation>Tổ chức ngày %1, khi %2 trong số %3 đơn vị cấp dưới chưa tổ chức hội nghị.</translation>
    </message>
    <message>
        <source>%1 of the %2 units below it have held their conference.</source>
        <translation>%1 trong số %2 đơn vị cấp dưới đã tổ chức hội nghị.</translation>
    </message>
    <message>
        <source>Held after the day shown, so it does not count yet.</source>
        <translation>Tổ chức sau ngày đang xem nên chưa được tính.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Dự kiến ngày</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Ngày tổ chức</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Trực thuộc</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Tổ chỉ đạo</translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <source>Schedule</source>
        <translation>Lịch tổ chức</translation>
    </message>
    <message>
        <source>Schedule of the conferences</source>
        <translation>Lịch tổ chức hội nghị</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Cấp:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>Cấp &amp;huyện:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Tình t&amp;rạng:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>Tổ chỉ đạ&amp;o:</translation>
    </message>
    <message>
        <source>Pilots &amp;only</source>
        <translation>Chỉ đơn vị đ&amp;iểm</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Tất cả các cấp</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Followed by no group</source>
        <translation>Chưa có tổ theo dõi</translation>
    </message>
    <message>
        <source>Conference schedule</source>
        <translation>Lịch tổ chức hội nghị</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Conference schedule · deadlines: %1</source>
        <translation>Lịch tổ chức hội nghị · thời hạn: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n đơn vị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As of %1: %n unit(s) taking part</source>
        <translation>
            <numerusform>Tính đến ngày %1: %n đơn vị tham gia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As of %1: %2 of %n unit(s) shown</source>
        <translation>
            <numerusform>Tính đến ngày %1: đang hiện %2 trong số %n đơn vị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <translation>
            <numerusform>%n đã tổ chức</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled</source>
        <translation>
            <numerusform>%n đã lên lịch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n sắp đến hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n quá hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held before the units below</source>
        <translation>
            <numerusform>%n tổ chức trước các đơn vị cấp dưới</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>(its end)</source>
        <translation>(hết câu lệnh)</translation>
    </message>
    <message>
        <source>table</source>
        <translation>bảng</translation>
    </message>
    <message>
        <source>index</source>
        <translation>chỉ mục</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>trigger</translation>
    </message>
    <message>
        <source>view</source>
        <translation>view</translation>
    </message>
    <message>
        <source>danvan could not build its own schema in memory.</source>
        <translation>danvan không dựng được lược đồ của chính mình trong bộ nhớ.</translation>
    </message>
    <message>
        <source>danvan could not build its own schema in memory: %1</source>
        <translation>danvan không dựng được lược đồ của chính mình trong bộ nhớ: %1</translation>
    </message>
    <message>
        <source>danvan knows no schema of data version %1.</source>
        <translation>danvan không biết lược đồ của phiên bản dữ liệu %1.</translation>
    </message>
    <message>
        <source>the list of its tables cannot be read: %1</source>
        <translation>không đọc được danh sách bảng của tệp: %1</translation>
    </message>
    <message>
        <source>it holds a %1 “%2” on the table “%3” that danvan did not create</source>
        <translation>tệp có %1 “%2” trên bảng “%3” mà danvan không tạo ra</translation>
    </message>
    <message>
        <source>it holds a %1 “%2” that danvan did not create</source>
        <translation>tệp có %1 “%2” mà danvan không tạo ra</translation>
    </message>
    <message>
        <source>it lacks the %1 “%2” that danvan creates</source>
        <translation>tệp thiếu %1 “%2” mà danvan tạo ra</translation>
    </message>
    <message>
        <source>“%1” is a %2 where danvan has a %3</source>
        <translation>“%1” là %2, trong khi danvan tạo nó là %3</translation>
    </message>
    <message>
        <source>the %1 “%2” is on the table “%3” where danvan has it on “%4”</source>
        <translation>%1 “%2” nằm trên bảng “%3”, trong khi danvan đặt nó trên bảng “%4”</translation>
    </message>
    <message>
        <source>the %1 “%2” is not defined as danvan defines it: where danvan has “%3”, the file has “%4”</source>
        <translation>%1 “%2” không được định nghĩa như danvan định nghĩa: chỗ danvan viết “%3”, tệp lại viết “%4”</translation>
    </message>
    <message>
        <source>danvan does not open “%1”: %2%3. Another program has changed the file, and what it changed could alter or delete records when danvan writes to it. The file was not changed. Open a backup copy instead, or ask whoever sent the file for the one danvan wrote; “danvan-cli check” lists every difference.</source>
        <translation>danvan không mở “%1”: %2%3. Một chương trình khác đã sửa tệp này, và những gì nó sửa có thể làm thay đổi hoặc xóa dữ liệu khi danvan ghi vào tệp. Tệp không bị thay đổi. Hãy mở bản sao lưu để thay thế, hoặc xin người gửi tệp bản do danvan ghi; lệnh “danvan-cli check” liệt kê mọi chỗ khác biệt.</translation>
    </message>
    <message numerus="yes">
        <source> (and %n other difference(s))</source>
        <translation>
            <numerusform> (và %n chỗ khác biệt khác)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>“%1” is not a server address danvan understands. Write it as postgresql://user@host:port/database, for example postgresql://huyen_go_quao@10.0.0.5:5432/danvan.</source>
        <translation>danvan không hiểu địa chỉ máy chủ “%1”. Hãy viết theo dạng postgresql://tên@máy_chủ:cổng/tên_csdl, ví dụ postgresql://huyen_go_quao@10.0.0.5:5432/danvan.</translation>
    </message>
    <message>
        <source>“%1” names no database. Write the address as postgresql://user@host:port/database.</source>
        <translation>“%1” không ghi tên cơ sở dữ liệu. Hãy viết địa chỉ theo dạng postgresql://tên@máy_chủ:cổng/tên_csdl.</translation>
    </message>
    <message>
        <source>“%1=%2” in the address of %3 is not a connection setting that danvan passes on (such as sslmode=verify-full).</source>
        <translation>“%1=%2” trong địa chỉ của %3 không phải là thiết lập kết nối mà danvan chuyển cho máy chủ (như sslmode=verify-full).</translation>
    </message>
</context>
<context>
    <name>ServerAdmin</name>
    <message>
        <source>The server refused: %1. Connect as a superuser, or as a role with CREATEROLE that owns the database.</source>
        <translation>Máy chủ từ chối: %1. Hãy kết nối bằng siêu người dùng (superuser), hoặc bằng một vai trò có CREATEROLE là chủ sở hữu cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The server refused: %1.</source>
        <translation>Máy chủ từ chối: %1.</translation>
    </message>
    <message>
        <source>This computer cannot connect to PostgreSQL servers: Qt&apos;s PostgreSQL driver is missing. Install the package libqt6sql6-psql.</source>
        <translation>Máy tính này chưa kết nối được với máy chủ PostgreSQL vì thiếu trình điều khiển PostgreSQL của Qt. Hãy cài gói libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Không kết nối được với %1: %2</translation>
    </message>
    <message>
        <source>Creating danvan&apos;s schema in “%1” needs a superuser, or a role with CREATEROLE that owns the database. Connect as one of them.</source>
        <translation>Muốn tạo lược đồ của danvan trong “%1” cần siêu người dùng (superuser), hoặc một vai trò có CREATEROLE là chủ sở hữu cơ sở dữ liệu. Hãy kết nối bằng một trong hai loại vai trò đó.</translation>
    </message>
    <message>
        <source>The database “%1” stores text as %2; danvan needs UTF8. Create it with: CREATE DATABASE … ENCODING &apos;UTF8&apos; TEMPLATE template0.</source>
        <translation>Cơ sở dữ liệu “%1” lưu văn bản theo bảng mã %2; danvan cần UTF8. Hãy tạo nó bằng: CREATE DATABASE … ENCODING &apos;UTF8&apos; TEMPLATE template0.</translation>
    </message>
    <message>
        <source>The server has no collation “vi-x-icu” for Vietnamese order: it was built without ICU. Use PostgreSQL from Debian&apos;s packages.</source>
        <translation>Máy chủ không có bảng so sánh “vi-x-icu” để sắp xếp theo thứ tự tiếng Việt: nó được biên dịch không có ICU. Hãy dùng PostgreSQL từ các gói của Debian.</translation>
    </message>
    <message>
        <source>The role “%1” exists on the server and can log in or bypass row-level security; danvan&apos;s own roles must not. Drop it or make it NOLOGIN NOSUPERUSER NOBYPASSRLS.</source>
        <translation>Vai trò “%1” đã có trên máy chủ và đăng nhập được hoặc vượt qua được bảo mật theo dòng; các vai trò riêng của danvan không được như vậy. Hãy xóa nó hoặc đặt NOLOGIN NOSUPERUSER NOBYPASSRLS.</translation>
    </message>
    <message>
        <source>The database “%1” was made by a newer danvan (data version %2; this one writes %3). Use that version&apos;s danvan-cli.</source>
        <translation>Cơ sở dữ liệu “%1” do một phiên bản danvan mới hơn tạo ra (phiên bản dữ liệu %2; bản này ghi phiên bản %3). Hãy dùng danvan-cli của phiên bản đó.</translation>
    </message>
    <message>
        <source>The database “%1” holds danvan&apos;s schema of data version %2, which this danvan cannot update (it writes %3).</source>
        <translation>Cơ sở dữ liệu “%1” có lược đồ danvan phiên bản dữ liệu %2, bản danvan này không cập nhật được (bản này ghi phiên bản %3).</translation>
    </message>
    <message numerus="yes">
        <source>The database “%1” already holds %n table(s) that are not danvan&apos;s (%2). Create an empty database for danvan.</source>
        <translation>
            <numerusform>Cơ sở dữ liệu “%1” đã có %n bảng không phải của danvan (%2). Hãy tạo một cơ sở dữ liệu trống cho danvan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database “%1” holds no danvan schema; create it first with danvan-cli server init.</source>
        <translation>Cơ sở dữ liệu “%1” chưa có lược đồ của danvan; hãy tạo trước bằng danvan-cli server init.</translation>
    </message>
    <message>
        <source>The database “%1” holds danvan&apos;s schema of data version %2; this danvan writes %3.</source>
        <translation>Cơ sở dữ liệu “%1” có lược đồ danvan phiên bản dữ liệu %2; bản danvan này ghi phiên bản %3.</translation>
    </message>
    <message>
        <source>Give the login role&apos;s name.</source>
        <translation>Hãy ghi tên vai trò đăng nhập.</translation>
    </message>
    <message>
        <source>“%1” is one of the server&apos;s own roles, not an office&apos;s login role.</source>
        <translation>“%1” là một vai trò riêng của máy chủ, không phải vai trò đăng nhập của một đơn vị.</translation>
    </message>
    <message>
        <source>There is no role “%1” on the server. Create it first, with its password: CREATE ROLE %2 LOGIN PASSWORD &apos;…&apos;;</source>
        <translation>Trên máy chủ không có vai trò “%1”. Hãy tạo trước, kèm mật khẩu: CREATE ROLE %2 LOGIN PASSWORD &apos;…&apos;;</translation>
    </message>
    <message>
        <source>The role “%1” is a superuser, bypasses row-level security or can become %2: the server would not hold it to a unit. Grant rights to an ordinary login role.</source>
        <translation>Vai trò “%1” là siêu người dùng, vượt qua được bảo mật theo dòng hoặc có thể trở thành %2: máy chủ sẽ không giới hạn nó trong một đơn vị. Hãy cấp quyền cho một vai trò đăng nhập thông thường.</translation>
    </message>
    <message>
        <source>No unit has the code “%1”.</source>
        <translation>Không có đơn vị nào mang mã “%1”.</translation>
    </message>
    <message>
        <source>No unit with the code “%1” is in force today (%2): rights go to units that are.</source>
        <translation>Hôm nay (%2) không có đơn vị nào mang mã “%1” còn hiệu lực: chỉ cấp quyền cho đơn vị đang có hiệu lực.</translation>
    </message>
</context>
<context>
    <name>SetLevelDeadlineCommand</name>
    <message>
        <source>set the deadline of %1</source>
        <translation>đặt thời hạn cho %1</translation>
    </message>
</context>
<context>
    <name>SetNominationStatusCommand</name>
    <message>
        <source>mark “%1” as %2 at %3</source>
        <translation>đánh dấu “%1” là %2 tại %3</translation>
    </message>
</context>
<context>
    <name>SetOverrideCommand</name>
    <message>
        <source>set the own deadline of %1</source>
        <translation>đặt thời hạn riêng của %1</translation>
    </message>
    <message>
        <source>remove the own deadline of %1</source>
        <translation>bỏ thời hạn riêng của %1</translation>
    </message>
</context>
<context>
    <name>SetPilotCommand</name>
    <message>
        <source>make %1 a pilot</source>
        <translation>chọn %1 làm đơn vị điểm</translation>
    </message>
    <message>
        <source>remove the pilot mark of %1</source>
        <translation>bỏ đánh dấu đơn vị điểm của %1</translation>
    </message>
</context>
<context>
    <name>SpecialDeadlineModel</name>
    <message>
        <source>Pilot</source>
        <translation>Đơn vị điểm</translation>
    </message>
    <message>
        <source>Own deadline</source>
        <translation>Thời hạn riêng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>For the level</source>
        <translation>Áp dụng cho cấp</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Nguyên văn</translation>
    </message>
</context>
<context>
    <name>SteeringGroupModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n thành viên</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) followed</source>
        <translation>
            <numerusform>theo dõi %n đơn vị</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SteeringMemberDialog</name>
    <message>
        <source>Member of the steering group</source>
        <translation>Thành viên tổ chỉ đạo</translation>
    </message>
    <message>
        <source>New member of the steering group</source>
        <translation>Thành viên mới của tổ chỉ đạo</translation>
    </message>
    <message>
        <source>for example: Phó Trưởng Ban Dân vận Huyện ủy</source>
        <translation>ví dụ: Phó Trưởng Ban Dân vận Huyện ủy</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Số điện &amp;thoại:</translation>
    </message>
    <message>
        <source>A member needs a name.</source>
        <translation>Thành viên phải có họ tên.</translation>
    </message>
</context>
<context>
    <name>SteeringMemberModel</name>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
</context>
<context>
    <name>SteeringRepository</name>
    <message>
        <source>A steering group needs a name, such as “Tổ 1”.</source>
        <translation>Tổ chỉ đạo phải có tên, ví dụ “Tổ 1”.</translation>
    </message>
    <message>
        <source>Every member of a steering group needs a name.</source>
        <translation>Mỗi thành viên của tổ chỉ đạo đều phải có họ tên.</translation>
    </message>
    <message>
        <source>There is no steering group with the id %1.</source>
        <translation>Không có tổ chỉ đạo mang mã số nội bộ %1.</translation>
    </message>
</context>
<context>
    <name>SteeringView</name>
    <message>
        <source>Steering groups</source>
        <translation>Tổ chỉ đạo</translation>
    </message>
    <message>
        <source>&amp;Steering groups of the campaign:</source>
        <translation>Các tổ chỉ đạo của đợt tổng kết:</translation>
    </message>
    <message>
        <source>Add a steering group</source>
        <translation>Thêm tổ chỉ đạo</translation>
    </message>
    <message>
        <source>Remove the group with its members; the units it followed are followed by none</source>
        <translation>Xóa tổ cùng các thành viên; các đơn vị tổ đang theo dõi sẽ không còn tổ nào theo dõi</translation>
    </message>
    <message>
        <source>Choose units of the campaign for this group to follow</source>
        <translation>Chọn đơn vị của đợt tổng kết để giao cho tổ này theo dõi</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Thành viên của %1</translation>
    </message>
    <message>
        <source>Units followed by %1 (%2)</source>
        <translation>Đơn vị do %1 theo dõi (%2)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Units followed</source>
        <translation>Đơn vị theo dõi</translation>
    </message>
    <message>
        <source>&amp;Name of the steering group:</source>
        <translation>&amp;Tên tổ chỉ đạo:</translation>
    </message>
    <message>
        <source>New steering group</source>
        <translation>Tổ chỉ đạo mới</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Tổ %1</translation>
    </message>
    <message>
        <source>Rename the steering group</source>
        <translation>Đổi tên tổ chỉ đạo</translation>
    </message>
    <message>
        <source>The campaign has no steering group yet. Add one on the “Steering groups” page first.</source>
        <translation>Đợt tổng kết chưa có tổ chỉ đạo nào. Hãy thêm tổ chỉ đạo ở trang “Tổ chỉ đạo” trước.</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Tổ chỉ đạo</translation>
    </message>
    <message>
        <source>Which steering group follows %1?</source>
        <translation>Tổ chỉ đạo nào theo dõi %1?</translation>
    </message>
    <message numerus="yes">
        <source>Which steering group follows the %n chosen unit(s)?</source>
        <translation>
            <numerusform>Tổ chỉ đạo nào theo dõi %n đơn vị đã chọn?</numerusform>
        </translation>
    </message>
    <message>
        <source>None: followed by no group</source>
        <translation>Không giao cho tổ nào</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Tổ:</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Thê&amp;m…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Thêm thành viên…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa thành viên</translation>
    </message>
    <message>
        <source>Add units…</source>
        <translation>Thêm đơn vị theo dõi…</translation>
    </message>
    <message>
        <source>Remove the chosen units</source>
        <translation>Bỏ các đơn vị đã chọn</translation>
    </message>
    <message>
        <source>%1 The steering groups can be read here, not changed.</source>
        <translation>%1 Ở đây chỉ xem được các tổ chỉ đạo, không sửa được.</translation>
    </message>
</context>
<context>
    <name>SystemErrors</name>
    <message>
        <source>the disk is full</source>
        <translation>ổ đĩa đã đầy</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>không có quyền truy cập</translation>
    </message>
    <message>
        <source>there is no such file or folder</source>
        <translation>không có tệp hoặc thư mục đó</translation>
    </message>
    <message>
        <source>the disk can only be read</source>
        <translation>ổ đĩa ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <source>a part of the path is a file, not a folder</source>
        <translation>một phần của đường dẫn là tệp, không phải thư mục</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>đó là thư mục, không phải tệp</translation>
    </message>
</context>
<context>
    <name>UnitComboBox</name>
    <message>
        <source>type part of the name or the code</source>
        <translation>gõ một phần của tên hoặc mã</translation>
    </message>
    <message>
        <source>No unit of the campaign is called “%1”.</source>
        <translation>Đợt tổng kết không có đơn vị nào tên là “%1”.</translation>
    </message>
    <message>
        <source>“%1” matches %2 units; pick one from the list.</source>
        <translation>“%1” khớp với %2 đơn vị; hãy chọn một đơn vị trong danh sách.</translation>
    </message>
</context>
<context>
    <name>UnitExemplarsSection</name>
    <message>
        <source>Models and exemplars</source>
        <translation>Mô hình, điển hình</translation>
    </message>
    <message>
        <source>Commended at this unit&apos;s conference:</source>
        <translation>Được biểu dương tại hội nghị của đơn vị:</translation>
    </message>
    <message>
        <source>Put forward by this unit:</source>
        <translation>Đơn vị đã giới thiệu lên cấp trên:</translation>
    </message>
    <message>
        <source>Received from the units below:</source>
        <translation>Nhận từ các đơn vị cấp dưới:</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Rút lại</translation>
    </message>
    <message>
        <source>Take the nomination back</source>
        <translation>Rút lại việc giới thiệu lên cấp trên</translation>
    </message>
    <message>
        <source>What this unit decided of the nomination it received</source>
        <translation>Đơn vị quyết định thế nào về mô hình, điển hình được cấp dưới giới thiệu lên</translation>
    </message>
    <message>
        <source>Put forward to %1</source>
        <translation>Giới thiệu lên %1</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Kết quả xét chọn:</translation>
    </message>
    <message>
        <source>Put forward</source>
        <comment>a model commended at this conference</comment>
        <translation>Giới thiệu lên</translation>
    </message>
    <message>
        <source>Put forward</source>
        <comment>a nomination received from below</comment>
        <translation>Giới thiệu tiếp lên</translation>
    </message>
    <message>
        <source>Already put forward to %1</source>
        <translation>Đã giới thiệu lên %1</translation>
    </message>
</context>
<context>
    <name>UnitFilterModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>UnitHistory</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Conference held on %1</source>
        <translation>Đã tổ chức hội nghị ngày %1</translation>
    </message>
    <message numerus="yes">
        <source>Conference held on %1, %n attendee(s)</source>
        <translation>
            <numerusform>Đã tổ chức hội nghị ngày %1, %n người dự</numerusform>
        </translation>
    </message>
    <message>
        <source>report received on %1</source>
        <translation>nhận báo cáo ngày %1</translation>
    </message>
    <message>
        <source>Conference planned for %1, not held</source>
        <translation>Dự kiến tổ chức ngày %1, chưa tổ chức</translation>
    </message>
    <message>
        <source>Conference not held</source>
        <translation>Chưa tổ chức hội nghị</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 đồng mobilised</source>
        <translation>vận động được %1 đồng</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 ngày %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n recipient(s)</source>
        <translation>
            <numerusform>%1, %n người/tập thể được khen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitHistorySection</name>
    <message>
        <source>History of the units before it</source>
        <translation>Quá trình của các đơn vị tiền thân</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>không có số liệu</translation>
    </message>
    <message>
        <source>Records of the units that went into this one, marked with their unit:</source>
        <translation>Số liệu của các đơn vị đã nhập vào đơn vị này, ghi theo từng đơn vị:</translation>
    </message>
</context>
<context>
    <name>UnitImporter</name>
    <message>
        <source>%1, line %2, column “%3”</source>
        <translation>%1, dòng %2, cột “%3”</translation>
    </message>
    <message>
        <source>%1: the province is missing. Every row of the register names its province and the province&apos;s code.</source>
        <translation>%1: thiếu tỉnh. Mỗi dòng của danh mục đều ghi tên tỉnh và mã tỉnh.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a province code; the register&apos;s province codes have two digits, such as “91”.</source>
        <translation>%1: “%2” không phải là mã tỉnh; mã tỉnh trong danh mục gồm hai chữ số, ví dụ “91”.</translation>
    </message>
    <message>
        <source>%1: the district&apos;s name and code go together; one of them is missing.</source>
        <translation>%1: tên huyện và mã huyện phải đi cùng nhau; đang thiếu một trong hai.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a district code; the register&apos;s district codes have three digits, such as “905”.</source>
        <translation>%1: “%2” không phải là mã huyện; mã huyện trong danh mục gồm ba chữ số, ví dụ “905”.</translation>
    </message>
    <message>
        <source>%1: the commune&apos;s name and code go together; one of them is missing.</source>
        <translation>%1: tên xã và mã xã phải đi cùng nhau; đang thiếu một trong hai.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a commune code; the register&apos;s commune codes have five digits, such as “30898”.</source>
        <translation>%1: “%2” không phải là mã xã; mã xã trong danh mục gồm năm chữ số, ví dụ “30898”.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a grassroots kind; write Xã, Phường, Thị trấn or Đặc khu.</source>
        <translation>%1: “%2” không phải là loại đơn vị cấp cơ sở; hãy ghi Xã, Phường, Thị trấn hoặc Đặc khu.</translation>
    </message>
    <message>
        <source>%1: the code %2 is used on line %3 for “%4” at another level. Each code names one unit.</source>
        <translation>%1: mã %2 đã được dùng ở dòng %3 cho “%4” thuộc cấp khác. Mỗi mã chỉ dùng cho một đơn vị.</translation>
    </message>
    <message>
        <source>%1: the code %2 is “%3” here but “%4” on line %5. Each code names one unit; correct one of the two rows.</source>
        <translation>%1: mã %2 ở đây là “%3” nhưng ở dòng %5 lại là “%4”. Mỗi mã chỉ dùng cho một đơn vị; hãy sửa một trong hai dòng.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) belongs to %4 here but to %5 on line %6. A unit has one parent; correct one of the two rows.</source>
        <translation>%1: %2 (%3) ở đây trực thuộc %4 nhưng ở dòng %6 lại trực thuộc %5. Mỗi đơn vị chỉ trực thuộc một đơn vị cấp trên; hãy sửa một trong hai dòng.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Tệp “%1” không tồn tại.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Không đọc được “%1”: %2</translation>
    </message>
    <message>
        <source>%1 is empty. Export the register&apos;s list of units as CSV, or write a file with the columns code, name, kind, parent_code.</source>
        <translation>%1 không có nội dung. Hãy xuất danh sách đơn vị của danh mục ra tệp CSV, hoặc lập tệp có các cột code, name, kind, parent_code.</translation>
    </message>
    <message>
        <source>%1, line 1: the column “%2” is missing. The register&apos;s export has the columns Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp (and Tên Tiếng Anh).</source>
        <translation>%1, dòng 1: thiếu cột “%2”. Tệp xuất từ danh mục có các cột Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp (và Tên Tiếng Anh).</translation>
    </message>
    <message>
        <source>%1, line 1: the column “%2” is missing. A hierarchy file has the columns code, name, kind, parent_code (and level, name_en).</source>
        <translation>%1, dòng 1: thiếu cột “%2”. Tệp phân cấp có các cột code, name, kind, parent_code (và level, name_en).</translation>
    </message>
    <message>
        <source>%1: the code is missing. Every unit needs a code of its own, such as “91-DBKCQ”.</source>
        <translation>%1: thiếu mã. Mỗi đơn vị cần có mã riêng, ví dụ “91-DBKCQ”.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a usable code; use letters, digits and . - _ / without spaces.</source>
        <translation>%1: không dùng được “%2” làm mã; mã chỉ được gồm chữ cái, chữ số, các dấu . - _ / và không có dấu cách.</translation>
    </message>
    <message>
        <source>%1: the name is missing.</source>
        <translation>%1: thiếu tên.</translation>
    </message>
    <message>
        <source>%1: the unit %2 cannot be its own parent.</source>
        <translation>%1: đơn vị %2 không thể trực thuộc chính nó.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a level; write province, district or commune (tỉnh, huyện, cơ sở).</source>
        <translation>%1: “%2” không phải là cấp; hãy ghi tỉnh, huyện hoặc cơ sở (province, district, commune).</translation>
    </message>
    <message>
        <source>%1: the code %2 is already used on line %3. Each code names one unit.</source>
        <translation>%1: mã %2 đã được dùng ở dòng %3. Mỗi mã chỉ dùng cho một đơn vị.</translation>
    </message>
    <message>
        <source>%1, line 1: these are not the columns of the register&apos;s export (Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp) nor of a hierarchy file (code, name, kind, parent_code).</source>
        <translation>%1, dòng 1: đây không phải là các cột của tệp xuất từ danh mục (Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp), cũng không phải của tệp phân cấp (code, name, kind, parent_code).</translation>
    </message>
    <message>
        <source>%1 has a header but no units.</source>
        <translation>%1 có dòng tiêu đề nhưng không có đơn vị nào.</translation>
    </message>
    <message>
        <source>%1: the unit %2 is its own ancestor through parent_code; a hierarchy cannot go round in a circle.</source>
        <translation>%1: theo parent_code, đơn vị %2 lại là cấp trên của chính nó; quan hệ trực thuộc không được khép thành vòng.</translation>
    </message>
    <message>
        <source>%1: no unit has the code “%2”, in this file or in the database.</source>
        <translation>%1: không có đơn vị nào mang mã “%2”, cả trong tệp này lẫn trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>%1: %2 is at the level “%3” but its parent %4 is at “%5”; a unit must be below its parent.</source>
        <translation>%1: %2 thuộc cấp “%3” nhưng đơn vị cấp trên %4 lại thuộc cấp “%5”; đơn vị phải ở cấp thấp hơn đơn vị mà nó trực thuộc.</translation>
    </message>
    <message>
        <source>%1: the row ends before this column (it has %2 fields, the header %3). Check the row for a missing separator (“%4”).</source>
        <translation>%1: dòng kết thúc trước cột này (dòng có %2 trường, dòng tiêu đề có %3). Hãy kiểm tra xem dòng có thiếu dấu phân cách (“%4”) không.</translation>
    </message>
    <message>
        <source>%1: the row goes on after this column with “%2” (it has %3 fields, the header %4). Check the row for an extra separator (“%5”), or put quotes around a name that contains one.</source>
        <translation>%1: dòng còn tiếp sau cột này với “%2” (dòng có %3 trường, dòng tiêu đề có %4). Hãy kiểm tra xem dòng có thừa dấu phân cách (“%5”) không, hoặc đặt trong dấu ngoặc kép tên có chứa dấu đó.</translation>
    </message>
    <message>
        <source>%1: “%2” is %3 characters long, more than a unit&apos;s name or code can be (%4). A missing line break or quote may have run rows together.</source>
        <translation>%1: “%2” dài %3 ký tự, quá độ dài cho phép của tên hoặc mã đơn vị (%4). Có thể thiếu dấu xuống dòng hoặc dấu ngoặc kép nên các dòng bị dính vào nhau.</translation>
    </message>
    <message>
        <source>%1: the chain of parent codes through the unit %2 is more than %3 units long, but there are only %4 levels; a unit must be below its parent.</source>
        <translation>%1: chuỗi mã đơn vị cấp trên đi qua đơn vị %2 dài hơn %3 đơn vị, trong khi chỉ có %4 cấp; một đơn vị phải ở dưới đơn vị cấp trên của nó.</translation>
    </message>
    <message>
        <source>%1 is an edition in force from %2, older than the edition already imported for its provinces, in force from %3. Importing it would bring back the units the newer edition retired and retire those it added; nothing was changed.</source>
        <translation>%1 là bản danh mục có hiệu lực từ %2, cũ hơn bản đã nhập cho các tỉnh của tệp (có hiệu lực từ %3). Nhập bản này sẽ khôi phục các đơn vị mà bản mới đã cho thôi hiệu lực và cho thôi hiệu lực các đơn vị mà bản mới đã thêm; chưa có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>UnitKind</name>
    <message>
        <source>city</source>
        <translation>thành phố</translation>
    </message>
    <message>
        <source>township</source>
        <translation>thị trấn</translation>
    </message>
    <message>
        <source>Party committee</source>
        <translation>đảng bộ</translation>
    </message>
    <message>
        <source>special zone</source>
        <translation>đặc khu</translation>
    </message>
    <message>
        <source>ward</source>
        <translation>phường</translation>
    </message>
    <message>
        <source>town</source>
        <translation>thị xã</translation>
    </message>
    <message>
        <source>district</source>
        <translation>huyện</translation>
    </message>
    <message>
        <source>province</source>
        <translation>tỉnh</translation>
    </message>
    <message>
        <source>urban district</source>
        <translation>quận</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>xã</translation>
    </message>
</context>
<context>
    <name>UnitLink</name>
    <message>
        <source>whole</source>
        <translation>toàn bộ</translation>
    </message>
    <message>
        <source>in part</source>
        <translation>một phần</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>giữ nguyên</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>đổi tên</translation>
    </message>
    <message>
        <source>type changed</source>
        <translation>đổi loại hình</translation>
    </message>
</context>
<context>
    <name>UnitPanel</name>
    <message>
        <source>Conference</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <source>&amp;Planned for:</source>
        <translation>Ngày &amp;dự kiến:</translation>
    </message>
    <message>
        <source>&amp;Report received on:</source>
        <translation>Ngày nhận &amp;báo cáo:</translation>
    </message>
    <message>
        <source>&amp;Budget planned:</source>
        <translation>Kinh &amp;phí dự kiến:</translation>
    </message>
    <message>
        <source>Assess&amp;ment:</source>
        <translation>Đánh giá:</translation>
    </message>
    <message>
        <source>What the report says of the results, the causes of shortcomings and the directions for the next phase</source>
        <translation>Nội dung báo cáo về kết quả, nguyên nhân của hạn chế và phương hướng cho giai đoạn tới</translation>
    </message>
    <message>
        <source>Set a deadline tighter than the one above, for this unit or the units below it</source>
        <translation>Đặt thời hạn sớm hơn thời hạn của cấp trên, cho đơn vị này hoặc các đơn vị cấp dưới</translation>
    </message>
    <message>
        <source>P&amp;ilot…</source>
        <translation>Đơn &amp;vị điểm…</translation>
    </message>
    <message>
        <source>Mark this unit as the pilot of its level, with its own deadline</source>
        <translation>Chọn đơn vị này làm đơn vị điểm của cấp mình, với thời hạn riêng</translation>
    </message>
    <message>
        <source>Choose a unit in the tree or the schedule to see and enter its conference.</source>
        <translation>Hãy chọn một đơn vị trong cây đơn vị hoặc trong lịch tổ chức để xem và nhập thông tin hội nghị.</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>mã %1</translation>
    </message>
    <message>
        <source>under &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>trực thuộc &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>in force until %1</source>
        <translation>hiệu lực đến hết ngày %1</translation>
    </message>
    <message>
        <source>This unit does not take part in the campaign.</source>
        <translation>Đơn vị này không tham gia đợt tổng kết.</translation>
    </message>
    <message>
        <source>Deadline: &lt;b&gt;%1&lt;/b&gt; (“%2”), %3</source>
        <translation>Thời hạn: &lt;b&gt;%1&lt;/b&gt; (“%2”), %3</translation>
    </message>
    <message>
        <source>No deadline is set for this level.</source>
        <translation>Cấp này chưa có thời hạn.</translation>
    </message>
    <message>
        <source>As of %1: %2, %3</source>
        <translation>Tính đến ngày %1: %2, %3</translation>
    </message>
    <message>
        <source>%1 of the %2 units below have held theirs</source>
        <translation>%1 trong số %2 đơn vị cấp dưới đã tổ chức hội nghị</translation>
    </message>
    <message>
        <source>held before the units below it</source>
        <translation>tổ chức trước các đơn vị cấp dưới</translation>
    </message>
    <message>
        <source>P&amp;ilot ✓…</source>
        <translation>Đơn &amp;vị điểm ✓…</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Formed on %1 from %2</source>
        <translation>Hình thành ngày %1 từ %2</translation>
    </message>
    <message>
        <source>On %1 went into %2</source>
        <translation>Ngày %1 đã nhập vào %2</translation>
    </message>
    <message>
        <source>Save an unlikely day?</source>
        <translation>Lưu một ngày khó có thể đúng?</translation>
    </message>
    <message>
        <source>Save it all the same?</source>
        <translation>Vẫn lưu ngày này?</translation>
    </message>
    <message>
        <source>It was not saved: type the day again.</source>
        <translation>Ngày này chưa được lưu: hãy gõ lại ngày.</translation>
    </message>
    <message>
        <source>O&amp;wn deadline…</source>
        <translation>Thời hạn riêng…</translation>
    </message>
    <message>
        <source>Ven&amp;ue:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <source>Held o&amp;n:</source>
        <translation>Ngày tổ &amp;chức:</translation>
    </message>
    <message>
        <source>Chaired b&amp;y:</source>
        <translation>Người chủ trì:</translation>
    </message>
    <message>
        <source>Delegates invited:</source>
        <translation>Số đại biểu được mời:</translation>
    </message>
    <message>
        <source>A&amp;ttendees:</source>
        <translation>Số người dự:</translation>
    </message>
    <message>
        <source>Budget spent:</source>
        <translation>Kinh phí đã chi:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>“%1” was changed meanwhile, elsewhere, to “%2”. Your text is kept and replaces it when you leave the field; to keep the other, type it again.</source>
        <translation>Trong lúc này, nơi khác đã sửa “%1” thành “%2”. Nội dung bạn đang nhập được giữ lại và sẽ thay thế giá trị đó khi bạn rời ô; muốn giữ giá trị kia, hãy nhập lại nó.</translation>
    </message>
    <message>
        <source>There is no campaign yet.</source>
        <translation>Chưa có đợt tổng kết nào.</translation>
    </message>
</context>
<context>
    <name>UnitPickerModel</name>
    <message>
        <source>Already followed by this group</source>
        <translation>Tổ này đã theo dõi đơn vị này</translation>
    </message>
    <message>
        <source>Followed by %1 now; choosing it moves it to this group</source>
        <translation>Hiện do %1 theo dõi; nếu chọn, đơn vị sẽ chuyển sang tổ này</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Trực thuộc</translation>
    </message>
    <message>
        <source>Followed by</source>
        <translation>Tổ theo dõi</translation>
    </message>
</context>
<context>
    <name>UnitRepository</name>
    <message>
        <source>No unit has the code “%1”.</source>
        <translation>Không có đơn vị nào mang mã “%1”.</translation>
    </message>
    <message>
        <source>The code “%1” names %2, and none of them was in force on %3. Name a day on which the one you mean was in force.</source>
        <translation>Mã “%1” đã dùng cho %2, và không đơn vị nào trong số đó có hiệu lực vào ngày %3. Hãy cho biết một ngày mà đơn vị bạn muốn nói đang có hiệu lực.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> và </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>từ %1 đến %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>đến %1</translation>
    </message>
    <message>
        <source>There is no unit with the id %1.</source>
        <translation>Không có đơn vị mang mã số nội bộ %1.</translation>
    </message>
</context>
<context>
    <name>UnitRewardsSection</name>
    <message>
        <source>Rewards given at this conference</source>
        <translation>Khen thưởng tại hội nghị này</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Mã %1</translation>
    </message>
    <message>
        <source>Under %1</source>
        <translation>Trực thuộc %1</translation>
    </message>
    <message>
        <source>Retired: in force until %1</source>
        <translation>Đã giải thể/sáp nhập: hiệu lực đến hết ngày %1</translation>
    </message>
    <message>
        <source>In force since %1</source>
        <translation>Có hiệu lực từ ngày %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
</context>
<context>
    <name>UpcomingModel</name>
    <message>
        <source>Time left</source>
        <translation>Còn lại</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Dự kiến ngày</translation>
    </message>
</context>
<context>
    <name>WorkbookReader</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 là tệp rỗng.</translation>
    </message>
    <message>
        <source>%1 is a ZIP archive, not a spreadsheet.</source>
        <translation>%1 là tệp nén ZIP, không phải là bảng tính.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Open it in the spreadsheet, remove the password and save it again.</source>
        <translation>%1 được bảo vệ bằng mật khẩu. Hãy mở tệp bằng chương trình bảng tính, bỏ mật khẩu rồi lưu lại.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is not the .%2 workbook its name says. Open it in the spreadsheet to see whether it can be repaired.</source>
        <translation>%1 bị hỏng: tệp không phải là sổ tính .%2 như tên tệp cho thấy. Hãy mở tệp bằng chương trình bảng tính để xem có sửa được không.</translation>
    </message>
    <message numerus="yes">
        <source>%1, by the font %2 (%n cell(s))</source>
        <translation>
            <numerusform>%1, theo phông chữ %2 (%n ô)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, told from the text (%n cell(s))</source>
        <translation>
            <numerusform>%1, nhận biết theo nội dung (%n ô)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, as chosen (%n cell(s) changed)</source>
        <translation>
            <numerusform>%1, theo lựa chọn (%n ô được đổi)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>“%1” already exists. Choose a new name, or open it with File → Open.</source>
        <translation>“%1” đã tồn tại. Hãy chọn tên khác, hoặc mở tệp đó bằng Tệp → Mở.</translation>
    </message>
    <message>
        <source>The undo history is cleared: its steps may no longer match the file.</source>
        <translation>Danh sách các bước có thể hoàn tác đã được xóa: các bước đó có thể không còn khớp với tệp.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost. danvan tries again every few seconds; nothing that was saved is lost, and changes are refused until it is back.</source>
        <translation>Mất kết nối tới %1. danvan sẽ thử kết nối lại sau mỗi vài giây; những gì đã lưu không bị mất, và mọi thay đổi sẽ bị từ chối cho tới khi kết nối lại được.</translation>
    </message>
    <message>
        <source>Connected to %1 again. The undo history was cleared, since other offices may have changed the data meanwhile.</source>
        <translation>Đã kết nối lại tới %1. Lịch sử hoàn tác đã được xóa, vì trong lúc mất kết nối các đơn vị khác có thể đã thay đổi dữ liệu.</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Chưa mở tệp nào.</translation>
    </message>
</context>
<context>
    <name>XlsReader</name>
    <message>
        <source>%1 cannot be read: no temporary file could be written.</source>
        <translation>Không đọc được %1: không ghi được tệp tạm.</translation>
    </message>
    <message>
        <source>%1 is too large to read.</source>
        <translation>%1 quá lớn, không đọc được.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not an Excel 97-2003 workbook (.xls): it cannot be read. Open it in the spreadsheet and save it again as .xlsx.</source>
        <translation>%1 bị hỏng hoặc không phải là sổ tính Excel 97-2003 (.xls): không đọc được. Hãy mở tệp bằng chương trình bảng tính rồi lưu lại dưới dạng .xlsx.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Open it in the spreadsheet, remove the password and save it again.</source>
        <translation>%1 được bảo vệ bằng mật khẩu. Hãy mở tệp bằng chương trình bảng tính, bỏ mật khẩu rồi lưu lại.</translation>
    </message>
    <message>
        <source>%1 is too large to read: it has more than %L2 cells.</source>
        <translation>%1 quá lớn, không đọc được: có hơn %L2 ô.</translation>
    </message>
    <message>
        <source>%1 has no sheet to read.</source>
        <translation>%1 không có trang tính nào để đọc.</translation>
    </message>
    <message>
        <source>%1 cannot be read: danvan-xls-reader, the part of danvan that reads .xls files, is missing. Install danvan again, or save the file as .xlsx in the spreadsheet.</source>
        <translation>Không đọc được %1: thiếu danvan-xls-reader, phần của danvan đọc tệp .xls. Hãy cài lại danvan, hoặc mở tệp bằng chương trình bảng tính rồi lưu lại dưới dạng .xlsx.</translation>
    </message>
    <message>
        <source>%1 cannot be read: danvan-xls-reader, the part of danvan that reads .xls files, did not start (%2). Install danvan again, or save the file as .xlsx in the spreadsheet.</source>
        <translation>Không đọc được %1: danvan-xls-reader, phần của danvan đọc tệp .xls, không khởi động được (%2). Hãy cài lại danvan, hoặc mở tệp bằng chương trình bảng tính rồi lưu lại dưới dạng .xlsx.</translation>
    </message>
    <message>
        <source>%1 could not be read: reading it took too long (more than %2 s), so it may be damaged. Open it in the spreadsheet and save it again as .xlsx.</source>
        <translation>Không đọc được %1: việc đọc kéo dài quá lâu (hơn %2 giây), có thể tệp đã bị hỏng. Hãy mở tệp bằng chương trình bảng tính rồi lưu lại dưới dạng .xlsx.</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>mã thoát %1</translation>
    </message>
    <message>
        <source>Reading %1 was stopped.</source>
        <translation>Đã dừng đọc %1.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is damaged: the part “%2” is not readable XML.</source>
        <translation>%1 bị hỏng: phần “%2” không phải là XML đọc được.</translation>
    </message>
    <message>
        <source>%1 is damaged: the cell reference “%2” in “%3” is not one.</source>
        <translation>%1 bị hỏng: địa chỉ ô “%2” trong “%3” không hợp lệ.</translation>
    </message>
    <message>
        <source>%1 is damaged: cell %2 of “%3” points to a text that is not there.</source>
        <translation>%1 bị hỏng: ô %2 của “%3” trỏ tới một đoạn chữ không có.</translation>
    </message>
    <message>
        <source>%1 is too large to read: it has more than %L2 cells.</source>
        <translation>%1 quá lớn, không đọc được: có hơn %L2 ô.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it has no workbook part.</source>
        <translation>%1 không phải là sổ tính Excel (.xlsx): không có phần sổ tính.</translation>
    </message>
    <message>
        <source>%1 has no sheet to read.</source>
        <translation>%1 không có trang tính nào để đọc.</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>No temporary folder is available to write the workbook.</source>
        <translation>Không có thư mục tạm để ghi sổ tính.</translation>
    </message>
    <message>
        <source>The workbook could not be read back: %1</source>
        <translation>Không đọc lại được sổ tính: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Không ghi được tệp: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be written: its folder “%2” does not exist.</source>
        <translation>Không ghi được “%1”: không có thư mục “%2”.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>Không ghi được “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” could not be replaced; is it open in another program? %2</source>
        <translation>Không thay được “%1”; tệp có đang mở trong chương trình khác không? %2</translation>
    </message>
</context>
<context>
    <name>ZipParts</name>
    <message>
        <source>%1 is damaged: its contents cannot be unpacked.</source>
        <translation>%1 bị hỏng: không giải nén được nội dung.</translation>
    </message>
    <message>
        <source>%1 is damaged: its list of contents cannot be read.</source>
        <translation>%1 bị hỏng: không đọc được danh sách nội dung.</translation>
    </message>
    <message>
        <source>%1 holds too many parts to be a spreadsheet.</source>
        <translation>%1 chứa quá nhiều phần, không thể là một bảng tính.</translation>
    </message>
    <message>
        <source>%1 is damaged: the part “%2” is missing.</source>
        <translation>%1 bị hỏng: thiếu phần “%2”.</translation>
    </message>
    <message>
        <source>%1 is damaged: the part “%2” cannot be read.</source>
        <translation>%1 bị hỏng: không đọc được phần “%2”.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Open it in the spreadsheet, remove the password and save it again.</source>
        <translation>%1 được bảo vệ bằng mật khẩu. Hãy mở tệp bằng chương trình bảng tính, bỏ mật khẩu rồi lưu lại.</translation>
    </message>
    <message>
        <source>%1 is damaged: the part “%2” cannot be unpacked.</source>
        <translation>%1 bị hỏng: không giải nén được phần “%2”.</translation>
    </message>
    <message>
        <source>%1 is too large to read: its part “%2” unpacks to more than %3 MB.</source>
        <translation>%1 quá lớn, không đọc được: phần “%2” khi giải nén lớn hơn %3 MB.</translation>
    </message>
    <message>
        <source>%1 is damaged: the part “%2” does not match its checksum.</source>
        <translation>%1 bị hỏng: phần “%2” không khớp với mã kiểm tra.</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>The file could not be packed (ZIP).</source>
        <translation>Không đóng gói được tệp (ZIP).</translation>
    </message>
    <message>
        <source>The file could not be packed (ZIP): the part “%1” could not be written.</source>
        <translation>Không đóng gói được tệp (ZIP): không ghi được phần “%1”.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Follows the summary conferences of the “Dân vận khéo” movement.</source>
        <translation>Theo dõi các hội nghị tổng kết phong trào thi đua “Dân vận khéo”.</translation>
    </message>
    <message>
        <source>The language of the window: vi or en.</source>
        <translation>Ngôn ngữ của cửa sổ: vi hoặc en.</translation>
    </message>
    <message>
        <source>Show the statuses as of this day.</source>
        <translation>Hiển thị tình trạng tính đến ngày này.</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file once it is shown, then quit (for the documentation).</source>
        <translation>Lưu ảnh chụp cửa sổ vào tệp PNG này ngay khi cửa sổ hiện lên, rồi thoát (dùng cho tài liệu hướng dẫn).</translation>
    </message>
    <message>
        <source>The danvan file to open.</source>
        <translation>Tệp danvan cần mở.</translation>
    </message>
    <message>
        <source>Open the window on this unit (its code).</source>
        <translation>Mở cửa sổ tại đơn vị này (theo mã của đơn vị).</translation>
    </message>
    <message>
        <source>Open the window on this page: schedule, overview, exemplars, rewards, steering or campaign.</source>
        <translation>Mở cửa sổ tại trang này: schedule (lịch tổ chức), overview (tổng quan), exemplars (mô hình, điển hình), rewards (khen thưởng), steering (tổ chỉ đạo) hoặc campaign (đợt tổng kết).</translation>
    </message>
    <message>
        <source>With --screenshot: picture only this part of the window (an object name, such as unitDock).</source>
        <translation>Với --screenshot: chỉ chụp phần này của cửa sổ (tên đối tượng, ví dụ unitDock).</translation>
    </message>
</context>
</TS>
