<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AddCatalogueEntryCommand</name>
    <message>
        <source>add the field of activity “%1”</source>
        <translation>add the field of activity “%1”</translation>
    </message>
    <message>
        <source>add the reward form “%1”</source>
        <translation>add the reward form “%1”</translation>
    </message>
</context>
<context>
    <name>AddUnitsDialog</name>
    <message>
        <source>Add units to follow</source>
        <translation>Add units to follow</translation>
    </message>
    <message>
        <source>name or code; accents may be left out</source>
        <translation>name or code; accents may be left out</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>&amp;In:</translation>
    </message>
    <message>
        <source>&amp;Check all shown</source>
        <translation>&amp;Check all shown</translation>
    </message>
    <message>
        <source>&amp;Uncheck all shown</source>
        <translation>&amp;Uncheck all shown</translation>
    </message>
    <message>
        <source>All the campaign&apos;s units</source>
        <translation>All the campaign&apos;s units</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) chosen</source>
        <translation>
            <numerusform>%n unit chosen</numerusform>
            <numerusform>%n units chosen</numerusform>
        </translation>
    </message>
    <message>
        <source>Units of the campaign</source>
        <translation>Units of the campaign</translation>
    </message>
</context>
<context>
    <name>AssignUnitsCommand</name>
    <message>
        <source>take %1 from its steering group</source>
        <translation>take %1 from its steering group</translation>
    </message>
    <message>
        <source>give %1 to %2</source>
        <translation>give %1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>take %n unit(s) from their steering groups</source>
        <translation>
            <numerusform>take %n unit from its steering group</numerusform>
            <numerusform>take %n units from their steering groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>give %n unit(s) to %1</source>
        <translation>
            <numerusform>give %n unit to %1</numerusform>
            <numerusform>give %n units to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Deadline for the %1 conferences</source>
        <translation>Deadline for the %1 conferences</translation>
    </message>
    <message>
        <source>As the directive writes it: %1</source>
        <translation>As the directive writes it: %1</translation>
    </message>
    <message>
        <source>Own deadline of %1 for the %2 conferences</source>
        <translation>Own deadline of %1 for the %2 conferences</translation>
    </message>
    <message>
        <source>As it was set: %1</source>
        <translation>As it was set: %1</translation>
    </message>
    <message>
        <source>Pilot conference of %1</source>
        <translation>Pilot conference of %1</translation>
    </message>
    <message>
        <source>Summary conference of %1</source>
        <translation>Summary conference of %1</translation>
    </message>
    <message>
        <source>Held.</source>
        <translation>Held.</translation>
    </message>
    <message>
        <source>Planned.</source>
        <translation>Planned.</translation>
    </message>
    <message>
        <source>The campaign has no steering group %1.</source>
        <translation>The campaign has no steering group %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>group</source>
        <translation>group</translation>
    </message>
    <message>
        <source>The campaign has no steering group: add the groups on the Steering groups page, or export one calendar of the whole campaign.</source>
        <translation>The campaign has no steering group: add the groups on the Steering groups page, or export one calendar of the whole campaign.</translation>
    </message>
    <message>
        <source>“%1” is not a folder: choose the folder to write the calendars in.</source>
        <translation>“%1” is not a folder: choose the folder to write the calendars in.</translation>
    </message>
</context>
<context>
    <name>CampaignDocumentModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
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
        <source>A document needs its number or its title.</source>
        <translation>A document needs its number or its title.</translation>
    </message>
    <message>
        <source>There is no document with the id %1 in this campaign.</source>
        <translation>There is no document with the id %1 in this campaign.</translation>
    </message>
    <message>
        <source>The levels of a campaign are listed from the top down, each once: %1 cannot follow %2.</source>
        <translation>The levels of a campaign are listed from the top down, each once: %1 cannot follow %2.</translation>
    </message>
    <message>
        <source>%1 is a unit of the level “%2”, so the campaign&apos;s levels must start with it: the levels taking part are those from the campaign&apos;s own unit down.</source>
        <translation>%1 is a unit of the level “%2”, so the campaign&apos;s levels must start with it: the levels taking part are those from the campaign&apos;s own unit down.</translation>
    </message>
    <message numerus="yes">
        <source>%n conference(s)</source>
        <translation>
            <numerusform>%n conference</numerusform>
            <numerusform>%n conferences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n with results entered)</source>
        <translation>
            <numerusform> (%n with results entered)</numerusform>
            <numerusform> (%n with results entered)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) and exemplar(s)</source>
        <translation>
            <numerusform>%n model or exemplar</numerusform>
            <numerusform>%n models and exemplars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reward(s)</source>
        <translation>
            <numerusform>%n reward</numerusform>
            <numerusform>%n rewards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steering group(s)</source>
        <translation>
            <numerusform>%n steering group</numerusform>
            <numerusform>%n steering groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot take part in “%2”: its level does not take part in the campaign.</source>
        <translation>%1 cannot take part in “%2”: its level does not take part in the campaign.</translation>
    </message>
    <message>
        <source>%1 already takes part in “%2”.</source>
        <translation>%1 already takes part in “%2”.</translation>
    </message>
    <message>
        <source>%1 is the campaign&apos;s own unit and cannot be left out of it.</source>
        <translation>%1 is the campaign&apos;s own unit and cannot be left out of it.</translation>
    </message>
    <message>
        <source>%1 cannot be left out of “%2”: results of its conference are already entered (its report, models and exemplars, rewards or nominations). Nothing was changed.</source>
        <translation>%1 cannot be left out of “%2”: results of its conference are already entered (its report, models and exemplars, rewards or nominations). Nothing was changed.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is no campaign number %1.</source>
        <translation>There is no campaign number %1.</translation>
    </message>
    <message>
        <source>“%1” is not one of the levels; they are %2.</source>
        <translation>“%1” is not one of the levels; they are %2.</translation>
    </message>
</context>
<context>
    <name>CampaignSpec</name>
    <message>
        <source>%1 is not valid JSON (at character %2: %3).</source>
        <translation>%1 is not valid JSON (at character %2: %3).</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>danvan does not know this field; the fields here are %1.</source>
        <translation>danvan does not know this field; the fields here are %1.</translation>
    </message>
    <message>
        <source>an object { … } is expected here.</source>
        <translation>an object { … } is expected here.</translation>
    </message>
    <message>
        <source>this field is required.</source>
        <translation>this field is required.</translation>
    </message>
    <message>
        <source>a list [ … ] is expected here.</source>
        <translation>a list [ … ] is expected here.</translation>
    </message>
    <message>
        <source>the list must not be empty.</source>
        <translation>the list must not be empty.</translation>
    </message>
    <message>
        <source>a text in quotation marks is expected here.</source>
        <translation>a text in quotation marks is expected here.</translation>
    </message>
    <message>
        <source>this field must not be empty.</source>
        <translation>this field must not be empty.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it yyyy-MM-dd.</source>
        <translation>“%1” is not a date; write it yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: a campaign is described by one object { … }.</source>
        <translation>%1: a campaign is described by one object { … }.</translation>
    </message>
    <message>
        <source>a document needs its number or its title.</source>
        <translation>a document needs its number or its title.</translation>
    </message>
    <message>
        <source>%1 has no register code, so a description cannot name it.</source>
        <translation>%1 has no register code, so a description cannot name it.</translation>
    </message>
    <message>
        <source>“%1” is not a level; the levels are %2.</source>
        <translation>“%1” is not a level; the levels are %2.</translation>
    </message>
    <message>
        <source>%1 is the campaign&apos;s own unit and cannot be left out of it.</source>
        <translation>%1 is the campaign&apos;s own unit and cannot be left out of it.</translation>
    </message>
    <message>
        <source>%1 does not take part in the campaign.</source>
        <translation>%1 does not take part in the campaign.</translation>
    </message>
    <message>
        <source>no unit in the database has the code “%1”.</source>
        <translation>no unit in the database has the code “%1”.</translation>
    </message>
</context>
<context>
    <name>CampaignView</name>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Add a directive, plan or guidance of the campaign</source>
        <translation>Add a directive, plan or guidance of the campaign</translation>
    </message>
    <message>
        <source>Deadlines of the levels, as the directive writes them</source>
        <translation>Deadlines of the levels, as the directive writes them</translation>
    </message>
    <message>
        <source>Write the deadline as the directive does (cuối tháng 6-2020, giữa tháng 9-2020, tháng 5/2020, 30/06/2020) and press Enter.</source>
        <translation>Write the deadline as the directive does (cuối tháng 6-2020, giữa tháng 9-2020, tháng 5/2020, 30/06/2020) and press Enter.</translation>
    </message>
    <message>
        <source>Double-click a unit to open it</source>
        <translation>Double-click a unit to open it</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>%1 and the units below it</source>
        <translation>%1 and the units below it</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Key dates: %1</source>
        <translation>Key dates: %1</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>by %1 (%2)</source>
        <translation>by %1 (%2)</translation>
    </message>
    <message>
        <source>Units&apos; own deadlines and pilots</source>
        <translation>Units&apos; own deadlines and pilots</translation>
    </message>
    <message>
        <source>Remove the unit&apos;s own deadline or its pilot mark; the deadline above applies again</source>
        <translation>Remove the unit&apos;s own deadline or its pilot mark; the deadline above applies again</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;New campaign…</translation>
    </message>
    <message>
        <source>closed: it can be read, printed and exported, not changed</source>
        <translation>closed: it can be read, printed and exported, not changed</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;dd…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>Rem&amp;ove</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>There is no campaign yet.</source>
        <translation>There is no campaign yet.</translation>
    </message>
    <message>
        <source>Nothing is open: open a file or connect to a server.</source>
        <translation>Nothing is open: open a file or connect to a server.</translation>
    </message>
    <message>
        <source>%1 The campaign&apos;s documents and the deadlines of its levels can be read here, not changed.</source>
        <translation>%1 The campaign&apos;s documents and the deadlines of its levels can be read here, not changed.</translation>
    </message>
</context>
<context>
    <name>CatalogueEditor</name>
    <message>
        <source>&amp;Fields of activity, in the order lists show them:</source>
        <translation>&amp;Fields of activity, in the order lists show them:</translation>
    </message>
    <message>
        <source>&amp;Reward forms, in the order lists show them:</source>
        <translation>&amp;Reward forms, in the order lists show them:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>a new field, such as Xây dựng nông thôn mới</source>
        <translation>a new field, such as Xây dựng nông thôn mới</translation>
    </message>
    <message>
        <source>a new reward form, such as Kỷ niệm chương</source>
        <translation>a new reward form, such as Kỷ niệm chương</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Add the name typed as a new entry</source>
        <translation>Add the name typed as a new entry</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;name</translation>
    </message>
    <message>
        <source>Give the chosen entry the name typed</source>
        <translation>Give the chosen entry the name typed</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>Remove the chosen entry; an entry in use stays</source>
        <translation>Remove the chosen entry; an entry in use stays</translation>
    </message>
</context>
<context>
    <name>CatalogueRepository</name>
    <message>
        <source>The name is empty.</source>
        <translation>The name is empty.</translation>
    </message>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>“%1” is already in the list.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used %n time(s), so it stays in the list; rename it instead.</source>
        <translation>
            <numerusform>“%1” is used %n time, so it stays in the list; rename it instead.</numerusform>
            <numerusform>“%1” is used %n times, so it stays in the list; rename it instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CataloguesDialog</name>
    <message>
        <source>Fields of activity</source>
        <translation>Fields of activity</translation>
    </message>
    <message>
        <source>Reward forms</source>
        <translation>Reward forms</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Lists of fields and reward forms</source>
        <translation>Lists of fields and reward forms</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lists</translation>
    </message>
</context>
<context>
    <name>CellValues</name>
    <message>
        <source>“%1”: there is no such day.</source>
        <translation>“%1”: there is no such day.</translation>
    </message>
    <message>
        <source>“%1” is not a day; write it as dd/mm/yyyy, for example 20/05/2020.</source>
        <translation>“%1” is not a day; write it as dd/mm/yyyy, for example 20/05/2020.</translation>
    </message>
    <message>
        <source>“%1” is a number, not a day; write it as dd/mm/yyyy, for example 20/05/2020.</source>
        <translation>“%1” is a number, not a day; write it as dd/mm/yyyy, for example 20/05/2020.</translation>
    </message>
    <message>
        <source>“%1” is not a number of people; write a whole number, 0 or more.</source>
        <translation>“%1” is not a number of people; write a whole number, 0 or more.</translation>
    </message>
    <message>
        <source>“%1” is not a number of people; write it in figures, for example 120.</source>
        <translation>“%1” is not a number of people; write it in figures, for example 120.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in đồng; write a whole number such as 1.500.000.</source>
        <translation>“%1” is not an amount in đồng; write a whole number such as 1.500.000.</translation>
    </message>
    <message>
        <source>The cell holds the error “%1” of a formula, not a value.</source>
        <translation>The cell holds the error “%1” of a formula, not a value.</translation>
    </message>
</context>
<context>
    <name>ChangeOfficeSettingsCommand</name>
    <message>
        <source>change the office&apos;s settings</source>
        <translation>change the office&apos;s settings</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>(see danvan-cli %1 --help)</source>
        <translation>(see danvan-cli %1 --help)</translation>
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
    <message>
        <source>REPORT</source>
        <translation>REPORT</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The day the report is as of (default: today).</source>
        <translation>The day the report is as of (default: today).</translation>
    </message>
    <message>
        <source>CSV: the separator, “,” (default) or “;”.</source>
        <translation>CSV: the separator, “,” (default) or “;”.</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>CHAR</translation>
    </message>
    <message>
        <source>CSV: dates as dmy (dd/MM/yyyy, default) or iso.</source>
        <translation>CSV: dates as dmy (dd/MM/yyyy, default) or iso.</translation>
    </message>
    <message>
        <source>STYLE</source>
        <translation>STYLE</translation>
    </message>
    <message>
        <source>ORIENTATION</source>
        <translation>ORIENTATION</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out FILE is required.</translation>
    </message>
    <message>
        <source>--delimiter: write “,” or “;”.</source>
        <translation>--delimiter: write “,” or “;”.</translation>
    </message>
    <message>
        <source>--dates: write dmy or iso.</source>
        <translation>--dates: write dmy or iso.</translation>
    </message>
    <message>
        <source>--orientation: write portrait or landscape.</source>
        <translation>--orientation: write portrait or landscape.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>Copied to %1.</source>
        <translation>Copied to %1.</translation>
    </message>
    <message>
        <source>Usage: danvan-cli campaign create|list|export|next|rename|close|reopen|delete DB [options]
Run “danvan-cli campaign SUBCOMMAND --help” for a subcommand&apos;s options.
</source>
        <translation>Usage: danvan-cli campaign create|list|export|next|rename|close|reopen|delete DB [options]
Run “danvan-cli campaign SUBCOMMAND --help” for a subcommand&apos;s options.
</translation>
    </message>
    <message>
        <source>write one of %1 after “campaign”.</source>
        <translation>write one of %1 after “campaign”.</translation>
    </message>
    <message>
        <source>Creates a campaign from its description, a JSON file (see docs/campaign-format.md): name, phase, the office&apos;s own unit, start, levels with their deadlines, documents, key dates, units&apos; own deadlines, pilots, units left out or added, steering groups and the office&apos;s document settings. Everything is checked first; on any error nothing is created.</source>
        <translation>Creates a campaign from its description, a JSON file (see docs/campaign-format.md): name, phase, the office&apos;s own unit, start, levels with their deadlines, documents, key dates, units&apos; own deadlines, pilots, units left out or added, steering groups and the office&apos;s document settings. Everything is checked first; on any error nothing is created.</translation>
    </message>
    <message>
        <source>The description to read.</source>
        <translation>The description to read.</translation>
    </message>
    <message>
        <source>--spec FILE is required.</source>
        <translation>--spec FILE is required.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” cannot be read: %2</translation>
    </message>
    <message numerus="yes">
        <source>Created campaign %1 “%2” with %n unit(s) taking part.</source>
        <translation>
            <numerusform>Created campaign %1 “%2” with %n unit taking part.</numerusform>
            <numerusform>Created campaign %1 “%2” with %n units taking part.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file to write; - for the output.</source>
        <translation>The file to write; - for the output.</translation>
    </message>
    <message>
        <source>“%1” was not written: %2</source>
        <translation>“%1” was not written: %2</translation>
    </message>
    <message>
        <source>Creates the next phase of a campaign: the same office&apos;s unit, levels, documents, steering groups with their members and units, and office settings; the levels&apos; deadline phrases moved by the years between the two starts (or --shift-years). The units are those of the tree at the new start. Check the deadlines it prints.</source>
        <translation>Creates the next phase of a campaign: the same office&apos;s unit, levels, documents, steering groups with their members and units, and office settings; the levels&apos; deadline phrases moved by the years between the two starts (or --shift-years). The units are those of the tree at the new start. Check the deadlines it prints.</translation>
    </message>
    <message>
        <source>The campaign to carry over (default: the only one).</source>
        <translation>The campaign to carry over (default: the only one).</translation>
    </message>
    <message>
        <source>The new campaign&apos;s name.</source>
        <translation>The new campaign&apos;s name.</translation>
    </message>
    <message>
        <source>Its phase, such as 2021–2025.</source>
        <translation>Its phase, such as 2021–2025.</translation>
    </message>
    <message>
        <source>The day it starts.</source>
        <translation>The day it starts.</translation>
    </message>
    <message>
        <source>Move the deadline phrases by N years (default: the years between the two starts).</source>
        <translation>Move the deadline phrases by N years (default: the years between the two starts).</translation>
    </message>
    <message>
        <source>--name TEXT and --starts DATE are required.</source>
        <translation>--name TEXT and --starts DATE are required.</translation>
    </message>
    <message>
        <source>--starts: “%1” is not a date; write dd/MM/yyyy or yyyy-MM-dd.</source>
        <translation>--starts: “%1” is not a date; write dd/MM/yyyy or yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>--shift-years: “%1” is not a whole number of years.</source>
        <translation>--shift-years: “%1” is not a whole number of years.</translation>
    </message>
    <message>
        <source>  %1: %2 (%3)</source>
        <translation>  %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Renames a campaign, or sets its phase.</source>
        <translation>Renames a campaign, or sets its phase.</translation>
    </message>
    <message>
        <source>The campaign&apos;s number.</source>
        <translation>The campaign&apos;s number.</translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation>The new name.</translation>
    </message>
    <message>
        <source>The new phase.</source>
        <translation>The new phase.</translation>
    </message>
    <message>
        <source>--campaign ID is required.</source>
        <translation>--campaign ID is required.</translation>
    </message>
    <message>
        <source>Give --name, --phase or both.</source>
        <translation>Give --name, --phase or both.</translation>
    </message>
    <message>
        <source>Campaign %1 is now “%2” (%3).</source>
        <translation>Campaign %1 is now “%2” (%3).</translation>
    </message>
    <message>
        <source>Closes a campaign: its records can still be read, printed and exported, but nothing of it can be changed until it is reopened.</source>
        <translation>Closes a campaign: its records can still be read, printed and exported, but nothing of it can be changed until it is reopened.</translation>
    </message>
    <message>
        <source>Reopens a closed campaign, so that its records can be changed again.</source>
        <translation>Reopens a closed campaign, so that its records can be changed again.</translation>
    </message>
    <message>
        <source>Campaign %1 “%2” is closed.</source>
        <translation>Campaign %1 “%2” is closed.</translation>
    </message>
    <message>
        <source>Campaign %1 “%2” is open again.</source>
        <translation>Campaign %1 “%2” is open again.</translation>
    </message>
    <message>
        <source>Deletes a campaign with everything entered for it: conferences, deadlines, pilots, models and exemplars, nominations, rewards, steering groups and documents. The units stay. Make a backup first (danvan-cli backup).</source>
        <translation>Deletes a campaign with everything entered for it: conferences, deadlines, pilots, models and exemplars, nominations, rewards, steering groups and documents. The units stay. Make a backup first (danvan-cli backup).</translation>
    </message>
    <message>
        <source>Yes, delete it.</source>
        <translation>Yes, delete it.</translation>
    </message>
    <message>
        <source>Deleting campaign %1 “%2” would delete %3. Add --yes to delete it.</source>
        <translation>Deleting campaign %1 “%2” would delete %3. Add --yes to delete it.</translation>
    </message>
    <message>
        <source>Deleted campaign %1 “%2” with %3.</source>
        <translation>Deleted campaign %1 “%2” with %3.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a number of people; write a whole number, 0 or more.</source>
        <translation>--%1: “%2” is not a number of people; write a whole number, 0 or more.</translation>
    </message>
    <message>
        <source>Checks a danvan file without changing it, as the window and every command do before they open it. The file must be a danvan database that is not damaged, and its schema must be exactly the one danvan creates for its data version: the same tables, columns, constraints, indexes, triggers and views, defined the same way. A trigger, view, table or index that another program added, or anything it changed or removed, makes danvan refuse the file, because it could run when danvan writes and alter or delete records.

