; Inno Setup 6.3+ script: wraps the PyInstaller one-folder build (dist\freelance-desk) into
; dist\FreelanceDesk-<version>-setup.exe, with a Start-menu entry, an optional desktop
; shortcut and an uninstaller (Settings > Apps). Installs per user by default (no admin
; prompt); the setup offers "for all users" too. The user's data folder
; (%LOCALAPPDATA%\FreelanceDesk\freelance-desk) is never touched by install or uninstall.
;
; Build on Windows, after the bundle (installer\windows\build.ps1 runs both):
;   iscc installer\windows\freelance-desk.iss
; The version is read from freelance-desk.exe (build.spec writes it from pyproject.toml);
; override with iscc /DAppVersion=1.2.3 ...

#define AppName "Freelance Desk"
#define AppExe "freelance-desk.exe"
#define Root AddBackslash(SourcePath) + "..\.."
#define Bundle Root + "\dist\freelance-desk"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(Bundle + "\" + AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error "No version: build dist\freelance-desk first (pyinstaller build.spec)"
#endif

[Setup]
; AppId identifies the app for upgrades and uninstall: never change it
AppId={{ACF05556-F8E9-419F-AC51-1012B3E1E764}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename=FreelanceDesk-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; an upgrade closes a running copy first (Restart Manager), then starts it again
CloseApplications=yes
RestartApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; PyInstaller's file names change between versions: clear the old runtime before copying
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Proposals, contracts and earnings for freelancers"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; bytecode caches Python may write next to the migrations at run time
Type: filesandordirs; Name: "{app}\_internal"
