@echo off
rem The plans command line from a release: needs Java 17 or later (JAVA_HOME, else java on PATH).
setlocal
set "PLANS_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
"%JAVA%" %PLANS_JAVA_OPTS% -jar "%PLANS_HOME%\lib\plans.jar" %*
exit /b %ERRORLEVEL%