Prints JSON: &quot;file&quot;; &quot;version&quot;, its data version (this danvan writes &quot;currentVersion&quot;; an older file is updated when opened); &quot;opens&quot;, true when danvan opens the file; &quot;message&quot;, why not; &quot;onlyAdditions&quot;, true when everything danvan created is there unchanged and something was only added (the window then offers to open the file read-only, to rescue what it holds); and &quot;differences&quot;, each with &quot;kind&quot; (extra, missing or changed), &quot;name&quot;, and &quot;expected&quot; and &quot;found&quot;: the object&apos;s &quot;type&quot;, &quot;table&quot; and &quot;sql&quot; as danvan creates it and as the file holds it (null for an extra or missing one).

Exit code 0 when danvan opens the file, 1 when it refuses it (the message is also written on stderr).</source>
        <translation>Checks a danvan file without changing it, as the window and every command do before they open it. The file must be a danvan database that is not damaged, and its schema must be exactly the one danvan creates for its data version: the same tables, columns, constraints, indexes, triggers and views, defined the same way. A trigger, view, table or index that another program added, or anything it changed or removed, makes danvan refuse the file, because it could run when danvan writes and alter or delete records.

Prints JSON: &quot;file&quot;; &quot;version&quot;, its data version (this danvan writes &quot;currentVersion&quot;; an older file is updated when opened); &quot;opens&quot;, true when danvan opens the file; &quot;message&quot;, why not; &quot;onlyAdditions&quot;, true when everything danvan created is there unchanged and something was only added (the window then offers to open the file read-only, to rescue what it holds); and &quot;differences&quot;, each with &quot;kind&quot; (extra, missing or changed), &quot;name&quot;, and &quot;expected&quot; and &quot;found&quot;: the object&apos;s &quot;type&quot;, &quot;table&quot; and &quot;sql&quot; as danvan creates it and as the file holds it (null for an extra or missing one).

Exit code 0 when danvan opens the file, 1 when it refuses it (the message is also written on stderr).</translation>
    </message>
    <message>
        <source>Imports units from the national register&apos;s export saved as CSV (columns Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp, and optionally Tên Tiếng Anh), from a hierarchy CSV (code, name, kind, parent_code), or from the files of the 2025 reorganisation: the conversion table of 07/2025 (new ← old) and the list of new communes. Units are matched by code: a newer edition renames, moves, adds and retires; nothing is ever deleted. What a conversion table does not account for is printed as warnings. A broken file changes nothing.</source>
        <translation>Imports units from the national register&apos;s export saved as CSV (columns Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp, and optionally Tên Tiếng Anh), from a hierarchy CSV (code, name, kind, parent_code), or from the files of the 2025 reorganisation: the conversion table of 07/2025 (new ← old) and the list of new communes. Units are matched by code: a newer edition renames, moves, adds and retires; nothing is ever deleted. What a conversion table does not account for is printed as warnings. A broken file changes nothing.</translation>
    </message>
    <message>
        <source>The day the file&apos;s edition takes effect (default: today; for the files of the 2025 reorganisation, the day they state, else 01/07/2025). Units it no longer lists end the day before.</source>
        <translation>The day the file&apos;s edition takes effect (default: today; for the files of the 2025 reorganisation, the day they state, else 01/07/2025). Units it no longer lists end the day before.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>exemplars, rewards: also name, for each row, the units in force today that carry its unit on (the new commune an old one went into in 2025).</source>
        <translation>exemplars, rewards: also name, for each row, the units in force today that carry its unit on (the new commune an old one went into in 2025).</translation>
    </message>
    <message>
        <source>The day on which --unit CODE names the unit meant, for a code that has named two units (default: the first day of the campaign, else today).</source>
        <translation>The day on which --unit CODE names the unit meant, for a code that has named two units (default: the first day of the campaign, else today).</translation>
    </message>
    <message>
        <source>--on: “%1” is not a date; write dd/MM/yyyy or yyyy-MM-dd.</source>
        <translation>--on: “%1” is not a date; write dd/MM/yyyy or yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>(Give the day with --on DATE.)</source>
        <translation>(Give the day with --on DATE.)</translation>
    </message>
    <message>
        <source>Prints a unit&apos;s lineage as JSON: the unit (code, name, valid_from, valid_to), its predecessors (the units that went into it) and its successors (the units it went into), each with its code, name, days in force, the kind of change (whole, part, kept, renamed, type_changed), the day of the change and the source&apos;s note.</source>
        <translation>Prints a unit&apos;s lineage as JSON: the unit (code, name, valid_from, valid_to), its predecessors (the units that went into it) and its successors (the units it went into), each with its code, name, days in force, the kind of change (whole, part, kept, renamed, type_changed), the day of the change and the source&apos;s note.</translation>
    </message>
    <message>
        <source>The day on which the code names the unit meant, for a code that has named two units (default: today).</source>
        <translation>The day on which the code names the unit meant, for a code that has named two units (default: today).</translation>
    </message>
    <message>
        <source>The output could not be written: %1.</source>
        <translation>The output could not be written: %1.</translation>
    </message>
    <message>
        <source>Import the file even though it is an older edition than one already imported for its provinces (its units replace the newer ones).</source>
        <translation>Import the file even though it is an older edition than one already imported for its provinces (its units replace the newer ones).</translation>
    </message>
    <message>
        <source>To import it all the same, add --older.</source>
        <translation>To import it all the same, add --older.</translation>
    </message>
    <message>
        <source>Save a day before the campaign began, or more than a year after its last deadline (refused without it, as a likely typing mistake).</source>
        <translation>Save a day before the campaign began, or more than a year after its last deadline (refused without it, as a likely typing mistake).</translation>
    </message>
    <message>
        <source>%1 (%2): %3 Nothing was saved; if the day is right, add --force.</source>
        <translation>%1 (%2): %3 Nothing was saved; if the day is right, add --force.</translation>
    </message>
    <message>
        <source>The level, by its key (province, district, commune) or its name (tỉnh, huyện, cơ sở); default: the unit&apos;s own level.</source>
        <translation>The level, by its key (province, district, commune) or its name (tỉnh, huyện, cơ sở); default: the unit&apos;s own level.</translation>
    </message>
    <message>
        <source>--level: “%1” is not a level; write %2.</source>
        <translation>--level: “%1” is not a level; write %2.</translation>
    </message>
    <message>
        <source>The level “%1” does not take part in campaign number %2.</source>
        <translation>The level “%1” does not take part in campaign number %2.</translation>
    </message>
    <message>
        <source>The deadline of the level “%1” is now %2 (%3).</source>
        <translation>The deadline of the level “%1” is now %2 (%3).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>%1 (%2) no longer sets its own deadline for the level “%3”.</source>
        <translation>%1 (%2) no longer sets its own deadline for the level “%3”.</translation>
    </message>
    <message>
        <source>%1 (%2) now sets the deadline %3 (%4) for the level “%5”.</source>
        <translation>%1 (%2) now sets the deadline %3 (%4) for the level “%5”.</translation>
    </message>
    <message>
        <source>Prints the state of the database as of a day, as JSON: the units in force that day per level and those retired before it, and for each campaign its levels, deadlines, pilots, units&apos; own deadlines, conference counts, the overdue list, order warnings and deadline warnings (a level&apos;s deadline after that of a level above).</source>
        <translation>Prints the state of the database as of a day, as JSON: the units in force that day per level and those retired before it, and for each campaign its levels, deadlines, pilots, units&apos; own deadlines, conference counts, the overdue list, order warnings and deadline warnings (a level&apos;s deadline after that of a level above).</translation>
    </message>
    <message numerus="yes">
        <source>%n argument(s) or more expected after the command.</source>
        <translation>
            <numerusform>%n argument or more expected after the command.</numerusform>
            <numerusform>%n arguments or more expected after the command.</numerusform>
        </translation>
    </message>
    <message>
        <source>form: the unit whose reporting form to write (it and the units right below it).</source>
        <translation>form: the unit whose reporting form to write (it and the units right below it).</translation>
    </message>
    <message>
        <source>form: write one form for each unit right below this one, into the folder --out.</source>
        <translation>form: write one form for each unit right below this one, into the folder --out.</translation>
    </message>
    <message>
        <source>--report form: give --unit CODE or --all-below CODE.</source>
        <translation>--report form: give --unit CODE or --all-below CODE.</translation>
    </message>
    <message>
        <source>--format: a reporting form is an Excel workbook: write xlsx.</source>
        <translation>--format: a reporting form is an Excel workbook: write xlsx.</translation>
    </message>
    <message>
        <source>--out FOLDER is required.</source>
        <translation>--out FOLDER is required.</translation>
    </message>
    <message>
        <source>No unit right below %1 (%2) takes part in campaign number %3: there is no form to write.</source>
        <translation>No unit right below %1 (%2) takes part in campaign number %3: there is no form to write.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be made.</source>
        <translation>The folder “%1” cannot be made.</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) written:</source>
        <translation>
            <numerusform>%n form written:</numerusform>
            <numerusform>%n forms written:</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads conference results back from spreadsheets sent up by units: the reporting form filled in, or a table of their own (.xlsx, .xls, .ods, .csv; Unicode, Windows-1258, TCVN3 or VNI). The table is found by its header row; units are found by code, else by name under the unit that sent the file. Without --dry-run the results are written in one transaction, and only when no value is refused (see --skip-refused) and every conflict with what is entered is decided (see --conflicts). With --dry-run, what would be done is printed as JSON and nothing is written.</source>
        <translation>Reads conference results back from spreadsheets sent up by units: the reporting form filled in, or a table of their own (.xlsx, .xls, .ods, .csv; Unicode, Windows-1258, TCVN3 or VNI). The table is found by its header row; units are found by code, else by name under the unit that sent the file. Without --dry-run the results are written in one transaction, and only when no value is refused (see --skip-refused) and every conflict with what is entered is decided (see --conflicts). With --dry-run, what would be done is printed as JSON and nothing is written.</translation>
    </message>
    <message>
        <source>The campaign&apos;s number (default: the form&apos;s, or the only one).</source>
        <translation>The campaign&apos;s number (default: the form&apos;s, or the only one).</translation>
    </message>
    <message>
        <source>Print what would be done as JSON; write nothing.</source>
        <translation>Print what would be done as JSON; write nothing.</translation>
    </message>
    <message>
        <source>The unit that sent the files, under which units are found by name (default: the form&apos;s unit, or the unit above all the rows found by code).</source>
        <translation>The unit that sent the files, under which units are found by name (default: the form&apos;s unit, or the unit above all the rows found by code).</translation>
    </message>
    <message>
        <source>Which column holds which field, by header or column letter, over what is recognised: held=&quot;Ngày tổ chức&quot;,attendees=K. Fields: %1.</source>
        <translation>Which column holds which field, by header or column letter, over what is recognised: held=&quot;Ngày tổ chức&quot;,attendees=K. Fields: %1.</translation>
    </message>
    <message>
        <source>FIELD=HEADER,...</source>
        <translation>FIELD=HEADER,...</translation>
    </message>
    <message>
        <source>The text&apos;s encoding: auto (default: told by fonts, then by the text), unicode, windows-1258, tcvn3 or vni.</source>
        <translation>The text&apos;s encoding: auto (default: told by fonts, then by the text), unicode, windows-1258, tcvn3 or vni.</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>ENCODING</translation>
    </message>
    <message>
        <source>What to do where a file says something else than what is entered: keep what is entered, or replace it. Without it, such a file is not applied.</source>
        <translation>What to do where a file says something else than what is entered: keep what is entered, or replace it. Without it, such a file is not applied.</translation>
    </message>
    <message>
        <source>keep|replace</source>
        <translation>keep|replace</translation>
    </message>
    <message>
        <source>Apply the other rows of a file in which values are refused.</source>
        <translation>Apply the other rows of a file in which values are refused.</translation>
    </message>
    <message>
        <source>--map: “%1” is not FIELD=HEADER with a field named in --help.</source>
        <translation>--map: “%1” is not FIELD=HEADER with a field named in --help.</translation>
    </message>
    <message>
        <source>--encoding: write auto, unicode, windows-1258, tcvn3 or vni.</source>
        <translation>--encoding: write auto, unicode, windows-1258, tcvn3 or vni.</translation>
    </message>
    <message>
        <source>--conflicts: write keep or replace.</source>
        <translation>--conflicts: write keep or replace.</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>note: </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: %n file(s) could not be read.</source>
        <translation>
            <numerusform>Nothing was written: %n file could not be read.</numerusform>
            <numerusform>Nothing was written: %n files could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: %n row(s) or value(s) are refused (see above). Correct the file, or add --skip-refused to apply the other rows.</source>
        <translation>
            <numerusform>Nothing was written: %n row or value is refused (see above). Correct the file, or add --skip-refused to apply the other rows.</numerusform>
            <numerusform>Nothing was written: %n rows or values are refused (see above). Correct the file, or add --skip-refused to apply the other rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: %n value(s) differ from what is entered. Choose --conflicts keep or --conflicts replace (--dry-run lists them).</source>
        <translation>
            <numerusform>Nothing was written: %n value differs from what is entered. Choose --conflicts keep or --conflicts replace (--dry-run lists it).</numerusform>
            <numerusform>Nothing was written: %n values differ from what is entered. Choose --conflicts keep or --conflicts replace (--dry-run lists them).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Nothing was written: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conference(s) changed</source>
        <translation>
            <numerusform>%n conference changed</numerusform>
            <numerusform>%n conferences changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) added</source>
        <translation>
            <numerusform>%n value added</numerusform>
            <numerusform>%n values added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept as entered</source>
        <translation>
            <numerusform>%n kept as entered</numerusform>
            <numerusform>%n kept as entered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already so</source>
        <translation>
            <numerusform>%n already so</numerusform>
            <numerusform>%n already so</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused row(s) or value(s) left out.</source>
        <translation>
            <numerusform>%n refused row or value left out.</numerusform>
            <numerusform>%n refused rows or values left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>schedule, progress, exemplars, rewards, results, units, form, or calendar.</source>
        <translation>schedule, progress, exemplars, rewards, results, units, form, or calendar.</translation>
    </message>
    <message>
        <source>--report: write schedule, progress, exemplars, rewards, results, units, form or calendar.</source>
        <translation>--report: write schedule, progress, exemplars, rewards, results, units, form or calendar.</translation>
    </message>
    <message>
        <source>--report calendar: write --format ics.</source>
        <translation>--report calendar: write --format ics.</translation>
    </message>
    <message>
        <source>Writes a report as CSV (UTF-8 with a byte-order mark, as Excel on a Vietnamese Windows expects), XLSX, PDF (a Party document, with the office&apos;s heading and signature) or ODT (the same document as OpenDocument text, to edit in LibreOffice or Word before signing). A report with several tables writes one CSV per table: FILE, then FILE-2.csv, FILE-3.csv. Text cells that a spreadsheet would run as a formula (beginning with =, +, -, @) are written with an apostrophe in front. The calendar (--report calendar --format ics) is an iCalendar file of the campaign&apos;s deadlines, conferences and key dates; with --by-group, one file per steering group.</source>
        <translation>Writes a report as CSV (UTF-8 with a byte-order mark, as Excel on a Vietnamese Windows expects), XLSX, PDF (a Party document, with the office&apos;s heading and signature) or ODT (the same document as OpenDocument text, to edit in LibreOffice or Word before signing). A report with several tables writes one CSV per table: FILE, then FILE-2.csv, FILE-3.csv. Text cells that a spreadsheet would run as a formula (beginning with =, +, -, @) are written with an apostrophe in front. The calendar (--report calendar --format ics) is an iCalendar file of the campaign&apos;s deadlines, conferences and key dates; with --by-group, one file per steering group.</translation>
    </message>
    <message>
        <source>csv, xlsx, pdf or odt (ics for the calendar).</source>
        <translation>csv, xlsx, pdf or odt (ics for the calendar).</translation>
    </message>
    <message>
        <source>PDF, ODT: the document&apos;s number, before its symbol (“12” in “Số 12-TB/BDVTU”); a number given with a symbol (“12-TB/BDVTU”) is printed as given.</source>
        <translation>PDF, ODT: the document&apos;s number, before its symbol (“12” in “Số 12-TB/BDVTU”); a number given with a symbol (“12-TB/BDVTU”) is printed as given.</translation>
    </message>
    <message>
        <source>PDF, ODT: portrait or landscape (default: the report&apos;s own).</source>
        <translation>PDF, ODT: portrait or landscape (default: the report&apos;s own).</translation>
    </message>
    <message>
        <source>calendar: write one calendar per steering group, with the units it follows, into the folder --out.</source>
        <translation>calendar: write one calendar per steering group, with the units it follows, into the folder --out.</translation>
    </message>
    <message>
        <source>--format: write csv, xlsx, pdf or odt.</source>
        <translation>--format: write csv, xlsx, pdf or odt.</translation>
    </message>
    <message>
        <source>Copies a whole danvan database into an empty one, row for row: a file onto a server database prepared with “danvan-cli server init” (run it as the server&apos;s administrator), or a server into a new file, as an offline copy or a backup. Either is a file&apos;s name or a server&apos;s address, postgresql://user@host:port/database. The copy is whole or not made at all.</source>
        <translation>Copies a whole danvan database into an empty one, row for row: a file onto a server database prepared with “danvan-cli server init” (run it as the server&apos;s administrator), or a server into a new file, as an offline copy or a backup. Either is a file&apos;s name or a server&apos;s address, postgresql://user@host:port/database. The copy is whole or not made at all.</translation>
    </message>
    <message>
        <source>“%1” already exists; copy writes only new files. Choose another name.</source>
        <translation>“%1” already exists; copy writes only new files. Choose another name.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) from %1 to %2.</source>
        <translation>
            <numerusform>Copied %n row from %1 to %2.</numerusform>
            <numerusform>Copied %n rows from %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>URL is postgresql://USER@HOST:PORT/DATABASE, optionally followed by libpq settings such as ?sslmode=verify-full. The password is not written in it: it comes from the PGPASSWORD variable or the ~/.pgpass file, as for psql. USER must be a superuser, or a role with CREATEROLE that owns the database.</source>
        <translation>URL is postgresql://USER@HOST:PORT/DATABASE, optionally followed by libpq settings such as ?sslmode=verify-full. The password is not written in it: it comes from the PGPASSWORD variable or the ~/.pgpass file, as for psql. USER must be a superuser, or a role with CREATEROLE that owns the database.</translation>
    </message>
    <message>
        <source>Usage: danvan-cli server init|grant|revoke|roles URL [options]
Run “danvan-cli server SUBCOMMAND --help” for a subcommand&apos;s options.
</source>
        <translation>Usage: danvan-cli server init|grant|revoke|roles URL [options]
