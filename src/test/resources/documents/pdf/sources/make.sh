#!/bin/sh
# Makes the seed renderings in ../ with real producers (Chromium print-to-PDF, LibreOffice Writer), from
# src/test/resources/reports/samples/seed.html and the variant beside this script. Run from this folder:
#   sh make.sh
# Needs chromium, libreoffice-writer-nogui, python3-uno, fonts-noto-cjk, fonts-wqy-zenhei.
set -e
SEED=../../../reports/samples/seed.html
OUT=..
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# Chromium: the page size set by a CSS @page rule added to the page (Chromium prints CJK text in Type 3 fonts)
chromium_pdf() { # size html pdf
    sed "s|<style>|<style>\n  @page { size: $1; }|" "$2" > "$TMP/page.html"
    profile=$(mktemp -d)
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --user-data-dir="$profile" --no-pdf-header-footer \
        --print-to-pdf="$3" "file://$TMP/page.html"
    rm -rf "$profile"
}
chromium_pdf A4 "$SEED" "$OUT/seed-chromium-a4.pdf"
chromium_pdf Letter "$SEED" "$OUT/seed-chromium-letter.pdf"
chromium_pdf A4 seed-blank-first-row.html "$OUT/seed-blank-first-row-chromium-a4.pdf"

# LibreOffice: the HTML opened in Writer, every page style set to A4 landscape with narrow margins, one CJK font
/usr/bin/python3 render_libreoffice.py "$SEED" "$OUT/seed-libreoffice-landscape-noto.pdf" \
    --paper A4 --landscape --margin-mm 8 --margin-tb-mm 16 --font "Noto Serif CJK SC"
/usr/bin/python3 render_libreoffice.py "$SEED" "$OUT/seed-libreoffice-landscape-wqy.pdf" \
    --paper A4 --landscape --margin-mm 6 --margin-tb-mm 14 --font "WenQuanYi Zen Hei"
/usr/bin/python3 render_libreoffice.py "$SEED" "$OUT/seed-libreoffice-landscape-noto-caption-split.pdf" \
    --paper A4 --landscape --margin-mm 20 --font "Noto Serif CJK SC"
