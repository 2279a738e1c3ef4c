<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CampaignRepository</name>
    <message>
        <source>There is no campaign number %1 in this file.</source>
        <translation>There is no campaign number %1 in this file.</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>A campaign needs a name.</translation>
    </message>
    <message>
        <source>A campaign needs at least one level taking part.</source>
        <translation>A campaign needs at least one level taking part.</translation>
    </message>
    <message>
        <source>A campaign needs the date it starts.</source>
        <translation>A campaign needs the date it starts.</translation>
    </message>
    <message>
        <source>No unit in force on %1 under the chosen root is at a level taking part, so the campaign would be empty.</source>
        <translation>No unit in force on %1 under the chosen root is at a level taking part, so the campaign would be empty.</translation>
    </message>
    <message>
        <source>%1 does not take part in campaign number %2.</source>
        <translation>%1 does not take part in campaign number %2.</translation>
    </message>
    <message>
        <source>The level “%1” does not take part in campaign number %2.</source>
        <translation>The level “%1” does not take part in campaign number %2.</translation>
    </message>
    <message>
        <source>“%1” is not a level of this file; its levels are %2.</source>
        <translation>“%1” is not a level of this file; its levels are %2.</translation>
    </message>
</context>
<context>
    <name>CampaignSpec</name>
    <message>
        <source>%1 is not valid JSON (at character %2: %3).</source>
        <translation>%1 is not valid JSON (at character %2: %3).</translation>
    </message>
    <message>
        <source>%1: the field “%2” is missing or empty.</source>
        <translation>%1: the field “%2” is missing or empty.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1: the field “starts_on” must be a date written yyyy-MM-dd.</source>
        <translation>%1: the field “starts_on” must be a date written yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>%1: a key date must be written yyyy-MM-dd.</source>
        <translation>%1: a key date must be written yyyy-MM-dd.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>(see danvan-cli %1 --help)</source>
        <translation>(see danvan-cli %1 --help)</translation>
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
        <translation>Usage: danvan-cli [--lang vi|en] COMMAND [options]

Follows the summary conferences of the “Dân vận khéo” movement in a danvan database file.

Commands:
  init DB [--example]          create a database (with the Kiên Giang 2016–2020 example)
  import-units DB FILE         import units from the national register&apos;s CSV or a hierarchy CSV
  conference DB --unit CODE    record a unit&apos;s conference (scheduled, held, attendees, ...)
  deadline DB --level LEVEL    set a level&apos;s deadline, or a unit&apos;s own tighter one
  pilot DB --unit CODE         mark a pilot unit with its own deadline
  summary DB                   print the state of the database as JSON