Run “danvan-cli server SUBCOMMAND --help” for a subcommand&apos;s options.
</translation>
    </message>
    <message>
        <source>write one of %1 after “server”.</source>
        <translation>write one of %1 after “server”.</translation>
    </message>
    <message>
        <source>Creates danvan&apos;s schema in an empty PostgreSQL database, in one transaction, with the roles that hold the rights: %1 owns the tables (it cannot log in), %2 and %3 give the offices&apos; login roles reading and writing, and the server itself keeps each office to its own units (row-level security). A database that already holds danvan&apos;s schema of this version is left as it is; one that holds other tables, or a newer version, is refused untouched.</source>
        <translation>Creates danvan&apos;s schema in an empty PostgreSQL database, in one transaction, with the roles that hold the rights: %1 owns the tables (it cannot log in), %2 and %3 give the offices&apos; login roles reading and writing, and the server itself keeps each office to its own units (row-level security). A database that already holds danvan&apos;s schema of this version is left as it is; one that holds other tables, or a newer version, is refused untouched.</translation>
    </message>
    <message>
        <source>%1 already holds danvan&apos;s schema; nothing was changed.</source>
        <translation>%1 already holds danvan&apos;s schema; nothing was changed.</translation>
    </message>
    <message>
        <source>Created danvan&apos;s schema in %1. Give each office&apos;s login role its unit with danvan-cli server grant.</source>
        <translation>Created danvan&apos;s schema in %1. Give each office&apos;s login role its unit with danvan-cli server grant.</translation>
    </message>
    <message>
        <source>Lets an office&apos;s login role write the records of a unit and of every unit below it: conferences, own deadlines, pilots, models and exemplars, nominations, rewards and steering assignments; and all of the campaigns whose own unit is among them (for the province&apos;s role, its campaigns, the units register and the settings). Every granted role reads everything. The role must exist: create it with its password first (CREATE ROLE name LOGIN PASSWORD &apos;…&apos;). A role granted before gets the new unit.</source>
        <translation>Lets an office&apos;s login role write the records of a unit and of every unit below it: conferences, own deadlines, pilots, models and exemplars, nominations, rewards and steering assignments; and all of the campaigns whose own unit is among them (for the province&apos;s role, its campaigns, the units register and the settings). Every granted role reads everything. The role must exist: create it with its password first (CREATE ROLE name LOGIN PASSWORD &apos;…&apos;). A role granted before gets the new unit.</translation>
    </message>
    <message>
        <source>The office&apos;s login role.</source>
        <translation>The office&apos;s login role.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>The register code of the office&apos;s unit; of two units that had the code, the one in force today.</source>
        <translation>The register code of the office&apos;s unit; of two units that had the code, the one in force today.</translation>
    </message>
    <message>
        <source>Let the role read everything and write nothing.</source>
        <translation>Let the role read everything and write nothing.</translation>
    </message>
    <message>
        <source>--role ROLE and --unit CODE are required.</source>
        <translation>--role ROLE and --unit CODE are required.</translation>
    </message>
    <message>
        <source>%1 reads everything in %2 and writes nothing (its unit: %3, %4).</source>
        <translation>%1 reads everything in %2 and writes nothing (its unit: %3, %4).</translation>
    </message>
    <message>
        <source>%1 writes for %2 (%3) and the units below it in %4.</source>
        <translation>%1 writes for %2 (%3) and the units below it in %4.</translation>
    </message>
    <message>
        <source>warning: the role %1 cannot log in; allow it with ALTER ROLE %1 LOGIN PASSWORD &apos;…&apos;.</source>
        <translation>warning: the role %1 cannot log in; allow it with ALTER ROLE %1 LOGIN PASSWORD &apos;…&apos;.</translation>
    </message>
    <message>
        <source>Takes all of a login role&apos;s rights on the database away: it no longer reads or writes anything there. The role itself stays (DROP ROLE removes it).</source>
        <translation>Takes all of a login role&apos;s rights on the database away: it no longer reads or writes anything there. The role itself stays (DROP ROLE removes it).</translation>
    </message>
    <message>
        <source>--role ROLE is required.</source>
        <translation>--role ROLE is required.</translation>
    </message>
    <message>
        <source>%1 has no rights on %2 any more.</source>
        <translation>%1 has no rights on %2 any more.</translation>
    </message>
    <message>
        <source>%1 had no rights on %2; nothing was changed.</source>
        <translation>%1 had no rights on %2; nothing was changed.</translation>
    </message>
    <message>
        <source>Prints the login roles that have rights on the database as JSON: &quot;server&quot;, and &quot;roles&quot;, each with &quot;role&quot;, &quot;unit_code&quot; and &quot;unit_name&quot; (the unit whose records it writes, with the units below it), &quot;read_only&quot;, and &quot;can_login&quot; (false for a role that was dropped or may not log in).</source>
        <translation>Prints the login roles that have rights on the database as JSON: &quot;server&quot;, and &quot;roles&quot;, each with &quot;role&quot;, &quot;unit_code&quot; and &quot;unit_name&quot; (the unit whose records it writes, with the units below it), &quot;read_only&quot;, and &quot;can_login&quot; (false for a role that was dropped or may not log in).</translation>
    </message>
    <message numerus="yes">
        <source>The database has %n campaign(s); choose one with --campaign.</source>
        <translation>
            <numerusform>The database has %n campaign; choose one with --campaign.</numerusform>
            <numerusform>The database has %n campaigns; choose one with --campaign.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” already holds units or campaigns; init only fills an empty database.</source>
        <translation>“%1” already holds units or campaigns; init only fills an empty database.</translation>
    </message>
    <message>
        <source>%1 holds danvan&apos;s schema and no data yet: it is ready to be filled.</source>
        <translation>%1 holds danvan&apos;s schema and no data yet: it is ready to be filled.</translation>
    </message>
    <message>
        <source>Writes a consistent copy of a danvan database to the file OUT, even while a window or another command is using it; a server&apos;s database is copied into the file row for row. An earlier file named OUT is replaced only once the copy is complete. To restore, open the copy, or put it back in place of the file (onto a server: danvan-cli copy OUT into an empty database).</source>
        <translation>Writes a consistent copy of a danvan database to the file OUT, even while a window or another command is using it; a server&apos;s database is copied into the file row for row. An earlier file named OUT is replaced only once the copy is complete. To restore, open the copy, or put it back in place of the file (onto a server: danvan-cli copy OUT into an empty database).</translation>
    </message>
    <message>
        <source>“%1” is a database on a server: check looks only at danvan files. A server&apos;s database is prepared and updated by “danvan-cli server init”.</source>
        <translation>“%1” is a database on a server: check looks only at danvan files. A server&apos;s database is prepared and updated by “danvan-cli server init”.</translation>
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
        <translation>Usage: danvan-cli [--lang vi|en] COMMAND [options]

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
</translation>
    </message>
    <message>
        <source>Prints the campaigns of a database as a JSON array, newest first: id, name, phase, root (the code of the office&apos;s own unit), levels (top down), units (how many take part) and closed.</source>
        <translation>Prints the campaigns of a database as a JSON array, newest first: id, name, phase, root (the code of the office&apos;s own unit), levels (top down), units (how many take part) and closed.</translation>
    </message>
    <message>
        <source>Writes the description of a campaign as JSON (see docs/campaign-format.md). Creating a campaign from it in another database with the same units gives the same campaign.</source>
        <translation>Writes the description of a campaign as JSON (see docs/campaign-format.md). Creating a campaign from it in another database with the same units gives the same campaign.</translation>
    </message>
</context>
<context>
    <name>CloseCampaignCommand</name>
    <message>
        <source>close the campaign “%1”</source>
        <translation>close the campaign “%1”</translation>
    </message>
    <message>
        <source>reopen the campaign “%1”</source>
        <translation>reopen the campaign “%1”</translation>
    </message>
</context>
<context>
    <name>ColumnMappingPanel</name>
    <message>
        <source>Choose a sheet in the preview to see which column holds which field.</source>
        <translation>Choose a sheet in the preview to see which column holds which field.</translation>
    </message>
    <message>
        <source>Sheet “%1”: no header row was found.</source>
        <translation>Sheet “%1”: no header row was found.</translation>
    </message>
    <message>
        <source>Sheet “%1”, header in row %2%3:</source>
        <translation>Sheet “%1”, header in row %2%3:</translation>
    </message>
    <message>
        <source>, as remembered for the sender</source>
        <translation>, as remembered for the sender</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
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
        <translation>%1, line %2, column %3</translation>
    </message>
    <message>
        <source>%1, line %2: a field is %3 characters long, more than a name or code can be. A missing line break or quote may have run rows together.</source>
        <translation>%1, line %2: a field is %3 characters long, more than a name or code can be. A missing line break or quote may have run rows together.</translation>
    </message>
    <message>
        <source>%1: the list of new communes has three fields on a row (code, name, province); this row goes on with “%2”.</source>
        <translation>%1: the list of new communes has three fields on a row (code, name, province); this row goes on with “%2”.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a commune code; commune codes have five digits, such as “30898”.</source>
        <translation>%1: “%2” is not a commune code; commune codes have five digits, such as “30898”.</translation>
    </message>
    <message>
        <source>%1: the commune&apos;s name is missing.</source>
        <translation>%1: the commune&apos;s name is missing.</translation>
    </message>
    <message>
        <source>%1: the province is missing; write it on the row or on a province row before it (“, TỈNH AN GIANG,,”).</source>
        <translation>%1: the province is missing; write it on the row or on a province row before it (“, TỈNH AN GIANG,,”).</translation>
    </message>
    <message>
        <source>%1: the code %2 is already used on line %3. Each code names one commune.</source>
        <translation>%1: the code %2 is already used on line %3. Each code names one commune.</translation>
    </message>
    <message>
        <source>%1 names provinces but no communes.</source>
        <translation>%1 names provinces but no communes.</translation>
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
    <message>
        <source>The number of delegates invited cannot be negative.</source>
        <translation>The number of delegates invited cannot be negative.</translation>
    </message>
    <message>
        <source>A budget cannot be negative.</source>
        <translation>A budget cannot be negative.</translation>
    </message>
</context>
<context>
    <name>ConferenceListModel</name>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Parent unit</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <source>(a new connection)</source>
        <translation>(a new connection)</translation>
    </message>
    <message>
        <source>e.g. 10.0.0.5 or csdl.tinhuy.vn</source>
        <translation>e.g. 10.0.0.5 or csdl.tinhuy.vn</translation>
    </message>
    <message>
        <source>the office&apos;s own user, e.g. huyen_go_quao</source>
        <translation>the office&apos;s own user, e.g. huyen_go_quao</translation>
    </message>
    <message>
        <source>empty: taken from ~/.pgpass</source>
        <translation>empty: taken from ~/.pgpass</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation>Encrypted if the server offers it</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Always encrypted</translation>
    </message>
    <message>
        <source>Encrypted, and the server&apos;s certificate checked</source>
        <translation>Encrypted, and the server&apos;s certificate checked</translation>
    </message>
    <message>
        <source>Never encrypted (only inside a trusted network)</source>
        <translation>Never encrypted (only inside a trusted network)</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Recent:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Encryption:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Keep the password in this computer&apos;s keyring</source>
        <translation>&amp;Keep the password in this computer&apos;s keyring</translation>
    </message>
    <message>
        <source>The password is kept only in the keyring, and only when the box is ticked; never in danvan&apos;s settings. Each office signs in with its own user, which the server allows to change only its own units.</source>
        <translation>The password is kept only in the keyring, and only when the box is ticked; never in danvan&apos;s settings. Each office signs in with its own user, which the server allows to change only its own units.</translation>
    </message>
    <message>
        <source>There is no keyring on this computer, so the password is not kept: it is asked each time (or taken from ~/.pgpass). Each office signs in with its own user, which the server allows to change only its own units.</source>
        <translation>There is no keyring on this computer, so the password is not kept: it is asked each time (or taken from ~/.pgpass). Each office signs in with its own user, which the server allows to change only its own units.</translation>
    </message>
</context>
<context>
    <name>ConversionTableReader</name>
    <message>
        <source>%1, line %2, column “%3”</source>
        <translation>%1, line %2, column “%3”</translation>
    </message>
    <message>
        <source>%1 has the banner of the conversion table but no header after it (Tỉnh, thành phố, Tên Xã mới, Mã Xã mới, Tên Xã cũ, Mã Xã cũ, Ghi chú, Quận/huyện, Tỉnh cũ).</source>
        <translation>%1 has the banner of the conversion table but no header after it (Tỉnh, thành phố, Tên Xã mới, Mã Xã mới, Tên Xã cũ, Mã Xã cũ, Ghi chú, Quận/huyện, Tỉnh cũ).</translation>
    </message>
    <message>
        <source>%1, line %2: after the banner the conversion table has its header (Tỉnh, thành phố, Tên Xã mới, Mã Xã mới, Tên Xã cũ, Mã Xã cũ, Ghi chú, Quận/huyện, Tỉnh cũ); this line is not it.</source>
        <translation>%1, line %2: after the banner the conversion table has its header (Tỉnh, thành phố, Tên Xã mới, Mã Xã mới, Tên Xã cũ, Mã Xã cũ, Ghi chú, Quận/huyện, Tỉnh cũ); this line is not it.</translation>
    </message>
    <message>
        <source>%1, line %2: the column “%3” is missing. The conversion table has the columns Tỉnh, thành phố, Tên Xã mới, Mã Xã mới, Tên Xã cũ, Mã Xã cũ, Ghi chú, Quận/huyện, Tỉnh cũ.</source>
        <translation>%1, line %2: the column “%3” is missing. The conversion table has the columns Tỉnh, thành phố, Tên Xã mới, Mã Xã mới, Tên Xã cũ, Mã Xã cũ, Ghi chú, Quận/huyện, Tỉnh cũ.</translation>
    </message>
    <message>
        <source>%1, line %2: a field is %3 characters long, more than a name, code or note can be. A missing line break or quote may have run rows together.</source>
        <translation>%1, line %2: a field is %3 characters long, more than a name, code or note can be. A missing line break or quote may have run rows together.</translation>
    </message>
    <message>
        <source>%1, line %2: the row goes on after the last column with “%3”. Check the row for an extra separator (“%4”), or put quotes around a name that contains one.</source>
        <translation>%1, line %2: the row goes on after the last column with “%3”. Check the row for an extra separator (“%4”), or put quotes around a name that contains one.</translation>
    </message>
    <message>
        <source>%1: the new province and its code are missing; write them as “Tỉnh An Giang (91)”.</source>
        <translation>%1: the new province and its code are missing; write them as “Tỉnh An Giang (91)”.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a province code; province codes have two digits, such as “91” in “Tỉnh An Giang (91)”.</source>
        <translation>%1: “%2” is not a province code; province codes have two digits, such as “91” in “Tỉnh An Giang (91)”.</translation>
    </message>
    <message>
        <source>%1: the province code %2 is “%3” here but “%4” on line %5. Each code names one province; correct one of the two rows.</source>
        <translation>%1: the province code %2 is “%3” here but “%4” on line %5. Each code names one province; correct one of the two rows.</translation>
    </message>
    <message>
        <source>%1: the new commune&apos;s name and code are both needed.</source>
        <translation>%1: the new commune&apos;s name and code are both needed.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a commune code; commune codes have five digits, such as “30880”.</source>
        <translation>%1: “%2” is not a commune code; commune codes have five digits, such as “30880”.</translation>
    </message>
    <message>
        <source>%1: the code %2 is “%3” here but “%4” on line %5. Each code names one new commune; correct one of the two rows.</source>
        <translation>%1: the code %2 is “%3” here but “%4” on line %5. Each code names one new commune; correct one of the two rows.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is in the province %4 here but in %5 on line %6. A commune has one province; correct one of the two rows.</source>
        <translation>%1: %2 (%3) is in the province %4 here but in %5 on line %6. A commune has one province; correct one of the two rows.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a district code; district codes have three digits, such as “905” in “Huyện Châu Thành (905)”.</source>
        <translation>%1: “%2” is not a district code; district codes have three digits, such as “905” in “Huyện Châu Thành (905)”.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a province code; province codes have two digits, such as “91” in “Tỉnh Kiên Giang (91)”.</source>
        <translation>%1: “%2” is not a province code; province codes have two digits, such as “91” in “Tỉnh Kiên Giang (91)”.</translation>
    </message>
    <message>
        <source>%1 has the header of the conversion table but no rows of new communes.</source>
        <translation>%1 has the header of the conversion table but no rows of new communes.</translation>
    </message>
</context>
<context>
    <name>CountField</name>
    <message>
        <source>“%1” is not a number of people; write a whole number, 0 or more.</source>
        <translation>“%1” is not a number of people; write a whole number, 0 or more.</translation>
    </message>
