#!/usr/bin/env python3
"""Writes report variants with distinct cell values as HTML (for LibreOffice) or Markdown (for pandoc), each with
an .expected.json holding every value a reader must find. Run in this folder; convert as README.md says."""
import json

APPLICANTS = ["naturalPerson", "commercial", "research", "socialWelfare", "legalService", "otherOrg", "total"]
APP_ROWS_2021 = [
    ("newReceived", None, None, "一、本年新收政府信息公开申请数量"),
    ("carriedOver", None, None, "二、上年结转政府信息公开申请数量"),
    ("granted", "三、本年度办理结果", None, "（一）予以公开"),
    ("partiallyGranted", "三、本年度办理结果", None, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("denied.stateSecret", "三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"),
    ("denied.lawProhibited", "三、本年度办理结果", "（三）不予公开", "2.其他法律行政法规禁止公开"),
    ("denied.securityStability", "三、本年度办理结果", "（三）不予公开", "3.危及“三安全一稳定”"),
    ("denied.thirdPartyRights", "三、本年度办理结果", "（三）不予公开", "4.保护第三方合法权益"),
    ("denied.internalAffairs", "三、本年度办理结果", "（三）不予公开", "5.属于三类内部事务信息"),
    ("denied.processInformation", "三、本年度办理结果", "（三）不予公开", "6.属于四类过程性信息"),
    ("denied.enforcementFiles", "三、本年度办理结果", "（三）不予公开", "7.属于行政执法案卷"),
    ("denied.queryMatters", "三、本年度办理结果", "（三）不予公开", "8.属于行政查询事项"),
    ("unable.notHeld", "三、本年度办理结果", "（四）无法提供", "1.本机关不掌握相关政府信息"),
    ("unable.needsCreation", "三、本年度办理结果", "（四）无法提供", "2.没有现成信息需要另行制作"),
    ("unable.unclear", "三、本年度办理结果", "（四）无法提供", "3.补正后申请内容仍不明确"),
    ("notProcessed.petition", "三、本年度办理结果", "（五）不予处理", "1.信访举报投诉类申请"),
    ("notProcessed.duplicate", "三、本年度办理结果", "（五）不予处理", "2.重复申请"),
    ("notProcessed.publication", "三、本年度办理结果", "（五）不予处理", "3.要求提供公开出版物"),
    ("notProcessed.excessive", "三、本年度办理结果", "（五）不予处理", "4.无正当理由大量反复申请"),
    ("notProcessed.confirmation", "三、本年度办理结果", "（五）不予处理", "5.要求行政机关确认或重新<br>出具已获取信息"),
    ("otherHandling.overdueCorrection", "三、本年度办理结果", "（六）其他处理",
     "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("otherHandling.overdueFee", "三、本年度办理结果", "（六）其他处理",
     "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("otherHandling.other", "三、本年度办理结果", "（六）其他处理", "3.其他"),
    ("totalProcessed", "三、本年度办理结果", None, "（七）总计"),
    ("carriedForward", None, None, "四、结转下年度继续办理"),
]
SINGLE_OTHER = ("otherHandling", "三、本年度办理结果", None, "（六）其他处理")
OUTCOMES = [("upheld", "结果维持"), ("corrected", "结果纠正"), ("other", "其他结果"), ("pending", "尚未审结"),
            ("total", "总计")]
P2021 = [("第二十条第（一）项", [("issued", "本年制发件数"), ("repealed", "本年废止件数"), ("inForce", "现行有效件数")],
          [("regulations", "规章"), ("normativeDocuments", "行政规范性文件")]),
         ("第二十条第（五）项", [("decisions", "本年处理决定数量")], [("licensing", "行政许可")]),
         ("第二十条第（六）项", [("decisions", "本年处理决定数量")], [("punishment", "行政处罚"), ("coercion", "行政强制")]),
         ("第二十条第（八）项", [("amount", "本年收费金额（单位：万元）")], [("fees", "行政事业性收费")])]
ITEMS = [("previousCount", "上一年项目数量"), ("change", "本年增/减"), ("decisions", "处理决定数量")]
P2019 = [("第二十条第（一）项", [("newlyMade", "本年新制作数量"), ("newlyPublished", "本年新公开数量"),
                           ("totalPublished", "对外公开总数量")],
          [("regulations", "规章"), ("normativeDocuments", "规范性文件")]),
         ("第二十条第（五）项", ITEMS, [("licensing", "行政许可"), ("otherServices", "其他对外管理服务事项")]),
         ("第二十条第（六）项", ITEMS, [("punishment", "行政处罚"), ("coercion", "行政强制")]),
         ("第二十条第（八）项", ITEMS[:2], [("fees", "行政事业性收费")]),
         ("第二十条第（九）项", [("projects", "采购项目数量"), ("amount", "采购总金额")], [("procurement", "政府集中采购")])]


class Numbers:
    """Distinct values; a few cells written in the odd ways real reports use, with the value a reader must give."""
    def __init__(self, start, special):
        self.n = start
        self.special = special  # cell key -> (text as written, expected)

    def next(self, key):
        if key in self.special:
            return self.special[key]
        self.n += 1
        return str(self.n), self.n


def html_proactive(blocks, nums, exp):
    out = ['<table border="1" cellspacing="0">']
    for title, cols, rows in blocks:
        out.append(f'<tr><td colspan="4"><b>{title}</b></td></tr>')
        span = 3 - len(cols)
        cells = "".join(f'<td colspan="{1 + span if i == len(cols) - 1 else 1}">{label}</td>'
                        for i, (_, label) in enumerate(cols))
        out.append(f"<tr><td>信息内容</td>{cells}</tr>")
        for rid, label in rows:
            tds = ""
            for i, (cid, _) in enumerate(cols):
                text, value = nums.next(f"proactive/{rid}/{cid}")
                exp.setdefault(rid, {})[cid] = value
                tds += f'<td colspan="{1 + span if i == len(cols) - 1 else 1}">{text}</td>'
            out.append(f"<tr><td>{label}</td>{tds}</tr>")
    out.append("</table>")
    return "\n".join(out)


def html_applications(rows, nums, exp, opts):
    blank_col = opts.get("blank_column")
    heads = opts.get("column_labels", {})
    def label(cid, default):
        return heads.get(cid, default)
    extra_head = '<td rowspan="2"></td>' if blank_col else ""
    extra_cell = "<td></td>" if blank_col else ""
    width = 8 if blank_col else 7
    out = ['<table border="1" cellspacing="0">',
           f'<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>'
           f'<td colspan="{width}">申请人情况</td></tr>',
           f'<tr><td rowspan="2">{label("naturalPerson", "自然人")}</td>{extra_head}<td colspan="5">法人或其他组织</td>'
           f'<td rowspan="2">{label("total", "总计")}</td></tr>',
           "<tr>" + "".join(f"<td>{label(c, l)}</td>" for c, l in [
               ("commercial", "商业企业"), ("research", "科研机构"), ("socialWelfare", "社会公益组织"),
               ("legalService", "法律服务机构"), ("otherOrg", "其他")]) + "</tr>"]
    top_spans = {}
    group_spans = {}
    for _, top, group, _ in rows:
        if top:
            top_spans[top] = top_spans.get(top, 0) + 1
        if group:
            group_spans[group] = group_spans.get(group, 0) + 1
    split = opts.get("split_before")
    ids = [r[0] for r in rows]
    before_split = sum(1 for r in rows[:ids.index(split)] if r[1]) if split else None
    done = set()
    for rid, top, group, text in rows:
        tds = ""
        if rid == split:
            # a table split in two, as Word's "split table" does: the merged cell restarts empty in the second part
            out += ["</table>", "<p>（续表）</p>", '<table border="1" cellspacing="0">']
            tds += f'<td rowspan="{top_spans[top] - before_split}"></td>'
        if top and top not in done:
            span = before_split if split else top_spans[top]
            tds += f'<td rowspan="{span}">{top}</td>'
            done.add(top)
        if group and group not in done:
            tds += f'<td rowspan="{group_spans[group]}">{group}</td>'
            done.add(group)
        span = 3 if not top else (2 if not group else 1)
        tds += f'<td colspan="{span}">{text}</td>' if span > 1 else f"<td>{text}</td>"
        values = []
        for cid in APPLICANTS:
            t, v = nums.next(f"applications/{rid}/{cid}")
            values.append(f"<td>{t}</td>")
            if not rid.startswith("unknown"):
                exp.setdefault(rid, {})[cid] = v
        values.insert(1, extra_cell)
        out.append(f"<tr>{tds}{''.join(values)}</tr>")
    out.append("</table>")
    return "\n".join(out)


def html_review(nums, exp, total_label="总计"):
    heads = "".join(f'<td rowspan="2">{l if c != "total" else total_label}</td>' for c, l in OUTCOMES)
    sub = "".join(f"<td>{l}</td>" for _, l in OUTCOMES) * 2
    vals = ""
    for rid in ["review", "litigationDirect", "litigationAfterReview"]:
        for cid, _ in OUTCOMES:
            t, v = nums.next(f"reviewLitigation/{rid}/{cid}")
            exp.setdefault(rid, {})[cid] = v
            vals += f"<td>{t}</td>"
    return ('<table border="1" cellspacing="0"><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>'
            f'<tr>{heads}<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>'
            f"<tr>{sub}</tr><tr>{vals}</tr></table>")


def heading(text, opts):
    return f"<p><b>{text}</b></p>" if opts.get("bold_headings") else f"<h2>{text}</h2>"


def html_report(name, v):
    exp = {"title": v["title_expected"], "agency": v["agency"], "year": v["year"], "level": v["level"],
           "period": v["period"], "issued": v["issued"], "signatory": v["signatory"], "formatVersion": v["format"],
           "sections": [], "tables": {"proactive": {}, "applications": {}, "reviewLitigation": {}},
           "unrecognizedRows": v.get("unrecognized", [])}
    nums = Numbers(v.get("start", 0), v.get("special", {}))
    parts = [f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{v["title_expected"]}</title></head><body>',
             f'<h1>{v["title_html"]}</h1>', f'<p>{v["preamble"]}</p>']
    for sid, head, text in v["sections"]:
        if sid is None:
            continue
        parts.append(heading(head, v))
        sub = []
        for t in text:
            parts.append(f"<p>{t}</p>")
            sub.append(t)
        if sid == "proactive":
            parts.append(html_proactive(v["proactive"], nums, exp["tables"]["proactive"]))
        if sid == "applications":
            parts.append(html_applications(v["app_rows"], nums, exp["tables"]["applications"], v))
            if v.get("split_before"):
                sub.append("（续表）")
        if sid == "reviewLitigation":
            parts.append(html_review(nums, exp["tables"]["reviewLitigation"], v.get("total_label", "总计")))
        exp["sections"].append({"id": sid, "heading": head.replace("<br>", ""), "text": "\n".join(sub)})
    parts += [f'<p>{line}</p>' for line in v["signature"]]
    parts.append("</body></html>")
    for missing in v.get("missing_rows", []):
        exp["tables"]["applications"].pop(missing, None)
    with open(name + ".html", "w", encoding="utf-8") as f:
        f.write("\n".join(parts))
    with open("../" + name + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)


SECTIONS = [("overview", "一、总体情况", ["本年度，本机关认真贯彻落实《条例》。", "（一）主动公开情况", "主动公开各类信息120条。"]),
            ("proactive", "二、主动公开政府信息情况", []),
            ("applications", "三、收到和处理政府信息公开申请情况", []),
            ("reviewLitigation", "四、政府信息公开行政复议、行政诉讼情况", []),
            ("problems", "五、存在的主要问题及改进情况", ["公开内容不够全面。"]),
            ("otherMatters", "六、其他需要报告的事项", ["本年度未收取信息处理费。"])]

BASE = {"level": "government", "format": "2021", "proactive": P2021, "app_rows": APP_ROWS_2021,
        "sections": SECTIONS}

VARIANTS = {
    "report2021-soffice": dict(BASE,
        title_html="枣庄市薛城区人民政府<br>2023年政府信息公开工作年度报告",
        title_expected="枣庄市薛城区人民政府2023年政府信息公开工作年度报告", agency="枣庄市薛城区人民政府", year=2023,
        preamble="本年度报告所列数据的统计时限为2023年1月1日至2023年12月31日。",
        period=["2023-01-01", "2023-12-31"], issued="2024-01-16", signatory="枣庄市薛城区人民政府",
        signature=["枣庄市薛城区人民政府", "二〇二四年一月十六日"], start=100,
        special={"proactive/fees/amount": ("96171.6", 96171.6), "applications/granted/research": ("—", "—"),
                 "applications/granted/socialWelfare": ("", None), "applications/carriedOver/total": ("１２", 12),
                 "applications/newReceived/total": ("1,234", 1234), "reviewLitigation/review/total": (" 7 ", 7)}),
    "report2019-soffice": dict(BASE, format="2019", proactive=P2019,
        app_rows=[r for r in APP_ROWS_2021 if not r[0].startswith("otherHandling.")][:20] + [SINGLE_OTHER]
        + APP_ROWS_2021[-2:],
        sections=[("overview", "第一部分 总体情况", ["本年度工作情况。"])] + SECTIONS[1:],
        title_html="某某县财政局", title_expected="某某县财政局2020年政府信息公开工作年度报告", agency="某某县财政局",
        year=2020, level="department",
        preamble="2020年政府信息公开工作年度报告</p><p>本年度报告中所列数据统计期限从2020年1月1日到12月31日止。",
        period=["2020-01-01", "2020-12-31"], issued="2021-01-25", signatory="某某县财政局",
        signature=["某某县财政局", "2021年1月25日"], start=300,
        special={"proactive/licensing/change": ("－3", -3), "proactive/procurement/amount": ("251000元", "251000元")}),
    "hybrid-soffice": dict(BASE, format="hybrid",
        app_rows=APP_ROWS_2021[:20] + [SINGLE_OTHER] + APP_ROWS_2021[-2:],
        title_html="某某市人民政府2022年政府信息公开工作年度报告",
        title_expected="某某市人民政府2022年政府信息公开工作年度报告", agency="某某市人民政府", year=2022,
        preamble="报告所列统计期限自 2022 年 1 月 1 日至 2022 年 12 月 31 日。", period=["2022-01-01", "2022-12-31"],
        issued="2023-03-20", signatory="某某市人民政府", signature=["某某市人民政府", "2023-03-20"], start=500),
    "split-soffice": dict(BASE, split_before="notProcessed.petition",
        title_html="某某区司法局2023年政府信息公开工作年度报告",
        title_expected="某某区司法局2023年政府信息公开工作年度报告", agency="某某区司法局", year=2023,
        level="department", preamble="本年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
        period=["2023-01-01", "2023-12-31"], issued="2024-01-12", signatory="某某区司法局",
        signature=["某某区司法局", "2024年1月12日"], start=1100),
    "defects-soffice": dict(BASE, bold_headings=True, blank_column=True,
        column_labels={"naturalPerson": "自然 人", "commercial": "商 业 企<br>业", "research": "科研机购"},
        app_rows=[r for r in APP_ROWS_2021[:4]]
        + [("denied.stateSecret", "三、本年度办理结果", "（三）不予公开", "1、属于国家秘蜜")]
        + APP_ROWS_2021[5:13] + [APP_ROWS_2021[14], APP_ROWS_2021[13]] + [APP_ROWS_2021[15]] + APP_ROWS_2021[17:]
        + [("unknown", None, None, "五、其他情况说明")],
        missing_rows=["notProcessed.duplicate"], unrecognized=["五、其他情况说明"],
        sections=[s for s in SECTIONS if s[0] != "problems"],
        title_html="某某镇人民政府2023年度政府信息公开工作年度报告",
        title_expected="某某镇人民政府2023年度政府信息公开工作年度报告", agency="某某镇人民政府", year=2023,
        level="department", total_label="总 计",
        preamble="本年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
        period=["2023-01-01", "2023-12-31"], issued="2024-01-10", signatory="某某镇人民政府",
        signature=["某某镇人民政府", "二○二四年元月十日"], start=700),
}

def md_report(name):
    """A pandoc variant: bold paragraphs as headings, flat pipe tables (no merged cells), the applications rows
    labelled with their group in front, the review table printed as three rows of five."""
    exp = {"title": "2023年某某区教育局政府信息公开工作年度报告", "agency": "某某区教育局", "year": 2023,
           "level": "department", "period": ["2023-01-01", "2023-12-31"], "issued": "2024-01-20",
           "signatory": "某某区教育局", "formatVersion": "2021", "sections": [],
           "tables": {"proactive": {}, "applications": {}, "reviewLitigation": {}}, "unrecognizedRows": []}
    nums = Numbers(900, {})
    md = ["**2023年某某区教育局政府信息公开工作年度报告**", "",
          "本报告所列数据统计期限从2023年1月1日到12月31日止。", ""]
    for sid, head, text in SECTIONS:
        md += [f"**{head}**", ""]
        for t in text:
            md += [t, ""]
        exp["sections"].append({"id": sid, "heading": head, "text": "\n".join(text)})
        if sid == "proactive":
            md += ["| 第二十条第（一）项 | | | |", "|---|---|---|---|"]
            for title, cols, rows in P2021:
                if title != "第二十条第（一）项":
                    md.append(f"| {title} | | | |")
                md.append("| 信息内容 | " + " | ".join(l for _, l in cols) + " |" + " |" * (3 - len(cols)))
                for rid, label in rows:
                    cells = []
                    for cid, _ in cols:
                        t, v = nums.next(f"proactive/{rid}/{cid}")
                        exp["tables"]["proactive"].setdefault(rid, {})[cid] = v
                        cells.append(t)
                    md.append(f"| {label} | " + " | ".join(cells) + " |" + " |" * (3 - len(cols)))
            md.append("")
        if sid == "applications":
            md += ["| 申请情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |",
                   "|---|---|---|---|---|---|---|---|"]
            for rid, top, group, label in APP_ROWS_2021:
                written = (group + " " if group else "") + label.replace("<br>", "")
                cells = []
                for cid in APPLICANTS:
                    t, v = nums.next(f"applications/{rid}/{cid}")
                    exp["tables"]["applications"].setdefault(rid, {})[cid] = v
                    cells.append(t)
                md.append(f"| {written} | " + " | ".join(cells) + " |")
            md.append("")
        if sid == "reviewLitigation":
            md += ["| 类别 | " + " | ".join(l for _, l in OUTCOMES) + " |", "|---|---|---|---|---|---|"]
            for rid, label in [("review", "行政复议"), ("litigationDirect", "未经复议直接起诉"),
                               ("litigationAfterReview", "复议后起诉")]:
                cells = []
                for cid, _ in OUTCOMES:
                    t, v = nums.next(f"reviewLitigation/{rid}/{cid}")
                    exp["tables"]["reviewLitigation"].setdefault(rid, {})[cid] = v
                    cells.append(t)
                md.append(f"| {label} | " + " | ".join(cells) + " |")
            md.append("")
    md += ["某某区教育局", "", "2024-01-20", ""]
    with open(name + ".md", "w", encoding="utf-8") as f:
        f.write("\n".join(md))
    with open("../" + name + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    for name, variant in VARIANTS.items():
        html_report(name, variant)
    md_report("report2021-pandoc")
