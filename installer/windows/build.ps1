# Windows: build the app with PyInstaller, run its self-test, then the Inno Setup installer.
#
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
#
# Needs Python 3.11+ (python.org, "py" launcher) and Inno Setup 6 (jrsoftware.org, or
# `winget install JRSoftware.InnoSetup`). Output: dist\freelance-desk\ and
# dist\FreelanceDesk-<version>-setup.exe
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

function Invoke-Checked($exe) {
    & $exe @args
    if ($LASTEXITCODE -ne 0) { throw "$exe $args failed (exit $LASTEXITCODE)" }
}

if (-not (Test-Path ".venv\Scripts\python.exe")) { Invoke-Checked py -3 -m venv .venv }
Invoke-Checked .venv\Scripts\python.exe -m pip install --quiet -e ".[dist]"
Invoke-Checked .venv\Scripts\pyinstaller.exe --noconfirm --clean build.spec

# The console twin prints the report; the GUI exe has no console
$data = Join-Path $env:TEMP "freelance-desk-selftest-$PID"
$env:QT_QPA_PLATFORM = "offscreen"
try { Invoke-Checked dist\freelance-desk\freelance-desk-cli.exe --self-test --data-dir $data }
finally { Remove-Item Env:QT_QPA_PLATFORM; Remove-Item -Recurse -Force $data -ErrorAction SilentlyContinue }

$iscc = Get-Command iscc.exe -ErrorAction SilentlyContinue
$iscc = if ($iscc) { $iscc.Source } else { Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $iscc)) { throw "Inno Setup 6 not found: install it (winget install JRSoftware.InnoSetup)" }
Invoke-Checked $iscc installer\windows\freelance-desk.iss
Get-ChildItem dist\FreelanceDesk-*-setup.exe | ForEach-Object { "built $($_.FullName)" }
