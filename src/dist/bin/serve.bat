@echo off
rem Double-click to start the web page for auditors and open it in the browser; close this window to stop it.
rem Data is kept in the nianbao-data folder beside this release.
setlocal
cd /d "%~dp0.."
rem the browser opens a few seconds later, once the server answers
start "" /b cmd /c "timeout /t 4 /nobreak >nul & start http://127.0.0.1:8080/"
call "%~dp0nianbao.bat" serve --port 8080 --data "%~dp0..\nianbao-data" %*
pause
