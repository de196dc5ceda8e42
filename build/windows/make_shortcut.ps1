# Creates a desktop shortcut (saved as UTF-8 with BOM: PowerShell 5.1 reads the Chinese name right) to the one-folder build on Windows 10/11.
#   powershell -ExecutionPolicy Bypass -File build\windows\make_shortcut.ps1 [-App dist\ReportDesk]
param([string]$App = "$PSScriptRoot\..\..\dist\ReportDesk")
$exe = (Resolve-Path "$App\ReportDesk.exe").Path
$shell = New-Object -ComObject WScript.Shell
$link = $shell.CreateShortcut("$([Environment]::GetFolderPath('Desktop'))\法治报告助手.lnk")
$link.TargetPath = $exe
$link.WorkingDirectory = Split-Path $exe
$link.IconLocation = "$exe,0"
$link.Save()
Write-Output "shortcut created for $exe"