Run “danvan-cli COMMAND --help” for a command&apos;s options. Exit codes: 0 done, 1 failed, 2 wrong usage.
</translation>
    </message>
    <message>
        <source>“%1” is not a language; use vi or en.</source>
        <translation>“%1” is not a language; use vi or en.</translation>
    </message>
    <message>
        <source>danvan-cli: “%1” is not a command. Run danvan-cli --help to see the commands.</source>
        <translation>danvan-cli: “%1” is not a command. Run danvan-cli --help to see the commands.</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Shows this help.</translation>
    </message>
    <message numerus="yes">
        <source>%n argument(s) expected after the command.</source>
        <translation>
            <numerusform>%n argument expected after the command.</numerusform>
            <numerusform>%n arguments expected after the command.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creates a new danvan database. With --example it holds the Kiên Giang 2016–2020 campaign: the province, its 15 district-level units and 145 communes, the deadlines of Công văn 1029-CV/TU, Châu Thành&apos;s own deadline and the two pilots.</source>
        <translation>Creates a new danvan database. With --example it holds the Kiên Giang 2016–2020 campaign: the province, its 15 district-level units and 145 communes, the deadlines of Công văn 1029-CV/TU, Châu Thành&apos;s own deadline and the two pilots.</translation>
    </message>
    <message>
        <source>Fill it with the Kiên Giang example.</source>
        <translation>Fill it with the Kiên Giang example.</translation>
    </message>
    <message>
        <source>“%1” already exists; init only creates new files.</source>
        <translation>“%1” already exists; init only creates new files.</translation>
    </message>
    <message>
        <source>Created %1 with the Kiên Giang 2016–2020 example (campaign %2).</source>
        <translation>Created %1 with the Kiên Giang 2016–2020 example (campaign %2).</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Created %1.</translation>
    </message>
    <message>
        <source>Imports units from the national register&apos;s export saved as CSV (columns Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp, and optionally Tên Tiếng Anh), or from a hierarchy CSV (code, name, kind, parent_code). Units are matched by code: a newer edition renames, moves, adds and retires; nothing is ever deleted. A broken file changes nothing.</source>
        <translation>Imports units from the national register&apos;s export saved as CSV (columns Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp, and optionally Tên Tiếng Anh), or from a hierarchy CSV (code, name, kind, parent_code). Units are matched by code: a newer edition renames, moves, adds and retires; nothing is ever deleted. A broken file changes nothing.</translation>
    </message>
    <message>
        <source>The day the file&apos;s edition takes effect (default: today). Units it no longer lists end the day before.</source>
        <translation>The day the file&apos;s edition takes effect (default: today). Units it no longer lists end the day before.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>--effective: “%1” is not a date; write dd/MM/yyyy or yyyy-MM-dd.</source>
        <translation>--effective: “%1” is not a date; write dd/MM/yyyy or yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>Records a unit&apos;s conference in a campaign. Only the fields given change; an empty value (&quot;&quot;) clears a field. Dates are dd/MM/yyyy or yyyy-MM-dd.</source>
        <translation>Records a unit&apos;s conference in a campaign. Only the fields given change; an empty value (&quot;&quot;) clears a field. Dates are dd/MM/yyyy or yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>The unit&apos;s register code.</source>
        <translation>The unit&apos;s register code.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The campaign&apos;s number (needed when the unit takes part in several).</source>
        <translation>The campaign&apos;s number (needed when the unit takes part in several).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The day it is planned for.</source>
        <translation>The day it is planned for.</translation>
    </message>
    <message>
        <source>Where it is held.</source>
        <translation>Where it is held.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The day it was held.</source>
        <translation>The day it was held.</translation>
    </message>
    <message>
        <source>Who chaired it.</source>
        <translation>Who chaired it.</translation>
    </message>
    <message>
        <source>How many attended.</source>
        <translation>How many attended.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The day its report was received.</source>
        <translation>The day its report was received.</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>A note.</translation>
    </message>
    <message>
        <source>--unit CODE is required.</source>
        <translation>--unit CODE is required.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a date; write dd/MM/yyyy or yyyy-MM-dd.</source>
        <translation>--%1: “%2” is not a date; write dd/MM/yyyy or yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>--attendees: “%1” is not a number of people; write a whole number, 0 or more.</source>
        <translation>--attendees: “%1” is not a number of people; write a whole number, 0 or more.</translation>
    </message>
    <message>
        <source>--campaign: “%1” is not a campaign number.</source>
        <translation>--campaign: “%1” is not a campaign number.</translation>
    </message>
    <message>
        <source>%1 (%2) takes part in no campaign.</source>
        <translation>%1 (%2) takes part in no campaign.</translation>
    </message>
    <message>
        <source>%1 (%2) takes part in campaigns %3; choose one with --campaign.</source>
        <translation>%1 (%2) takes part in campaigns %3; choose one with --campaign.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Saved the conference of %1 (%2) in campaign %3: %4.</source>
        <translation>Saved the conference of %1 (%2) in campaign %3: %4.</translation>
    </message>
    <message>
        <source>Sets a deadline, written as directives write it (“cuối tháng 6-2020”, “tháng 5/2020”, “trước ngày 15/10/2020”, “30/06/2020”, ...). Without --unit it is the campaign&apos;s deadline for the level; with --unit it is that unit&apos;s own deadline for the level in its part of the tree, which may be tighter than the one above it, never looser.</source>
        <translation>Sets a deadline, written as directives write it (“cuối tháng 6-2020”, “tháng 5/2020”, “trước ngày 15/10/2020”, “30/06/2020”, ...). Without --unit it is the campaign&apos;s deadline for the level; with --unit it is that unit&apos;s own deadline for the level in its part of the tree, which may be tighter than the one above it, never looser.</translation>
    </message>
    <message>
        <source>The campaign&apos;s number (default: the only one).</source>
        <translation>The campaign&apos;s number (default: the only one).</translation>
    </message>
    <message>
        <source>province, district or commune (default: the unit&apos;s own level).</source>
        <translation>province, district or commune (default: the unit&apos;s own level).</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>The register code of the unit setting it.</source>
        <translation>The register code of the unit setting it.</translation>
    </message>
    <message>
        <source>The deadline phrase.</source>
        <translation>The deadline phrase.</translation>
    </message>
    <message>
        <source>PHRASE</source>
        <translation>PHRASE</translation>
    </message>
    <message>
        <source>Remove the unit&apos;s own deadline.</source>
        <translation>Remove the unit&apos;s own deadline.</translation>
    </message>
    <message>
        <source>Give either --text PHRASE or --remove.</source>
        <translation>Give either --text PHRASE or --remove.</translation>
    </message>
    <message>
        <source>Give --level for a campaign&apos;s deadline, or --unit for a unit&apos;s own.</source>
        <translation>Give --level for a campaign&apos;s deadline, or --unit for a unit&apos;s own.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n campaign(s); choose one with --campaign.</source>
        <translation>
            <numerusform>The file has %n campaign; choose one with --campaign.</numerusform>
            <numerusform>The file has %n campaigns; choose one with --campaign.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deadline of the level %1 is now %2 (%3).</source>
        <translation>The deadline of the level %1 is now %2 (%3).</translation>
    </message>
    <message>
        <source>%1 (%2) no longer sets its own deadline for the level %3.</source>
        <translation>%1 (%2) no longer sets its own deadline for the level %3.</translation>
    </message>
    <message>
        <source>%1 (%2) now sets the deadline %3 (%4) for the level %5.</source>
        <translation>%1 (%2) now sets the deadline %3 (%4) for the level %5.</translation>
    </message>
    <message>
        <source>Marks a unit as the pilot (đơn vị điểm) of its level, with its own deadline, which may not be later than the unit&apos;s deadline without it; or removes the mark.</source>
        <translation>Marks a unit as the pilot (đơn vị điểm) of its level, with its own deadline, which may not be later than the unit&apos;s deadline without it; or removes the mark.</translation>
    </message>
    <message>
        <source>The pilot unit&apos;s register code.</source>
        <translation>The pilot unit&apos;s register code.</translation>
    </message>
    <message>
        <source>The pilot&apos;s deadline phrase.</source>
        <translation>The pilot&apos;s deadline phrase.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) takes part in %n campaign(s); choose one with --campaign.</source>
        <translation>
            <numerusform>%1 (%2) takes part in %n campaign; choose one with --campaign.</numerusform>
            <numerusform>%1 (%2) takes part in %n campaigns; choose one with --campaign.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) is no longer a pilot.</source>
        <translation>%1 (%2) is no longer a pilot.</translation>
    </message>
    <message>
        <source>%1 (%2) is the pilot of its level, with the deadline %3 (%4).</source>
        <translation>%1 (%2) is the pilot of its level, with the deadline %3 (%4).</translation>
    </message>
    <message>
        <source>Prints the state of the database as JSON: units in force per level, retired units, and for each campaign its levels, deadlines, pilots, units&apos; own deadlines, conference counts as of the day, the overdue list and order warnings.</source>
        <translation>Prints the state of the database as JSON: units in force per level, retired units, and for each campaign its levels, deadlines, pilots, units&apos; own deadlines, conference counts as of the day, the overdue list and order warnings.</translation>
    </message>
    <message>
        <source>Only this campaign.</source>
        <translation>Only this campaign.</translation>
    </message>
    <message>
        <source>The day to evaluate (default: today).</source>
        <translation>The day to evaluate (default: today).</translation>
    </message>
    <message>
        <source>--today: “%1” is not a date; write yyyy-MM-dd.</source>
        <translation>--today: “%1” is not a date; write yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>Remove the pilot mark.</source>
        <translation>Remove the pilot mark.</translation>
    </message>
    <message>
        <source>(see danvan-cli --help)</source>
        <translation>(see danvan-cli --help)</translation>
    </message>