</context>
<context>
    <name>CreateCampaignCommand</name>
    <message>
        <source>create the campaign “%1”</source>
        <translation>create the campaign “%1”</translation>
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
    <name>CsvWriter</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Overdue conferences</source>
        <translation>Overdue conferences</translation>
    </message>
    <message>
        <source>Conferences falling due soon</source>
        <translation>Conferences falling due soon</translation>
    </message>
    <message>
        <source>As of %1:</source>
        <translation>As of %1:</translation>
    </message>
    <message>
        <source>%1 of %2 held</source>
        <translation>%1 of %2 held</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) received</source>
        <translation>
            <numerusform>%n report received</numerusform>
            <numerusform>%n reports received</numerusform>
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
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (held on %2, when %3 of the %4 units below it had held theirs)</source>
        <translation>%1 (held on %2, when %3 of the %4 units below it had held theirs)</translation>
    </message>
    <message>
        <source>Held before the units below them: %1</source>
        <translation>Held before the units below them: %1</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Not held</source>
        <translation>Not held</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 communes held</source>
        <translation>%1: %2 of %3 communes held</translation>
    </message>
    <message>
        <source>&amp;Overdue (%1)</source>
        <translation>&amp;Overdue (%1)</translation>
    </message>
    <message>
        <source>This file has no campaign yet. Once it has one, this page shows how its conferences are getting on: per unit, what is overdue and what falls due soon.</source>
        <translation>This file has no campaign yet. Once it has one, this page shows how its conferences are getting on: per unit, what is overdue and what falls due soon.</translation>
    </message>
    <message>
        <source>This campaign has one level only, so there is no table or chart of the units below others: see the totals above and the lists below.</source>
        <translation>This campaign has one level only, so there is no table or chart of the units below others: see the totals above and the lists below.</translation>
    </message>
    <message>
        <source>Units below each %1: held and not held</source>
        <translation>Units below each %1: held and not held</translation>
    </message>
    <message>
        <source>Progress per %1</source>
        <translation>Progress per %1</translation>
    </message>
    <message numerus="yes">
        <source>Due in the ne&amp;xt %n day(s) (%1)</source>
        <translation>
            <numerusform>Due in the ne&amp;xt %n day (%1)</numerusform>
            <numerusform>Due in the ne&amp;xt %n days (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress per %1: the units below it and its own conference</source>
        <translation>Progress per %1: the units below it and its own conference</translation>
    </message>
    <message>
        <source>Overdue and falling due soon</source>
        <translation>Overdue and falling due soon</translation>
    </message>
    <message>
        <source>%1: %2 of %3 held</source>
        <translation>%1: %2 of %3 held</translation>
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
        <source>danvan is not allowed to read “%1”. Check the file&apos;s permissions.</source>
        <translation>danvan is not allowed to read “%1”. Check the file&apos;s permissions.</translation>
    </message>
    <message>
        <source>The folder of “%1” does not exist; choose another place for the copy.</source>
        <translation>The folder of “%1” does not exist; choose another place for the copy.</translation>
    </message>
    <message>
        <source>The copy “%1” was not made: %2</source>
        <translation>The copy “%1” was not made: %2</translation>
    </message>
    <message>
        <source>“%1” is not a danvan database: it is not an SQLite file at all, or its beginning is damaged. Open the right file, or a backup copy of it.</source>
        <translation>“%1” is not a danvan database: it is not an SQLite file at all, or its beginning is damaged. Open the right file, or a backup copy of it.</translation>
    </message>
    <message>
        <source>danvan cannot read “%1”: SQLite needs to write beside it and is not allowed to. Copy the file to a folder of yours and open the copy.</source>
        <translation>danvan cannot read “%1”: SQLite needs to write beside it and is not allowed to. Copy the file to a folder of yours and open the copy.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist. Check its name and folder; it may have been moved or renamed.</source>
        <translation>The file “%1” does not exist. Check its name and folder; it may have been moved or renamed.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a danvan database. Choose the danvan file inside it.</source>
        <translation>“%1” is a folder, not a danvan database. Choose the danvan file inside it.</translation>
    </message>
    <message>
        <source>“%1” is an empty file, not a danvan database. Choose the danvan file you meant, or create a new one.</source>
        <translation>“%1” is an empty file, not a danvan database. Choose the danvan file you meant, or create a new one.</translation>
    </message>
    <message>
        <source>“%1” cannot be created: its folder can only be read. Choose another folder.</source>
        <translation>“%1” cannot be created: its folder can only be read. Choose another folder.</translation>
    </message>
    <message>
        <source>“%1” can only be read, and “%2” beside it may hold its latest changes: another program has it open, or it was not closed properly. Close the other program, or copy both files to a folder of yours and open the copy.</source>
        <translation>“%1” can only be read, and “%2” beside it may hold its latest changes: another program has it open, or it was not closed properly. Close the other program, or copy both files to a folder of yours and open the copy.</translation>
    </message>
    <message>
        <source>“%1” was made by an older danvan and must be updated before it can be opened, but it can only be read. Copy it to a folder of yours and open the copy.</source>
        <translation>“%1” was made by an older danvan and must be updated before it can be opened, but it can only be read. Copy it to a folder of yours and open the copy.</translation>
    </message>
    <message>
        <source>The copy “%1” was not made: it could not be written to the disk.</source>
        <translation>The copy “%1” was not made: it could not be written to the disk.</translation>
    </message>
    <message>
        <source>The campaign is closed: its records can be read, printed and exported, but not changed. Nothing was changed; reopen the campaign to change it.</source>
        <translation>The campaign is closed: its records can be read, printed and exported, but not changed. Nothing was changed; reopen the campaign to change it.</translation>
    </message>
    <message>
        <source>Two units with the same code would be in force on the same day. Nothing was changed; end the older unit before the newer one begins.</source>
        <translation>Two units with the same code would be in force on the same day. Nothing was changed; end the older unit before the newer one begins.</translation>
    </message>
    <message>
        <source>“%1” could not be brought up to data version %2: the row %3 of the table %4 refers to a row of %5 that does not exist. The file was not changed.</source>
        <translation>“%1” could not be brought up to data version %2: the row %3 of the table %4 refers to a row of %5 that does not exist. The file was not changed.</translation>
    </message>
    <message>
        <source>“%1” could not be written to its disk: the disk is full or failing. Nothing was changed; free some space and try again.</source>
        <translation>“%1” could not be written to its disk: the disk is full or failing. Nothing was changed; free some space and try again.</translation>
    </message>
    <message>
        <source>“%1” is not a file; choose a file name for the copy.</source>
        <translation>“%1” is not a file; choose a file name for the copy.</translation>
    </message>
    <message>
        <source>The disk that holds “%1” is full. Nothing was written; free some space or choose another disk.</source>
        <translation>The disk that holds “%1” is full. Nothing was written; free some space or choose another disk.</translation>
    </message>
    <message>
        <source>“%1” is not a danvan file: it has tables but no danvan data version, so it was made by another program or its beginning is damaged. It was not changed; open the right file, or a backup copy.</source>
        <translation>“%1” is not a danvan file: it has tables but no danvan data version, so it was made by another program or its beginning is damaged. It was not changed; open the right file, or a backup copy.</translation>
    </message>
    <message>
        <source>danvan cannot connect to the server “%1”: Qt&apos;s PostgreSQL driver is not installed. Install the package libqt6sql6-psql and try again.</source>
        <translation>danvan cannot connect to the server “%1”: Qt&apos;s PostgreSQL driver is not installed. Install the package libqt6sql6-psql and try again.</translation>
    </message>
    <message>
        <source>danvan cannot connect to the server “%1”: %2. Check the address, the user name and the password, and that the server is running and lets this computer in.</source>
        <translation>danvan cannot connect to the server “%1”: %2. Check the address, the user name and the password, and that the server is running and lets this computer in.</translation>
    </message>
    <message>
        <source>The database “%1” holds no danvan data, or this user may not read it. An administrator prepares it with “danvan-cli server init” and gives this user a unit with “danvan-cli server grant”.</source>
        <translation>The database “%1” holds no danvan data, or this user may not read it. An administrator prepares it with “danvan-cli server init” and gives this user a unit with “danvan-cli server grant”.</translation>
    </message>
    <message>
        <source>The database “%1” was made by a newer danvan (data version %2). Install the newer danvan to work with it.</source>
        <translation>The database “%1” was made by a newer danvan (data version %2). Install the newer danvan to work with it.</translation>
    </message>
    <message>
        <source>The database “%1” is of an older danvan (data version %2). An administrator updates it with “danvan-cli server init”.</source>
        <translation>The database “%1” is of an older danvan (data version %2). An administrator updates it with “danvan-cli server init”.</translation>
    </message>
    <message>
        <source>The server “%1” refused the change: this user may not change these records. Nothing was changed.</source>
        <translation>The server “%1” refused the change: this user may not change these records. Nothing was changed.</translation>
    </message>
    <message>
        <source>The server “%1” can only be read by this user, so the change was not saved.</source>
        <translation>The server “%1” can only be read by this user, so the change was not saved.</translation>
    </message>
    <message>
        <source>Another office was changing the same records on “%1” at the same moment. Nothing was changed; try again.</source>
        <translation>Another office was changing the same records on “%1” at the same moment. Nothing was changed; try again.</translation>
    </message>
    <message>
        <source>The server “%1” has no room left on its disk. Nothing was changed; tell the server&apos;s administrator.</source>
        <translation>The server “%1” has no room left on its disk. Nothing was changed; tell the server&apos;s administrator.</translation>
    </message>
    <message>
        <source>The connection to the server “%1” was lost. Nothing was changed; check the network and try again.</source>
        <translation>The connection to the server “%1” was lost. Nothing was changed; check the network and try again.</translation>
    </message>
    <message>
        <source>danvan could not work with the server “%1”: %2</source>
        <translation>danvan could not work with the server “%1”: %2</translation>
    </message>
    <message>
        <source>%1 may only read this database; nothing can be changed.</source>
        <translation>%1 may only read this database; nothing can be changed.</translation>
    </message>
    <message>
        <source>%1 may not change %2.</source>
        <translation>%1 may not change %2.</translation>
    </message>
    <message>
        <source>%1 may not change %2 of %3.</source>
        <translation>%1 may not change %2 of %3.</translation>
    </message>
    <message>
        <source>No database is open to back up.</source>
        <translation>No database is open to back up.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>“%1” already holds units or campaigns. A copy goes only into an empty database: a new file, or a server database just prepared with “danvan-cli server init”.</source>
        <translation>“%1” already holds units or campaigns. A copy goes only into an empty database: a new file, or a server database just prepared with “danvan-cli server init”.</translation>
    </message>
    <message>
        <source>The rows of the table %1 could not be copied: %2 Nothing was copied.</source>
        <translation>The rows of the table %1 could not be copied: %2 Nothing was copied.</translation>
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
        <translation>Pick the day in a calendar</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>“%1” is not a date; write it as dd/mm/yyyy, for example 20/05/2020.</source>
        <translation>“%1” is not a date; write it as dd/mm/yyyy, for example 20/05/2020.</translation>
    </message>
    <message>
        <source>“%1”: there is no such day.</source>
        <translation>“%1”: there is no such day.</translation>
    </message>
</context>
<context>
    <name>DayPlausibility</name>
    <message>
        <source>%1 %2 is before the campaign began (%3).</source>
        <translation>%1 %2 is before the campaign began (%3).</translation>
    </message>
    <message>
        <source>%1 %2 is more than a year after the campaign&apos;s last deadline (%3).</source>
        <translation>%1 %2 is more than a year after the campaign&apos;s last deadline (%3).</translation>
    </message>
    <message>
        <source>The planned day</source>
        <translation>The planned day</translation>
    </message>
    <message>
        <source>The day held</source>
        <translation>The day held</translation>
    </message>
    <message>
        <source>The day the report was received</source>
        <translation>The day the report was received</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Own deadline of %1</source>
        <translation>Own deadline of %1</translation>
    </message>
    <message>
        <source>A unit may set a deadline tighter than the one above it, for its own conference or for the units below it; never a looser one.</source>
        <translation>A unit may set a deadline tighter than the one above it, for its own conference or for the units below it; never a looser one.</translation>
    </message>
    <message>
        <source>For the &amp;level:</source>
        <translation>For the &amp;level:</translation>
    </message>
    <message>
        <source>&amp;Remove the own deadline</source>
        <translation>&amp;Remove the own deadline</translation>
    </message>
    <message>
        <source>Pilot unit: %1</source>
        <translation>Pilot unit: %1</translation>
    </message>
    <message>
        <source>A pilot unit holds its conference first, for the others of its level to learn from, by its own deadline: the same as its deadline without it, or earlier.</source>
        <translation>A pilot unit holds its conference first, for the others of its level to learn from, by its own deadline: the same as its deadline without it, or earlier.</translation>
    </message>
    <message>
        <source>&amp;Remove the pilot mark</source>
        <translation>&amp;Remove the pilot mark</translation>
    </message>
    <message>
        <source>as the directive writes it: cuối tháng 6-2020, tháng 5/2020, 30/06/2020</source>
        <translation>as the directive writes it: cuối tháng 6-2020, tháng 5/2020, 30/06/2020</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <source>ends on %1 (%2)</source>
        <translation>ends on %1 (%2)</translation>
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
    <message>
        <source>The deadline of “%1” (%2) is later than that of “%3” (%4), the level above it: its conferences should come first.</source>
        <translation>The deadline of “%1” (%2) is later than that of “%3” (%4), the level above it: its conferences should come first.</translation>
    </message>
</context>
<context>
    <name>DeleteCampaignCommand</name>
    <message>
        <source>delete the campaign “%1”</source>
        <translation>delete the campaign “%1”</translation>
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
        <translation>%1; held before its communes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 of the %2 communes of %3 had held their conference by %4.</source>
        <translation>%1 of the %2 communes of %3 had held their conference by %4.</translation>
    </message>
    <message>
        <source>Communes that had not held their conference by their deadline, or held it after the deadline.</source>
        <translation>Communes that had not held their conference by their deadline, or held it after the deadline.</translation>
    </message>
    <message>
        <source>Held on %1.</source>
        <translation>Held on %1.</translation>
    </message>
    <message>
        <source>No deadline is set for this level.</source>
        <translation>No deadline is set for this level.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Units below that have held their conference, of all the units below</source>
        <translation>Units below that have held their conference, of all the units below</translation>
    </message>
    <message>
        <source>Held below</source>
        <translation>Held below</translation>
    </message>
    <message>
        <source>Overdue below</source>
        <translation>Overdue below</translation>
    </message>
    <message>
        <source>Its own conference</source>
        <translation>Its own conference</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>New document</translation>
    </message>
    <message>
        <source>number and symbol, as 1029-CV/TU</source>
        <translation>number and symbol, as 1029-CV/TU</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>&amp;Issued by:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>“%1” could not be redone: %2</source>
        <translation>“%1” could not be redone: %2</translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2</source>
        <translation>“%1” could not be undone: %2</translation>
    </message>
    <message>
        <source>add the exemplar “%1”</source>
        <translation>add the exemplar “%1”</translation>
    </message>
    <message>
        <source>add the model “%1”</source>
        <translation>add the model “%1”</translation>
    </message>
    <message>
        <source>edit the exemplar “%1”</source>
        <translation>edit the exemplar “%1”</translation>
    </message>
    <message>
        <source>edit the model “%1”</source>
        <translation>edit the model “%1”</translation>
    </message>
    <message>
        <source>remove the exemplar “%1”</source>
        <translation>remove the exemplar “%1”</translation>
    </message>
    <message>
        <source>remove the model “%1”</source>
        <translation>remove the model “%1”</translation>
    </message>
</context>
<context>
    <name>EditConferenceCommand</name>
    <message>
        <source>record the conference of %1</source>
        <translation>record the conference of %1</translation>
    </message>
    <message>
        <source>planned day</source>
        <translation>planned day</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>venue</translation>
    </message>
    <message>
        <source>day held</source>
        <translation>day held</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>chair</translation>
    </message>
    <message>
        <source>delegates invited</source>
        <translation>delegates invited</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>attendees</translation>
    </message>
    <message>
        <source>day the report was received</source>
        <translation>day the report was received</translation>
    </message>
    <message>
        <source>budget planned</source>
        <translation>budget planned</translation>
    </message>
    <message>
        <source>budget spent</source>
        <translation>budget spent</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>assessment</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 and %2 of %3</source>
        <translation>%1 and %2 of %3</translation>
    </message>
</context>
<context>
    <name>Exemplar</name>
    <message>
        <source>A model or exemplar needs a name.</source>
        <translation>A model or exemplar needs a name.</translation>
    </message>
    <message>
        <source>Choose the unit the model or exemplar belongs to.</source>
        <translation>Choose the unit the model or exemplar belongs to.</translation>
    </message>
    <message>
        <source>The money mobilised cannot be negative.</source>
        <translation>The money mobilised cannot be negative.</translation>
    </message>
    <message>
        <source>The workdays mobilised cannot be negative.</source>
        <translation>The workdays mobilised cannot be negative.</translation>
    </message>
    <message>
        <source>Individual exemplar</source>
        <translation>Individual exemplar</translation>
    </message>
    <message>
        <source>Collective model</source>
        <translation>Collective model</translation>
    </message>
</context>
<context>
    <name>ExemplarDialog</name>
    <message>
        <source>Add a model or exemplar</source>
        <translation>Add a model or exemplar</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <source>A model is a collective&apos;s initiative; an exemplar is a person. The unit whose conference commended it is the one that may put it forward to the level above.</source>
        <translation>A model is a collective&apos;s initiative; an exemplar is a person. The unit whose conference commended it is the one that may put it forward to the level above.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Belongs to:</source>
        <translation>&amp;Belongs to:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Field:</translation>
    </message>
    <message>
        <source>&amp;Commended by the conference of:</source>
        <translation>&amp;Commended by the conference of:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Money mobilised:</source>
        <translation>&amp;Money mobilised:</translation>
    </message>
    <message>
        <source>&amp;Workdays mobilised:</source>
        <translation>&amp;Workdays mobilised:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>The situation it answered, what was done, where and for whom, the results that can be checked</source>
        <translation>The situation it answered, what was done, where and for whom, the results that can be checked</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>“%1” is not a number of workdays; write a whole number, 0 or more.</source>
        <translation>“%1” is not a number of workdays; write a whole number, 0 or more.</translation>
    </message>
</context>
<context>
    <name>ExemplarModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Money (đồng)</source>
        <translation>Money (đồng)</translation>
    </message>
    <message>
        <source>Workdays</source>
        <translation>Workdays</translation>
    </message>
    <message>
        <source>Put forward</source>
        <translation>Put forward</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Commended by</source>
        <translation>Commended by</translation>
    </message>
    <message>
        <source>Today&apos;s unit</source>
        <translation>Today&apos;s unit</translation>
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
        <translation>the national level</translation>
    </message>
    <message>
        <source>put forward to %1: %2</source>
        <translation>put forward to %1: %2</translation>
    </message>
</context>
<context>
    <name>ExemplarRepository</name>
    <message>
        <source>%1 has already put “%2” forward.</source>
        <translation>%1 has already put “%2” forward.</translation>
    </message>
    <message>
        <source>%1 cannot put “%2” forward: a unit puts forward what its own conference commended, or what it received from below and selected.</source>
        <translation>%1 cannot put “%2” forward: a unit puts forward what its own conference commended, or what it received from below and selected.</translation>
    </message>
    <message>
        <source>The level above has already put it further forward, so it stays selected or commended; withdraw that nomination first.</source>
        <translation>The level above has already put it further forward, so it stays selected or commended; withdraw that nomination first.</translation>
    </message>
    <message>
        <source>The level above has already put it further forward; withdraw that nomination first.</source>
        <translation>The level above has already put it further forward; withdraw that nomination first.</translation>
    </message>
    <message>
        <source>There is no model or exemplar with the id %1.</source>
        <translation>There is no model or exemplar with the id %1.</translation>
    </message>
    <message>
        <source>There is no nomination with the id %1.</source>
        <translation>There is no nomination with the id %1.</translation>
    </message>
</context>
<context>
    <name>ExemplarsView</name>
    <message>
        <source>Models and exemplars</source>
        <translation>Models and exemplars</translation>
    </message>
    <message>
        <source>Models and exemplars of the campaign</source>
        <translation>Models and exemplars of the campaign</translation>
    </message>
    <message>
        <source>Filter by name, unit or field (accents not needed)</source>
        <translation>Filter by name, unit or field (accents not needed)</translation>
    </message>
    <message>
        <source>Put the model or exemplar forward to the level above</source>
        <translation>Put the model or exemplar forward to the level above</translation>
    </message>
    <message>
        <source>%1, %2; money mobilised: %3 đồng</source>
        <translation>%1, %2; money mobilised: %3 đồng</translation>
    </message>
    <message numerus="yes">
        <source>%n collective model(s)</source>
        <translation>
            <numerusform>%n collective model</numerusform>
            <numerusform>%n collective models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n individual exemplar(s)</source>
        <translation>
            <numerusform>%n individual exemplar</numerusform>
            <numerusform>%n individual exemplars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n nomination(s) go with it.</source>
        <translation>
            <numerusform>Its %n nomination goes with it.</numerusform>
            <numerusform>Its %n nominations go with it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit → Undo puts it back.</source>
        <translation>Edit → Undo puts it back.</translation>
    </message>
    <message>
        <source>Remove a model or exemplar</source>
        <translation>Remove a model or exemplar</translation>
    </message>
    <message>
        <source>Remove “%1” from the models and exemplars?</source>
        <translation>Remove “%1” from the models and exemplars?</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;dd…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Put f&amp;orward…</source>
        <translation>Put f&amp;orward…</translation>
    </message>
    <message>
        <source>Filter the models and exemplars</source>
        <translation>Filter the models and exemplars</translation>
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
        <translation>Unit</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conference</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>1. Import the units: the national register&apos;s list of units saved as CSV (a province&apos;s or the whole country&apos;s), and a hierarchy file for the Party committees that are not places.</source>
        <translation>1. Import the units: the national register&apos;s list of units saved as CSV (a province&apos;s or the whole country&apos;s), and a hierarchy file for the Party committees that are not places.</translation>
    </message>
    <message>
        <source>Import more units…</source>
        <translation>Import more units…</translation>
    </message>
    <message>
        <source>&amp;Import units…</source>
        <translation>&amp;Import units…</translation>
    </message>
    <message>
        <source>2. Create your campaign: its name and phase, your office&apos;s own unit (the province, or the district for a district office), the levels taking part, each level&apos;s deadline as the directive writes it, pilots and the units taking part.</source>
        <translation>2. Create your campaign: its name and phase, your office&apos;s own unit (the province, or the district for a district office), the levels taking part, each level&apos;s deadline as the directive writes it, pilots and the units taking part.</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;New campaign…</translation>
    </message>
    <message>
        <source>Or, to try the program first: fill this empty file with the Kiên Giang 2016–2020 example.</source>
        <translation>Or, to try the program first: fill this empty file with the Kiên Giang 2016–2020 example.</translation>
    </message>
    <message>
        <source>Fill with the &amp;example</source>
        <translation>Fill with the &amp;example</translation>
    </message>
    <message>
        <source>There is no campaign yet. Two steps make this database yours:</source>
        <translation>There is no campaign yet. Two steps make this database yours:</translation>
    </message>
    <message numerus="yes">
        <source>1. The units: the database holds %n unit(s). Import more, or a newer edition of the register, when you need to.</source>
        <translation>
            <numerusform>1. The units: the database holds %n unit. Import more, or a newer edition of the register, when you need to.</numerusform>
            <numerusform>1. The units: the database holds %n units. Import more, or a newer edition of the register, when you need to.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportResultsCommand</name>
    <message numerus="yes">
        <source>import the results of %n file(s)</source>
        <translation>
            <numerusform>import the results of %n file</numerusform>
            <numerusform>import the results of %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Apply &amp;without the rows refused</source>
        <translation>Apply &amp;without the rows refused</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Import results</translation>
    </message>
    <message>
        <source>found from the files</source>
        <translation>found from the files</translation>
    </message>
    <message>
        <source>The unit whose units the files list. Units without a code are found by name under it. Left empty: the form&apos;s unit, or the unit above all the units the files give by code.</source>
        <translation>The unit whose units the files list. Units without a code are found by name under it. Left empty: the form&apos;s unit, or the unit above all the units the files give by code.</translation>
    </message>
    <message>
        <source>Told by the fonts, then the text</source>
        <translation>Told by the fonts, then the text</translation>
    </message>
    <message>
        <source>Ask for each</source>
        <translation>Ask for each</translation>
    </message>
    <message>
        <source>Keep what is entered</source>
        <translation>Keep what is entered</translation>
    </message>
    <message>
        <source>Take the file&apos;s values</source>
        <translation>Take the file&apos;s values</translation>
    </message>
    <message>
        <source>&amp;Sent by:</source>
        <translation>&amp;Sent by:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Where a file differs from what is &amp;entered:</source>
        <translation>Where a file differs from what is &amp;entered:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Results sent back</source>
        <translation>Results sent back</translation>
    </message>
    <message>
        <source>Spreadsheets and text (*.xlsx *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>Spreadsheets and text (*.xlsx *.xls *.ods *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Add the files the units sent back.</source>
        <translation>Add the files the units sent back.</translation>
    </message>
    <message numerus="yes">
        <source>%n conference(s) will change</source>
        <translation>
            <numerusform>%n conference will change</numerusform>
            <numerusform>%n conferences will change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) added</source>
        <translation>
            <numerusform>%n value added</numerusform>
            <numerusform>%n values added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept as entered</source>
        <translation>
            <numerusform>%n kept as entered</numerusform>
            <numerusform>%n kept as entered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already so</source>
        <translation>
            <numerusform>%n already so</numerusform>
            <numerusform>%n already so</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be read: remove them or correct them.</source>
        <translation>
            <numerusform>%n file cannot be read: remove it or correct it.</numerusform>
            <numerusform>%n files cannot be read: remove them or correct them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) differ from what is entered: tick those to replace, or choose for all above.</source>
        <translation>
            <numerusform>%n value differs from what is entered: tick it to replace it, or choose for all above.</numerusform>
            <numerusform>%n values differ from what is entered: tick those to replace, or choose for all above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) or value(s) are refused (listed below).</source>
        <translation>
            <numerusform>%n row or value is refused (listed below).</numerusform>
            <numerusform>%n rows or values are refused (listed below).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Reading %1 (file %2 of %3)…</source>
        <translation>Reading %1 (file %2 of %3)…</translation>
    </message>
    <message>
        <source>Stopping once the file being read is closed…</source>
        <translation>Stopping once the file being read is closed…</translation>
    </message>
    <message numerus="yes">
        <source>Reading was stopped, so %n file(s) were left out: %1. Add them again to read them.</source>
        <translation>
            <numerusform>Reading was stopped, so %n file was left out: %1. Add it again to read it.</numerusform>
            <numerusform>Reading was stopped, so %n files were left out: %1. Add them again to read them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading was stopped: the encoding is “%1” again.</source>
        <translation>Reading was stopped: the encoding is “%1” again.</translation>
    </message>
</context>
<context>
    <name>ImportTally</name>
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
    <message>
        <source>The new units are in force from %1, the units they replace until %2.</source>
        <translation>The new units are in force from %1, the units they replace until %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) between old and new units recorded.</source>
        <translation>
            <numerusform>%n link between old and new units recorded.</numerusform>
            <numerusform>%n links between old and new units recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n warning.</numerusform>
            <numerusform>%n warnings.</numerusform>
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
    <message>
        <source>Choose the national register&apos;s list of units saved as CSV (columns Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp), or a hierarchy file with the columns code, name, kind, parent_code for units the register does not hold.

Units are matched by their code. A newer edition renames, moves and adds units, and retires those it no longer lists: nothing is deleted, and past conferences keep their units. A file with an error changes nothing.

