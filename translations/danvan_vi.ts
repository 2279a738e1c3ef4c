<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>CampaignRepository</name>
    <message>
        <source>There is no campaign number %1 in this file.</source>
        <translation>Tệp này không có đợt tổng kết số %1.</translation>
    </message>
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
        <source>“%1” is not a level of this file; its levels are %2.</source>
        <translation>“%1” không phải là một cấp trong tệp này; các cấp trong tệp là %2.</translation>
    </message>
</context>
<context>
    <name>CampaignSpec</name>
    <message>
        <source>%1 is not valid JSON (at character %2: %3).</source>
        <translation>%1 không phải là JSON hợp lệ (tại ký tự thứ %2: %3).</translation>
    </message>
    <message>
        <source>%1: the field “%2” is missing or empty.</source>
        <translation>%1: thiếu trường “%2” hoặc trường này để trống.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1: the field “starts_on” must be a date written yyyy-MM-dd.</source>
        <translation>%1: trường “starts_on” phải là một ngày viết theo dạng yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>%1: a key date must be written yyyy-MM-dd.</source>
        <translation>%1: ngày mốc phải viết theo dạng yyyy-MM-dd.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>(see danvan-cli %1 --help)</source>
        <translation>(xem danvan-cli %1 --help)</translation>
    </message>
    <message>
        <source>Usage: danvan-cli [--lang vi|en] COMMAND [options]

Follows the summary conferences of the “Dân vận khéo” movement in a danvan database file.

Commands:
  init DB [--example]          create a database (with the Kiên Giang 2016–2020 example)
  import-units DB FILE         import units from the national register&apos;s CSV or a hierarchy CSV
  conference DB --unit CODE    record a unit&apos;s conference (scheduled, held, attendees, ...)
  deadline DB --level LEVEL    set a level&apos;s deadline, or a unit&apos;s own tighter one
  pilot DB --unit CODE         mark a pilot unit with its own deadline
  summary DB                   print the state of the database as JSON

Run “danvan-cli COMMAND --help” for a command&apos;s options. Exit codes: 0 done, 1 failed, 2 wrong usage.
</source>
        <translation>Cách dùng: danvan-cli [--lang vi|en] LỆNH [tùy chọn]

Theo dõi các hội nghị tổng kết phong trào thi đua “Dân vận khéo” trong một tệp cơ sở dữ liệu danvan.

Các lệnh:
  init DB [--example]          tạo cơ sở dữ liệu (có thể kèm ví dụ Kiên Giang 2016–2020)
  import-units DB FILE         nhập đơn vị từ tệp CSV của danh mục đơn vị hành chính hoặc tệp CSV phân cấp
  conference DB --unit MÃ      ghi hội nghị của một đơn vị (ngày dự kiến, ngày tổ chức, số người dự, ...)
  deadline DB --level CẤP      đặt thời hạn cho một cấp, hoặc thời hạn riêng sớm hơn của một đơn vị
  pilot DB --unit MÃ           chọn đơn vị điểm với thời hạn riêng
  summary DB                   in tình trạng của cơ sở dữ liệu dưới dạng JSON

Chạy “danvan-cli LỆNH --help” để xem các tùy chọn của từng lệnh. Mã thoát: 0 thành công, 1 thất bại, 2 dùng sai cú pháp.
</translation>
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
        <source>Imports units from the national register&apos;s export saved as CSV (columns Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp, and optionally Tên Tiếng Anh), or from a hierarchy CSV (code, name, kind, parent_code). Units are matched by code: a newer edition renames, moves, adds and retires; nothing is ever deleted. A broken file changes nothing.</source>
        <translation>Nhập đơn vị từ bảng danh mục đơn vị hành chính đã xuất và lưu dưới dạng CSV (các cột Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp, có thể thêm Tên Tiếng Anh), hoặc từ tệp CSV phân cấp (code, name, kind, parent_code). Đơn vị được đối chiếu theo mã: bản danh mục mới hơn sẽ đổi tên, đổi nơi trực thuộc, thêm mới và cho hết hiệu lực các đơn vị; không đơn vị nào bị xóa. Tệp có lỗi thì không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The day the file&apos;s edition takes effect (default: today). Units it no longer lists end the day before.</source>
        <translation>Ngày bản danh mục trong tệp có hiệu lực (mặc định: hôm nay). Đơn vị nào tệp không còn liệt kê thì chỉ còn hiệu lực đến hết ngày hôm trước.</translation>
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
        <source>--attendees: “%1” is not a number of people; write a whole number, 0 or more.</source>
        <translation>--attendees: “%1” không phải là số người; hãy viết một số nguyên từ 0 trở lên.</translation>
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
        <source>province, district or commune (default: the unit&apos;s own level).</source>
        <translation>province (cấp tỉnh), district (cấp huyện) hoặc commune (cấp cơ sở); mặc định là cấp của chính đơn vị.</translation>
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
    <message numerus="yes">
        <source>The file has %n campaign(s); choose one with --campaign.</source>
        <translation>
            <numerusform>Tệp có %n đợt tổng kết; hãy chọn một đợt bằng --campaign.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deadline of the level %1 is now %2 (%3).</source>
        <translation>Thời hạn của cấp %1 nay là %2 (%3).</translation>
    </message>
    <message>
        <source>%1 (%2) no longer sets its own deadline for the level %3.</source>
        <translation>%1 (%2) không còn đặt thời hạn riêng cho cấp %3.</translation>
    </message>
    <message>
        <source>%1 (%2) now sets the deadline %3 (%4) for the level %5.</source>
        <translation>%1 (%2) nay đặt thời hạn %3 (%4) cho cấp %5.</translation>
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
        <source>Prints the state of the database as JSON: units in force per level, retired units, and for each campaign its levels, deadlines, pilots, units&apos; own deadlines, conference counts as of the day, the overdue list and order warnings.</source>
        <translation>In tình trạng của cơ sở dữ liệu dưới dạng JSON: số đơn vị còn hiệu lực ở từng cấp, các đơn vị đã hết hiệu lực, và với mỗi đợt tổng kết: các cấp, thời hạn, đơn vị điểm, thời hạn riêng của các đơn vị, số hội nghị tính đến ngày xét, danh sách quá hạn và các cảnh báo về thứ tự tổ chức.</translation>
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
        <source>“%1” is not a danvan database: it is not an SQLite file at all.</source>
        <translation>“%1” không phải là cơ sở dữ liệu danvan: đây hoàn toàn không phải tệp SQLite.</translation>
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
        <source>The file “%1” does not exist.</source>
        <translation>Tệp “%1” không tồn tại.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a danvan database.</source>
        <translation>“%1” là thư mục, không phải cơ sở dữ liệu danvan.</translation>
    </message>
    <message>
        <source>“%1” is read-only. danvan needs to write to the file it works on: copy it to a folder of yours and open the copy.</source>
        <translation>“%1” chỉ cho phép đọc, nhưng danvan cần ghi vào tệp đang làm việc: hãy chép tệp vào một thư mục của bạn rồi mở bản chép đó.</translation>
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
        <source>“%1” is an empty file, not a danvan database.</source>
        <translation>“%1” là tệp rỗng, không phải cơ sở dữ liệu danvan.</translation>
    </message>
    <message>
        <source>danvan is not allowed to read “%1”. Check the file&apos;s permissions.</source>
        <translation>danvan không được phép đọc “%1”. Hãy kiểm tra quyền truy cập tệp.</translation>
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
</context>
<context>
    <name>ImportReport</name>
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
</context>
<context>
    <name>ImportUnitsDialog</name>
    <message>
        <source>Import units</source>
        <translation>Nhập đơn vị</translation>
    </message>
    <message>
        <source>Choose the national register&apos;s list of units saved as CSV (columns Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp), or a hierarchy file with the columns code, name, kind, parent_code for units the register does not hold.