</context>
<context>
    <name>Conference</name>
    <message>
        <source>The number of attendees cannot be negative.</source>
        <translation>The number of attendees cannot be negative.</translation>
    </message>
    <message>
        <source>A report cannot be received before the conference is held: enter the date it was held first.</source>
        <translation>A report cannot be received before the conference is held: enter the date it was held first.</translation>
    </message>
    <message>
        <source>The report was received on %1, before the conference was held on %2. Check both dates.</source>
        <translation>The report was received on %1, before the conference was held on %2. Check both dates.</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Not scheduled</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Report received</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1, line %2: the file contains a NUL byte, so it is not a text file. Save it from the spreadsheet as “CSV UTF-8”.</source>
        <translation>%1, line %2: the file contains a NUL byte, so it is not a text file. Save it from the spreadsheet as “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>%1, line %2: the text is not UTF-8 (it may be Windows-1258, TCVN3 or VNI). Open the file in a spreadsheet and save it again as “CSV UTF-8”.</source>
        <translation>%1, line %2: the text is not UTF-8 (it may be Windows-1258, TCVN3 or VNI). Open the file in a spreadsheet and save it again as “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>%1: the file looks like UTF-16 text but cannot be decoded. Save it from the spreadsheet as “CSV UTF-8”.</source>
        <translation>%1: the file looks like UTF-16 text but cannot be decoded. Save it from the spreadsheet as “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>%1, line %2: the file contains a NUL character, so it is not a text file. Save it from the spreadsheet as “CSV UTF-8”.</source>
        <translation>%1, line %2: the file contains a NUL character, so it is not a text file. Save it from the spreadsheet as “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed (a &quot; is missing).</source>
        <translation>%1, line %2: a quoted field is never closed (a &quot; is missing).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file “%1” is busy: another danvan window or command is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>The file “%1” is busy: another danvan window or command is writing to it. Nothing was changed; try again in a moment.</translation>
    </message>
    <message>
        <source>The disk that holds “%1” is full. Nothing was changed; free some space and try again.</source>
        <translation>The disk that holds “%1” is full. Nothing was changed; free some space and try again.</translation>
    </message>
    <message>
        <source>“%1” can only be read, so the change was not saved. Check the file&apos;s permissions or save a copy elsewhere.</source>
        <translation>“%1” can only be read, so the change was not saved. Check the file&apos;s permissions or save a copy elsewhere.</translation>
    </message>
    <message>
        <source>“%1” is damaged. Open a backup copy instead.</source>
        <translation>“%1” is damaged. Open a backup copy instead.</translation>
    </message>
    <message>
        <source>danvan could not work with “%1”: %2</source>
        <translation>danvan could not work with “%1”: %2</translation>
    </message>
    <message>
        <source>danvan cannot open “%1”: %2</source>
        <translation>danvan cannot open “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is not a danvan database: it is not an SQLite file at all.</source>
        <translation>“%1” is not a danvan database: it is not an SQLite file at all.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read. Open a backup copy instead.</source>
        <translation>“%1” is damaged and cannot be read. Open a backup copy instead.</translation>
    </message>
    <message>
        <source>danvan cannot read “%1”: %2</source>
        <translation>danvan cannot read “%1”: %2</translation>
    </message>
    <message>
        <source>Before updating “%1” to this version of danvan, a copy must be saved as “%2”, and that failed: %3. The file was not changed.</source>
        <translation>Before updating “%1” to this version of danvan, a copy must be saved as “%2”, and that failed: %3. The file was not changed.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>The file “%1” does not exist.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a danvan database.</source>
        <translation>“%1” is a folder, not a danvan database.</translation>
    </message>
    <message>
        <source>“%1” is read-only. danvan needs to write to the file it works on: copy it to a folder of yours and open the copy.</source>
        <translation>“%1” is read-only. danvan needs to write to the file it works on: copy it to a folder of yours and open the copy.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>The folder “%1” cannot be created.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a danvan file. It was not changed.</source>
        <translation>“%1” is an SQLite database of another program, not a danvan file. It was not changed.</translation>
    </message>
    <message>
        <source>“%1” is an empty database, not a danvan file.</source>
        <translation>“%1” is an empty database, not a danvan file.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of danvan (data version %2; this one knows up to %3). Open it with the newer danvan; the file was not changed.</source>
        <translation>“%1” was saved by a newer version of danvan (data version %2; this one knows up to %3). Open it with the newer danvan; the file was not changed.</translation>
    </message>
    <message>
        <source>“%1” is damaged (SQLite&apos;s check found: %2). Open a backup copy instead.</source>
        <translation>“%1” is damaged (SQLite&apos;s check found: %2). Open a backup copy instead.</translation>
    </message>
    <message>
        <source>“%1” could not be brought up to data version %2: %3. The file was not changed.</source>
        <translation>“%1” could not be brought up to data version %2: %3. The file was not changed.</translation>
    </message>
    <message>
        <source>“%1” is an empty file, not a danvan database.</source>
        <translation>“%1” is an empty file, not a danvan database.</translation>
    </message>
    <message>
        <source>danvan is not allowed to read “%1”. Check the file&apos;s permissions.</source>
        <translation>danvan is not allowed to read “%1”. Check the file&apos;s permissions.</translation>
    </message>
