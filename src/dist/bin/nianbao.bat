@echo off
rem This file is saved in GBK (code page 936) on purpose: cmd.exe on a Chinese Windows prints it as it is.
rem nianbao: runs lib\nianbao.jar with the Java beside it (runtime\, in the app image), else %JAVA_HOME%, else java on
rem the PATH. Memory: -Xmx1g unless NIANBAO_JAVA_OPTS says otherwise. Output follows the console's code page (GBK on
rem a Chinese Windows); -Dfile.encoding=UTF-8 only sets how files are read by default.
setlocal
set "APP_HOME=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%APP_HOME%\runtime\bin\java.exe" set "JAVA=%APP_HOME%\runtime\bin\java.exe"
if not defined NIANBAO_JAVA_OPTS set "NIANBAO_JAVA_OPTS=-Xmx1g"
"%JAVA%" %NIANBAO_JAVA_OPTS% -Dfile.encoding=UTF-8 -jar "%APP_HOME%\lib\nianbao.jar" %*
if errorlevel 9009 (
  echo nianbao：未找到 Java。请安装 Java 17 或更高版本，或使用自带 Java 的版本（nianbao-*-windows-x64.zip）。
  echo nianbao: no Java found. Install Java 17 or later, or use the release with its own Java.
)
exit /b %ERRORLEVEL%
