"""Report Desk (法治报告助手): write, check and export township 法治政府建设 annual reports, offline."""

__version__ = "0.1.0"
APP_NAME = "ReportDesk"
APP_TITLE = "法治报告助手"
DESKTOP_ID = "report-desk"  # the menu entry report-desk.desktop and the icon name
