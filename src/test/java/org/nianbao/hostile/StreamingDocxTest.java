package org.nianbao.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nianbao.golden.GoldenDump;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;
import org.nianbao.parse.docx.DocxParser;
import org.nianbao.parse.docx.xwpf.XwpfOracle;

/**
 * The streaming .docx reader against the POI XWPF reader it replaced ({@link XwpfOracle}), on what no golden file
 * holds: a document using every construct the old reader saw (notes, ruby, fields, check boxes, smart tags, inline
 * and block content controls, tracked changes nested in each other, caps, text boxes, merges of every kind, nested
 * tables, numbering overrides, styles by name and outline level), and a few hundred well-formed structural mutations
 * of the seed reports. Wherever POI read the file, the raw documents must be equal line for line.
 */
class StreamingDocxTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final int MUTATIONS = 200;

    @Test
    void everyConstructReadsAsPoiReadIt() throws Exception {
        byte[] docx = featureDocument();
        String old = GoldenDump.raw(XwpfOracle.read(docx));
        String now = GoldenDump.raw(new DocxParser().parse(docx, ReadLimits.DEFAULT));
        assertThat(now).isEqualTo(old);
        assertThat(now).contains("[footnoteRef:1]", " [1: 脚注正文\\n第二段] ", "|X|", "|_|", "ABC", "汉字 (拼音)",
                "文本框", "T2 2x2 nested");
    }

    @Test
    void mutatedDocumentsReadAsPoiReadThem() {
        List<String> differences = new ArrayList<>();
        int compared = 0;
        int poiRefused = 0;
        Random random = new Random(16);
        StructuralMutator mutator = new StructuralMutator(random);
        List<byte[]> seeds = new ArrayList<>(Seeds.variants("docx"));
        seeds.add(featureDocument());
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] in = seeds.get(i % seeds.size());
            for (int rounds = 1 + random.nextInt(3); rounds > 0; rounds--) {
                in = mutator.docx(in);
            }
            String old;
            try {
                old = GoldenDump.raw(XwpfOracle.read(in));
            } catch (Exception | StackOverflowError e) {
                poiRefused++;
                continue;
            }
            compared++;
            try {
                String now = GoldenDump.raw(new DocxParser().parse(in, ReadLimits.DEFAULT));
                if (!now.equals(old)) {
                    differences.add("mutation " + i + ": " + firstDifference(old, now));
                }
            } catch (ReadFailure e) {
                differences.add("mutation " + i + ": POI read it, the streaming reader says " + e.getMessage());
            }
        }
        System.out.println("StreamingDocxTest: " + compared + " mutations compared, " + poiRefused
                + " that POI refused left out");
        assertThat(compared).isGreaterThan(MUTATIONS / 2);
        assertThat(differences).isEmpty();
    }

    private static String firstDifference(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        int i = 0;
        while (i < e.size() && i < a.size() && e.get(i).equals(a.get(i))) {
            i++;
        }
        return "line " + (i + 1) + "\n  POI:       " + (i < e.size() ? e.get(i) : "<end>") + "\n  streaming: "
                + (i < a.size() ? a.get(i) : "<end>");
    }

    /** The seed .docx with a body, numbering and notes that use every construct the readers handle. */
    static byte[] featureDocument() {
        List<Mutator.Entry> entries = new ArrayList<>();
        for (Mutator.Entry e : Mutator.entries(Seeds.of("docx"))) {
            String name = e.name();
            String text = new String(e.data(), StandardCharsets.UTF_8);
            if (name.equals("word/document.xml")) {
                text = BODY;
            } else if (name.equals("word/_rels/document.xml.rels")) {
                text = text.replace("</Relationships>", "<Relationship Id=\"rId7\" Type=\"http://schemas."
                        + "openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"
                        + "<Relationship Id=\"rId8\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/footnotes\" Target=\"footnotes.xml\"/><Relationship Id=\"rId9\" Type=\"http:"
                        + "//schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes\" Target="
                        + "\"endnotes.xml\"/></Relationships>");
            } else if (name.equals("[Content_Types].xml")) {
                text = text.replace("</Types>", "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/"
                        + "vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/><Override PartName="
                        + "\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                        + "wordprocessingml.footnotes+xml\"/><Override PartName=\"/word/endnotes.xml\" ContentType="
                        + "\"application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml\"/></Types>");
            }
            entries.add(new Mutator.Entry(name, text.getBytes(StandardCharsets.UTF_8)));
        }
        entries.add(new Mutator.Entry("word/numbering.xml", NUMBERING.getBytes(StandardCharsets.UTF_8)));
        entries.add(new Mutator.Entry("word/footnotes.xml", notes("footnotes", "footnote", "脚注正文")
                .getBytes(StandardCharsets.UTF_8)));
        entries.add(new Mutator.Entry("word/endnotes.xml", notes("endnotes", "endnote", "尾注正文")
                .getBytes(StandardCharsets.UTF_8)));
        return Mutator.zip(entries);
    }

    private static String notes(String root, String note, String text) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:" + root + " xmlns:w=\"" + W + "\"><w:" + note
                + " w:id=\"0\" w:type=\"separator\"><w:p><w:r><w:separator/></w:r></w:p></w:" + note + "><w:" + note
                + " w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>" + text + "</w:t></w:r></w:p><w:p><w:r>"
                + "<w:t>第二段</w:t></w:r></w:p></w:" + note + "></w:" + root + ">";
    }

    private static final String NUMBERING = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering xmlns:w=\"" + W
            + "\"><w:abstractNum w:abstractNumId=\"3\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val="
            + "\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl><w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/>"
            + "<w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl><w:lvl w:ilvl=\"2\">"
            + "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%3\"/></w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"3\"/></w:num><w:num w:numId=\"2\"><w:abstractNumId "
            + "w:val=\"3\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"5\"/></w:lvlOverride>"
            + "<w:lvlOverride w:ilvl=\"1\"><w:lvl w:ilvl=\"1\"><w:start w:val=\"3\"/><w:numFmt w:val=\"upperRoman\"/>"
            + "<w:lvlText w:val=\"%2.\"/></w:lvl></w:lvlOverride></w:num><w:num w:numId=\"3\"><w:abstractNumId "
            + "w:val=\"99\"/></w:num></w:numbering>";

    private static String p(String inner) {
        return "<w:p>" + inner + "</w:p>";
    }

    private static String r(String inner) {
        return "<w:r>" + inner + "</w:r>";
    }

    private static String numbered(int numId, int ilvl, String text) {
        return p("<w:pPr><w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr>"
                + "</w:pPr>" + r("<w:t>" + text + "</w:t>"));
    }

    private static String cell(String props, String content) {
        return "<w:tc>" + (props.isEmpty() ? "" : "<w:tcPr>" + props + "</w:tcPr>") + content + "</w:tc>";
    }

    private static final String BODY = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W
            + "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>"
            + p("<w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>" + r("<w:rPr><w:b/><w:sz w:val=\"36\"/></w:rPr>"
                    + "<w:t>标题</w:t><w:br/><w:t xml:space=\"preserve\"> 二行 </w:t>"))
            + p("<w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr>" + r("<w:rPr><w:b w:val=\"0\"/><w:sz w:val=\"25\"/>"
                    + "</w:rPr><w:t>大纲二级</w:t>") + r("<w:rPr><w:b w:val=\"on\"/></w:rPr><w:t>粗</w:t>"))
            + p(r("<w:t>正文</w:t><w:tab/><w:ptab w:relativeTo=\"margin\" w:alignment=\"right\" w:leader=\"none\"/>"
                    + "<w:noBreakHyphen/><w:softHyphen/><w:cr/>")
                    + r("<w:rPr><w:caps/></w:rPr><w:t>abc</w:t>")
                    + r("<w:rPr><w:smallCaps w:val=\"false\"/></w:rPr><w:t>def</w:t>")
                    + r("<w:footnoteReference w:id=\"1\"/>") + r("<w:endnoteReference w:id=\"1\"/>")
                    + r("<w:footnoteReference w:id=\"7\"/>")
                    + "<w:hyperlink w:anchor=\"x\">" + r("<w:t>链接</w:t>") + "<w:ins>" + r("<w:t>不读</w:t>")
                    + "</w:ins></w:hyperlink>"
                    + "<w:fldSimple w:instr=\"PAGE\">" + r("<w:t>7</w:t>") + "</w:fldSimple>"
                    + r("<w:fldChar w:fldCharType=\"begin\"><w:ffData><w:checkBox><w:default w:val=\"1\"/>"
                            + "</w:checkBox></w:ffData></w:fldChar>")
                    + r("<w:fldChar w:fldCharType=\"begin\"><w:ffData><w:checkBox><w:sizeAuto/></w:checkBox>"
                            + "</w:ffData></w:fldChar>")
                    + r("<w:instrText>FORMCHECKBOX</w:instrText>") + r("<w:fldChar w:fldCharType=\"end\"/>")
                    + "<w:smartTag w:uri=\"u\" w:element=\"e\">" + r("<w:t>智能</w:t>") + "<w:smartTag w:uri=\"u\" "
                    + "w:element=\"f\">" + r("<w:t>标记</w:t>") + "</w:smartTag></w:smartTag>")
            + p(r("<w:ruby><w:rubyPr><w:rubyAlign w:val=\"center\"/></w:rubyPr><w:rt>" + r("<w:t>拼音</w:t>")
                    + "</w:rt><w:rubyBase>" + r("<w:t>汉字</w:t>") + "</w:rubyBase></w:ruby>")
                    + r("<w:t>图</w:t><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/"
                            + "drawingml/2006/wordprocessingDrawing\"><w:txbxContent><w:p><w:r><w:t>文本框</w:t>"
                            + "</w:r></w:p><w:p><w:r><w:t></w:t></w:r></w:p><w:p><w:r><w:t>二</w:t></w:r></w:p>"
                            + "</w:txbxContent></wp:inline></w:drawing>")
                    + r("<w:pict><w:t>图形</w:t></w:pict>")
                    + r("<mc:AlternateContent><mc:Choice><w:drawing><w:t>不见</w:t></w:drawing></mc:Choice>"
                            + "</mc:AlternateContent><w:t>后</w:t>"))
            + p("<w:sdt><w:sdtPr><w:alias w:val=\"a\"/></w:sdtPr><w:sdtContent>" + r("<w:t>控件</w:t>")
                    + "<w:sdt><w:sdtContent>" + r("<w:t>内层</w:t>") + "</w:sdtContent></w:sdt>"
                    + r("<w:delText>删控</w:delText>") + "</w:sdtContent></w:sdt>"
                    + r("<w:t>前</w:t>") + "<w:ins w:id=\"1\">" + r("<w:t>插入</w:t>") + "<w:ins w:id=\"2\">"
                    + r("<w:t>内插</w:t>") + "</w:ins>" + r("<w:t>插后</w:t>") + "</w:ins>"
                    + "<w:del w:id=\"3\">" + r("<w:delText>删除</w:delText>") + r("<w:t>删中正文</w:t>")
                    + "</w:del><w:moveTo>" + r("<w:t>移入</w:t>") + "</w:moveTo><w:moveFrom>"
                    + r("<w:delText>移出</w:delText>") + "</w:moveFrom>" + r("<w:t>尾</w:t>"))
            + numbered(1, 0, "甲") + numbered(1, 1, "乙") + numbered(1, 1, "丙") + numbered(1, 2, "丁")
            + numbered(1, 0, "戊") + numbered(1, 1, "己") + numbered(2, 0, "庚") + numbered(2, 1, "辛")
            + numbered(3, 0, "无") + numbered(0, 0, "零") + numbered(1, 9, "超")
            + "<w:sdt><w:sdtContent>" + p(r("<w:t>块控件</w:t>")) + "<w:customXml w:element=\"x\">"
            + p(r("<w:t>自定义</w:t>")) + "</w:customXml></w:sdtContent></w:sdt>"
            + "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
            + "<w:tr>" + cell("<w:gridSpan w:val=\"2\"/><w:vMerge w:val=\"restart\"/>", p(r("<w:t>合</w:t>"))
                    + p(r("<w:t>两段</w:t>"))) + cell("", p(r("<w:t>c</w:t>"))) + cell("", p(r("<w:t>d</w:t>")))
            + "</w:tr><w:tr>" + cell("<w:gridSpan w:val=\"2\"/><w:vMerge/>", p(""))
            + cell("<w:vMerge w:val=\"restart\"/>", p(r("<w:t>e</w:t>")))
            + cell("<w:hMerge w:val=\"continue\"/>", p("")) + "</w:tr>"
            + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr><w:sdt><w:sdtContent>"
            + cell("", p(r("<w:t>控格</w:t>"))) + "</w:sdtContent></w:sdt>" + cell("<w:vMerge w:val=\"continue\"/>",
                    p("")) + cell("", "<w:tbl><w:tr>" + cell("", p(r("<w:t>嵌</w:t>"))) + cell("", "<w:tbl><w:tr>"
                    + cell("", p(r("<w:t>再嵌</w:t>"))) + "</w:tr></w:tbl>") + "</w:tr><w:tr>" + cell("",
                    p(r("<w:t>x</w:t>"))) + "</w:tr></w:tbl>" + p(r("<w:t>表后</w:t>"))) + "</w:tr>"
            + "<w:sdt><w:sdtContent><w:tr>" + cell("<w:gridSpan w:val=\"4\"/>", p(r("<w:t>控行</w:t>")))
            + "</w:tr></w:sdtContent></w:sdt></w:tbl>"
            + p(r("<w:t>末段</w:t>")) + "<w:sectPr/></w:body></w:document>";
}
