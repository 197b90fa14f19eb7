#!/usr/bin/env python3
"""Writes the recognizer's test reports as HTML, each with <name>.expected.json beside the renderings (the model's
JSON shape: every cell a reader must find, blank = null). Tables balance, so `check` must find no error in them.
Run in this folder, then make.sh converts each HTML with LibreOffice (see ../../README.md)."""
import json

APPLICANTS = ["naturalPerson", "commercial", "research", "socialWelfare", "legalService", "otherOrg", "total"]
COLUMN_LABELS = {"naturalPerson": "自然人", "commercial": "商业企业", "research": "科研机构",
                 "socialWelfare": "社会公益组织", "legalService": "法律服务机构", "otherOrg": "其他", "total": "总计"}
TOP = "三、本年度办理结果"
RESULT_ROWS_2021 = [
    ("granted", None, "（一）予以公开"),
    ("partiallyGranted", None, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("denied.stateSecret", "（三）不予公开", "1.属于国家秘密"),
    ("denied.lawProhibited", "（三）不予公开", "2.其他法律行政法规禁止公开"),
    ("denied.securityStability", "（三）不予公开", "3.危及“三安全一稳定”"),
    ("denied.thirdPartyRights", "（三）不予公开", "4.保护第三方合法权益"),
    ("denied.internalAffairs", "（三）不予公开", "5.属于三类内部事务信息"),
    ("denied.processInformation", "（三）不予公开", "6.属于四类过程性信息"),
    ("denied.enforcementFiles", "（三）不予公开", "7.属于行政执法案卷"),
    ("denied.queryMatters", "（三）不予公开", "8.属于行政查询事项"),
    ("unable.notHeld", "（四）无法提供", "1.本机关不掌握相关政府信息"),
    ("unable.needsCreation", "（四）无法提供", "2.没有现成信息需要另行制作"),
    ("unable.unclear", "（四）无法提供", "3.补正后申请内容仍不明确"),
    ("notProcessed.petition", "（五）不予处理", "1.信访举报投诉类申请"),
    ("notProcessed.duplicate", "（五）不予处理", "2.重复申请"),
    ("notProcessed.publication", "（五）不予处理", "3.要求提供公开出版物"),
    ("notProcessed.excessive", "（五）不予处理", "4.无正当理由大量反复申请"),
    ("notProcessed.confirmation", "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"),
    ("otherHandling.overdueCorrection", "（六）其他处理",
     "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("otherHandling.overdueFee", "（六）其他处理",
     "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("otherHandling.other", "（六）其他处理", "3.其他"),
]
RESULT_ROWS_2019 = RESULT_ROWS_2021[:18] + [("otherHandling", None, "（六）其他处理")]
OUTCOMES = [("upheld", "结果维持"), ("corrected", "结果纠正"), ("other", "其他结果"), ("pending", "尚未审结"),
            ("total", "总计")]


def applications_values(results, seed):
    """Balanced values: each result row distinct, 总计 the row sums, （七）总计 the column sums, 一+二 = 七+四."""
    cells = {}
    for i, (rid, _, _) in enumerate(results):
        row = [(i * 7 + c * 3 + seed) % 23 for c in range(6)]
        cells[rid] = row + [sum(row)]
    total = [sum(cells[rid][c] for rid, _, _ in results) for c in range(7)]
    carried_over = [c % 3 for c in range(6)]
    carried_over.append(sum(carried_over))
    forward = [(c + 1) % 4 for c in range(6)]
    forward.append(sum(forward))
    new = [total[c] + forward[c] - carried_over[c] for c in range(7)]
    return new, carried_over, cells, total, forward


def td(text, colspan=1, rowspan=1):
    attrs = (f' colspan="{colspan}"' if colspan > 1 else "") + (f' rowspan="{rowspan}"' if rowspan > 1 else "")
    return f"<td{attrs}>{text}</td>"


def applications_table(results, written, columns, exp, seed, repeat_top=None, missing=()):
    """written: row id -> label as printed; columns: column id -> header as printed; repeat_top: row ids where the
    三、本年度办理结果 cell starts again (a split merged cell with its text repeated)."""
    new, over, cells, total, forward = applications_values(results, seed)
    rows = [r for r in results if r[0] not in missing]
    out = ['<table border="1" cellspacing="0">',
           "<tr>" + td("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3) + td("申请人情况", 7) + "</tr>",
           "<tr>" + td(columns.get("naturalPerson", "自然人"), 1, 2) + td("法人或其他组织", 5)
           + td(columns.get("total", "总计"), 1, 2) + "</tr>",
           "<tr>" + "".join(td(columns.get(c, COLUMN_LABELS[c])) for c in APPLICANTS[1:6]) + "</tr>"]

    def values(rid, vals):
        exp[rid] = dict(zip(APPLICANTS, vals))
        return "".join(td(v) for v in vals)

    out.append("<tr>" + td("一、本年新收政府信息公开申请数量", 3) + values("newReceived", new) + "</tr>")
    out.append("<tr>" + td("二、上年结转政府信息公开申请数量", 3) + values("carriedOver", over) + "</tr>")
    body = rows + [("totalProcessed", None, "（七）总计")]
    starts = [0] + [i for i, r in enumerate(body) if r[0] in (repeat_top or ())]
    top_span = {s: (starts[k + 1] if k + 1 < len(starts) else len(body)) - s for k, s in enumerate(starts)}
    group_span = {}
    for _, group, _ in body:
        if group:
            group_span[group] = group_span.get(group, 0) + 1
    seen = set()
    for i, (rid, group, label) in enumerate(body):
        html = td(TOP, 1, top_span[i]) if i in top_span else ""
        if group and group not in seen:
            html += td(group, 1, group_span[group])
            seen.add(group)
        text = written.get(rid, label)
        html += td(text) if group else td(text, 2)
        html += values(rid, total if rid == "totalProcessed" else cells[rid])
        out.append(f"<tr>{html}</tr>")
    out.append("<tr>" + td("四、结转下年度继续办理", 3) + values("carriedForward", forward) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def review_table(exp):
    groups = {"review": [1, 2, 0, 1], "litigationDirect": [2, 0, 1, 0], "litigationAfterReview": [0, 1, 0, 2]}
    vals = ""
    for rid, v in groups.items():
        row = v + [sum(v)]
        exp[rid] = dict(zip([c for c, _ in OUTCOMES], row))
        vals += "".join(td(x) for x in row)
    heads = "".join(td(label, 1, 2) for _, label in OUTCOMES)
    sub = "".join(td(label) for _, label in OUTCOMES) * 2
    return ('<table border="1" cellspacing="0"><tr>' + td("行政复议", 5) + td("行政诉讼", 10) + "</tr>"
            f"<tr>{heads}{td('未经复议直接起诉', 5)}{td('复议后起诉', 5)}</tr><tr>{sub}</tr><tr>{vals}</tr></table>")


def proactive_2021(exp, written_columns):
    """The 2021 第二十条 table, 4 grid columns."""
    col = lambda cid, label: written_columns.get(cid, label)
    exp.update({"regulations": {"issued": 0, "repealed": 0, "inForce": 2},
                "normativeDocuments": {"issued": 3, "repealed": 1, "inForce": 15},
                "licensing": {"decisions": 412}, "punishment": {"decisions": 37}, "coercion": {"decisions": 5},
                "fees": {"amount": 12.5}})
    return "\n".join([
        '<table border="1" cellspacing="0">',
        "<tr>" + td("<b>第二十条第（一）项</b>", 4) + "</tr>",
        "<tr>" + td("信息内容") + td(col("issued", "本年制发件数")) + td(col("repealed", "本年废止件数"))
        + td(col("inForce", "现行有效件数")) + "</tr>",
        "<tr>" + td("规章") + td(0) + td(0) + td(2) + "</tr>",
        "<tr>" + td("行政规范性文件") + td(3) + td(1) + td(15) + "</tr>",
        "<tr>" + td("<b>第二十条第（五）项</b>", 4) + "</tr>",
        "<tr>" + td("信息内容") + td("本年处理决定数量", 3) + "</tr>",
        "<tr>" + td("行政许可") + td(412, 3) + "</tr>",
        "<tr>" + td("<b>第二十条第（六）项</b>", 4) + "</tr>",
        "<tr>" + td("信息内容") + td("本年处理决定数量", 3) + "</tr>",
        "<tr>" + td("行政处罚") + td(37, 3) + "</tr>",
        "<tr>" + td("行政强制") + td(5, 3) + "</tr>",
        "<tr>" + td("<b>第二十条第（八）项</b>", 4) + "</tr>",
        "<tr>" + td("信息内容") + td("本年收费金额（单位：万元）", 3) + "</tr>",
        "<tr>" + td("行政事业性收费") + td(12.5, 3) + "</tr>",
        "</table>"])


def proactive_2019_disagreeing_spans(exp):
    """The 2019 第二十条 table on a grid of 7 columns, as Word leaves it when cell edges do not line up: in blocks
    （五）（六）（八） the header is cut 1 + 2 (+ 3) and the body 2 + 1 (+ 3), so no value sits exactly under its label."""
    rows = {"regulations": [6, 6, 31], "normativeDocuments": [4, 4, 22],
            "licensing": [120, -3, 117], "otherServices": [18, 2, 20],
            "punishment": [46, 5, 51], "coercion": [9, 0, 9], "fees": [3, -1], "procurement": [12, "251000元"]}
    ids = {"regulations": ["newlyMade", "newlyPublished", "totalPublished"],
           "licensing": ["previousCount", "change", "decisions"], "fees": ["previousCount", "change"],
           "procurement": ["projects", "amount"]}
    for rid, vals in rows.items():
        key = {"normativeDocuments": "regulations", "otherServices": "licensing", "punishment": "licensing",
               "coercion": "licensing"}.get(rid, rid)
        exp[rid] = dict(zip(ids[key], vals))
    out = ['<table border="1" cellspacing="0">']

    def block(title, header, body_rows):
        out.append("<tr>" + td(f"<b>{title}</b>", 7) + "</tr>")
        out.append("<tr>" + td("信息内容") + "".join(td(label, span) for label, span in header) + "</tr>")
        for label, spans, rid in body_rows:
            out.append("<tr>" + td(label) + "".join(td(v, s) for v, s in zip(rows[rid], spans)) + "</tr>")

    block("第二十条第（一）项", [("本年新制作数量", 2), ("本年新公开数量", 2), ("对外公开总数量", 2)],
          [("规章", [2, 2, 2], "regulations"), ("规范性文件", [2, 2, 2], "normativeDocuments")])
    items = [("上一年项目数量", 1), ("本年增/减", 2), ("处理决定数量", 3)]
    block("第二十条第（五）项", items, [("行政许可", [2, 1, 3], "licensing"),
                                  ("其他对外管理服务事项", [2, 1, 3], "otherServices")])
    block("第二十条第（六）项", items, [("行政处罚", [2, 1, 3], "punishment"), ("行政强制", [2, 1, 3], "coercion")])
    block("第二十条第（八）项", [("上一年项目数量", 1), ("本年增/减", 5)], [("行政事业性收费", [2, 4], "fees")])
    block("第二十条第（九）项", [("采购项目数量", 3), ("采购总金额", 3)], [("政府集中采购", [3, 3], "procurement")])
    out.append("</table>")
    return "\n".join(out)


def write(name, title, preamble, sections, signature, model, tables_html):
    parts = [f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>',
             f"<h1>{title}</h1>", f"<p>{preamble}</p>"]
    for heading_html, lines, table in sections:
        parts.append(heading_html)
        parts += [f"<p>{line}</p>" for line in lines]
        if table:
            parts.append(tables_html[table])
    parts += [f"<p>{line}</p>" for line in signature]
    parts.append("</body></html>")
    with open(name + ".html", "w", encoding="utf-8") as f:
        f.write("\n".join(parts) + "\n")
    with open("../" + name + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(model, f, ensure_ascii=False, indent=1)
        f.write("\n")


def model(title, agency, year, level, period_sentence, issued, signatory, version, sections, tables):
    return {"title": title, "agency": agency, "year": year, "level": level,
            "period": {"start": f"{year}-01-01", "end": f"{year}-12-31", "sentence": period_sentence},
            "issued": issued, "published": None, "signatory": signatory, "formatVersion": version,
            "sections": [{"id": i, "heading": h, "text": t} for i, h, t in sections], "tables": tables}


def slips_2021():
    """A district government's 2021-format report whose table 3 labels have slips a LabelMatcher alone cannot
    place (missing words, words reordered) and a column header written 科研单位; section 六 says only
    无其他需要报告的事项."""
    name = "slips-2021"
    title = "某某市某某区人民政府2023年政府信息公开工作年度报告"
    period = "本年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。"
    tables = {"proactive": {}, "applications": {}, "reviewLitigation": {}}
    written = {"denied.lawProhibited": "2.其他法律行政止公开",
               "denied.thirdPartyRights": "4. 保护 第三方 合法权益",
               "unable.unclear": "3.补正后申请仍不明确内容",
               "notProcessed.confirmation": "5.要求确认或重新出具已获取信息"}
    html = {"proactive": proactive_2021(tables["proactive"], {"inForce": "现行有效数量"}),
            "applications": applications_table(RESULT_ROWS_2021, written, {"research": "科研单位"},
                                               tables["applications"], 5),
            "reviewLitigation": review_table(tables["reviewLitigation"])}
    overview = ["2023年，某某区人民政府认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开工作。",
                "（一）主动公开。全区各部门通过政府门户网站主动公开政府信息。",
                "（二）监督保障。将政务公开工作纳入年度工作考核，开展社会评议，落实责任追究制度。"]
    sections = [("<h2>一、总体情况</h2>", overview, None),
                ("<h2>二、主动公开政府信息情况</h2>", [], "proactive"),
                ("<h2>三、收到和处理政府信息公开申请情况</h2>", [], "applications"),
                ("<h2>四、政府信息公开行政复议、行政诉讼情况</h2>", [], "reviewLitigation"),
                ("<h2>五、存在的主要问题及改进情况</h2>", ["政策解读形式还不够丰富，下一步将加以改进。"], None),
                ("<h2>六、其他需要报告的事项</h2>", ["无其他需要报告的事项"], None)]
    m = model(title, "某某市某某区人民政府", 2023, "government", period, "2024-03-20", "某某市某某区人民政府", "2021",
              [("overview", "一、总体情况", "\n".join(overview)), ("proactive", "二、主动公开政府信息情况", ""),
               ("applications", "三、收到和处理政府信息公开申请情况", ""),
               ("reviewLitigation", "四、政府信息公开行政复议、行政诉讼情况", ""),
               ("problems", "五、存在的主要问题及改进情况", "政策解读形式还不够丰富，下一步将加以改进。"),
               ("otherMatters", "六、其他需要报告的事项", "无其他需要报告的事项")], tables)
    write(name, title, period, sections, ["某某市某某区人民政府", "2024年3月20日"], m, html)


def spans_2019():
    """A new area's 2019-format report (year 2020) for the whole area: the 第二十条 table's header and body cut
    differently, table 3's 三、本年度办理结果 cell split in two with its text repeated, plain-paragraph headings and
    section 六 written on one line with its content; published 10 March, in time for a region, late for a
    department."""
    name = "spans-2019"
    title = "某某新区2020年政府信息公开工作年度报告"
    period = "本年度报告中所列数据统计期限从2020年1月1日到12月31日止。"
    tables = {"proactive": {}, "applications": {}, "reviewLitigation": {}}
    html = {"proactive": proactive_2019_disagreeing_spans(tables["proactive"]),
            "applications": applications_table(RESULT_ROWS_2019, {}, {}, tables["applications"], 2,
                                               repeat_top={"unable.notHeld"}),
            "reviewLitigation": review_table(tables["reviewLitigation"])}
    overview = ["2020年，某某新区管理委员会统筹全区各部门、各街道做好政府信息公开工作，本报告汇总全区政府信息公开情况。",
                "全年将政务公开纳入工作考核，开展社会评议，未发生责任追究情形。"]
    problems = "五、存在的主要问题及改进情况：部分部门公开不够及时，将加强督促。"
    sections = [("<p>一、总体情况</p>", overview, None),
                ("<p>二、主动公开政府信息情况</p>", [], "proactive"),
                ("<p>三、收到和处理政府信息公开申请情况</p>", [], "applications"),
                ("<p>四、政府信息公开行政复议、行政诉讼情况</p>", [], "reviewLitigation"),
                (f"<p>{problems}</p>", [], None),
                ("<p>六、其他需要报告的事项：无。</p>", [], None)]
    m = model(title, "某某新区", 2020, "government", period, "2021-03-10", "某某新区管理委员会", "2019",
              [("overview", "一、总体情况", "\n".join(overview)), ("proactive", "二、主动公开政府信息情况", ""),
               ("applications", "三、收到和处理政府信息公开申请情况", ""),
               ("reviewLitigation", "四、政府信息公开行政复议、行政诉讼情况", ""),
               ("problems", "五、存在的主要问题及改进情况", "部分部门公开不够及时，将加强督促。"),
               ("otherMatters", "六、其他需要报告的事项", "无。")], tables)
    write(name, title, period, sections, ["某某新区管理委员会", "2021年3月10日"], m, html)


if __name__ == "__main__":
    slips_2021()
    spans_2019()
