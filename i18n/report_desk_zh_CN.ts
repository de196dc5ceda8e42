<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>(no store open)</source>
        <translation>（未打开数据库）</translation>
    </message>
    <message>
        <source>Write, check and export the annual rule-of-law government report, offline.</source>
        <translation>离线撰写、检查、导出法治政府建设年度报告。</translation>
    </message>
    <message>
        <source>Data folder: {0}</source>
        <translation>数据文件夹：{0}</translation>
    </message>
    <message>
        <source>Log file: {0}</source>
        <translation>日志文件：{0}</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Checklist  ● {0} errors  ▲ {1} warnings  ○ {2} advice</source>
        <translation>检查清单  ● {0} 个错误  ▲ {1} 个提示  ○ {2} 条建议</translation>
    </message>
    <message>
        <source>No problems found: all required parts are there.</source>
        <translation>未发现问题：必备内容齐全。</translation>
    </message>
    <message>
        <source>Click an item to select the text it is about; click again for the next</source>
        <translation>点击条目选中相关原文；再次点击转到下一处</translation>
    </message>
    <message>
        <source>Hide suggestions (建议)</source>
        <translation>隐藏建议</translation>
    </message>
    <message>
        <source>{0} task areas of the 纲要 not touched: {1}. Add what was done.</source>
        <translation>主要举措未涉及 {0} 项纲要任务：{1}。如有相关工作，建议补写。</translation>
    </message>
    <message>
        <source>{0} ({1} places)</source>
        <translation>{0}（共 {1} 处）</translation>
    </message>
    <message>
        <source>Place {0} of {1}</source>
        <translation>第 {0} 处，共 {1} 处</translation>
    </message>
    <message>
        <source>Fix punctuation…</source>
        <translation>全部修正标点…</translation>
    </message>
    <message>
        <source>Make half-width brackets and marks in Chinese text full-width</source>
        <translation>把中文正文中的半角括号、逗号、冒号、分号改为全角（不改动文字）</translation>
    </message>
    <message>
        <source>Apply suggestion</source>
        <translation>采用建议</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Word (.docx), version for submission (上报版)</source>
        <translation>Word（.docx）上报版</translation>
    </message>
    <message>
        <source>Word (.docx), public version (公开版, personal data masked)</source>
        <translation>Word（.docx）公开版（隐去个人信息）</translation>
    </message>
    <message>
        <source>Excel workbook: checklist, indicators, sections</source>
        <translation>Excel 工作簿：检查清单、指标、篇章</translation>
    </message>
    <message>
        <source>PDF, version for submission</source>
        <translation>PDF（上报版）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Check before export: {0} errors remain</source>
        <translation>导出前检查：还有 {0} 个错误</translation>
    </message>
    <message>
        <source>I know these problems remain and want to export anyway</source>
        <translation>我知道仍有这些问题，仍要导出</translation>
    </message>
    <message>
        <source>Masked in the public version</source>
        <translation>公开版中将隐去</translation>
    </message>
    <message>
        <source>Names of private persons to mask (separated by 、 or commas):</source>
        <translation>需要隐去的个人姓名（用“、”或逗号分隔）：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Nothing to mask was found.</source>
        <translation>未发现需要隐去的个人信息。</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Exported: {0}</source>
        <translation>已导出：{0}</translation>
    </message>
    <message>
        <source>No program is set up to open {0}</source>
        <translation>本机没有可打开 {0} 的程序</translation>
    </message>
    <message>
        <source>The document will be sealed (room for the seal above the date)</source>
        <translation>加盖印章（成文日期上方留出盖章位置）</translation>
    </message>
    <message>
        <source>PDF, public version (公开版, personal data masked)</source>
        <translation>PDF（公开版，隐去个人信息）</translation>
    </message>
