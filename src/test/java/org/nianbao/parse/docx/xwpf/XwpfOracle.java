package org.nianbao.parse.docx.xwpf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlObject;
import org.nianbao.model.Location;
import org.nianbao.parse.InputFormat;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.RawParagraph;
import org.nianbao.parse.ReadBudget;
import org.nianbao.parse.ReadLimits;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/**
 * The .docx reader as it was before issue 16 (POI XWPF's object model; these classes are its body, copied from
 * git history at eaee5c4 unchanged but for their names), kept as the oracle the streaming reader is compared with
 * on inputs no golden file holds: every feature of WordprocessingML the old reader saw, and mutated documents.
 */
public final class XwpfOracle {
    private XwpfOracle() {
    }

    /** What the old reader made of a .docx that POI opens (no guard: call it only on small, trusted inputs). */
    public static RawDocument read(byte[] content) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            ReadBudget budget = new ReadBudget(ReadLimits.DEFAULT);
            List<RawBlock> blocks = new ArrayList<>();
            XwpfParagraphs paragraphs = new XwpfParagraphs(doc.getStyles(), new XwpfNumbering(doc.getNumbering()));
            XwpfTables tables = new XwpfTables(doc, budget, 1);
            int paragraphIndex = 0;
            for (XmlObject element : XwpfXml.children(doc.getDocument().getBody())) {
                if (element instanceof CTP ctp) {
                    RawParagraph raw = paragraphs.read(new XWPFParagraph(ctp, doc), Location.paragraph(null,
                            ++paragraphIndex));
                    budget.addText(raw.text());
                    blocks.add(raw);
                } else if (element instanceof CTTbl tbl) {
                    blocks.addAll(tables.read(tbl));
                }
            }
            return new RawDocument(InputFormat.DOCX, blocks, null);
        }
    }
}