</context>
<context>
    <name>DeadlineRules</name>
    <message>
        <source>no deadline set</source>
        <translation>no deadline set</translation>
    </message>
    <message>
        <source>the campaign&apos;s deadline for the level</source>
        <translation>the campaign&apos;s deadline for the level</translation>
    </message>
    <message>
        <source>set by %1</source>
        <translation>set by %1</translation>
    </message>
    <message>
        <source>pilot unit&apos;s own deadline</source>
        <translation>pilot unit&apos;s own deadline</translation>
    </message>
    <message>
        <source>%1 does not take part in the campaign “%2”.</source>
        <translation>%1 does not take part in the campaign “%2”.</translation>
    </message>
    <message>
        <source>The level “%1” does not take part in the campaign “%2”.</source>
        <translation>The level “%1” does not take part in the campaign “%2”.</translation>
    </message>
    <message>
        <source>%1 can set deadlines for its own level and the levels below it, not for a level above.</source>
        <translation>%1 can set deadlines for its own level and the levels below it, not for a level above.</translation>
    </message>
    <message>
        <source>The deadline is empty.</source>
        <translation>The deadline is empty.</translation>
    </message>
    <message>
        <source>the campaign</source>
        <translation>the campaign</translation>
    </message>
    <message>
        <source>The deadline “%1” (%2) is later than “%3” (%4), set by %5. A unit may set a tighter deadline than the one above it, never a looser one.</source>
        <translation>The deadline “%1” (%2) is later than “%3” (%4), set by %5. A unit may set a tighter deadline than the one above it, never a looser one.</translation>
    </message>
    <message>
        <source>A pilot needs its own deadline.</source>
        <translation>A pilot needs its own deadline.</translation>
    </message>
    <message>
        <source>The pilot deadline “%1” (%2) is later than “%3” (%4), set by %5. A pilot holds its conference before the others, so its deadline must be the same or earlier.</source>
        <translation>The pilot deadline “%1” (%2) is later than “%3” (%4), set by %5. A pilot holds its conference before the others, so its deadline must be the same or earlier.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%n unit(s) read: %1 added, %2 renamed, %3 moved, %4 retired.</source>
        <translation>
            <numerusform>%n unit read: %1 added, %2 renamed, %3 moved, %4 retired.</numerusform>
            <numerusform>%n units read: %1 added, %2 renamed, %3 moved, %4 retired.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retired unit(s) are in force again.</source>
        <translation>
            <numerusform>%n retired unit is in force again.</numerusform>
            <numerusform>%n retired units are in force again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) joined ongoing campaigns.</source>
        <translation>
            <numerusform>%n unit joined ongoing campaigns.</numerusform>
            <numerusform>%n units joined ongoing campaigns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportUnitsDialog</name>
    <message>
        <source>Import units</source>
        <translation>Import units</translation>
    </message>
    <message>
        <source>Choose the national register&apos;s list of units saved as CSV (columns Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp), or a hierarchy file with the columns code, name, kind, parent_code for units the register does not hold.