</context>
<context>
    <name>Fcitx4Notice</name>
    <message>
        <source>Typing Chinese: please switch the input method framework</source>
        <translation>输入中文：请切换输入法框架</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This program cannot receive input from fcitx 4&lt;/b&gt;, the input method framework running on this desktop: pinyin typed here comes out as letters.&lt;/p&gt;&lt;p&gt;To type Chinese, switch the framework to &lt;b&gt;fcitx5&lt;/b&gt; or &lt;b&gt;ibus&lt;/b&gt; (your IT person can do this if you may not install software):&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Install one of them: &lt;code&gt;fcitx5&amp;nbsp;fcitx5-chinese-addons&lt;/code&gt;, or &lt;code&gt;ibus&amp;nbsp;ibus-libpinyin&lt;/code&gt; (Kylin V10 / UOS: the software store, or &lt;code&gt;sudo&amp;nbsp;apt&amp;nbsp;install&lt;/code&gt; with those names).&lt;/li&gt;&lt;li&gt;Choose it as the input method framework: in the system&apos;s input method settings, or in a terminal:&lt;br&gt;&lt;code&gt;im-config&amp;nbsp;-n&amp;nbsp;fcitx5&lt;/code&gt; (or &lt;code&gt;im-config&amp;nbsp;-n&amp;nbsp;ibus&lt;/code&gt;).&lt;/li&gt;&lt;li&gt;Log out and log in again, then start this program.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Until then, Chinese text written in another program can be pasted here. This message is shown once; Help ▸ Typing Chinese shows it again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;本程序收不到 fcitx 4 输入法框架的输入&lt;/b&gt;（本桌面正在使用 fcitx 4）：在这里打拼音，只会出来英文字母。&lt;/p&gt;&lt;p&gt;要输入中文，请把输入法框架切换为 &lt;b&gt;fcitx5&lt;/b&gt; 或 &lt;b&gt;ibus&lt;/b&gt;（如果您不能自己安装软件，请单位的信息技术人员帮忙）：&lt;/p&gt;&lt;ol&gt;&lt;li&gt;安装其中一个：&lt;code&gt;fcitx5&amp;nbsp;fcitx5-chinese-addons&lt;/code&gt;，或 &lt;code&gt;ibus&amp;nbsp;ibus-libpinyin&lt;/code&gt;（麒麟 V10 / 统信 UOS：在软件商店里安装，或用 &lt;code&gt;sudo&amp;nbsp;apt&amp;nbsp;install&lt;/code&gt; 加上这些软件包名）。&lt;/li&gt;&lt;li&gt;把它设为输入法框架：在系统的输入法设置里选择它，或在终端里运行：&lt;br&gt;&lt;code&gt;im-config&amp;nbsp;-n&amp;nbsp;fcitx5&lt;/code&gt;（或 &lt;code&gt;im-config&amp;nbsp;-n&amp;nbsp;ibus&lt;/code&gt;）。&lt;/li&gt;&lt;li&gt;注销后重新登录，再启动本程序。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;在此之前，可以把在其他程序里写好的中文粘贴到这里。本提示只出现一次；在“帮助 ▸ 输入中文”里可以再次查看。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FinalBanner</name>
    <message>
        <source>This report is final (已定稿) and read-only.</source>
        <translation>本报告已定稿，处于只读状态。如需修改，请先解除定稿。</translation>
    </message>
    <message>
        <source>Unlock (解除定稿)</source>
        <translation>解除定稿</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>{0} replaced</source>
        <translation>已替换 {0} 处</translation>
    </message>
