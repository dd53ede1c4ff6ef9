; Inno Setup 6 script: FourthPillarDesk-<version>-setup.exe from the PyInstaller bundle.
;
; Build the bundle on Windows first, then compile this script; installers/build.py --installer
; does both and passes the version:
;
;   .venv\Scripts\python installers\build.py --installer
;   (or by hand)  ISCC.exe /DAppVersion=0.1.0 installers\windows\fourthpillar.iss
;
; Without /DAppVersion the version is read from dist\fourthpillar\fourthpillar.exe, whose version
; resource the spec writes from fourthpillar.__version__ (ProductVersion "0.1.0"; the numeric
; FileVersion 0.1.0.0 is only for Windows' own version fields, which take nothing but numbers: a
; pre-release such as 0.2.0rc1 there fails the compile). The setup lands beside the bundle, in
; dist\ (/O to change).
;
; The user's register is NOT part of this installation and the uninstaller never deletes it:
; the data folder is platformdirs' user_data_dir("FourthPillarDesk", "11.11.11"), that is
; %LOCALAPPDATA%\11.11.11\FourthPillarDesk (the database, its backups, config.json). Only the
; files listed under [Files] are removed on uninstall. Do not add an [UninstallDelete] or
; [UninstallRun] entry that touches {localappdata}, {userappdata} or the data folder: an
; officer who uninstalls, or reinstalls a new version, must find every initiative still there.

#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\dist\fourthpillar"
#endif
#if !FileExists(BundleDir + "\fourthpillar.exe")
  #error "No bundle: build dist\fourthpillar with installers\build.py (PyInstaller) first"
#endif
#ifndef AppVersion
  #define AppVersion GetFileProductVersion(BundleDir + "\fourthpillar.exe")
#endif
#if AppVersion == ""
  #error "fourthpillar.exe has no ProductVersion: pass /DAppVersion=X (installers\build.py does)"
#endif
#define AppVersionNumbers GetVersionNumbersString(BundleDir + "\fourthpillar.exe")

#define AppName "Fourth Pillar desk"
#define AppExe "fourthpillar.exe"

[Setup]
; A fixed id: a new version installs over the old one and shares its uninstaller entry.
AppId={{6F3A2C1E-4B7D-4E0A-9C1F-11B11D4FA11E}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=11.11.11
AppPublisherURL=https://11.be/
VersionInfoVersion={#AppVersionNumbers}
; Per user by default (no administrator needed on office laptops); the dialog offers all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\Fourth Pillar desk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile={#SourcePath}..\..\resources\icons\fourthpillar.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#BundleDir}\..
OutputBaseFilename=FourthPillarDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; The app must be closed to be replaced (its files are in use while it runs).
CloseApplications=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; A new version replaces the old program folder's bundled libraries wholesale (never user data).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole one-folder bundle: fourthpillar.exe (windowed), fourthpillar-cli.exe (console) and _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: see the note at the top (the register stays).