Units are matched by their code. A newer edition renames, moves and adds units, and retires those it no longer lists: nothing is deleted, and past conferences keep their units. A file with an error changes nothing.</source>
        <translation>Choose the national register&apos;s list of units saved as CSV (columns Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp), or a hierarchy file with the columns code, name, kind, parent_code for units the register does not hold.

Units are matched by their code. A newer edition renames, moves and adds units, and retires those it no longer lists: nothing is deleted, and past conferences keep their units. A file with an error changes nothing.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;In force from:</source>
        <translation>&amp;In force from:</translation>
    </message>
    <message>
        <source>Units the file no longer lists end the day before; units it adds start on this day.</source>
        <translation>Units the file no longer lists end the day before; units it adds start on this day.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Choose a units file</source>
        <translation>Choose a units file</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>Create a new, empty danvan file</source>
        <translation>Create a new, empty danvan file</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open another danvan file</source>
        <translation>Open another danvan file</translation>
    </message>
    <message>
        <source>&amp;Import units…</source>
        <translation>&amp;Import units…</translation>
    </message>
    <message>
        <source>Import units from the national register&apos;s CSV export or a hierarchy file</source>
        <translation>Import units from the national register&apos;s CSV export or a hierarchy file</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Show the statuses as of today (Ctrl+T)</source>
        <translation>Show the statuses as of today (Ctrl+T)</translation>
    </message>
    <message>
        <source>Show &amp;retired units</source>
        <translation>Show &amp;retired units</translation>
    </message>
    <message>
        <source>&amp;About danvan</source>
        <translation>&amp;About danvan</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaign:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;As of:</translation>
    </message>
    <message>
        <source>The day the statuses are computed for: today, or a day you pick to see the situation then</source>
        <translation>The day the statuses are computed for: today, or a day you pick to see the situation then</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Search units (accents not needed)</source>
        <translation>Search units (accents not needed)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>This file has no campaign yet.</source>
        <translation>This file has no campaign yet.</translation>
    </message>
    <message>
        <source>This file has no units yet. Import the national register&apos;s list of units with File → Import units.</source>
        <translation>This file has no units yet. Import the national register&apos;s list of units with File → Import units.</translation>
    </message>
    <message>
        <source>New file</source>
        <translation>New file</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new name, or open it with File → Open.</source>
        <translation>“%1” already exists. Choose a new name, or open it with File → Open.</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <source>Cannot create the example</source>
        <translation>Cannot create the example</translation>
    </message>
    <message>
        <source>File updated</source>
        <translation>File updated</translation>
    </message>
    <message>
        <source>“%1” was made by an older danvan and has been updated. A copy of it as it was is kept in “%2”.</source>
        <translation>“%1” was made by an older danvan and has been updated. A copy of it as it was is kept in “%2”.</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Cannot read the file</translation>
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
        <translation>Conference schedule</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As of %1: %n unit(s) taking part</source>
        <translation>
            <numerusform>As of %1: %n unit taking part</numerusform>
            <numerusform>As of %1: %n units taking part</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <translation>
            <numerusform>%n held</numerusform>
            <numerusform>%n held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled</source>
        <translation>
            <numerusform>%n scheduled</numerusform>
            <numerusform>%n scheduled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n due soon</numerusform>
            <numerusform>%n due soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held before the units below</source>
        <translation>
            <numerusform>%n held before the units below</numerusform>
            <numerusform>%n held before the units below</numerusform>
        </translation>
    </message>
    <message>
        <source>New danvan file</source>
        <translation>New danvan file</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>danvan files (*.sqlite *.db)</source>
        <translation>danvan files (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Open a danvan file</source>
        <translation>Open a danvan file</translation>
    </message>
    <message>
        <source>danvan files (*.sqlite *.db);;All files (*)</source>
        <translation>danvan files (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>The units were not imported</source>
        <translation>The units were not imported</translation>
    </message>
    <message>
        <source>Nothing was changed. Correct the file and import it again.</source>
        <translation>Nothing was changed. Correct the file and import it again.</translation>
    </message>
    <message>
        <source>Units imported</source>
        <translation>Units imported</translation>
    </message>
    <message>
        <source>About danvan</source>
        <translation>About danvan</translation>
    </message>
    <message>
        <source>danvan %1

Follows the summary conferences of the “Dân vận khéo” movement at every level: deadlines, pilots, who is on time and who is late, and what each conference reported.

Free software under the MIT licence.</source>
        <translation>danvan %1

Follows the summary conferences of the “Dân vận khéo” movement at every level: deadlines, pilots, who is on time and who is late, and what each conference reported.

Free software under the MIT licence.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Conference schedule · deadlines: %1</source>
        <translation>Conference schedule · deadlines: %1</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>January</source>
        <translation>January</translation>
    </message>
    <message>
        <source>February</source>
        <translation>February</translation>
    </message>
    <message>
        <source>March</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>June</source>
        <translation>June</translation>
    </message>
    <message>
        <source>July</source>
        <translation>July</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>December</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a month and its year, as in “June 2020”</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>before %1</translation>
    </message>
    <message>
        <source>first ten days of %1</source>
        <translation>first ten days of %1</translation>
    </message>
    <message>
        <source>middle ten days of %1</source>
        <translation>middle ten days of %1</translation>
    </message>
    <message>
        <source>last ten days of %1</source>
        <translation>last ten days of %1</translation>
    </message>
    <message>
        <source>quarter %1 of %2</source>
        <translation>quarter %1 of %2</translation>
    </message>
    <message>
        <source>“%1” is not a deadline danvan can read. Write it as directives do, for example “cuối tháng 6-2020”, “đầu tháng 6/2020”, “giữa tháng 9-2020”, “tháng 5/2020”, “quý II/2020”, “trước ngày 15/10/2020”, “chậm nhất ngày 30/6/2020” or “30/06/2020”.</source>
        <translation>“%1” is not a deadline danvan can read. Write it as directives do, for example “cuối tháng 6-2020”, “đầu tháng 6/2020”, “giữa tháng 9-2020”, “tháng 5/2020”, “quý II/2020”, “trước ngày 15/10/2020”, “chậm nhất ngày 30/6/2020” or “30/06/2020”.</translation>
    </message>
    <message>
        <source>The deadline is empty. Write it as directives do, for example “cuối tháng 6-2020” or “30/06/2020”.</source>
        <translation>The deadline is empty. Write it as directives do, for example “cuối tháng 6-2020” or “30/06/2020”.</translation>
    </message>
    <message>
        <source>“%1” has no year. Add it, as in “cuối tháng 6-2020”.</source>
        <translation>“%1” has no year. Add it, as in “cuối tháng 6-2020”.</translation>
    </message>
    <message>
        <source>“%1”: there is no month %2. Months run from 1 to 12.</source>
        <translation>“%1”: there is no month %2. Months run from 1 to 12.</translation>
    </message>
    <message>
        <source>“%1”: the day %2/%3/%4 does not exist.</source>
        <translation>“%1”: the day %2/%3/%4 does not exist.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>Step &amp;down</source>
        <translation>Step &amp;down</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Step up</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Select All</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Unknown options: %1.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unknown option &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Displays help including Qt specific options.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Displays help on commandline options.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Unexpected value after &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Displays version information.</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments:</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Missing value after &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Float</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Undocks and re-attaches the dock widget</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Closes the dock widget</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Show </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Are you sure you want to delete &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>List of places and bookmarks</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Create a New Folder</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Find Directory</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Could not delete directory.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File not found.
Please verify the correct file name was given.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
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
        <translation>Print Preview</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Page Setup</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Page setup</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Show overview of all pages</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>First page</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Last page</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Show single page</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Export to PDF</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Show facing pages</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Scroll down</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation>Scroll here</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Scroll left</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Bottom</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Page up</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Page right</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Scroll up</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Scroll right</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Left edge</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Page down</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Page left</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Right edge</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Up</source>
        <translation>Up</translation>
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
        <translation>Down</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
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
        <translation>Right</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
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
        <translation>Redo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Redo %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>no deadline</source>
        <translation>no deadline</translation>
    </message>
    <message numerus="yes">
        <source>held %n day(s) late</source>
        <translation>
            <numerusform>held %n day late</numerusform>
            <numerusform>held %n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>held on time</source>
        <translation>held on time</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>%1; held before the units below it</source>
        <translation>%1; held before the units below it</translation>
    </message>
    <message>
        <source>No deadline is set for this level.</source>
        <translation>No deadline is set for this level.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>Held on %1 while %2 of the %3 units below it had not yet held theirs.</source>
        <translation>Held on %1 while %2 of the %3 units below it had not yet held theirs.</translation>
    </message>
    <message>
        <source>%1 of the %2 units below it have held their conference.</source>
        <translation>%1 of the %2 units below it have held their conference.</translation>
    </message>
    <message>
        <source>Held after the day shown, so it does not count yet.</source>
        <translation>Held after the day shown, so it does not count yet.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conference</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Planned for</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Timeliness</translation>
    </message>
</context>
<context>
    <name>UnitImporter</name>
    <message>
        <source>%1, line %2: the row has %3 fields but the header has %4. Check the row for a missing or extra separator (“%5”), or quotes around a name that contains one.</source>
        <translation>%1, line %2: the row has %3 fields but the header has %4. Check the row for a missing or extra separator (“%5”), or quotes around a name that contains one.</translation>
    </message>
    <message>
        <source>%1, line %2, column “%3”</source>
        <translation>%1, line %2, column “%3”</translation>
    </message>
    <message>
        <source>%1: the province is missing. Every row of the register names its province and the province&apos;s code.</source>
        <translation>%1: the province is missing. Every row of the register names its province and the province&apos;s code.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a province code; the register&apos;s province codes have two digits, such as “91”.</source>
        <translation>%1: “%2” is not a province code; the register&apos;s province codes have two digits, such as “91”.</translation>
    </message>
    <message>
        <source>%1: the district&apos;s name and code go together; one of them is missing.</source>
        <translation>%1: the district&apos;s name and code go together; one of them is missing.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a district code; the register&apos;s district codes have three digits, such as “905”.</source>
        <translation>%1: “%2” is not a district code; the register&apos;s district codes have three digits, such as “905”.</translation>
    </message>
    <message>
        <source>%1: the commune&apos;s name and code go together; one of them is missing.</source>
        <translation>%1: the commune&apos;s name and code go together; one of them is missing.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a commune code; the register&apos;s commune codes have five digits, such as “30898”.</source>
        <translation>%1: “%2” is not a commune code; the register&apos;s commune codes have five digits, such as “30898”.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a grassroots kind; write Xã, Phường, Thị trấn or Đặc khu.</source>
        <translation>%1: “%2” is not a grassroots kind; write Xã, Phường, Thị trấn or Đặc khu.</translation>
    </message>
    <message>
        <source>%1: the code %2 is used on line %3 for “%4” at another level. Each code names one unit.</source>
        <translation>%1: the code %2 is used on line %3 for “%4” at another level. Each code names one unit.</translation>
    </message>
    <message>
        <source>%1: the code %2 is “%3” here but “%4” on line %5. Each code names one unit; correct one of the two rows.</source>
        <translation>%1: the code %2 is “%3” here but “%4” on line %5. Each code names one unit; correct one of the two rows.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) belongs to %4 here but to %5 on line %6. A unit has one parent; correct one of the two rows.</source>
        <translation>%1: %2 (%3) belongs to %4 here but to %5 on line %6. A unit has one parent; correct one of the two rows.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>The file “%1” does not exist.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is empty. Export the register&apos;s list of units as CSV, or write a file with the columns code, name, kind, parent_code.</source>
        <translation>%1 is empty. Export the register&apos;s list of units as CSV, or write a file with the columns code, name, kind, parent_code.</translation>
    </message>
    <message>
        <source>%1, line 1: the column “%2” is missing. The register&apos;s export has the columns Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp (and Tên Tiếng Anh).</source>
        <translation>%1, line 1: the column “%2” is missing. The register&apos;s export has the columns Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp (and Tên Tiếng Anh).</translation>
    </message>
    <message>
        <source>%1, line 1: the column “%2” is missing. A hierarchy file has the columns code, name, kind, parent_code (and level, name_en).</source>
        <translation>%1, line 1: the column “%2” is missing. A hierarchy file has the columns code, name, kind, parent_code (and level, name_en).</translation>
    </message>
    <message>
        <source>%1: the code is missing. Every unit needs a code of its own, such as “91-DBKCQ”.</source>
        <translation>%1: the code is missing. Every unit needs a code of its own, such as “91-DBKCQ”.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a usable code; use letters, digits and . - _ / without spaces.</source>
        <translation>%1: “%2” is not a usable code; use letters, digits and . - _ / without spaces.</translation>
    </message>
    <message>
        <source>%1: the name is missing.</source>
        <translation>%1: the name is missing.</translation>
    </message>
    <message>
        <source>%1: the unit %2 cannot be its own parent.</source>
        <translation>%1: the unit %2 cannot be its own parent.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a level; write province, district or commune (tỉnh, huyện, cơ sở).</source>
        <translation>%1: “%2” is not a level; write province, district or commune (tỉnh, huyện, cơ sở).</translation>
    </message>
    <message>
        <source>%1: the code %2 is already used on line %3. Each code names one unit.</source>
        <translation>%1: the code %2 is already used on line %3. Each code names one unit.</translation>
    </message>
    <message>
        <source>%1, line 1: these are not the columns of the register&apos;s export (Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp) nor of a hierarchy file (code, name, kind, parent_code).</source>
        <translation>%1, line 1: these are not the columns of the register&apos;s export (Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp) nor of a hierarchy file (code, name, kind, parent_code).</translation>
    </message>
    <message>
        <source>%1 has a header but no units.</source>
        <translation>%1 has a header but no units.</translation>
    </message>
    <message>
        <source>%1: the unit %2 is its own ancestor through parent_code; a hierarchy cannot go round in a circle.</source>
        <translation>%1: the unit %2 is its own ancestor through parent_code; a hierarchy cannot go round in a circle.</translation>
    </message>
    <message>
        <source>%1: no unit has the code “%2”, in this file or in the database.</source>
        <translation>%1: no unit has the code “%2”, in this file or in the database.</translation>
    </message>
    <message>
        <source>%1: %2 is at the level “%3” but its parent %4 is at “%5”; a unit must be below its parent.</source>
        <translation>%1: %2 is at the level “%3” but its parent %4 is at “%5”; a unit must be below its parent.</translation>
    </message>
</context>
<context>
    <name>UnitKind</name>
    <message>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <source>township</source>
        <translation>township</translation>
    </message>
    <message>
        <source>Party committee</source>
        <translation>Party committee</translation>
    </message>
    <message>
        <source>special zone</source>
        <translation>special zone</translation>
    </message>
    <message>
        <source>ward</source>
        <translation>ward</translation>
    </message>
    <message>
        <source>town</source>
        <translation>town</translation>
    </message>
    <message>
        <source>district</source>
        <translation>district</translation>
    </message>
    <message>
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <source>urban district</source>
        <translation>urban district</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>commune</translation>
    </message>
</context>
<context>
    <name>UnitRepository</name>
    <message>
        <source>There is no unit number %1 in this file.</source>
        <translation>There is no unit number %1 in this file.</translation>
    </message>
    <message>
        <source>No unit has the code “%1”.</source>
        <translation>No unit has the code “%1”.</translation>
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
        <translation>Code %1</translation>
    </message>
    <message>
        <source>Under %1</source>
        <translation>Under %1</translation>
    </message>
    <message>
        <source>Retired: in force until %1</source>
        <translation>Retired: in force until %1</translation>
    </message>
    <message>
        <source>In force since %1</source>
        <translation>In force since %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Follows the summary conferences of the “Dân vận khéo” movement.</source>
        <translation>Follows the summary conferences of the “Dân vận khéo” movement.</translation>
    </message>
    <message>
        <source>The language of the window: vi or en.</source>
        <translation>The language of the window: vi or en.</translation>
    </message>
    <message>
        <source>Show the statuses as of this day.</source>
        <translation>Show the statuses as of this day.</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file once it is shown, then quit (for the documentation).</source>
        <translation>Save a picture of the window to this PNG file once it is shown, then quit (for the documentation).</translation>
    </message>
    <message>
        <source>The danvan file to open.</source>
        <translation>The danvan file to open.</translation>
    </message>
</context>
</TS>