The files of the 2025 reorganisation are read too: the conversion table of 07/2025 (new ← old) puts the new provinces and communes in force and links each to the units it came from; the list of new communes adds them by province.</source>
        <translation>Choose the national register&apos;s list of units saved as CSV (columns Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp), or a hierarchy file with the columns code, name, kind, parent_code for units the register does not hold.

Units are matched by their code. A newer edition renames, moves and adds units, and retires those it no longer lists: nothing is deleted, and past conferences keep their units. A file with an error changes nothing.

The files of the 2025 reorganisation are read too: the conversion table of 07/2025 (new ← old) puts the new provinces and communes in force and links each to the units it came from; the list of new communes adds them by province.</translation>
    </message>
    <message>
        <source>The day the file states (today for a register; 01/07/2025 for the files of the 2025 reorganisation)</source>
        <translation>The day the file states (today for a register; 01/07/2025 for the files of the 2025 reorganisation)</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>this danvan was built without a keyring</source>
        <translation>this danvan was built without a keyring</translation>
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
        <translation>%1: the file looks like UTF-16 text but cannot be decoded. Save it from the spreadsheet as “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>%1, line %2: the file contains a NUL byte, so it is not a text file. Save it from the spreadsheet as “CSV UTF-8”.</source>
        <translation>%1, line %2: the file contains a NUL byte, so it is not a text file. Save it from the spreadsheet as “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>UTF-8 (with a byte-order mark)</source>
        <translation>UTF-8 (with a byte-order mark)</translation>
    </message>
    <message>
        <source>%1: the file is not Unicode (UTF-8 or UTF-16) text. Choose its encoding (Windows-1258, TCVN3 or VNI), or save it from the spreadsheet as “CSV UTF-8”.</source>
        <translation>%1: the file is not Unicode (UTF-8 or UTF-16) text. Choose its encoding (Windows-1258, TCVN3 or VNI), or save it from the spreadsheet as “CSV UTF-8”.</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
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
        <source>Cannot open the file</source>
        <translation>Cannot open the file</translation>
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
        <source>danvan</source>
        <translation>danvan</translation>
    </message>
    <message>
        <source>%1 – danvan</source>
        <translation>%1 – danvan</translation>
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
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Find a unit</source>
        <translation>&amp;Find a unit</translation>
    </message>
    <message>
        <source>&amp;Give to a steering group…</source>
        <translation>&amp;Give to a steering group…</translation>
    </message>
    <message>
        <source>Give the units selected in the schedule to a steering group</source>
        <translation>Give the units selected in the schedule to a steering group</translation>
    </message>
    <message>
        <source>&amp;Lists of fields and reward forms…</source>
        <translation>&amp;Lists of fields and reward forms…</translation>
    </message>
    <message>
        <source>Unit and its conference</source>
        <translation>Unit and its conference</translation>
    </message>
    <message>
        <source>Filters the tree and the schedule (Ctrl+F)</source>
        <translation>Filters the tree and the schedule (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Preview and print a report as a Party document, or save it as PDF</source>
        <translation>Preview and print a report as a Party document, or save it as PDF</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Office settings…</source>
        <translation>&amp;Office settings…</translation>
    </message>
    <message>
        <source>The heading and signature of printed documents, margins, and CSV defaults</source>
        <translation>The heading and signature of printed documents, margins, and CSV defaults</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation>No backup was made</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Opened read-only</translation>
    </message>
    <message>
        <source>“%1” can only be read: it or its folder is write-protected. You can look at it, print and export it, and save a copy with File → Back up; changes will not be saved. To work on it, open the copy.</source>
        <translation>“%1” can only be read: it or its folder is write-protected. You can look at it, print and export it, and save a copy with File → Back up; changes will not be saved. To work on it, open the copy.</translation>
    </message>
    <message>
        <source>%1 (read-only) – danvan</source>
        <translation>%1 (read-only) – danvan</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;New campaign…</translation>
    </message>
    <message>
        <source>Set up a campaign of your office&apos;s own: its levels, deadlines and units</source>
        <translation>Set up a campaign of your office&apos;s own: its levels, deadlines and units</translation>
    </message>
    <message>
        <source>New campaign &amp;from this one…</source>
        <translation>New campaign &amp;from this one…</translation>
    </message>
    <message>
        <source>The next phase, with the same unit, levels, documents and steering groups, the deadlines moved on</source>
        <translation>The next phase, with the same unit, levels, documents and steering groups, the deadlines moved on</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (closed)</translation>
    </message>
    <message>
        <source>%1 (campaign closed) – danvan</source>
        <translation>%1 (campaign closed) – danvan</translation>
    </message>
    <message>
        <source>Re&amp;open the campaign</source>
        <translation>Re&amp;open the campaign</translation>
    </message>
    <message>
        <source>&amp;Close the campaign</source>
        <translation>&amp;Close the campaign</translation>
    </message>
    <message>
        <source>&amp;Add the chosen unit to the campaign</source>
        <translation>&amp;Add the chosen unit to the campaign</translation>
    </message>
    <message>
        <source>&amp;Add %1 to the campaign</source>
        <translation>&amp;Add %1 to the campaign</translation>
    </message>
    <message>
        <source>&amp;Leave the chosen unit out of the campaign</source>
        <translation>&amp;Leave the chosen unit out of the campaign</translation>
    </message>
    <message>
        <source>&amp;Leave %1 out of the campaign</source>
        <translation>&amp;Leave %1 out of the campaign</translation>
    </message>
    <message>
        <source>New campaign from this one</source>
        <translation>New campaign from this one</translation>
    </message>
    <message>
        <source>The campaign was not renamed</source>
        <translation>The campaign was not renamed</translation>
    </message>
    <message>
        <source>The campaign was not deleted</source>
        <translation>The campaign was not deleted</translation>
    </message>
    <message>
        <source>Delete the campaign</source>
        <translation>Delete the campaign</translation>
    </message>
    <message>
        <source>The example was not added</source>
        <translation>The example was not added</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Redo: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>All that danvan wrote in the file is there, unchanged. Open it read-only, to look at it, print and export it? Nothing that was added can run in a file that is only read, but it stays in the file and in any copy of it.</source>
        <translation>All that danvan wrote in the file is there, unchanged. Open it read-only, to look at it, print and export it? Nothing that was added can run in a file that is only read, but it stays in the file and in any copy of it.</translation>
    </message>
    <message>
        <source>What the file does not account for:</source>
        <translation>What the file does not account for:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (danvan-cli import-units lists them all).</source>
        <translation>
            <numerusform>… and %n more (danvan-cli import-units lists them all).</numerusform>
            <numerusform>… and %n more (danvan-cli import-units lists them all).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import an older edition?</source>
        <translation>Import an older edition?</translation>
    </message>
    <message>
        <source>Import the older edition all the same?</source>
        <translation>Import the older edition all the same?</translation>
    </message>
    <message>
        <source>Type the day to compute the statuses for, as dd/mm/yyyy.</source>
        <translation>Type the day to compute the statuses for, as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>The statuses stay as of %1.</source>
        <translation>The statuses stay as of %1.</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Campaign</translation>
    </message>
    <message>
        <source>Import &amp;results…</source>
        <translation>Import &amp;results…</translation>
    </message>
    <message>
        <source>Read the conferences&apos; results back from the spreadsheets the units sent</source>
        <translation>Read the conferences&apos; results back from the spreadsheets the units sent</translation>
    </message>
    <message>
        <source>Export a reporting &amp;form…</source>
        <translation>Export a reporting &amp;form…</translation>
    </message>
    <message>
        <source>Write the workbook a unit fills in with its conferences&apos; results and sends back</source>
        <translation>Write the workbook a unit fills in with its conferences&apos; results and sends back</translation>
    </message>
    <message>
        <source>Export a c&amp;alendar…</source>
        <translation>Export a c&amp;alendar…</translation>
    </message>
    <message>
        <source>Write the campaign&apos;s deadlines, conferences and key dates as a calendar (iCalendar) for a phone or a calendar program</source>
        <translation>Write the campaign&apos;s deadlines, conferences and key dates as a calendar (iCalendar) for a phone or a calendar program</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <source>How to work with danvan, page by page (F1)</source>
        <translation>How to work with danvan, page by page (F1)</translation>
    </message>
    <message>
        <source>Search units</source>
        <translation>Search units</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Save a report as CSV or XLSX for Excel, or as PDF or ODT</source>
        <translation>Save a report as CSV or XLSX for Excel, or as PDF or ODT</translation>
    </message>
    <message>
        <source>Export calendars per steering &amp;group…</source>
        <translation>Export calendars per steering &amp;group…</translation>
    </message>
    <message>
        <source>Write one calendar per steering group, with the deadlines and conferences of the units it follows, into a folder</source>
        <translation>Write one calendar per steering group, with the deadlines and conferences of the units it follows, into a folder</translation>
    </message>
    <message>
        <source>Connect to a ser&amp;ver…</source>
        <translation>Connect to a ser&amp;ver…</translation>
    </message>
    <message>
        <source>Work on a database that several offices share on a PostgreSQL server</source>
        <translation>Work on a database that several offices share on a PostgreSQL server</translation>
    </message>
    <message>
        <source>Cannot connect to the server</source>
        <translation>Cannot connect to the server</translation>
    </message>
    <message>
        <source>The keyring did not keep the password (%1); it will be asked next time.</source>
        <translation>The keyring did not keep the password (%1); it will be asked next time.</translation>
    </message>
    <message>
        <source>Save a complete copy of the data in a file; to restore it, open the copy</source>
        <translation>Save a complete copy of the data in a file; to restore it, open the copy</translation>
    </message>
    <message>
        <source>Delete “%1” with everything entered for it: %2? The units stay. Until the database is closed, Edit → Undo brings it all back.</source>
        <translation>Delete “%1” with everything entered for it: %2? The units stay. Until the database is closed, Edit → Undo brings it all back.</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <source>danvan manual</source>
        <translation>danvan manual</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to the page read before (Alt+Left)</source>
        <translation>Back to the page read before (Alt+Left)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Forward again (Alt+Right)</source>
        <translation>Forward again (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>words in this chapter (accents not needed)</source>
        <translation>words in this chapter (accents not needed)</translation>
    </message>
    <message>
        <source>Enter finds the next place, Shift+Enter the one before (Ctrl+F)</source>
        <translation>Enter finds the next place, Shift+Enter the one before (Ctrl+F)</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>Not found in this chapter</source>
        <translation>Not found in this chapter</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>“%1”: an amount cannot be negative.</source>
        <translation>“%1”: an amount cannot be negative.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in đồng; write a whole number such as 1.500.000.</source>
        <translation>“%1” is not an amount in đồng; write a whole number such as 1.500.000.</translation>
    </message>
    <message>
        <source>“%1” is too large an amount.</source>
        <translation>“%1” is too large an amount.</translation>
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
        <translation>New campaign from “%1”</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <source>The campaign</source>
        <translation>The campaign</translation>
    </message>
    <message>
        <source>Its name and phase, the day it starts, and the office&apos;s own unit.</source>
        <translation>Its name and phase, the day it starts, and the office&apos;s own unit.</translation>
    </message>
    <message>
        <source>Deadlines and documents</source>
        <translation>Deadlines and documents</translation>
    </message>
    <message>
        <source>Each level&apos;s deadline as the directive writes it, the documents and the key dates.</source>
        <translation>Each level&apos;s deadline as the directive writes it, the documents and the key dates.</translation>
    </message>
    <message>
        <source>Pilots and units&apos; own deadlines</source>
        <translation>Pilots and units&apos; own deadlines</translation>
    </message>
    <message>
        <source>A pilot holds its conference first; a unit may set a tighter deadline for itself or the units below it, never a looser one.</source>
        <translation>A pilot holds its conference first; a unit may set a tighter deadline for itself or the units below it, never a looser one.</translation>
    </message>
    <message>
        <source>Units taking part</source>
        <translation>Units taking part</translation>
    </message>
    <message>
        <source>Nothing is created until Finish: leave units out or add units of the tree.</source>
        <translation>Nothing is created until Finish: leave units out or add units of the tree.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Tổng kết phong trào thi đua “Dân vận khéo” giai đoạn 2021–2025</source>
        <translation>Summary of the “Dân vận khéo” emulation movement, 2021–2025</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>P&amp;hase:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Starts on:</translation>
    </message>
    <message>
        <source>The office&apos;s own &amp;unit:</source>
        <translation>The office&apos;s own &amp;unit:</translation>
    </message>
    <message>
        <source>&amp;Levels taking part:</source>
        <translation>&amp;Levels taking part:</translation>
    </message>
    <message>
        <source>The office&apos;s own unit is the top of the campaign: the province for a provincial office, the district for a district office. The levels are offered from the units below it in force on the day it starts: three levels before 07/2025, the province and its communes since.</source>
        <translation>The office&apos;s own unit is the top of the campaign: the province for a provincial office, the district for a district office. The levels are offered from the units below it in force on the day it starts: three levels before 07/2025, the province and its communes since.</translation>
    </message>
    <message>
        <source>Deadlines, as the directive writes them (“cuối tháng 6-2020”, “trước ngày 15/10/2020”); a level may have none:</source>
        <translation>Deadlines, as the directive writes them (“cuối tháng 6-2020”, “trước ngày 15/10/2020”); a level may have none:</translation>
    </message>
    <message>
        <source>&amp;Documents of the campaign:</source>
        <translation>&amp;Documents of the campaign:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Add a document</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>&amp;Key dates:</source>
        <translation>&amp;Key dates:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>Add a date</translation>
    </message>
    <message>
        <source>Choose a unit, whether it is a pilot or sets its own deadline for a level, and the deadline phrase; then Add.</source>
        <translation>Choose a unit, whether it is a pilot or sets its own deadline for a level, and the deadline phrase; then Add.</translation>
    </message>
    <message>
        <source>tháng 5/2020</source>
        <translation>tháng 5/2020</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>As the directive writes it</source>
        <translation>As the directive writes it</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Add a unit of the &amp;tree:</source>
        <translation>Add a unit of the &amp;tree:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>Own deadline for %1</source>
        <translation>Own deadline for %1</translation>
    </message>
    <message>
        <source>The earlier phase has no steering groups to carry over.</source>
        <translation>The earlier phase has no steering groups to carry over.</translation>
    </message>
    <message>
        <source>Carried over from the earlier phase: the steering groups %1, with their members and the units they follow that take part.</source>
        <translation>Carried over from the earlier phase: the steering groups %1, with their members and the units they follow that take part.</translation>
    </message>
    <message numerus="yes">
        <source>The deadlines were moved by %n year(s) from the earlier phase: I have checked them.</source>
        <translation>
            <numerusform>The deadlines were moved by %n year from the earlier phase: I have checked them.</numerusform>
            <numerusform>The deadlines were moved by %n years from the earlier phase: I have checked them.</numerusform>
        </translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>Choose the unit first.</source>
        <translation>Choose the unit first.</translation>
    </message>
    <message>
        <source>Write the deadline, such as “tháng 5/2020”.</source>
        <translation>Write the deadline, such as “tháng 5/2020”.</translation>
    </message>
    <message>
        <source>Choose the unit to add first.</source>
        <translation>Choose the unit to add first.</translation>
    </message>
    <message>
        <source>%1 cannot take part: its level does not take part in the campaign.</source>
        <translation>%1 cannot take part: its level does not take part in the campaign.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>As of %1, %n unit(s) take part</source>
        <translation>
            <numerusform>As of %1, %n unit takes part</numerusform>
            <numerusform>As of %1, %n units take part</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the campaign&apos;s name.</source>
        <translation>Write the campaign&apos;s name.</translation>
    </message>
    <message>
        <source>Write the day the campaign starts (its directive&apos;s date).</source>
        <translation>Write the day the campaign starts (its directive&apos;s date).</translation>
    </message>
    <message>
        <source>Choose the office&apos;s own unit.</source>
        <translation>Choose the office&apos;s own unit.</translation>
    </message>
    <message>
        <source>No level takes part below this unit on that day.</source>
        <translation>No level takes part below this unit on that day.</translation>
    </message>
    <message>
        <source>Document %1 needs its number or its title.</source>
        <translation>Document %1 needs its number or its title.</translation>
    </message>
    <message>
        <source>Document %1: %2</source>
        <translation>Document %1: %2</translation>
    </message>
    <message>
        <source>Key date %1: %2</source>
        <translation>Key date %1: %2</translation>
    </message>
    <message>
        <source>write the day.</source>
        <translation>write the day.</translation>
    </message>
    <message>
        <source>The deadlines were carried over from the earlier phase: check them, then tick the box.</source>
        <translation>The deadlines were carried over from the earlier phase: check them, then tick the box.</translation>
    </message>
</context>
<context>
    <name>NominateCommand</name>
    <message>
        <source>put “%1” forward to %2</source>
        <translation>put “%1” forward to %2</translation>
    </message>
</context>
<context>
    <name>Nomination</name>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
    <message>
        <source>Commended</source>
        <translation>Commended</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Not selected</translation>
    </message>
</context>
<context>
    <name>NominationModel</name>
    <message>
        <source>Model or exemplar</source>
        <translation>Model or exemplar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>OdsReader</name>
    <message>
        <source>%1 is damaged: the part “%2” is not readable XML.</source>
        <translation>%1 is damaged: the part “%2” is not readable XML.</translation>
    </message>
    <message>
        <source>%1 is too large to read: it has more than %L2 cells.</source>
        <translation>%1 is too large to read: it has more than %L2 cells.</translation>
    </message>
    <message>
        <source>%1 is an OpenDocument file but not a spreadsheet.</source>
        <translation>%1 is an OpenDocument file but not a spreadsheet.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Open it in the spreadsheet, remove the password and save it again.</source>
        <translation>%1 is protected by a password. Open it in the spreadsheet, remove the password and save it again.</translation>
    </message>
    <message>
        <source>%1 is not an OpenDocument spreadsheet (.ods): it has no content.</source>
        <translation>%1 is not an OpenDocument spreadsheet (.ods): it has no content.</translation>
    </message>
    <message>
        <source>%1 has no sheet to read.</source>
        <translation>%1 has no sheet to read.</translation>
    </message>
</context>
<context>
    <name>OdtWriter</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” could not be written: %2</translation>
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
        <translation> days</translation>
    </message>
    <message>
        <source>Office settings</source>
        <translation>Office settings</translation>
    </message>
    <message>
        <source>e.g. TỈNH ỦY KIÊN GIANG</source>
        <translation>e.g. TỈNH ỦY KIÊN GIANG</translation>
    </message>
    <message>
        <source>e.g. BAN DÂN VẬN</source>
        <translation>e.g. BAN DÂN VẬN</translation>
    </message>
    <message>
        <source>e.g. TB/BDVTU</source>
        <translation>e.g. TB/BDVTU</translation>
    </message>
    <message>
        <source>e.g. Kiên Giang</source>
        <translation>e.g. Kiên Giang</translation>
    </message>
    <message>
        <source>One recipient per line, e.g. “- Lưu Văn phòng.”</source>
        <translation>One recipient per line, e.g. “- Lưu Văn phòng.”</translation>
    </message>
    <message>
        <source>comma (,), as Vietnamese Windows expects</source>
        <translation>comma (,), as Vietnamese Windows expects</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>semicolon (;)</translation>
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
        <translation>Heading of printed documents</translation>
    </message>
    <message>
        <source>&amp;Superior body:</source>
        <translation>&amp;Superior body:</translation>
    </message>
    <message>
        <source>&amp;Issuing body:</source>
        <translation>&amp;Issuing body:</translation>
    </message>
    <message>
        <source>S&amp;ymbol after the number:</source>
        <translation>S&amp;ymbol after the number:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Signature and recipients</source>
        <translation>Signature and recipients</translation>
    </message>
    <message>
        <source>Signing &amp;as:</source>
        <translation>Signing &amp;as:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title:</source>
        <translation>Signer&apos;s &amp;title:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name:</source>
        <translation>Signer&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Recipients:</translation>
    </message>
    <message>
        <source>Page and lists</source>
        <translation>Page and lists</translation>
    </message>
    <message>
        <source>top</source>
        <translation>top</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>bottom</translation>
    </message>
    <message>
        <source>left</source>
        <translation>left</translation>
    </message>
    <message>
        <source>right</source>
        <translation>right</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>Margins:</translation>
    </message>
    <message>
        <source>&amp;Due soon within:</source>
        <translation>&amp;Due soon within:</translation>
    </message>
    <message>
        <source>CSV s&amp;eparator:</source>
        <translation>CSV s&amp;eparator:</translation>
    </message>
    <message>
        <source>CSV &amp;dates:</source>
        <translation>CSV &amp;dates:</translation>
    </message>
    <message>
        <source>Printed as “%1” and “%2”.</source>
        <translation>Printed as “%1” and “%2”.</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>“%1” is a folder; choose a file name.</source>
        <translation>“%1” is a folder; choose a file name.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: its folder “%2” does not exist.</source>
        <translation>“%1” cannot be written: its folder “%2” does not exist.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>“%1” cannot be written: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>“%1” cannot be written.</translation>
    </message>
    <message>
        <source>“%1” could not be replaced; is it open in another program? %2</source>
        <translation>“%1” could not be replaced; is it open in another program? %2</translation>
    </message>
</context>
<context>
    <name>OutputTarget</name>
    <message>
        <source>“%1” is the open file itself; writing there would destroy it. Choose another name.</source>
        <translation>“%1” is the open file itself; writing there would destroy it. Choose another name.</translation>
    </message>
    <message>
        <source>“%1” belongs to the danvan file “%2”: SQLite keeps its latest changes there, and writing over it would damage that file. Choose another name.</source>
        <translation>“%1” belongs to the danvan file “%2”: SQLite keeps its latest changes there, and writing over it would damage that file. Choose another name.</translation>
    </message>
    <message>
        <source>“%1” is a danvan database; writing there would destroy it. Choose another name.</source>
        <translation>“%1” is a danvan database; writing there would destroy it. Choose another name.</translation>
    </message>
    <message>
        <source>“%1” is a danvan file that another program has open (“%2” is beside it); writing over it would damage it. Choose another name, or close the other program first.</source>
        <translation>“%1” is a danvan file that another program has open (“%2” is beside it); writing over it would damage it. Choose another name, or close the other program first.</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <source>the campaign&apos;s own unit</source>
        <translation>the campaign&apos;s own unit</translation>
    </message>
    <message>
        <source>its level does not take part</source>
        <translation>its level does not take part</translation>
    </message>
    <message>
        <source>retired on %1</source>
        <translation>retired on %1</translation>
    </message>
    <message>
        <source>in force from %1</source>
        <translation>in force from %1</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>left out</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
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
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ParticipationCommand</name>
    <message>
        <source>add %1 to the campaign</source>
        <translation>add %1 to the campaign</translation>
    </message>
    <message>
        <source>leave %1 out of the campaign</source>
        <translation>leave %1 out of the campaign</translation>
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
    <name>PutForwardDialog</name>
    <message>
        <source>Put “%1” forward</source>
        <translation>Put “%1” forward</translation>
    </message>
    <message>
        <source>A unit puts forward what its own conference commended, or what it received from the units below and selected. It goes to the unit above it, one level at a time.</source>
        <translation>A unit puts forward what its own conference commended, or what it received from the units below and selected. It goes to the unit above it, one level at a time.</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>It has not been put forward yet.</source>
        <translation>It has not been put forward yet.</translation>
    </message>
    <message>
        <source>So far: %1</source>
        <translation>So far: %1</translation>
    </message>
    <message>
        <source>&amp;Put forward</source>
        <translation>&amp;Put forward</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Choose the unit that puts it forward.</source>
        <translation>Choose the unit that puts it forward.</translation>
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
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
</context>
<context>
    <name>RemoveCatalogueEntryCommand</name>
    <message>
        <source>remove the field of activity “%1”</source>
        <translation>remove the field of activity “%1”</translation>
    </message>
    <message>
        <source>remove the reward form “%1”</source>
        <translation>remove the reward form “%1”</translation>
    </message>
</context>
<context>
    <name>RemoveDocumentCommand</name>
    <message>
        <source>remove the document %1</source>
        <translation>remove the document %1</translation>
    </message>
</context>
<context>
    <name>RemoveNominationCommand</name>
    <message>
        <source>withdraw “%1” from %2</source>
        <translation>withdraw “%1” from %2</translation>
    </message>
</context>
<context>
    <name>RemoveRewardCommand</name>
    <message>
        <source>remove the reward %1</source>
        <translation>remove the reward %1</translation>
    </message>
</context>
<context>
    <name>RemoveSteeringGroupCommand</name>
    <message>
        <source>remove the steering group %1</source>
        <translation>remove the steering group %1</translation>
    </message>
</context>
<context>
    <name>RenameCampaignCommand</name>
    <message>
        <source>rename the campaign “%1”</source>
        <translation>rename the campaign “%1”</translation>
    </message>
</context>
<context>
    <name>RenameCampaignDialog</name>
    <message>
        <source>Rename the campaign</source>
        <translation>Rename the campaign</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>P&amp;hase:</translation>
    </message>
</context>
<context>
    <name>RenameCatalogueEntryCommand</name>
    <message>
        <source>rename “%1” to “%2”</source>
        <translation>rename “%1” to “%2”</translation>
    </message>
</context>
<context>
    <name>ReorganisationImporter</name>
    <message>
        <source>%1, line %2: more than one province named “%3” is in force on %4 (codes %5 and %6); the list names provinces only by name. Import the conversion table of 07/2025 instead.</source>
        <translation>%1, line %2: more than one province named “%3” is in force on %4 (codes %5 and %6); the list names provinces only by name. Import the conversion table of 07/2025 instead.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, line %2</translation>
    </message>
    <message>
        <source>%1 (%2): the old area has no code, and no single unit of that name was under the district on %3; no link was recorded (%4).</source>
        <translation>%1 (%2): the old area has no code, and no single unit of that name was under the district on %3; no link was recorded (%4).</translation>
    </message>
    <message>
        <source>%1: %2 (%3) ends on %4, and the table names no unit it went into.</source>
        <translation>%1: %2 (%3) ends on %4, and the table names no unit it went into.</translation>
    </message>
    <message>
        <source>%1, line %2: no province named “%3” is in force on %4 in the database. Import the conversion table of 07/2025 first (it gives the new provinces their codes), or the register.</source>
        <translation>%1, line %2: no province named “%3” is in force on %4 in the database. Import the conversion table of 07/2025 first (it gives the new provinces their codes), or the register.</translation>
    </message>
    <message>
        <source>%1: %2 (%3): no unit of the database had the code on %4; no link was recorded (%5).</source>
        <translation>%1: %2 (%3): no unit of the database had the code on %4; no link was recorded (%5).</translation>
    </message>
    <message>
        <source>%1 %2: no unit of the database had the code on %3; no link was recorded (%4).</source>
        <translation>%1 %2: no unit of the database had the code on %3; no link was recorded (%4).</translation>
    </message>
    <message numerus="yes">
        <source>%1: no unit of the database had this old province&apos;s code on %2; its %n row(s) gave the new units only, without links.</source>
        <translation>
            <numerusform>%1: no unit of the database had this old province&apos;s code on %2; its %n row gave the new unit only, without links.</numerusform>
            <numerusform>%1: no unit of the database had this old province&apos;s code on %2; its %n rows gave the new units only, without links.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Cannot print</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Print preview: %1</translation>
    </message>
    <message>
        <source>Nothing was printed</source>
        <translation>Nothing was printed</translation>
    </message>
    <message>
        <source>The report was not exported</source>
        <translation>The report was not exported</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>No file was written.</translation>
    </message>
    <message>
        <source>No file was changed. Choose another place or name and export again.</source>
        <translation>No file was changed. Choose another place or name and export again.</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>calendar</translation>
    </message>
    <message>
        <source>Export a calendar</source>
        <translation>Export a calendar</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Calendars (*.ics)</translation>
    </message>
    <message>
        <source>The calendar was not written</source>
        <translation>The calendar was not written</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>The folder for the steering groups&apos; calendars</source>
        <translation>The folder for the steering groups&apos; calendars</translation>
    </message>
    <message>
        <source>The calendars were not written</source>
        <translation>The calendars were not written</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s) written in %1</source>
        <translation>
            <numerusform>%n calendar written in %1</numerusform>
            <numerusform>%n calendars written in %1</numerusform>
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
        <translation>No.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Under</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>As the directive writes it</source>
        <translation>As the directive writes it</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Planned for</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Standing</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Steering group</translation>
    </message>
    <message>
        <source>CONFERENCE SCHEDULE
%1</source>
        <translation>CONFERENCE SCHEDULE
%1</translation>
    </message>
    <message>
        <source>(as of %1)</source>
        <translation>(as of %1)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>held before the units below it</source>
        <translation>held before the units below it</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>REPORT ON THE PROGRESS OF THE CONFERENCES
%1</source>
        <translation>REPORT ON THE PROGRESS OF THE CONFERENCES
%1</translation>
    </message>
    <message>
        <source>I. Totals by level</source>
        <translation>I. Totals by level</translation>
    </message>
    <message>
        <source>By level</source>
        <translation>By level</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Report received</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Units below</source>
        <translation>Units below</translation>
    </message>
    <message>
        <source>Its own conference</source>
        <translation>Its own conference</translation>
    </message>
    <message>
        <source>II. Overdue</source>
        <translation>II. Overdue</translation>
    </message>
    <message>
        <source>III. Overdue</source>
        <translation>III. Overdue</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>held late</source>
        <translation>held late</translation>
    </message>
    <message>
        <source>not held</source>
        <translation>not held</translation>
    </message>
    <message>
        <source>the national level</source>
        <translation>the national level</translation>
    </message>
    <message>
        <source>to %1: %2</source>
        <translation>to %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>MODELS AND EXEMPLARS OF THE “DÂN VẬN KHÉO” MOVEMENT
%1</source>
        <translation>MODELS AND EXEMPLARS OF THE “DÂN VẬN KHÉO” MOVEMENT
%1</translation>
    </message>
    <message>
        <source>I. List</source>
        <translation>I. List</translation>
    </message>
    <message>
        <source>Models and exemplars</source>
        <translation>Models and exemplars</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Commended by</source>
        <translation>Commended by</translation>
    </message>
    <message>
        <source>Recognising level</source>
        <translation>Recognising level</translation>
    </message>
    <message>
        <source>Put forward</source>
        <translation>Put forward</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Rewards</translation>
    </message>
    <message>
        <source>Money mobilised (đồng)</source>
        <translation>Money mobilised (đồng)</translation>
    </message>
    <message>
        <source>Workdays</source>
        <translation>Workdays</translation>
    </message>
    <message>
        <source>(field not set)</source>
        <translation>(field not set)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Collective models</source>
        <translation>Collective models</translation>
    </message>
    <message>
        <source>Individual exemplars</source>
        <translation>Individual exemplars</translation>
    </message>
    <message>
        <source>II. Counts by field and level</source>
        <translation>II. Counts by field and level</translation>
    </message>
    <message>
        <source>By field and level</source>
        <translation>By field and level</translation>
    </message>
    <message>
        <source>REWARDS OF THE “DÂN VẬN KHÉO” MOVEMENT
%1</source>
        <translation>REWARDS OF THE “DÂN VẬN KHÉO” MOVEMENT
%1</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dated</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>At the conference of</source>
        <translation>At the conference of</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Number of recipients</source>
        <translation>Number of recipients</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>LIST OF UNITS</source>
        <translation>LIST OF UNITS</translation>
    </message>
    <message>
        <source>Parent code</source>
        <translation>Parent code</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>In force until</source>
        <translation>In force until</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>List of units</source>
        <translation>List of units</translation>
    </message>
    <message>
        <source>II. By %1</source>
        <translation>II. By %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>By %1</translation>
    </message>
    <message>
        <source>Today&apos;s unit</source>
        <translation>Today&apos;s unit</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Conference schedule</source>
        <translation>Conference schedule</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <source>Models and exemplars</source>
        <translation>Models and exemplars</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Rewards</translation>
    </message>
    <message>
        <source>List of units</source>
        <translation>List of units</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>CSV (opens in Excel, UTF-8)</source>
        <translation>CSV (opens in Excel, UTF-8)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>comma (,), as Vietnamese Windows expects</source>
        <translation>comma (,), as Vietnamese Windows expects</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>semicolon (;)</translation>
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
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates:</translation>
    </message>
    <message>
        <source>As suits the report</source>
        <translation>As suits the report</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation:</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>Document &amp;number:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Preview…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>conference-schedule</source>
        <extracomment>A file name: lower case, no accents, no spaces.</extracomment>
        <translation>conference-schedule</translation>
    </message>
    <message>
        <source>progress</source>
        <extracomment>A file name: lower case, no accents, no spaces.</extracomment>
        <translation>progress</translation>
    </message>
    <message>
        <source>models-and-exemplars</source>
        <extracomment>A file name: lower case, no accents, no spaces.</extracomment>
        <translation>models-and-exemplars</translation>
    </message>
    <message>
        <source>rewards</source>
        <extracomment>A file name: lower case, no accents, no spaces.</extracomment>
        <translation>rewards</translation>
    </message>
    <message>
        <source>units</source>
        <extracomment>A file name: lower case, no accents, no spaces.</extracomment>
        <translation>units</translation>
    </message>
    <message>
        <source>By &amp;today&apos;s units (each row also under the unit that carries its unit on since 2025)</source>
        <translation>By &amp;today&apos;s units (each row also under the unit that carries its unit on since 2025)</translation>
    </message>
    <message>
        <source>the number before the symbol, e.g. 12 (or 12-TB/BDVTU)</source>
        <translation>the number before the symbol, e.g. 12 (or 12-TB/BDVTU)</translation>
    </message>
    <message>
        <source>Conference results</source>
        <translation>Conference results</translation>
    </message>
    <message>
        <source>conference-results</source>
        <extracomment>A file name: lower case, no accents, no spaces.</extracomment>
        <translation>conference-results</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <source>“%1” could not be written: the document could not be drawn (no page could be started).</source>
        <translation>“%1” could not be written: the document could not be drawn (no page could be started).</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message numerus="yes">
        <source>“%1” is not a file, and this report has %n table(s), written one file each: choose a file name.</source>
        <translation>
            <numerusform>“%1” is not a file, and this report has %n table, written one file each: choose a file name.</numerusform>
            <numerusform>“%1” is not a file, and this report has %n tables, written one file each: choose a file name.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportingForm</name>
    <message>
        <source>reporting-form</source>
        <extracomment>A file name: lower case, no accents, no spaces.</extracomment>
        <translation>reporting-form</translation>
    </message>
    <message>
        <source>%1 takes no part in campaign number %2 and has no unit below it that does: there is no form to write.</source>
        <translation>%1 takes no part in campaign number %2 and has no unit below it that does: there is no form to write.</translation>
    </message>
    <message>
        <source>No temporary folder is available to write the form.</source>
        <translation>No temporary folder is available to write the form.</translation>
    </message>
    <message>
        <source>The form could not be written to a temporary file.</source>
        <translation>The form could not be written to a temporary file.</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Conferences</translation>
    </message>
    <message>
        <source>REPORT ON THE SUMMARY CONFERENCES</source>
        <translation>REPORT ON THE SUMMARY CONFERENCES</translation>
    </message>
    <message>
        <source>Reporting unit: %1</source>
        <translation>Reporting unit: %1</translation>
    </message>
    <message>
        <source>Reporting unit: %1 (code %2)</source>
        <translation>Reporting unit: %1 (code %2)</translation>
    </message>
    <message>
        <source>Fill in the white cells and send the file back.</source>
        <translation>Fill in the white cells and send the file back.</translation>
    </message>
    <message>
        <source>Fill in the white cells and send the file back to %1.</source>
        <translation>Fill in the white cells and send the file back to %1.</translation>
    </message>
    <message>
        <source>Days as dd/mm/yyyy, numbers of people and amounts in đồng as whole numbers. Leave a cell empty when it is not known. The grey columns, the sheet names and the order of the columns must stay as they are.</source>
        <translation>Days as dd/mm/yyyy, numbers of people and amounts in đồng as whole numbers. Leave a cell empty when it is not known. The grey columns, the sheet names and the order of the columns must stay as they are.</translation>
    </message>
    <message>
        <source>Enter a day as dd/mm/yyyy, for example 20/05/2020.</source>
        <translation>Enter a day as dd/mm/yyyy, for example 20/05/2020.</translation>
    </message>
    <message>
        <source>Enter an amount in đồng as a whole number, for example 1500000.</source>
        <translation>Enter an amount in đồng as a whole number, for example 1500000.</translation>
    </message>
    <message>
        <source>Enter a number of people as a whole number, for example 120.</source>
        <translation>Enter a number of people as a whole number, for example 120.</translation>
    </message>
    <message>
        <source>Models and exemplars</source>
        <translation>Models and exemplars</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Name of the model or exemplar</source>
        <translation>Name of the model or exemplar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>MODELS AND EXEMPLARS OF THE “DÂN VẬN KHÉO” MOVEMENT</source>
        <translation>MODELS AND EXEMPLARS OF THE “DÂN VẬN KHÉO” MOVEMENT</translation>
    </message>
    <message>
        <source>One row per model (a collective&apos;s initiative) or exemplar (a person); choose the unit, the kind and the field from the lists.</source>
        <translation>One row per model (a collective&apos;s initiative) or exemplar (a person); choose the unit, the kind and the field from the lists.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Choose a value from the list.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” could not be written: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>“%1” cannot be written: %2</translation>
    </message>
    <message>
        <source>There is no unit number %1.</source>
        <translation>There is no unit number %1.</translation>
    </message>
</context>
<context>
    <name>ReportingFormDialog</name>
    <message>
        <source>Its &amp;form: the unit and the units right below it</source>
        <translation>Its &amp;form: the unit and the units right below it</translation>
    </message>
    <message>
        <source>One form for &amp;each unit right below it, into a folder</source>
        <translation>One form for &amp;each unit right below it, into a folder</translation>
    </message>
    <message>
        <source>Export a reporting form</source>
        <translation>Export a reporting form</translation>
    </message>
    <message>
        <source>A reporting form is an Excel workbook a unit fills in and sends back: a row for it and for each unit right below it in the campaign, with their codes, names and deadlines, what is entered already, and the columns to fill in. File → Import results reads it back.</source>
        <translation>A reporting form is an Excel workbook a unit fills in and sends back: a row for it and for each unit right below it in the campaign, with their codes, names and deadlines, what is entered already, and the columns to fill in. File → Import results reads it back.</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
</context>
<context>
    <name>ResultsActions</name>
    <message>
        <source>Import results</source>
        <translation>Import results</translation>
    </message>
    <message>
        <source>Spreadsheets and text (*.xlsx *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>Spreadsheets and text (*.xlsx *.xls *.ods *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>The results were not imported</source>
        <translation>The results were not imported</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>Results imported: %n conference(s) changed.</source>
        <translation>
            <numerusform>Results imported: %n conference changed.</numerusform>
            <numerusform>Results imported: %n conferences changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a reporting form</source>
        <translation>Export a reporting form</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>The form was not written</source>
        <translation>The form was not written</translation>
    </message>
    <message>
        <source>The folder for the forms</source>
        <translation>The folder for the forms</translation>
    </message>
    <message>
        <source>No unit right below %1 takes part in the campaign: there is no form to write.</source>
        <translation>No unit right below %1 takes part in the campaign: there is no form to write.</translation>
    </message>
    <message>
        <source>The forms were not all written</source>
        <translation>The forms were not all written</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) were written before it.</source>
        <translation>
            <numerusform>%n form was written before it.</numerusform>
            <numerusform>%n forms were written before it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) written in %1</source>
        <translation>
            <numerusform>%n form written in %1</numerusform>
            <numerusform>%n forms written in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsColumns</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
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
        <source>Planned for</source>
        <translation>Planned for</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>Chaired by</translation>
    </message>
    <message>
        <source>Delegates invited</source>
        <translation>Delegates invited</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Report received on</source>
        <translation>Report received on</translation>
    </message>
    <message>
        <source>Budget planned (đồng)</source>
        <translation>Budget planned (đồng)</translation>
    </message>
    <message>
        <source>Budget spent (đồng)</source>
        <translation>Budget spent (đồng)</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ResultsImport</name>
    <message>
        <source>No unit of the campaign has the code “%1”.</source>
        <translation>No unit of the campaign has the code “%1”.</translation>
    </message>
    <message>
        <source>No table of conference results was found in its first %1 rows.</source>
        <translation>No table of conference results was found in its first %1 rows.</translation>
    </message>
    <message>
        <source>No header of a table of conference results was recognised; row %1 holds: %2.</source>
        <translation>No header of a table of conference results was recognised; row %1 holds: %2.</translation>
    </message>
    <message>
        <source>No column of a conference&apos;s results was recognised; the headers not placed are: %1.</source>
        <translation>No column of a conference&apos;s results was recognised; the headers not placed are: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>No column of the units&apos; codes or names was recognised; the headers not placed are: %1. Say which column holds which field (on the command line: --map code=B,unit=&quot;Tên đơn vị&quot;).</source>
        <translation>No column of the units&apos; codes or names was recognised; the headers not placed are: %1. Say which column holds which field (on the command line: --map code=B,unit=&quot;Tên đơn vị&quot;).</translation>
    </message>
    <message>
        <source>The row has results but neither a unit&apos;s code nor its name.</source>
        <translation>The row has results but neither a unit&apos;s code nor its name.</translation>
    </message>
    <message>
        <source>A row of totals: left out.</source>
        <translation>A row of totals: left out.</translation>
    </message>
    <message>
        <source>%1 (%2) is not under %3, whose file this is.</source>
        <translation>%1 (%2) is not under %3, whose file this is.</translation>
    </message>
    <message>
        <source>The code %1 is %2&apos;s; the row names “%3”. It is taken as %2&apos;s.</source>
        <translation>The code %1 is %2&apos;s; the row names “%3”. It is taken as %2&apos;s.</translation>
    </message>
    <message>
        <source>No unit has the code %1; the row is taken as %2&apos;s, by its name.</source>
        <translation>No unit has the code %1; the row is taken as %2&apos;s, by its name.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%n units are named “%1” (%2): write the unit&apos;s code in the row, or say which unit sent the file.</source>
        <translation>
            <numerusform>%n units are named “%1” (%2): write the unit&apos;s code in the row, or say which unit sent the file.</numerusform>
            <numerusform>%n units are named “%1” (%2): write the unit&apos;s code in the row, or say which unit sent the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n units are named “%1” here (%2): write the unit&apos;s code in the row.</source>
        <translation>
            <numerusform>%n units are named “%1” here (%2): write the unit&apos;s code in the row.</numerusform>
            <numerusform>%n units are named “%1” here (%2): write the unit&apos;s code in the row.</numerusform>
        </translation>
    </message>
    <message>
        <source>No unit of the campaign is named “%1”.</source>
        <translation>No unit of the campaign is named “%1”.</translation>
    </message>
    <message>
        <source>No unit named “%1” is under %2.</source>
        <translation>No unit named “%1” is under %2.</translation>
    </message>
    <message>
        <source>%1 is given twice: also in %2, sheet “%3”, row %4.</source>
        <translation>%1 is given twice: also in %2, sheet “%3”, row %4.</translation>
    </message>
    <message>
        <source>%1 is the form of campaign number %2 (%3), not of the campaign chosen (%4).</source>
        <translation>%1 is the form of campaign number %2 (%3), not of the campaign chosen (%4).</translation>
    </message>
    <message>
        <source>The sheet is hidden.</source>
        <translation>The sheet is hidden.</translation>
    </message>
    <message>
        <source>The models and exemplars of a form are not read back: enter them in the register.</source>
        <translation>The models and exemplars of a form are not read back: enter them in the register.</translation>
    </message>
    <message>
        <source>sheet “%1”: %2</source>
        <translation>sheet “%1”: %2</translation>
    </message>
    <message>
        <source>%1: no sheet holds a table of conference results (a header row naming the units and what their conferences reported, in the first %2 rows). Say which column holds which field (on the command line: --map code=B,held=&quot;Ngày tổ chức&quot;). %3</source>
        <translation>%1: no sheet holds a table of conference results (a header row naming the units and what their conferences reported, in the first %2 rows). Say which column holds which field (on the command line: --map code=B,held=&quot;Ngày tổ chức&quot;). %3</translation>
    </message>
    <message>
        <source>%1 does not take part in campaign number %2.</source>
        <translation>%1 does not take part in campaign number %2.</translation>
    </message>
    <message>
        <source>The results cannot be applied yet: a file could not be read, a conflict is not decided, or a value is refused.</source>
        <translation>The results cannot be applied yet: a file could not be read, a conflict is not decided, or a value is refused.</translation>
    </message>
    <message numerus="yes">
        <source>The database has %n campaign(s): choose the one the results are for.</source>
        <translation>
            <numerusform>The database has %n campaign: choose the one the results are for.</numerusform>
            <numerusform>The database has %n campaigns: choose the one the results are for.</numerusform>
        </translation>
    </message>
    <message>
        <source>not in this database</source>
        <translation>not in this database</translation>
    </message>
</context>
<context>
    <name>ResultsPreview</name>
    <message>
        <source>%1, sheet “%2”</source>
        <translation>%1, sheet “%2”</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, row %2</translation>
    </message>
    <message>
        <source>%1, column %2</source>
        <translation>%1, column %2</translation>
    </message>
    <message>
        <source>%1, column %2 (%3)</source>
        <translation>%1, column %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ResultsPreviewModel</name>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>as entered</source>
        <translation>as entered</translation>
    </message>
    <message>
        <source>differs: to decide</source>
        <translation>differs: to decide</translation>
    </message>
    <message>
        <source>differs: kept as entered</source>
        <translation>differs: kept as entered</translation>
    </message>
    <message>
        <source>differs: replaced</source>
        <translation>differs: replaced</translation>
    </message>
    <message>
        <source>reporting form</source>
        <translation>reporting form</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>not read</translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>sheet “%1”</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>left out</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s), sent by %1</source>
        <translation>
            <numerusform>%n unit, sent by %1</numerusform>
            <numerusform>%n units, sent by %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Encoding: %1</translation>
    </message>
    <message>
        <source>Header in row %1</source>
        <translation>Header in row %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <source>left out: a value is refused</source>
        <translation>left out: a value is refused</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>no change</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>found by name</source>
        <translation>found by name</translation>
    </message>
    <message>
        <source>Checked: the file&apos;s value replaces what is entered. Unchecked: what is entered is kept.</source>
        <translation>Checked: the file&apos;s value replaces what is entered. Unchecked: what is entered is kept.</translation>
    </message>
    <message>
        <source>File, sheet, unit, field</source>
        <translation>File, sheet, unit, field</translation>
    </message>
    <message>
        <source>Entered now</source>
        <translation>Entered now</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
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
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Refused, or to note</source>
        <translation>Refused, or to note</translation>
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
        <translation>RESULTS OF THE SUMMARY CONFERENCES
