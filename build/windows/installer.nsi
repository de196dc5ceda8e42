; 法治报告助手 Report Desk — Windows installer (NSIS 3, Unicode). Saved as UTF-8 with BOM.
;   makensis /DVERSION=0.1.0 /DSOURCE=dist\ReportDesk /DOUTFILE=dist\ReportDesk-0.1.0-setup.exe /DICON=resources\icons\app.ico build\windows\installer.nsi
; build\windows\build.ps1 runs this; build/windows/check_installer.sh compiles it on Linux with a stand-in payload.
; Per-user install into %LOCALAPPDATA%\Programs\ReportDesk: no administrator rights (township PCs often have none).
; The user's reports are NOT in the program folder (they live in the user data folder) and are never removed.
Unicode true
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "VERSION not defined: makensis /DVERSION=x.y.z ..."
!endif
!ifndef SOURCE
  !error "SOURCE not defined: the dist\ReportDesk folder"
!endif
!ifndef OUTFILE
  !define OUTFILE "ReportDesk-${VERSION}-setup.exe"
!endif

!define APP_NAME "法治报告助手"
!define APP_ID "ReportDesk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"

!include "MUI2.nsh"
!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_ID}"
InstallDirRegKey HKCU "Software\${APP_ID}" "InstallDir"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=2052 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=2052 "FileDescription" "${APP_NAME} 安装程序"
VIAddVersionKey /LANG=2052 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "LegalCopyright" "MIT License"

!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\ReportDesk.exe"
!define MUI_FINISHPAGE_RUN_TEXT "启动${APP_NAME}"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

!macro OpenWith EXT
  WriteRegStr HKCU "Software\Classes\${EXT}\OpenWithProgids" "${APP_ID}.Document" ""
  WriteRegStr HKCU "Software\Classes\Applications\ReportDesk.exe\SupportedTypes" "${EXT}" ""
!macroend

!macro un.OpenWith EXT
  DeleteRegValue HKCU "Software\Classes\${EXT}\OpenWithProgids" "${APP_ID}.Document"
!macroend

Section "${APP_NAME}" SecMain
  SectionIn RO
  ; A previous version's files go first, so a removed library cannot linger next to the new ones.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${SOURCE}\*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"
  CreateDirectory "$SMPROGRAMS\${APP_NAME}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk" "$INSTDIR\ReportDesk.exe" "" "$INSTDIR\ReportDesk.exe" 0
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\卸载${APP_NAME}.lnk" "$INSTDIR\Uninstall.exe"
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\ReportDesk.exe" "" "$INSTDIR\ReportDesk.exe" 0
  WriteRegStr HKCU "Software\${APP_ID}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Report Desk"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\ReportDesk.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ; File types: a report package (.rdpkg) opens with the app; .docx/.txt/.odt/.pdf/.rtf get it under 打开方式.
  WriteRegStr HKCU "Software\Classes\.rdpkg" "" "${APP_ID}.Package"
  WriteRegStr HKCU "Software\Classes\${APP_ID}.Package" "" "${APP_NAME}报告包"
  WriteRegStr HKCU "Software\Classes\${APP_ID}.Package\DefaultIcon" "" "$INSTDIR\ReportDesk.exe,0"
  WriteRegStr HKCU "Software\Classes\${APP_ID}.Package\shell\open\command" "" '"$INSTDIR\ReportDesk.exe" "%1"'
  WriteRegStr HKCU "Software\Classes\${APP_ID}.Document" "" "${APP_NAME}可导入的报告"
  WriteRegStr HKCU "Software\Classes\${APP_ID}.Document\shell\open\command" "" '"$INSTDIR\ReportDesk.exe" "%1"'
  WriteRegStr HKCU "Software\Classes\Applications\ReportDesk.exe\shell\open\command" "" '"$INSTDIR\ReportDesk.exe" "%1"'
  !insertmacro OpenWith ".docx"
  !insertmacro OpenWith ".txt"
  !insertmacro OpenWith ".odt"
  !insertmacro OpenWith ".pdf"
  !insertmacro OpenWith ".rtf"
  !insertmacro OpenWith ".rdpkg"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'  ; SHCNE_ASSOCCHANGED
SectionEnd

Section "Uninstall"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  RMDir /r "$SMPROGRAMS\${APP_NAME}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\ReportDesk.exe"
  Delete "$INSTDIR\ReportDeskCli.exe"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APP_ID}"
  !insertmacro un.OpenWith ".docx"
  !insertmacro un.OpenWith ".txt"
  !insertmacro un.OpenWith ".odt"
  !insertmacro un.OpenWith ".pdf"
  !insertmacro un.OpenWith ".rtf"
  !insertmacro un.OpenWith ".rdpkg"
  ReadRegStr $0 HKCU "Software\Classes\.rdpkg" ""
  StrCmp $0 "${APP_ID}.Package" 0 +2
    DeleteRegValue HKCU "Software\Classes\.rdpkg" ""
  DeleteRegKey HKCU "Software\Classes\${APP_ID}.Package"
  DeleteRegKey HKCU "Software\Classes\${APP_ID}.Document"
  DeleteRegKey HKCU "Software\Classes\Applications\ReportDesk.exe"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
