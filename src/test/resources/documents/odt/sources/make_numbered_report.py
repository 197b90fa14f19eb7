#!/usr/bin/env python3
"""Turns seed.fodt (LibreOffice's flat export of the seed report) into numbered-report.fodt: the section and
subsection headings lose the numbers typed in them (一、 2、 （一） …) and get them from LibreOffice's outline numbering
instead (level 2 一、, level 3 （一）, the title at level 1 unnumbered), as a report made with heading numbering has them.
The heading styles lose the empty list style that Word's import gives them, which keeps a style out of the outline
numbering. Run in a folder holding seed.fodt (make.sh does)."""
import re

OUTLINE = '''<text:outline-style style:name="Outline">
 <text:outline-level-style text:level="1" style:num-format=""/>
 <text:outline-level-style text:level="2" style:num-suffix="、" style:num-format="一, 二, 三, ..."/>
 <text:outline-level-style text:level="3" style:num-prefix="（" style:num-suffix="）" style:num-format="一, 二, 三, ..."/>
</text:outline-style>'''

with open('seed.fodt', encoding='utf-8') as f:
    doc = f.read()
doc, n = re.subn(r'<text:outline-style style:name="Outline">.*?</text:outline-style>', OUTLINE, doc, flags=re.S)
assert n == 1, 'no outline style'


def unnumber(m):
    level, text = m.group(1), m.group(2)
    typed = r'^(?:[一二三四五六七八九十]+、|\d+、\s*)' if level == '2' else r'^（[一二三四五六七八九十]+）'
    return m.group(0).replace('>' + text, '>' + re.sub(typed, '', text), 1)


doc, n = re.subn(r'(<style:style style:name="Heading_20_[23]"[^>]*?) style:list-style-name=""', r'\1', doc)
assert n == 2, n
doc, n = re.subn(r'<text:h [^>]*text:outline-level="([23])"[^>]*>([^<]*)', unnumber, doc)
assert n == 13, n
with open('numbered-report.fodt', 'w', encoding='utf-8') as f:
    f.write(doc)