</context>
<context>
    <name>FixAllDialog</name>
    <message>
        <source>heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation>第{0}行</translation>
    </message>
    <message>
        <source>Fix punctuation</source>
        <translation>全部修正标点</translation>
    </message>
    <message>
        <source>{0} safe fixes: half-width brackets and marks in Chinese text. Words are not changed.</source>
        <translation>共 {0} 处可安全修正：中文正文中的半角括号和标点。文字不会改动。</translation>
    </message>
    <message>
        <source>Nothing to fix: the punctuation is already full-width.</source>
        <translation>没有需要修正的标点：已全部为全角。</translation>
    </message>
    <message>
        <source>Fix all</source>
        <translation>全部修正</translation>
    </message>
    <message>
        <source>{0} punctuation marks fixed (Ctrl+Z undoes a section&apos;s fixes)</source>
        <translation>已修正 {0} 处标点（Ctrl+Z 可撤销一个篇章的修正）</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Writing guidance</source>
        <translation>写作指引</translation>
    </message>
    <message>
        <source>Insert phrase</source>
        <translation>插入常用表述</translation>
    </message>
    <message>
        <source>Insert a heading or an example phrase at the cursor</source>
        <translation>在光标处插入标题或示例表述</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Figures from the indicators</source>
        <translation>指标数据</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>发文字号</translation>
    </message>
    <message>
        <source>Signed by (签发人)</source>
        <translation>签发人</translation>
    </message>
    <message>
        <source>Addressed to (主送)</source>
        <translation>主送机关</translation>
    </message>
    <message>
        <source>Issuer mark (发文机关标志)</source>
        <translation>发文机关标志</translation>
    </message>
    <message>
        <source>Signature (落款)</source>
        <translation>落款</translation>
    </message>
    <message>
        <source>Date written (成文日期, yyyy-mm-dd)</source>
        <translation>成文日期（年-月-日）</translation>
    </message>
    <message>
        <source>Copy to (抄送)</source>
        <translation>抄送</translation>
    </message>
    <message>
        <source>Printed by (印发机关)</source>
        <translation>印发机关</translation>
    </message>
    <message>
        <source>Print date (印发日期)</source>
        <translation>印发日期</translation>
    </message>
    <message>
        <source>Copy number (份号)</source>
        <translation>份号</translation>
    </message>
    <message>
        <source>Classification (密级和保密期限)</source>
        <translation>密级和保密期限</translation>
    </message>
    <message>
        <source>Urgency (紧急程度)</source>
        <translation>紧急程度</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