%1</translation>
    </message>
    <message>
        <source>(as of %1)</source>
        <translation>(as of %1)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
</context>
<context>
    <name>Reward</name>
    <message>
        <source>Choose the form of the reward (Giấy khen, Bằng khen, ...).</source>
        <translation>Choose the form of the reward (Giấy khen, Bằng khen, ...).</translation>
    </message>
    <message>
        <source>Choose the unit whose conference gave the reward.</source>
        <translation>Choose the unit whose conference gave the reward.</translation>
    </message>
    <message>
        <source>A reward needs at least one recipient.</source>
        <translation>A reward needs at least one recipient.</translation>
    </message>
    <message>
        <source>Every recipient needs a name.</source>
        <translation>Every recipient needs a name.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 dated %2</source>
        <translation>%1 dated %2</translation>
    </message>
</context>
<context>
    <name>RewardActions</name>
    <message>
        <source>Remove a reward</source>
        <translation>Remove a reward</translation>
    </message>
    <message numerus="yes">
        <source>Remove the reward %1 with its %n recipient(s)? Edit → Undo puts it back.</source>
        <translation>
            <numerusform>Remove the reward %1 with its %n recipient? Edit → Undo puts it back.</numerusform>
            <numerusform>Remove the reward %1 with its %n recipients? Edit → Undo puts it back.</numerusform>
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
        <translation>Add a reward</translation>
    </message>
    <message>
        <source>Edit a reward</source>
        <translation>Edit a reward</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>Given at the &amp;conference of:</source>
        <translation>Given at the &amp;conference of:</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>&amp;Issued by:</translation>
    </message>
    <message>
        <source>Ban Thường vụ Huyện ủy, Ủy ban nhân dân tỉnh, …</source>
        <translation>Ban Thường vụ Huyện ủy, Ủy ban nhân dân tỉnh, …</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>&amp;Signed by:</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>Decision &amp;number:</translation>
    </message>
    <message>
        <source>125-QĐ/HU</source>
        <translation>125-QĐ/HU</translation>
    </message>
    <message>
        <source>&amp;dated</source>
        <translation>&amp;dated</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Recipients: collectives and individuals, linked to a unit and/or a model or exemplar of the register where they are</source>
        <translation>Recipients: collectives and individuals, linked to a unit and/or a model or exemplar of the register where they are</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Collective or individual</source>
        <translation>Collective or individual</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Model or exemplar</source>
        <translation>Model or exemplar</translation>
    </message>
    <message>
        <source>Add the &amp;unit</source>
        <translation>Add the &amp;unit</translation>
    </message>
    <message>
        <source>Add &amp;by name</source>
        <translation>Add &amp;by name</translation>
    </message>
    <message>
        <source>Re&amp;move the recipient</source>
        <translation>Re&amp;move the recipient</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Collective</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Choose the unit to add.</source>
        <translation>Choose the unit to add.</translation>
    </message>
    <message>
        <source>Add a model or &amp;exemplar</source>
        <translation>Add a model or &amp;exemplar</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Signer&apos;s title</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Model or exemplar to add as a recipient</source>
        <translation>Model or exemplar to add as a recipient</translation>
    </message>
    <message>
        <source>Unit to add as a recipient</source>
        <translation>Unit to add as a recipient</translation>
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
        <translation>individual</translation>
    </message>
    <message>
        <source>collective</source>
        <translation>collective</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Given at the conference of</source>
        <translation>Given at the conference of</translation>
    </message>
    <message>
        <source>Today&apos;s unit</source>
        <translation>Today&apos;s unit</translation>
    </message>
