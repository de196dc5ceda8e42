<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>Checklist  ● {0} errors  ▲ {1} warnings  ○ {2} advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: all required parts are there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an item to select the text it is about; click again for the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide suggestions (建议)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} task areas of the 纲要 not touched: {1}. Add what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1} places)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix punctuation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make half-width brackets and marks in Chinese text full-width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply suggestion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Word (.docx), version for submission (上报版)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word (.docx), public version (公开版, personal data masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook: checklist, indicators, sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, version for submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before export: {0} errors remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know these problems remain and want to export anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked in the public version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names of private persons to mask (separated by 、 or commas):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to mask was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program is set up to open {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document will be sealed (room for the seal above the date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, public version (公开版, personal data masked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fcitx4Notice</name>
    <message>
        <source>Typing Chinese: please switch the input method framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This program cannot receive input from fcitx 4&lt;/b&gt;, the input method framework running on this desktop: pinyin typed here comes out as letters.&lt;/p&gt;&lt;p&gt;To type Chinese, switch the framework to &lt;b&gt;fcitx5&lt;/b&gt; or &lt;b&gt;ibus&lt;/b&gt; (your IT person can do this if you may not install software):&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Install one of them: &lt;code&gt;fcitx5&amp;nbsp;fcitx5-chinese-addons&lt;/code&gt;, or &lt;code&gt;ibus&amp;nbsp;ibus-libpinyin&lt;/code&gt; (Kylin V10 / UOS: the software store, or &lt;code&gt;sudo&amp;nbsp;apt&amp;nbsp;install&lt;/code&gt; with those names).&lt;/li&gt;&lt;li&gt;Choose it as the input method framework: in the system&apos;s input method settings, or in a terminal:&lt;br&gt;&lt;code&gt;im-config&amp;nbsp;-n&amp;nbsp;fcitx5&lt;/code&gt; (or &lt;code&gt;im-config&amp;nbsp;-n&amp;nbsp;ibus&lt;/code&gt;).&lt;/li&gt;&lt;li&gt;Log out and log in again, then start this program.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Until then, Chinese text written in another program can be pasted here. This message is shown once; Help ▸ Typing Chinese shows it again.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinalBanner</name>
    <message>
        <source>This report is final (已定稿) and read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock (解除定稿)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} replaced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixAllDialog</name>
    <message>
        <source>heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} safe fixes: half-width brackets and marks in Chinese text. Words are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix: the punctuation is already full-width.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} punctuation marks fixed (Ctrl+Z undoes a section&apos;s fixes)</source>
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
    <message>
        <source>Figures from the indicators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by (签发人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed to (主送)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer mark (发文机关标志)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature (落款)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date written (成文日期, yyyy-mm-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to (抄送)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed by (印发机关)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print date (印发日期)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy number (份号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification (密级和保密期限)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency (紧急程度)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
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
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number: type e.g. 126 or 一百二十六</source>
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
    <message>
        <source>&amp;Start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a report from the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from &amp;last year&apos;s report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy last year&apos;s report as a new draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a .docx or .txt report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save now (changes are also saved automatically)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export DOCX, Excel or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report p&amp;ackage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file to hand this report to the 司法所 or the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as draft (草稿)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as in review (待审)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as final (已定稿)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find and replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and replace in this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all &amp;reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the text of every stored report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, level, county, document prefix, signer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions of this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recycle &amp;bin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus: parts → text → checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the checklist now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the next checklist item in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder, backups, font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and data location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} report · due {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new data folder is used from the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County re&amp;view (汇总审核)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect the townships&apos; reports, score them and return them with comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide, at the part about what is on screen (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing &amp;Chinese…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do when pinyin comes out as letters (fcitx 4 desktops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with the regional rules in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with the built-in rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Title and header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the report: ✓ done, ▲ warnings, ● errors, ○ optional. Right-click: which part, add, delete, split, merge; Alt+↑/↓ or drag to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read from the heading</source>
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
    <name>PartBar</name>
    <message>
        <source>Opening (导语)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing notes (联系人等)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the five parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which part is this:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which of the five parts this section is; the checklist follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, delete, split, merge or move sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(set by you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(read from the heading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintExportMixin</name>
    <message>
        <source>Print preview — {0}</source>
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
    <message>
        <source>Unit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County (parent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by (签发人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed to (主送)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to (抄送)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed by (印发机关)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person and phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County deadline (yyyy-mm-dd)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>{0} errors remain in this report. Mark it as final (已定稿) anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “{0}” to the recycle bin? It can be restored from Report ▸ Recycle bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was imported before: the report “{0}” (last changed {1}) has the same text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open that report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a second copy</source>
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
    <name>RestoreDialog</name>
    <message>
        <source>The damaged file is kept in the data folder as {0}.damaged-&lt;date&gt;; nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an empty store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report store is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewFindingsDialog</name>
    <message>
        <source>Findings — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductions ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>County review: collect, score and comment the townships&apos; reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other rubric file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export summary and reviewed DOCX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder of reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new report files (.docx, .txt, .rdpkg) found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0} reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a report in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the summary and the reviewed files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the summary and the reviewed files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} and {1} reviewed files to {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewed version (with comments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The township&apos;s revised report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with the reviewed version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} reports, {1} unreadable. Rubric: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export reviewed DOCX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the reviewed DOCX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the reviewed DOCX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written {0}: {1} comments, {2} on the quoted text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments also for suggestions</source>
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
        <source>Changes from this version to the current text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}
{1} characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveBanner</name>
    <message>
        <source>Not saved: {0} The window keeps your text; saving is retried every few seconds.</source>
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
    <name>SecondRoundDialog</name>
    <message>
        <source>Second round — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed: {0}    Revised: {1}    Addressed {2}, open {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· by hand, check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes by part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
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
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size (pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new data folder is used from the next start; the reports stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the built-in rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitPreviewDialog</name>
    <message>
        <source>Split into the parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is a whole report: {0} sections were found. Check which part each one goes to (change it where it is wrong), then split. Nothing already written is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addressee (主送)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature (落款)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date (成文日期)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also found: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste here as it is</source>
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
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
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
    <message>
        <source>Export report package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the text of {0} was damaged on disk and is shown as �; the other sections are intact. Restore an earlier version from the revisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as a new draft with the same title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreOpen</name>
    <message>
        <source>Choose another data folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a writable data folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StructureEditor</name>
    <message>
        <source>set the part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{0}” ({1} characters)? It can be undone, and restored later from “Restore a deleted section”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split into the parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which part is this (这是哪一部分)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a section after this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with the next section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a missing part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a deleted section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StructurePageMixin</name>
    <message>
        <source>Import a whole report file into the parts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split into the parts: check each part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into the parts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
