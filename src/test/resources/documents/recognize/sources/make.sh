#!/bin/sh
# Converts every report written by make.py with LibreOffice, as an office would save it: Word 2007 (.docx),
# Word 97 (.doc), OpenDocument (.odt) and PDF, each straight from the HTML. Run in this folder after `python3 make.py`.
set -e
profile=$(mktemp -d)
for html in *.html; do
  name=${html%.html}
  for target in 'docx:MS Word 2007 XML' 'doc:MS Word 97' 'odt:writer8' 'pdf:writer_pdf_Export'; do
    soffice -env:UserInstallation=file://$profile --headless --infilter="HTML (StarWriter)" \
      --convert-to "$target" --outdir .. "$html"
  done
done
rm -rf "$profile"