</context>
<context>
    <name>RewardRepository</name>
    <message>
        <source>There is no reward with the id %1.</source>
        <translation>There is no reward with the id %1.</translation>
    </message>
</context>
<context>
    <name>RewardsView</name>
    <message>
        <source>Rewards</source>
        <translation>Rewards</translation>
    </message>
    <message>
        <source>Rewards given at the conferences</source>
        <translation>Rewards given at the conferences</translation>
    </message>
    <message>
        <source>Filter by number, form, recipient or unit (accents not needed)</source>
        <translation>Filter by number, form, recipient or unit (accents not needed)</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 with %2</translation>
    </message>
    <message numerus="yes">
        <source>%n reward decision(s)</source>
        <translation>
            <numerusform>%n reward decision</numerusform>
            <numerusform>%n reward decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;dd…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>Rem&amp;ove</translation>
    </message>
    <message>
        <source>Filter the rewards</source>
        <translation>Filter the rewards</translation>
    </message>
</context>
<context>
    <name>SaveDocumentCommand</name>
    <message>
        <source>edit the document %1</source>
        <translation>edit the document %1</translation>
    </message>
    <message>
        <source>add the document %1</source>
        <translation>add the document %1</translation>
    </message>
</context>
<context>
    <name>SaveRewardCommand</name>
    <message>
        <source>edit the reward %1</source>
        <translation>edit the reward %1</translation>
    </message>
    <message>
        <source>add the reward %1</source>
        <translation>add the reward %1</translation>
    </message>
</context>
<context>
    <name>SaveSteeringGroupCommand</name>
    <message>
        <source>add the steering group %1</source>
        <translation>add the steering group %1</translation>
    </message>
    <message>
        <source>rename the steering group %1 to %2</source>
        <translation>rename the steering group %1 to %2</translation>
    </message>
    <message>
        <source>add %1 to %2</source>
        <translation>add %1 to %2</translation>
    </message>
    <message>
        <source>remove a member of %1</source>
        <translation>remove a member of %1</translation>
    </message>
    <message>
        <source>edit the members of %1</source>
        <translation>edit the members of %1</translation>
    </message>
    <message>
        <source>change the units followed by %1</source>
        <translation>change the units followed by %1</translation>
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
    <message>
        <source>Steering group</source>
        <translation>Steering group</translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Schedule of the conferences</source>
        <translation>Schedule of the conferences</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>Pilots &amp;only</source>
        <translation>Pilots &amp;only</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Followed by no group</source>
        <translation>Followed by no group</translation>
    </message>
    <message>
        <source>Conference schedule</source>
        <translation>Conference schedule</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Conference schedule · deadlines: %1</source>
        <translation>Conference schedule · deadlines: %1</translation>
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
        <source>As of %1: %2 of %n unit(s) shown</source>
        <translation>
            <numerusform>As of %1: %2 of %n unit shown</numerusform>
            <numerusform>As of %1: %2 of %n units shown</numerusform>
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
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>(its end)</source>
        <translation>(its end)</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
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
        <translation>danvan could not build its own schema in memory.</translation>
    </message>
    <message>
        <source>danvan could not build its own schema in memory: %1</source>
        <translation>danvan could not build its own schema in memory: %1</translation>
    </message>
    <message>
        <source>danvan knows no schema of data version %1.</source>
        <translation>danvan knows no schema of data version %1.</translation>
    </message>
    <message>
        <source>the list of its tables cannot be read: %1</source>
        <translation>the list of its tables cannot be read: %1</translation>
    </message>
    <message>
        <source>it holds a %1 “%2” on the table “%3” that danvan did not create</source>
        <translation>it holds a %1 “%2” on the table “%3” that danvan did not create</translation>
    </message>
    <message>
        <source>it holds a %1 “%2” that danvan did not create</source>
        <translation>it holds a %1 “%2” that danvan did not create</translation>
    </message>
    <message>
        <source>it lacks the %1 “%2” that danvan creates</source>
        <translation>it lacks the %1 “%2” that danvan creates</translation>
    </message>
    <message>
        <source>“%1” is a %2 where danvan has a %3</source>
        <translation>“%1” is a %2 where danvan has a %3</translation>
    </message>
    <message>
        <source>the %1 “%2” is on the table “%3” where danvan has it on “%4”</source>
        <translation>the %1 “%2” is on the table “%3” where danvan has it on “%4”</translation>
    </message>
    <message>
        <source>the %1 “%2” is not defined as danvan defines it: where danvan has “%3”, the file has “%4”</source>
        <translation>the %1 “%2” is not defined as danvan defines it: where danvan has “%3”, the file has “%4”</translation>
    </message>
    <message>
        <source>danvan does not open “%1”: %2%3. Another program has changed the file, and what it changed could alter or delete records when danvan writes to it. The file was not changed. Open a backup copy instead, or ask whoever sent the file for the one danvan wrote; “danvan-cli check” lists every difference.</source>
        <translation>danvan does not open “%1”: %2%3. Another program has changed the file, and what it changed could alter or delete records when danvan writes to it. The file was not changed. Open a backup copy instead, or ask whoever sent the file for the one danvan wrote; “danvan-cli check” lists every difference.</translation>
    </message>
    <message numerus="yes">
        <source> (and %n other difference(s))</source>
        <translation>
            <numerusform> (and %n other difference)</numerusform>
            <numerusform> (and %n other differences)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>“%1” is not a server address danvan understands. Write it as postgresql://user@host:port/database, for example postgresql://huyen_go_quao@10.0.0.5:5432/danvan.</source>
        <translation>“%1” is not a server address danvan understands. Write it as postgresql://user@host:port/database, for example postgresql://huyen_go_quao@10.0.0.5:5432/danvan.</translation>
    </message>
    <message>
        <source>“%1” names no database. Write the address as postgresql://user@host:port/database.</source>
        <translation>“%1” names no database. Write the address as postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>“%1=%2” in the address of %3 is not a connection setting that danvan passes on (such as sslmode=verify-full).</source>
        <translation>“%1=%2” in the address of %3 is not a connection setting that danvan passes on (such as sslmode=verify-full).</translation>
    </message>
</context>
<context>
    <name>ServerAdmin</name>
    <message>
        <source>The server refused: %1. Connect as a superuser, or as a role with CREATEROLE that owns the database.</source>
        <translation>The server refused: %1. Connect as a superuser, or as a role with CREATEROLE that owns the database.</translation>
    </message>
    <message>
        <source>The server refused: %1.</source>
        <translation>The server refused: %1.</translation>
    </message>
    <message>
        <source>This computer cannot connect to PostgreSQL servers: Qt&apos;s PostgreSQL driver is missing. Install the package libqt6sql6-psql.</source>
        <translation>This computer cannot connect to PostgreSQL servers: Qt&apos;s PostgreSQL driver is missing. Install the package libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Could not connect to %1: %2</translation>
    </message>
    <message>
        <source>Creating danvan&apos;s schema in “%1” needs a superuser, or a role with CREATEROLE that owns the database. Connect as one of them.</source>
        <translation>Creating danvan&apos;s schema in “%1” needs a superuser, or a role with CREATEROLE that owns the database. Connect as one of them.</translation>
    </message>
    <message>
        <source>The database “%1” stores text as %2; danvan needs UTF8. Create it with: CREATE DATABASE … ENCODING &apos;UTF8&apos; TEMPLATE template0.</source>
        <translation>The database “%1” stores text as %2; danvan needs UTF8. Create it with: CREATE DATABASE … ENCODING &apos;UTF8&apos; TEMPLATE template0.</translation>
    </message>
    <message>
        <source>The server has no collation “vi-x-icu” for Vietnamese order: it was built without ICU. Use PostgreSQL from Debian&apos;s packages.</source>
        <translation>The server has no collation “vi-x-icu” for Vietnamese order: it was built without ICU. Use PostgreSQL from Debian&apos;s packages.</translation>
    </message>
    <message>
        <source>The role “%1” exists on the server and can log in or bypass row-level security; danvan&apos;s own roles must not. Drop it or make it NOLOGIN NOSUPERUSER NOBYPASSRLS.</source>
        <translation>The role “%1” exists on the server and can log in or bypass row-level security; danvan&apos;s own roles must not. Drop it or make it NOLOGIN NOSUPERUSER NOBYPASSRLS.</translation>
    </message>
    <message>
        <source>The database “%1” was made by a newer danvan (data version %2; this one writes %3). Use that version&apos;s danvan-cli.</source>
        <translation>The database “%1” was made by a newer danvan (data version %2; this one writes %3). Use that version&apos;s danvan-cli.</translation>
    </message>
    <message>
        <source>The database “%1” holds danvan&apos;s schema of data version %2, which this danvan cannot update (it writes %3).</source>
        <translation>The database “%1” holds danvan&apos;s schema of data version %2, which this danvan cannot update (it writes %3).</translation>
    </message>
    <message numerus="yes">
        <source>The database “%1” already holds %n table(s) that are not danvan&apos;s (%2). Create an empty database for danvan.</source>
        <translation>
            <numerusform>The database “%1” already holds %n table that is not danvan&apos;s (%2). Create an empty database for danvan.</numerusform>
            <numerusform>The database “%1” already holds %n tables that are not danvan&apos;s (%2). Create an empty database for danvan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database “%1” holds no danvan schema; create it first with danvan-cli server init.</source>
        <translation>The database “%1” holds no danvan schema; create it first with danvan-cli server init.</translation>
    </message>
    <message>
        <source>The database “%1” holds danvan&apos;s schema of data version %2; this danvan writes %3.</source>
        <translation>The database “%1” holds danvan&apos;s schema of data version %2; this danvan writes %3.</translation>
    </message>
    <message>
        <source>Give the login role&apos;s name.</source>
        <translation>Give the login role&apos;s name.</translation>
    </message>
    <message>
        <source>“%1” is one of the server&apos;s own roles, not an office&apos;s login role.</source>
        <translation>“%1” is one of the server&apos;s own roles, not an office&apos;s login role.</translation>
    </message>
    <message>
        <source>There is no role “%1” on the server. Create it first, with its password: CREATE ROLE %2 LOGIN PASSWORD &apos;…&apos;;</source>
        <translation>There is no role “%1” on the server. Create it first, with its password: CREATE ROLE %2 LOGIN PASSWORD &apos;…&apos;;</translation>
    </message>
    <message>
        <source>The role “%1” is a superuser, bypasses row-level security or can become %2: the server would not hold it to a unit. Grant rights to an ordinary login role.</source>
        <translation>The role “%1” is a superuser, bypasses row-level security or can become %2: the server would not hold it to a unit. Grant rights to an ordinary login role.</translation>
    </message>
    <message>
        <source>No unit has the code “%1”.</source>
        <translation>No unit has the code “%1”.</translation>
    </message>
    <message>
        <source>No unit with the code “%1” is in force today (%2): rights go to units that are.</source>
        <translation>No unit with the code “%1” is in force today (%2): rights go to units that are.</translation>
    </message>
</context>
<context>
    <name>SetLevelDeadlineCommand</name>
    <message>
        <source>set the deadline of %1</source>
        <translation>set the deadline of %1</translation>
    </message>
</context>
<context>
    <name>SetNominationStatusCommand</name>
    <message>
        <source>mark “%1” as %2 at %3</source>
        <translation>mark “%1” as %2 at %3</translation>
    </message>
</context>
<context>
    <name>SetOverrideCommand</name>
    <message>
        <source>set the own deadline of %1</source>
        <translation>set the own deadline of %1</translation>
    </message>
    <message>
        <source>remove the own deadline of %1</source>
        <translation>remove the own deadline of %1</translation>
    </message>
</context>
<context>
    <name>SetPilotCommand</name>
    <message>
        <source>make %1 a pilot</source>
        <translation>make %1 a pilot</translation>
    </message>
    <message>
        <source>remove the pilot mark of %1</source>
        <translation>remove the pilot mark of %1</translation>
    </message>
</context>
<context>
    <name>SpecialDeadlineModel</name>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>Own deadline</source>
        <translation>Own deadline</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>For the level</source>
        <translation>For the level</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>As written</translation>
    </message>
</context>
<context>
    <name>SteeringGroupModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) followed</source>
        <translation>
            <numerusform>%n unit followed</numerusform>
            <numerusform>%n units followed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SteeringMemberDialog</name>
    <message>
        <source>Member of the steering group</source>
        <translation>Member of the steering group</translation>
    </message>
    <message>
        <source>New member of the steering group</source>
        <translation>New member of the steering group</translation>
    </message>
    <message>
        <source>for example: Phó Trưởng Ban Dân vận Huyện ủy</source>
        <translation>for example: Phó Trưởng Ban Dân vận Huyện ủy</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>A member needs a name.</source>
        <translation>A member needs a name.</translation>
    </message>
