<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="desk_en">
<context>
    <name></name>
    <message>
        <source>MainWindow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MainWindow</source>
        <comment>Toolbar</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no store open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write, check and export the annual rule-of-law government report, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Click an item to select the text it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist  ● {0} errors  ▲ {1} warnings  ○ {2} advice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Writing guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a heading or an example phrase at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorsForm</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Data: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in {0} ms · {1} errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last changes could not be saved. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Parts of the report: ✓ done, ▲ warnings, ● errors, ○ optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title and header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <source>New report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Unit profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your unit&apos;s details once; every new report and export uses them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit name is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message>
        <source>Recycle bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this report and all its versions for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Revision history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from this version to the current text:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search all reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find, e.g. 述法 or 合法性审查, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} sections found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Section heading, e.g. 一、…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this part here. Sub-headings as （一）… on their own line; paste from Word keeps the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Annual rule-of-law government reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a report to continue writing, or start a new one: from the template, from last year&apos;s report (select it first), or by importing a Word (.docx) or text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from last year&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to recycle bin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreActionsMixin</name>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as a new draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the recycle bin (Report ▸ Recycle bin to restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version restored; the text before it is kept in the history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