</context>
<context>
    <name>IndicatorsForm</name>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>上年</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>较上年增减</translation>
    </message>
    <message>
        <source>Not a number: type e.g. 126 or 一百二十六</source>
        <translation>不是数字：请填写如 126 或 一百二十六</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Data: {0}</source>
        <translation>数据：{0}</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation>● 有未保存的修改</translation>
    </message>
    <message>
        <source>✓ Saved {0}</source>
        <translation>✓ 已保存 {0}</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ 已保存</translation>
    </message>
    <message>
        <source>Checked in {0} ms · {1} errors</source>
        <translation>检查用时 {0} 毫秒 · {1} 个错误</translation>
    </message>
    <message>
        <source>The last changes could not be saved. Close anyway?</source>
        <translation>最后的修改未能保存。仍要关闭吗？</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>首页(&amp;S)</translation>
    </message>
    <message>
        <source>Back to the list of reports</source>
        <translation>返回报告列表</translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation>新建报告(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a report from the template</source>
        <translation>按模板新建报告</translation>
    </message>
    <message>
        <source>Start from &amp;last year&apos;s report…</source>
        <translation>从上年度报告开始(&amp;L)…</translation>
    </message>
    <message>
        <source>Copy last year&apos;s report as a new draft</source>
        <translation>以上年度报告为基础新建草稿</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a .docx or .txt report</source>
        <translation>导入 .docx 或 .txt 报告</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save now (changes are also saved automatically)</source>
        <translation>立即保存（修改也会自动保存）</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Preview and print the report</source>
        <translation>预览并打印报告</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export DOCX, Excel or PDF</source>
        <translation>导出 Word、Excel 或 PDF</translation>
    </message>
    <message>
        <source>Export report p&amp;ackage…</source>
        <translation>导出报告数据包(&amp;A)…</translation>
    </message>
    <message>
        <source>One file to hand this report to the 司法所 or the county</source>
        <translation>把报告打包成一个文件，交给司法所或县里</translation>
    </message>
    <message>
        <source>Mark as draft (草稿)</source>
        <translation>标记为草稿</translation>
    </message>
    <message>
        <source>Mark as in review (待审)</source>
        <translation>标记为待审</translation>
    </message>
    <message>
        <source>Mark as final (已定稿)</source>
        <translation>标记为已定稿</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>关闭程序</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find and replace…</source>
        <translation>查找和替换(&amp;F)…</translation>
    </message>
    <message>
        <source>Find and replace in this section</source>
        <translation>在本部分中查找和替换</translation>
    </message>
    <message>
        <source>Search all &amp;reports…</source>
        <translation>搜索全部报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Search the text of every stored report</source>
        <translation>在所有已保存报告的正文中搜索</translation>
    </message>
    <message>
        <source>&amp;Unit profile…</source>
        <translation>单位信息(&amp;U)…</translation>
    </message>
    <message>
        <source>Name, level, county, document prefix, signer …</source>
        <translation>名称、级别、所属县、发文字号代字、签发人…</translation>
    </message>
    <message>
        <source>Revision &amp;history…</source>
        <translation>历史版本(&amp;H)…</translation>
    </message>
    <message>
        <source>Earlier versions of this section</source>
        <translation>本部分的历史版本</translation>
    </message>
    <message>
        <source>Recycle &amp;bin…</source>
        <translation>回收站(&amp;B)…</translation>
    </message>
    <message>
        <source>Deleted reports</source>
        <translation>已删除的报告</translation>
    </message>
    <message>
        <source>Next &amp;panel</source>
        <translation>下一个面板(&amp;P)</translation>
    </message>
    <message>
        <source>Move the keyboard focus: parts → text → checklist</source>
        <translation>切换键盘焦点：篇章 → 正文 → 检查清单</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>立即检查(&amp;C)</translation>
    </message>
    <message>
        <source>Run the checklist now</source>
        <translation>立即运行检查</translation>
    </message>
    <message>
        <source>&amp;Next problem</source>
        <translation>下一个问题(&amp;N)</translation>
    </message>
    <message>
        <source>Select the next checklist item in the text</source>
        <translation>在正文中选中下一个检查条目</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>Data folder, backups, font size</source>
        <translation>数据文件夹、备份、字号</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Version and data location</source>
        <translation>版本与数据位置</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>{0} report · due {1}</source>
        <translation>{0}年度报告 · {1} 前公开</translation>
    </message>
    <message>
        <source>The new data folder is used from the next start</source>
        <translation>新的数据文件夹将在下次启动时使用</translation>
    </message>
    <message>
        <source>County re&amp;view (汇总审核)…</source>
        <translation>汇总审核(&amp;V)…</translation>
    </message>
    <message>
        <source>Collect the townships&apos; reports, score them and return them with comments</source>
        <translation>收集各乡镇报告，评分，并带批注退回</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>用户指南(&amp;G)</translation>
    </message>
    <message>
        <source>The guide, at the part about what is on screen (F1)</source>
        <translation>打开用户指南中与当前界面有关的一节（F1）</translation>
    </message>
    <message>
        <source>Typing &amp;Chinese…</source>
        <translation>输入中文(&amp;C)…</translation>
    </message>
    <message>
        <source>What to do when pinyin comes out as letters (fcitx 4 desktops)</source>
        <translation>打拼音却出来英文字母时怎么办（fcitx 4 桌面）</translation>
    </message>
    <message>
        <source>Untitled report</source>
        <translation>未命名报告</translation>
    </message>
    <message>
        <source>Checking with the regional rules in %1</source>
        <translation>已按“%1”中的地区规则检查</translation>
    </message>
    <message>
        <source>Checking with the built-in rules</source>
        <translation>已按内置规则检查</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Title and header</source>
        <translation>标题与版头</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Parts of the report: ✓ done, ▲ warnings, ● errors, ○ optional. Right-click: which part, add, delete, split, merge; Alt+↑/↓ or drag to move</source>
        <translation>报告各部分：✓ 已完成，▲ 有提醒，● 有错误，○ 可选。右键：这是哪一部分、新增、删除、拆分、合并；Alt+↑/↓ 或拖动可调整顺序</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>您指定的</translation>
    </message>
    <message>
        <source>read from the heading</source>
        <translation>按标题识别</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <source>New report</source>
        <translation>新建报告</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Report year</source>
        <translation>报告年度</translation>
    </message>
</context>
<context>
    <name>PartBar</name>
    <message>
        <source>Opening (导语)</source>
        <translation>开头（导语）</translation>
    </message>
    <message>
        <source>Closing notes (联系人等)</source>
        <translation>结尾（联系人等）</translation>
    </message>
    <message>
        <source>None of the five parts</source>
        <translation>不属于五个部分</translation>
    </message>
    <message>
        <source>Which part is this:</source>
        <translation>这是哪一部分：</translation>
    </message>
    <message>
        <source>Say which of the five parts this section is; the checklist follows</source>
        <translation>指定本节属于五个部分中的哪一部分，检查清单随即更新</translation>
    </message>
    <message>
        <source>Sections ▾</source>
        <translation>结构 ▾</translation>
    </message>
    <message>
        <source>Add, delete, split, merge or move sections</source>
        <translation>新增、删除、拆分、合并或移动各节</translation>
    </message>
    <message>
        <source>(set by you)</source>
        <translation>（您指定的）</translation>
    </message>
    <message>
        <source>(read from the heading)</source>
        <translation>（按标题识别）</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>开头</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>结尾</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>PrintExportMixin</name>
    <message>
        <source>Print preview — {0}</source>
        <translation>打印预览 — {0}</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Unit profile</source>
        <translation>单位信息</translation>
    </message>
    <message>
        <source>Enter your unit&apos;s details once; every new report and export uses them.</source>
        <translation>单位信息只需填写一次，新建报告和导出时都会使用。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>The unit name is required</source>
        <translation>请填写单位名称</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>County (parent)</source>
        <translation>所属县（市、区）</translation>
    </message>
    <message>
        <source>Document number prefix</source>
        <translation>发文字号代字</translation>
    </message>
    <message>
        <source>Signed by (签发人)</source>
        <translation>签发人</translation>
    </message>
    <message>
        <source>Addressed to (主送)</source>
        <translation>主送机关</translation>
    </message>
    <message>
        <source>Copy to (抄送)</source>
        <translation>抄送</translation>
    </message>
    <message>
        <source>Printed by (印发机关)</source>
        <translation>印发机关</translation>
    </message>
    <message>
        <source>Contact person and phone</source>
        <translation>联系人及电话</translation>
    </message>
    <message>
        <source>County deadline (yyyy-mm-dd)</source>
        <translation>县里规定的报送期限（年-月-日）</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>{0} errors remain in this report. Mark it as final (已定稿) anyway?</source>
        <translation>本报告还有 {0} 个错误未改正。仍要标记为“已定稿”吗？</translation>
    </message>
    <message>
        <source>Move “{0}” to the recycle bin? It can be restored from Report ▸ Recycle bin.</source>
        <translation>把“{0}”移到回收站吗？之后可在“报告 ▸ 回收站”中恢复。</translation>
    </message>
    <message>
        <source>This file was imported before: the report “{0}” (last changed {1}) has the same text.</source>
        <translation>这份文件已经导入过：报告“{0}”（最后修改于 {1}）的内容与它相同。</translation>
    </message>
    <message>
        <source>Open that report</source>
        <translation>打开已有报告</translation>
    </message>
    <message>
        <source>Import a second copy</source>
        <translation>仍然再导入一份</translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message>
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>彻底删除…</translation>
    </message>
    <message>
        <source>Delete this report and all its versions for good? This cannot be undone.</source>
        <translation>确定彻底删除这份报告及其所有历史版本吗？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>The damaged file is kept in the data folder as {0}.damaged-&lt;date&gt;; nothing is deleted.</source>
        <translation>损坏的文件会保留在数据文件夹中，改名为 {0}.damaged-日期，不会删除。</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>从选中的备份恢复</translation>
    </message>
    <message>
        <source>Start with an empty store</source>
        <translation>新建一个空的报告库</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Backups, newest first:</source>
        <translation>备份（最新的在前）：</translation>
    </message>
    <message>
        <source>The report store is damaged</source>
        <translation>报告库已损坏</translation>
    </message>
</context>
<context>
    <name>ReviewFindingsDialog</name>
    <message>
        <source>Findings — {0}</source>
        <translation>检查结果 — {0}</translation>
    </message>
    <message>
        <source>Score {0}</source>
        <translation>得分 {0}</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>所属部分</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>修改建议</translation>
    </message>
    <message>
        <source>Findings ({0})</source>
        <translation>问题清单（{0}）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>扣分理由</translation>
    </message>
    <message>
        <source>Deductions ({0})</source>
        <translation>扣分明细（{0}）</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>County review: collect, score and comment the townships&apos; reports</source>
        <translation>汇总审核：收集、评分并批注各乡镇（街道）报告</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Rubric:</source>
        <translation>评分细则：</translation>
    </message>
    <message>
        <source>Other rubric file…</source>
        <translation>其他细则文件…</translation>
    </message>
    <message>
        <source>Show findings</source>
        <translation>查看问题</translation>
    </message>
    <message>
        <source>Export summary and reviewed DOCX…</source>
        <translation>导出汇总表和审核版…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Second round…</source>
        <translation>第二轮对照…</translation>
    </message>
    <message>
        <source>Add reports</source>
        <translation>添加报告</translation>
    </message>
    <message>
        <source>Add a folder of reports</source>
        <translation>添加报告所在文件夹</translation>
    </message>
    <message>
        <source>No new report files (.docx, .txt, .rdpkg) found.</source>
        <translation>没有找到新的报告文件（.docx、.txt、.rdpkg）。</translation>
    </message>
    <message>
        <source>Reading {0} reports…</source>
        <translation>正在读取 {0} 份报告…</translation>
    </message>
    <message>
        <source>Rubric file</source>
        <translation>评分细则文件</translation>
    </message>
    <message>
        <source>Select a report in the table first.</source>
        <translation>请先在表中选择一份报告。</translation>
    </message>
    <message>
        <source>Folder for the summary and the reviewed files</source>
        <translation>汇总表和审核版的保存文件夹</translation>
    </message>
    <message>
        <source>Writing the summary and the reviewed files…</source>
        <translation>正在生成汇总表和审核版…</translation>
    </message>
    <message>
        <source>Exported {0} and {1} reviewed files to {2}.</source>
        <translation>已导出 {0} 和 {1} 份审核版到 {2}。</translation>
    </message>
    <message>
        <source>Not written: {0}</source>
        <translation>未能生成：{0}</translation>
    </message>
    <message>
        <source>The reviewed version (with comments)</source>
        <translation>审核版（带批注）</translation>
    </message>
    <message>
        <source>The township&apos;s revised report</source>
        <translation>乡镇的修改稿</translation>
    </message>
    <message>
        <source>Comparing with the reviewed version…</source>
        <translation>正在与审核版对照…</translation>
    </message>
    <message>
        <source>{0} reports, {1} unreadable. Rubric: {2}</source>
        <translation>共 {0} 份报告，{1} 份无法读取。评分细则：{2}</translation>
    </message>
    <message>
        <source>Export reviewed DOCX…</source>
        <translation>导出审核版…</translation>
    </message>
    <message>
        <source>Save the reviewed DOCX</source>
        <translation>保存审核版（带批注）</translation>
    </message>
    <message>
        <source>Writing the reviewed DOCX…</source>
        <translation>正在生成审核版…</translation>
    </message>
    <message>
        <source>Written {0}: {1} comments, {2} on the quoted text.</source>
        <translation>已生成 {0}：{1} 条批注，其中 {2} 条标在原文处。</translation>
    </message>
    <message>
        <source>Comments also for suggestions</source>
        <translation>建议（提示以下）也写批注</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Revision history</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>恢复此版本</translation>
    </message>
    <message>
        <source>Changes from this version to the current text:</source>
        <translation>此版本与当前文本的差异：</translation>
    </message>
    <message>
        <source>{0}
{1} characters</source>
        <translation>{0}
{1} 字</translation>
    </message>
</context>
<context>
    <name>SaveBanner</name>
    <message>
        <source>Not saved: {0} The window keeps your text; saving is retried every few seconds.</source>
        <translation>尚未保存：{0} 窗口中的内容仍在，程序每隔几秒会自动重试保存。</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search all reports</source>
        <translation>搜索全部报告</translation>
    </message>
    <message>
        <source>Words to find, e.g. 述法 or 合法性审查, then Enter</source>
        <translation>输入要查找的词，如“述法”“合法性审查”，按回车</translation>
    </message>
    <message>
        <source>{0} sections found</source>
        <translation>找到 {0} 处</translation>
    </message>
</context>
<context>
    <name>SecondRoundDialog</name>
    <message>
        <source>Second round — {0}</source>
        <translation>第二轮对照 — {0}</translation>
    </message>
    <message>
        <source>Reviewed: {0}    Revised: {1}    Addressed {2}, open {3}</source>
        <translation>审核版：{0}&#x3000;&#x3000;修改稿：{1}&#x3000;&#x3000;已处理 {2} 条，未处理 {3} 条</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原字数</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现字数</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>增删的句子</translation>
    </message>
    <message>
        <source>✓ addressed</source>
        <translation>✓ 已处理</translation>
    </message>
    <message>
        <source>✗ open</source>
        <translation>✗ 未处理</translation>
    </message>
    <message>
        <source>· by hand, check</source>
        <translation>· 人工批注，请核对</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新问题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Marked text</source>
        <translation>批注位置</translation>
    </message>
    <message>
        <source>Changes by part</source>
        <translation>各部分变化</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>批注处理</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Section heading, e.g. 一、…</source>
        <translation>本部分标题，例如“一、……”</translation>
    </message>
    <message>
        <source>Write this part here. Sub-headings as （一）… on their own line; paste from Word keeps the text.</source>
        <translation>在此撰写本部分。小标题如“（一）……”单独成行；从 Word 粘贴会保留文字。</translation>
    </message>
    <message>
        <source>Characters: {0}</source>
        <translation>字数：{0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>保留备份份数</translation>
    </message>
    <message>
        <source>Font size (pt)</source>
        <translation>字号（磅）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start; the reports stay where they are.</source>
        <translation>新的数据文件夹将在下次启动时使用；已有报告仍保存在原位置。</translation>
    </message>
    <message>
        <source>Backup written: {0}</source>
        <translation>已备份：{0}</translation>
    </message>
    <message>
        <source>Regional rules</source>
        <translation>地区规则</translation>
    </message>
    <message>
        <source>Empty: the built-in rules</source>
        <translation>留空：使用内置规则</translation>
    </message>
</context>
<context>
    <name>SplitPreviewDialog</name>
    <message>
        <source>Split into the parts</source>
        <translation>拆分到各部分</translation>
    </message>
    <message>
        <source>This text is a whole report: {0} sections were found. Check which part each one goes to (change it where it is wrong), then split. Nothing already written is overwritten.</source>
        <translation>这段文字是一篇完整的报告，共识别出 {0} 段。请核对每一段归入哪一部分（不对的可以改），然后点“拆分到各部分”。已经写好的内容不会被覆盖。</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>addressee (主送)</source>
        <translation>主送机关</translation>
    </message>
    <message>
        <source>signature (落款)</source>
        <translation>落款</translation>
    </message>
    <message>
        <source>date (成文日期)</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>Also found: {0}</source>
        <translation>同时识别出：{0}（原为空的会填入版头）</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>Goes to part</source>
        <translation>归入哪一部分</translation>
    </message>
    <message>
        <source>Paste here as it is</source>
        <translation>不拆分，原样粘贴到本节</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Annual rule-of-law government reports</source>
        <translation>法治政府建设年度报告</translation>
    </message>
    <message>
        <source>Open a report to continue writing, or start a new one: from the template, from last year&apos;s report (select it first), or by importing a Word (.docx) or text file.</source>
        <translation>打开一份报告继续撰写，或新建报告：按模板新建、从上年度报告开始（请先选中上年报告），或导入 Word（.docx）、文本文件。</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>新建报告…</translation>
    </message>
    <message>
        <source>Start from last year&apos;s report</source>
        <translation>从上年度报告开始</translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Move to recycle bin</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
</context>
<context>
    <name>StoreActionsMixin</name>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>正在导入 {0}…</translation>
    </message>
    <message>
        <source>Imported as a new draft</source>
        <translation>已导入为新草稿</translation>
    </message>
    <message>
        <source>Moved to the recycle bin (Report ▸ Recycle bin to restore)</source>
        <translation>已移到回收站（可在“报告 ▸ 回收站”中恢复）</translation>
    </message>
    <message>
        <source>Version restored; the text before it is kept in the history</source>
        <translation>已恢复此版本；恢复前的文本保留在历史版本中</translation>
    </message>
    <message>
        <source>Export report package</source>
        <translation>导出报告数据包</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>状态：{0}</translation>
    </message>
    <message>
        <source>Exported: {0}</source>
        <translation>已导出：{0}</translation>
    </message>
    <message>
        <source>Part of the text of {0} was damaged on disk and is shown as �; the other sections are intact. Restore an earlier version from the revisions.</source>
        <translation>篇章{0}中有一部分文字在磁盘上已损坏，显示为 �；其他篇章完好。请从“历史版本”中恢复以前的版本。</translation>
    </message>
    <message>
        <source>Revisions…</source>
        <translation>历史版本…</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>导入说明</translation>
    </message>
    <message>
        <source>Copied as a new draft with the same title</source>
        <translation>已复制为新的草稿（标题不变）</translation>
    </message>
</context>
<context>
    <name>StoreOpen</name>
    <message>
        <source>Choose another data folder…</source>
        <translation>选择其他数据文件夹…</translation>
    </message>
    <message>
        <source>Choose a writable data folder</source>
        <translation>选择一个可写的数据文件夹</translation>
    </message>
</context>
<context>
    <name>StructureEditor</name>
    <message>
        <source>set the part</source>
        <translation>指定部分</translation>
    </message>
    <message>
        <source>add a section</source>
        <translation>新增一节</translation>
    </message>
    <message>
        <source>add a part</source>
        <translation>新增部分</translation>
    </message>
    <message>
        <source>Delete “{0}” ({1} characters)? It can be undone, and restored later from “Restore a deleted section”.</source>
        <translation>删除“{0}”（{1} 字）？可以撤销，以后也可以从“恢复已删除的节”找回。</translation>
    </message>
    <message>
        <source>delete a section</source>
        <translation>删除一节</translation>
    </message>
    <message>
        <source>split a section</source>
        <translation>拆分一节</translation>
    </message>
    <message>
        <source>merge sections</source>
        <translation>合并两节</translation>
    </message>
    <message>
        <source>move a section</source>
        <translation>移动一节</translation>
    </message>
    <message>
        <source>restore a section</source>
        <translation>恢复一节</translation>
    </message>
    <message>
        <source>split into the parts</source>
        <translation>拆分到各部分</translation>
    </message>
    <message>
        <source>Which part is this (这是哪一部分)</source>
        <translation>这是哪一部分</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Add a section after this one</source>
        <translation>在此后新增一节</translation>
    </message>
    <message>
        <source>Split at the cursor</source>
        <translation>在光标处拆分</translation>
    </message>
    <message>
        <source>Merge with the next section</source>
        <translation>与下一节合并</translation>
    </message>
    <message>
        <source>Delete this section…</source>
        <translation>删除本节…</translation>
    </message>
    <message>
        <source>Add a missing part</source>
        <translation>补上缺少的部分</translation>
    </message>
    <message>
        <source>Undo: {0}</source>
        <translation>撤销：{0}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Restore a deleted section</source>
        <translation>恢复已删除的节</translation>
    </message>
</context>
<context>
    <name>StructurePageMixin</name>
    <message>
        <source>Import a whole report file into the parts…</source>
        <translation>导入整篇报告文件并拆分到各部分…</translation>
    </message>
    <message>
        <source>Split into the parts: check each part</source>
        <translation>已拆分到各部分，请逐一核对</translation>
    </message>
    <message>
        <source>Import into the parts</source>
        <translation>导入并拆分到各部分</translation>
    </message>
</context>
</TS>