</context>
<context>
    <name>SteeringMemberModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>SteeringRepository</name>
    <message>
        <source>A steering group needs a name, such as “Tổ 1”.</source>
        <translation>A steering group needs a name, such as “Tổ 1”.</translation>
    </message>
    <message>
        <source>Every member of a steering group needs a name.</source>
        <translation>Every member of a steering group needs a name.</translation>
    </message>
    <message>
        <source>There is no steering group with the id %1.</source>
        <translation>There is no steering group with the id %1.</translation>
    </message>
</context>
<context>
    <name>SteeringView</name>
    <message>
        <source>Steering groups</source>
        <translation>Steering groups</translation>
    </message>
    <message>
        <source>&amp;Steering groups of the campaign:</source>
        <translation>&amp;Steering groups of the campaign:</translation>
    </message>
    <message>
        <source>Add a steering group</source>
        <translation>Add a steering group</translation>
    </message>
    <message>
        <source>Remove the group with its members; the units it followed are followed by none</source>
        <translation>Remove the group with its members; the units it followed are followed by none</translation>
    </message>
    <message>
        <source>Choose units of the campaign for this group to follow</source>
        <translation>Choose units of the campaign for this group to follow</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Members of %1</translation>
    </message>
    <message>
        <source>Units followed by %1 (%2)</source>
        <translation>Units followed by %1 (%2)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Units followed</source>
        <translation>Units followed</translation>
    </message>
    <message>
        <source>&amp;Name of the steering group:</source>
        <translation>&amp;Name of the steering group:</translation>
    </message>
    <message>
        <source>New steering group</source>
        <translation>New steering group</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <source>Rename the steering group</source>
        <translation>Rename the steering group</translation>
    </message>
    <message>
        <source>The campaign has no steering group yet. Add one on the “Steering groups” page first.</source>
        <translation>The campaign has no steering group yet. Add one on the “Steering groups” page first.</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Steering group</translation>
    </message>
    <message>
        <source>Which steering group follows %1?</source>
        <translation>Which steering group follows %1?</translation>
    </message>
    <message numerus="yes">
        <source>Which steering group follows the %n chosen unit(s)?</source>
        <translation>
            <numerusform>Which steering group follows the %n chosen unit?</numerusform>
            <numerusform>Which steering group follows the %n chosen units?</numerusform>
        </translation>
    </message>
    <message>
        <source>None: followed by no group</source>
        <translation>None: followed by no group</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;dd…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>Rem&amp;ove</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Add units…</source>
        <translation>Add units…</translation>
    </message>
    <message>
        <source>Remove the chosen units</source>
        <translation>Remove the chosen units</translation>
    </message>
    <message>
        <source>%1 The steering groups can be read here, not changed.</source>
        <translation>%1 The steering groups can be read here, not changed.</translation>
    </message>
</context>
<context>
    <name>SystemErrors</name>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>there is no such file or folder</source>
        <translation>there is no such file or folder</translation>
    </message>
    <message>
        <source>the disk can only be read</source>
        <translation>the disk can only be read</translation>
    </message>
    <message>
        <source>a part of the path is a file, not a folder</source>
        <translation>a part of the path is a file, not a folder</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>it is a folder, not a file</translation>
    </message>
</context>
<context>
    <name>UnitComboBox</name>
    <message>
        <source>type part of the name or the code</source>
        <translation>type part of the name or the code</translation>
    </message>
    <message>
        <source>No unit of the campaign is called “%1”.</source>
        <translation>No unit of the campaign is called “%1”.</translation>
    </message>
    <message>
        <source>“%1” matches %2 units; pick one from the list.</source>
        <translation>“%1” matches %2 units; pick one from the list.</translation>
    </message>
</context>
<context>
    <name>UnitExemplarsSection</name>
    <message>
        <source>Models and exemplars</source>
        <translation>Models and exemplars</translation>
    </message>
    <message>
        <source>Commended at this unit&apos;s conference:</source>
        <translation>Commended at this unit&apos;s conference:</translation>
    </message>
    <message>
        <source>Put forward by this unit:</source>
        <translation>Put forward by this unit:</translation>
    </message>
    <message>
        <source>Received from the units below:</source>
        <translation>Received from the units below:</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Take the nomination back</source>
        <translation>Take the nomination back</translation>
    </message>
    <message>
        <source>What this unit decided of the nomination it received</source>
        <translation>What this unit decided of the nomination it received</translation>
    </message>
    <message>
        <source>Put forward to %1</source>
        <translation>Put forward to %1</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Put forward</source>
        <comment>a model commended at this conference</comment>
        <translation>Put forward</translation>
    </message>
    <message>
        <source>Put forward</source>
        <comment>a nomination received from below</comment>
        <translation>Put forward</translation>
    </message>
    <message>
        <source>Already put forward to %1</source>
        <translation>Already put forward to %1</translation>
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
        <translation>Conference held on %1</translation>
    </message>
    <message numerus="yes">
        <source>Conference held on %1, %n attendee(s)</source>
        <translation>
            <numerusform>Conference held on %1, %n attendee</numerusform>
            <numerusform>Conference held on %1, %n attendees</numerusform>
        </translation>
    </message>
    <message>
        <source>report received on %1</source>
        <translation>report received on %1</translation>
    </message>
    <message>
        <source>Conference planned for %1, not held</source>
        <translation>Conference planned for %1, not held</translation>
    </message>
    <message>
        <source>Conference not held</source>
        <translation>Conference not held</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 đồng mobilised</source>
        <translation>%1 đồng mobilised</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n recipient(s)</source>
        <translation>
            <numerusform>%1, %n recipient</numerusform>
            <numerusform>%1, %n recipients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitHistorySection</name>
    <message>
        <source>History of the units before it</source>
        <translation>History of the units before it</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>no records</translation>
    </message>
    <message>
        <source>Records of the units that went into this one, marked with their unit:</source>
        <translation>Records of the units that went into this one, marked with their unit:</translation>
    </message>
</context>
<context>
    <name>UnitImporter</name>
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
    <message>
        <source>%1: the row ends before this column (it has %2 fields, the header %3). Check the row for a missing separator (“%4”).</source>
        <translation>%1: the row ends before this column (it has %2 fields, the header %3). Check the row for a missing separator (“%4”).</translation>
    </message>
    <message>
        <source>%1: the row goes on after this column with “%2” (it has %3 fields, the header %4). Check the row for an extra separator (“%5”), or put quotes around a name that contains one.</source>
        <translation>%1: the row goes on after this column with “%2” (it has %3 fields, the header %4). Check the row for an extra separator (“%5”), or put quotes around a name that contains one.</translation>
    </message>
    <message>
        <source>%1: “%2” is %3 characters long, more than a unit&apos;s name or code can be (%4). A missing line break or quote may have run rows together.</source>
        <translation>%1: “%2” is %3 characters long, more than a unit&apos;s name or code can be (%4). A missing line break or quote may have run rows together.</translation>
    </message>
    <message>
        <source>%1: the chain of parent codes through the unit %2 is more than %3 units long, but there are only %4 levels; a unit must be below its parent.</source>
        <translation>%1: the chain of parent codes through the unit %2 is more than %3 units long, but there are only %4 levels; a unit must be below its parent.</translation>
    </message>
    <message>
        <source>%1 is an edition in force from %2, older than the edition already imported for its provinces, in force from %3. Importing it would bring back the units the newer edition retired and retire those it added; nothing was changed.</source>
        <translation>%1 is an edition in force from %2, older than the edition already imported for its provinces, in force from %3. Importing it would bring back the units the newer edition retired and retire those it added; nothing was changed.</translation>
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
    <name>UnitLink</name>
    <message>
        <source>whole</source>
        <translation>whole</translation>
    </message>
    <message>
        <source>in part</source>
        <translation>in part</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>kept</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>renamed</translation>
    </message>
    <message>
        <source>type changed</source>
        <translation>type changed</translation>
    </message>
</context>
<context>
    <name>UnitPanel</name>
    <message>
        <source>Conference</source>
        <translation>Conference</translation>
    </message>
    <message>
        <source>&amp;Planned for:</source>
        <translation>&amp;Planned for:</translation>
    </message>
    <message>
        <source>&amp;Report received on:</source>
        <translation>&amp;Report received on:</translation>
    </message>
    <message>
        <source>&amp;Budget planned:</source>
        <translation>&amp;Budget planned:</translation>
    </message>
    <message>
        <source>Assess&amp;ment:</source>
        <translation>Assess&amp;ment:</translation>
    </message>
    <message>
        <source>What the report says of the results, the causes of shortcomings and the directions for the next phase</source>
        <translation>What the report says of the results, the causes of shortcomings and the directions for the next phase</translation>
    </message>
    <message>
        <source>Set a deadline tighter than the one above, for this unit or the units below it</source>
        <translation>Set a deadline tighter than the one above, for this unit or the units below it</translation>
    </message>
    <message>
        <source>P&amp;ilot…</source>
        <translation>P&amp;ilot…</translation>
    </message>
    <message>
        <source>Mark this unit as the pilot of its level, with its own deadline</source>
        <translation>Mark this unit as the pilot of its level, with its own deadline</translation>
    </message>
    <message>
        <source>Choose a unit in the tree or the schedule to see and enter its conference.</source>
        <translation>Choose a unit in the tree or the schedule to see and enter its conference.</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <source>under &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>under &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>in force until %1</source>
        <translation>in force until %1</translation>
    </message>
    <message>
        <source>This unit does not take part in the campaign.</source>
        <translation>This unit does not take part in the campaign.</translation>
    </message>
    <message>
        <source>Deadline: &lt;b&gt;%1&lt;/b&gt; (“%2”), %3</source>
        <translation>Deadline: &lt;b&gt;%1&lt;/b&gt; (“%2”), %3</translation>
    </message>
    <message>
        <source>No deadline is set for this level.</source>
        <translation>No deadline is set for this level.</translation>
    </message>
    <message>
        <source>As of %1: %2, %3</source>
        <translation>As of %1: %2, %3</translation>
    </message>
    <message>
        <source>%1 of the %2 units below have held theirs</source>
        <translation>%1 of the %2 units below have held theirs</translation>
    </message>
    <message>
        <source>held before the units below it</source>
        <translation>held before the units below it</translation>
    </message>
    <message>
        <source>P&amp;ilot ✓…</source>
        <translation>P&amp;ilot ✓…</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Formed on %1 from %2</source>
        <translation>Formed on %1 from %2</translation>
    </message>
    <message>
        <source>On %1 went into %2</source>
        <translation>On %1 went into %2</translation>
    </message>
    <message>
        <source>Save an unlikely day?</source>
        <translation>Save an unlikely day?</translation>
    </message>
    <message>
        <source>Save it all the same?</source>
        <translation>Save it all the same?</translation>
    </message>
    <message>
        <source>It was not saved: type the day again.</source>
        <translation>It was not saved: type the day again.</translation>
    </message>
    <message>
        <source>O&amp;wn deadline…</source>
        <translation>O&amp;wn deadline…</translation>
    </message>
    <message>
        <source>Ven&amp;ue:</source>
        <translation>Ven&amp;ue:</translation>
    </message>
    <message>
        <source>Held o&amp;n:</source>
        <translation>Held o&amp;n:</translation>
    </message>
    <message>
        <source>Chaired b&amp;y:</source>
        <translation>Chaired b&amp;y:</translation>
    </message>
    <message>
        <source>Delegates invited:</source>
        <translation>Delegates invited:</translation>
    </message>
    <message>
        <source>A&amp;ttendees:</source>
        <translation>A&amp;ttendees:</translation>
    </message>
    <message>
        <source>Budget spent:</source>
        <translation>Budget spent:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>“%1” was changed meanwhile, elsewhere, to “%2”. Your text is kept and replaces it when you leave the field; to keep the other, type it again.</source>
        <translation>“%1” was changed meanwhile, elsewhere, to “%2”. Your text is kept and replaces it when you leave the field; to keep the other, type it again.</translation>
    </message>
    <message>
        <source>There is no campaign yet.</source>
        <translation>There is no campaign yet.</translation>
    </message>
</context>
<context>
    <name>UnitPickerModel</name>
    <message>
        <source>Already followed by this group</source>
        <translation>Already followed by this group</translation>
    </message>
    <message>
        <source>Followed by %1 now; choosing it moves it to this group</source>
        <translation>Followed by %1 now; choosing it moves it to this group</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Under</translation>
    </message>
    <message>
        <source>Followed by</source>
        <translation>Followed by</translation>
    </message>
</context>
<context>
    <name>UnitRepository</name>
    <message>
        <source>No unit has the code “%1”.</source>
        <translation>No unit has the code “%1”.</translation>
    </message>
    <message>
        <source>The code “%1” names %2, and none of them was in force on %3. Name a day on which the one you mean was in force.</source>
        <translation>The code “%1” names %2, and none of them was in force on %3. Name a day on which the one you mean was in force.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>There is no unit with the id %1.</source>
        <translation>There is no unit with the id %1.</translation>
    </message>
</context>
<context>
    <name>UnitRewardsSection</name>
    <message>
        <source>Rewards given at this conference</source>
        <translation>Rewards given at this conference</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
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
    <name>UpcomingModel</name>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Planned for</translation>
    </message>
</context>
<context>
    <name>WorkbookReader</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>%1 is a ZIP archive, not a spreadsheet.</source>
        <translation>%1 is a ZIP archive, not a spreadsheet.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Open it in the spreadsheet, remove the password and save it again.</source>
        <translation>%1 is protected by a password. Open it in the spreadsheet, remove the password and save it again.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is not the .%2 workbook its name says. Open it in the spreadsheet to see whether it can be repaired.</source>
        <translation>%1 is damaged: it is not the .%2 workbook its name says. Open it in the spreadsheet to see whether it can be repaired.</translation>
    </message>
    <message numerus="yes">
        <source>%1, by the font %2 (%n cell(s))</source>
        <translation>
            <numerusform>%1, by the font %2 (%n cell)</numerusform>
            <numerusform>%1, by the font %2 (%n cells)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, told from the text (%n cell(s))</source>
        <translation>
            <numerusform>%1, told from the text (%n cell)</numerusform>
            <numerusform>%1, told from the text (%n cells)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, as chosen (%n cell(s) changed)</source>
        <translation>
            <numerusform>%1, as chosen (%n cell changed)</numerusform>
            <numerusform>%1, as chosen (%n cells changed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>“%1” already exists. Choose a new name, or open it with File → Open.</source>
        <translation>“%1” already exists. Choose a new name, or open it with File → Open.</translation>
    </message>
    <message>
        <source>The undo history is cleared: its steps may no longer match the file.</source>
        <translation>The undo history is cleared: its steps may no longer match the file.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost. danvan tries again every few seconds; nothing that was saved is lost, and changes are refused until it is back.</source>
        <translation>The connection to %1 was lost. danvan tries again every few seconds; nothing that was saved is lost, and changes are refused until it is back.</translation>
    </message>
    <message>
        <source>Connected to %1 again. The undo history was cleared, since other offices may have changed the data meanwhile.</source>
        <translation>Connected to %1 again. The undo history was cleared, since other offices may have changed the data meanwhile.</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>No file is open.</translation>
    </message>
</context>
<context>
    <name>XlsReader</name>
    <message>
        <source>%1 cannot be read: no temporary file could be written.</source>
        <translation>%1 cannot be read: no temporary file could be written.</translation>
    </message>
    <message>
        <source>%1 is too large to read.</source>
        <translation>%1 is too large to read.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not an Excel 97-2003 workbook (.xls): it cannot be read. Open it in the spreadsheet and save it again as .xlsx.</source>
        <translation>%1 is damaged or is not an Excel 97-2003 workbook (.xls): it cannot be read. Open it in the spreadsheet and save it again as .xlsx.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Open it in the spreadsheet, remove the password and save it again.</source>
        <translation>%1 is protected by a password. Open it in the spreadsheet, remove the password and save it again.</translation>
    </message>
    <message>
        <source>%1 is too large to read: it has more than %L2 cells.</source>
        <translation>%1 is too large to read: it has more than %L2 cells.</translation>
    </message>
    <message>
        <source>%1 has no sheet to read.</source>
        <translation>%1 has no sheet to read.</translation>
    </message>
    <message>
        <source>%1 cannot be read: danvan-xls-reader, the part of danvan that reads .xls files, is missing. Install danvan again, or save the file as .xlsx in the spreadsheet.</source>
        <translation>%1 cannot be read: danvan-xls-reader, the part of danvan that reads .xls files, is missing. Install danvan again, or save the file as .xlsx in the spreadsheet.</translation>
    </message>
    <message>
        <source>%1 cannot be read: danvan-xls-reader, the part of danvan that reads .xls files, did not start (%2). Install danvan again, or save the file as .xlsx in the spreadsheet.</source>
        <translation>%1 cannot be read: danvan-xls-reader, the part of danvan that reads .xls files, did not start (%2). Install danvan again, or save the file as .xlsx in the spreadsheet.</translation>
    </message>
    <message>
        <source>%1 could not be read: reading it took too long (more than %2 s), so it may be damaged. Open it in the spreadsheet and save it again as .xlsx.</source>
        <translation>%1 could not be read: reading it took too long (more than %2 s), so it may be damaged. Open it in the spreadsheet and save it again as .xlsx.</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>exit code %1</translation>
    </message>
    <message>
        <source>Reading %1 was stopped.</source>
        <translation>Reading %1 was stopped.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is damaged: the part “%2” is not readable XML.</source>
        <translation>%1 is damaged: the part “%2” is not readable XML.</translation>
    </message>
    <message>
        <source>%1 is damaged: the cell reference “%2” in “%3” is not one.</source>
        <translation>%1 is damaged: the cell reference “%2” in “%3” is not one.</translation>
    </message>
    <message>
        <source>%1 is damaged: cell %2 of “%3” points to a text that is not there.</source>
        <translation>%1 is damaged: cell %2 of “%3” points to a text that is not there.</translation>
    </message>
    <message>
        <source>%1 is too large to read: it has more than %L2 cells.</source>
        <translation>%1 is too large to read: it has more than %L2 cells.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it has no workbook part.</source>
        <translation>%1 is not an Excel workbook (.xlsx): it has no workbook part.</translation>
    </message>
    <message>
        <source>%1 has no sheet to read.</source>
        <translation>%1 has no sheet to read.</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>No temporary folder is available to write the workbook.</source>
        <translation>No temporary folder is available to write the workbook.</translation>
    </message>
    <message>
        <source>The workbook could not be read back: %1</source>
        <translation>The workbook could not be read back: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be written: its folder “%2” does not exist.</source>
        <translation>“%1” cannot be written: its folder “%2” does not exist.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>“%1” cannot be written: %2</translation>
    </message>
    <message>
        <source>“%1” could not be replaced; is it open in another program? %2</source>
        <translation>“%1” could not be replaced; is it open in another program? %2</translation>
    </message>
</context>
<context>
    <name>ZipParts</name>
    <message>
        <source>%1 is damaged: its contents cannot be unpacked.</source>
        <translation>%1 is damaged: its contents cannot be unpacked.</translation>
    </message>
    <message>
        <source>%1 is damaged: its list of contents cannot be read.</source>
        <translation>%1 is damaged: its list of contents cannot be read.</translation>
    </message>
    <message>
        <source>%1 holds too many parts to be a spreadsheet.</source>
        <translation>%1 holds too many parts to be a spreadsheet.</translation>
    </message>
    <message>
        <source>%1 is damaged: the part “%2” is missing.</source>
        <translation>%1 is damaged: the part “%2” is missing.</translation>
    </message>
    <message>
        <source>%1 is damaged: the part “%2” cannot be read.</source>
        <translation>%1 is damaged: the part “%2” cannot be read.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Open it in the spreadsheet, remove the password and save it again.</source>
        <translation>%1 is protected by a password. Open it in the spreadsheet, remove the password and save it again.</translation>
    </message>
    <message>
        <source>%1 is damaged: the part “%2” cannot be unpacked.</source>
        <translation>%1 is damaged: the part “%2” cannot be unpacked.</translation>
    </message>
    <message>
        <source>%1 is too large to read: its part “%2” unpacks to more than %3 MB.</source>
        <translation>%1 is too large to read: its part “%2” unpacks to more than %3 MB.</translation>
    </message>
    <message>
        <source>%1 is damaged: the part “%2” does not match its checksum.</source>
        <translation>%1 is damaged: the part “%2” does not match its checksum.</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>The file could not be packed (ZIP).</source>
        <translation>The file could not be packed (ZIP).</translation>
    </message>
    <message>
        <source>The file could not be packed (ZIP): the part “%1” could not be written.</source>
        <translation>The file could not be packed (ZIP): the part “%1” could not be written.</translation>
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
    <message>
        <source>Open the window on this unit (its code).</source>
        <translation>Open the window on this unit (its code).</translation>
    </message>
    <message>
        <source>Open the window on this page: schedule, overview, exemplars, rewards, steering or campaign.</source>
        <translation>Open the window on this page: schedule, overview, exemplars, rewards, steering or campaign.</translation>
    </message>
    <message>
        <source>With --screenshot: picture only this part of the window (an object name, such as unitDock).</source>
        <translation>With --screenshot: picture only this part of the window (an object name, such as unitDock).</translation>
    </message>
</context>
</TS>
