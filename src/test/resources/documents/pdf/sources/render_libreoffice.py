#!/usr/bin/python3
"""Render an HTML report to PDF with LibreOffice Writer, on a chosen page and font.

usage: /usr/bin/python3 render_libreoffice.py IN.html OUT.pdf --paper A4|Letter [--landscape] [--margin-mm N] [--margin-tb-mm N] [--font NAME]

Starts its own headless soffice (private profile and pipe), opens IN.html with the HTML (StarWriter) filter,
sets every page style's size, orientation and margins, sets every paragraph and table cell's Asian and Western
font to NAME (when given), and exports PDF.
"""
import argparse, os, subprocess, sys, tempfile, time, uuid
import uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p

SIZES = {"A4": (21000, 29700), "Letter": (21590, 27940)}  # 1/100 mm

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src"); ap.add_argument("out")
    ap.add_argument("--paper", default="A4", choices=SIZES)
    ap.add_argument("--landscape", action="store_true")
    ap.add_argument("--margin-mm", type=float, default=None)
    ap.add_argument("--margin-tb-mm", type=float, default=None)
    ap.add_argument("--font", default=None)
    a = ap.parse_args()
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    pipe = "nianbao-" + uuid.uuid4().hex
    office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore", "--nologo",
                               "-env:UserInstallation=file://" + profile,
                               "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(120):
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe); break
            except Exception:
                time.sleep(0.5)
        else:
            sys.exit("soffice did not start")
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        url = uno.systemPathToFileUrl(os.path.abspath(a.src))
        doc = desktop.loadComponentFromURL(url, "_blank", 0,
                                           (prop("Hidden", True), prop("FilterName", "HTML (StarWriter)")))
        w, h = SIZES[a.paper]
        if a.landscape:
            w, h = h, w
        styles = doc.StyleFamilies.getByName("PageStyles")
        for name in styles.ElementNames:
            s = styles.getByName(name)
            s.IsLandscape = a.landscape
            s.Width = w; s.Height = h
            if a.margin_mm is not None:
                m = int(a.margin_mm * 100)
                s.LeftMargin = s.RightMargin = s.TopMargin = s.BottomMargin = m
            if a.margin_tb_mm is not None:
                s.TopMargin = s.BottomMargin = int(a.margin_tb_mm * 100)
        if a.font:
            for family in ("ParagraphStyles", "CharacterStyles"):
                fam = doc.StyleFamilies.getByName(family)
                for name in fam.ElementNames:
                    st = fam.getByName(name)
                    for p in ("CharFontNameAsian", "CharFontName"):
                        try: st.setPropertyValue(p, a.font)
                        except Exception: pass
            # direct formatting from the HTML's CSS font-family: every text portion, also inside tables
            enum = doc.Text.createEnumeration()
            def fix(text):
                cur = text.createTextCursor(); cur.gotoStart(False); cur.gotoEnd(True)
                cur.CharFontNameAsian = a.font; cur.CharFontName = a.font
            fix(doc.Text)
            tables = doc.TextTables
            for i in range(tables.Count):
                t = tables.getByIndex(i)
                for cname in t.CellNames:
                    fix(t.getCellByName(cname))
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(a.out)),
                       (prop("FilterName", "writer_pdf_Export"),))
        doc.close(True)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            office.wait(timeout=30)
        except Exception:
            office.kill()
        subprocess.run(["rm", "-rf", profile])

main()
