#!/bin/sh
# Remakes every file in ../ (the .odt fixtures) with LibreOffice and pandoc, from files in this repository.
# Run from this folder: sh make.sh   (LibreOffice 7.4.7.2 and pandoc 2.17.1.1 made the committed files)
set -e
here=$(pwd)
out=$(cd .. && pwd)
root=$(cd ../../../../../.. && pwd)
scratch=$(mktemp -d)
profile="-env:UserInstallation=file://$scratch/profile"
soffice() { command soffice "$profile" --headless "$@" >/dev/null 2>&1; }
cd "$scratch"

# the seed report: from Word, from the web page, and LibreOffice's flat XML
cp "$root/src/test/resources/reports/samples/seed.docx" seed-soffice.docx
cp "$root/src/test/resources/reports/samples/seed.html" seed-html-soffice.html
cp "$root/src/test/resources/reports/samples/edge-sdt-gridbefore-trackchange.docx" edge-soffice.docx
soffice --convert-to odt seed-soffice.docx
soffice --convert-to odt seed-html-soffice.html
soffice --convert-to fodt seed-soffice.docx
soffice --convert-to odt edge-soffice.docx
cp seed-soffice.odt seed-html-soffice.odt seed-soffice.fodt edge-soffice.odt "$out/"

# the seed with its headings numbered by the outline numbering instead of typed numbers
cp seed-soffice.fodt seed.fodt
python3 "$here/make_numbered_report.py"
mv numbered-report.fodt numbered-report-soffice.fodt
soffice --convert-to odt numbered-report-soffice.fodt
cp numbered-report-soffice.odt "$out/"

# auto-numbered lists and headings, and LibreOffice's own rendering of their labels
cp "$here/numbering.fodt" "$here/structure.fodt" .
soffice --convert-to "txt:Text (encoded):UTF8" numbering.fodt
cp numbering.txt "$here/numbering.expected.txt"
cp numbering.fodt numbering-soffice.fodt
soffice --convert-to odt numbering-soffice.fodt
mkdir rendered && cp numbering-soffice.odt rendered/
soffice --convert-to "txt:Text (encoded):UTF8" --outdir rendered rendered/numbering-soffice.odt
cp numbering-soffice.odt "$out/"
cp rendered/numbering-soffice.txt "$out/numbering-soffice.expected.txt"
cp structure.fodt structure-soffice.fodt
soffice --convert-to odt structure-soffice.fodt
cp structure-soffice.odt "$out/"
cp "$root/src/test/resources/documents/docx/sources/headings-soffice-chinese-style.fodt" .
soffice --convert-to odt headings-soffice-chinese-style.fodt
cp headings-soffice-chinese-style.odt "$out/"

# the report variants of ../../docx (same expected values), straight from their HTML, and pandoc's own .odt writer
for name in report2021-soffice report2019-soffice hybrid-soffice split-soffice defects-soffice; do
    cp "$root/src/test/resources/documents/docx/sources/$name.html" .
    soffice --infilter="HTML (StarWriter)" --convert-to odt "$name.html"
    cp "$name.odt" "$out/"
done
pandoc "$root/src/test/resources/documents/docx/sources/report2021-pandoc.md" -o "$out/report2021-pandoc.odt"

# a password-protected copy of the seed (password: nianbao); Debian's python3 has the python3-uno bridge
/usr/bin/python3 "$here/encrypt.py" "$out/seed-soffice.odt" "$out/encrypted-soffice.odt" nianbao

rm -rf "$scratch"
