@echo off
rem Starts the Plans Workbench (Windows). No Java runtime is bundled for Windows: it needs Java 21
rem or later (JAVA_HOME, or java on the PATH). Options: --open FILE, -data DIR; JVM options in PLANS_JAVA_OPTS.
setlocal
set "HERE=%~dp0"
set "JAVA=javaw"
if exist "%HERE%jre\bin\javaw.exe" set "JAVA=%HERE%jre\bin\javaw.exe"
if not exist "%HERE%jre\bin\javaw.exe" if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\javaw.exe"
set "OPEN="
if "%~1"=="--open" (set "OPEN=-Dplans.open=%~2" & shift & shift)
for %%L in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
start "" "%JAVA%" -Xmx1g %PLANS_JAVA_OPTS% %OPEN% -jar "%LAUNCHER%" -configuration "%HERE%configuration" %1 %2 %3 %4 %5 %6 %7 %8 %9
