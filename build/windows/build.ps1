# 法治报告助手 Report Desk — the Windows build, run by a maintainer on a Windows 10/11 PC (or the CI workflow
# .github/workflows/windows.yml). Saved as UTF-8 with BOM so Windows PowerShell 5.1 reads the Chinese right.
#
#   powershell -ExecutionPolicy Bypass -File build\windows\build.ps1 [-Python "py -3.11"] [-NoInstaller]
#
# Needs: Python 3.11 x64 (python.org installer, "py" launcher), NSIS 3 (makensis on PATH or in Program Files)
# for the installer. Makes, from a clean checkout:
#   1. .venv-win with the dependencies installed from wheels only, each pinned by version and sha256
#      (requirements-win.lock); jieba, an sdist on PyPI, is built from its pinned sdist (jieba.lock) into a wheel
#      in .cache\wheels first, so the install itself never compiles;
#   2. the translations (.qm) and the version resource (.cache\version_info.txt);
#   3. dist\ReportDesk\ with ReportDesk.exe (window, no console) and ReportDeskCli.exe (console: check, export,
#      summary …), opengl32sw.dll and unused Qt parts left out (build\bundle_parts.py), the multi-size icon;
#   4. its smoke test: the CLI checks seed 004 (exit 1, privacy.phone), exports DOCX/XLSX/PDF, the window
#      opens offscreen, takes typing, autosaves and closes (exit 0);
#   5. dist\ReportDesk-<version>-win64-portable.zip and dist\ReportDesk-<version>-setup.exe (NSIS, per-user,
#      no administrator rights needed; Start menu and desktop shortcuts 法治报告助手; an uninstaller).
param(
  [string]$Python = "py -3.11",
  [switch]$NoInstaller
)
$ErrorActionPreference = "Stop"
$root = (Resolve-Path "$PSScriptRoot\..\..").Path
Set-Location $root

function Invoke-Step([string]$What, [scriptblock]$Block) {
  Write-Host "build: $What"
  & $Block
  if ($LASTEXITCODE -ne 0) { throw "build: $What failed (exit $LASTEXITCODE)" }
}

# 1. venv and wheels
$launcher, $launcherArgs = $Python.Split(" ", 2)
if (-not (Test-Path ".venv-win\Scripts\python.exe")) {
  if ($launcherArgs) { Invoke-Step "venv (.venv-win)" { & $launcher $launcherArgs -m venv .venv-win } }
  else { Invoke-Step "venv (.venv-win)" { & $launcher -m venv .venv-win } }
}
$py = Join-Path $root ".venv-win\Scripts\python.exe"
Invoke-Step "jieba as a wheel (.cache\wheels, from the sdist pinned in jieba.lock)" {
  & $py -m pip wheel --quiet --no-deps --require-hashes -r build\windows\jieba.lock --wheel-dir .cache\wheels
}
Invoke-Step "dependencies: pinned wheels only (requirements-win.lock)" {
  & $py -m pip install --quiet --only-binary=:all: --require-hashes -r build\windows\requirements-win.lock
}
Invoke-Step "jieba from its wheel" {
  & $py -m pip install --quiet --no-index --no-deps --find-links .cache\wheels jieba==0.42.1
}

# 2. translations and the version resource
Invoke-Step "translations" { & $py build\i18n.py release }
Invoke-Step "version resource" { & $py build\windows\version_info.py .cache\version_info.txt }
$version = & $py -c "import desktop; print(desktop.__version__)"

# 3. PyInstaller (the spec makes both exes on Windows)
Invoke-Step "PyInstaller" {
  & $py -m PyInstaller --noconfirm --log-level WARN --workpath .cache\pyinstaller --distpath dist build\report_desk.spec
}
$app = Join-Path $root "dist\ReportDesk"
foreach ($unwanted in @("opengl32sw.dll", "Qt6Quick.dll", "Qt6Network.dll", "Qt6Qml.dll")) {
  if (Get-ChildItem -Path $app -Recurse -Filter $unwanted) { throw "build: $unwanted was bundled" }
}
$mb = [math]::Round(((Get-ChildItem -Path $app -Recurse -File | Measure-Object -Property Length -Sum).Sum / 1MB), 1)
Write-Host "build: dist\ReportDesk is $mb MB"

# 4. smoke test
$env:REPORT_DESK_DATA = Join-Path $env:TEMP "report-desk-smoke-$PID"
$seed = "tests\data\004_f3282ba59118200a.txt"
$out = & "$app\ReportDeskCli.exe" check --format json $seed
if ($LASTEXITCODE -ne 1 -or -not ($out -match "privacy.phone")) { throw "smoke: check of seed 004 (exit $LASTEXITCODE)" }
$tmp = Join-Path $env:TEMP "report-desk-out-$PID"
New-Item -ItemType Directory -Force -Path $tmp | Out-Null
Invoke-Step "smoke: export DOCX 公开版, XLSX, PDF" {
  & "$app\ReportDeskCli.exe" export $seed --public --docx "$tmp\公开版.docx" --xlsx "$tmp\清单.xlsx" --pdf "$tmp\报告.pdf"
}
$env:QT_QPA_PLATFORM = "offscreen"
$window = Start-Process -FilePath "$app\ReportDesk.exe" -ArgumentList "--smoke-test" -Wait -PassThru -NoNewWindow
Remove-Item Env:\QT_QPA_PLATFORM
if ($window.ExitCode -ne 0) { throw "smoke: the window test exited $($window.ExitCode)" }
Write-Host "build: smoke test passed"

# 5. portable zip and installer
$zip = "dist\ReportDesk-$version-win64-portable.zip"
Invoke-Step "portable zip" { & $py -m zipfile -c $zip $app }
if (-not $NoInstaller) {
  $makensis = (Get-Command makensis.exe -ErrorAction SilentlyContinue).Source
  if (-not $makensis) { $makensis = "${env:ProgramFiles(x86)}\NSIS\makensis.exe" }
  if (-not (Test-Path $makensis)) { throw "build: NSIS (makensis.exe) not found: install NSIS 3, or use -NoInstaller" }
  Invoke-Step "installer (NSIS)" {
    & $makensis /V2 /INPUTCHARSET UTF8 "/DVERSION=$version" "/DSOURCE=$app" "/DOUTFILE=$root\dist\ReportDesk-$version-setup.exe" `
      "/DICON=$root\resources\icons\app.ico" build\windows\installer.nsi
  }
}
Write-Host "build: done — dist\ReportDesk ($mb MB), $zip$(if (-not $NoInstaller) { ", dist\ReportDesk-$version-setup.exe" })"