Units are matched by their code. A newer edition renames, moves and adds units, and retires those it no longer lists: nothing is deleted, and past conferences keep their units. A file with an error changes nothing.</source>
        <translation>Chọn tệp danh sách đơn vị của danh mục đơn vị hành chính đã lưu dưới dạng CSV (các cột Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp), hoặc tệp phân cấp có các cột code, name, kind, parent_code cho những đơn vị không có trong danh mục.

Đơn vị được đối chiếu theo mã. Bản danh mục mới hơn sẽ đổi tên, đổi nơi trực thuộc, thêm đơn vị mới và cho hết hiệu lực những đơn vị không còn trong danh mục: không đơn vị nào bị xóa, các hội nghị đã qua vẫn giữ nguyên đơn vị của mình. Tệp có lỗi thì không có gì bị thay đổi.</translation>
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
        <source>&amp;Campaign:</source>
        <translation>Đợt tổng &amp;kết:</translation>
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
        <source>This file has no campaign yet.</source>
        <translation>Tệp này chưa có đợt tổng kết nào.</translation>
    </message>
    <message>
        <source>This file has no units yet. Import the national register&apos;s list of units with File → Import units.</source>
        <translation>Tệp này chưa có đơn vị nào. Hãy nhập danh sách đơn vị của danh mục đơn vị hành chính bằng Tệp → Nhập đơn vị.</translation>
    </message>
    <message>
        <source>New file</source>
        <translation>Tệp mới</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new name, or open it with File → Open.</source>
        <translation>“%1” đã tồn tại. Hãy chọn tên khác, hoặc mở tệp đó bằng Tệp → Mở.</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Không mở được tệp</translation>
    </message>
    <message>
        <source>Cannot create the example</source>
        <translation>Không tạo được dữ liệu ví dụ</translation>
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
        <source>Cannot read the file</source>
        <translation>Không đọc được tệp</translation>
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
        <source>Conference schedule</source>
        <translation>Lịch tổ chức hội nghị</translation>
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
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Conference schedule · deadlines: %1</source>
        <translation>Lịch tổ chức hội nghị · thời hạn: %1</translation>
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
    <name>QUndoStack</name>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Làm lại %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Hoàn tác %1</translation>
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
</context>
<context>
    <name>UnitImporter</name>
    <message>
        <source>%1, line %2: the row has %3 fields but the header has %4. Check the row for a missing or extra separator (“%5”), or quotes around a name that contains one.</source>
        <translation>%1, dòng %2: dòng này có %3 trường nhưng dòng tiêu đề có %4. Hãy kiểm tra xem dòng có thiếu hoặc thừa dấu phân cách (“%5”) không, hoặc có tên nào chứa dấu phân cách mà chưa đặt trong ngoặc kép không.</translation>
    </message>
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
    <name>UnitRepository</name>
    <message>
        <source>There is no unit number %1 in this file.</source>
        <translation>Tệp này không có đơn vị số %1.</translation>
    </message>
    <message>
        <source>No unit has the code “%1”.</source>
        <translation>Không có đơn vị nào mang mã “%1”.</translation>
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
</context>
</TS>
