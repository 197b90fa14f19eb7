package org.nianbao.parse.docx.xwpf;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/** Small helpers for walking WordprocessingML children in document order. */
final class XwpfXml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private XwpfXml() {
    }

    /**
     * The child elements of a container in order, with content controls ({@code w:sdt}) and custom XML wrappers
     * opened so their content appears where it sits. {@code w:sdtPr} and other property elements are skipped.
     */
    static List<XmlObject> children(XmlObject container) {
        List<XmlObject> out = new ArrayList<>();
        collect(container, out, 0);
        return out;
    }

    private static void collect(XmlObject container, List<XmlObject> out, int depth) {
        try (XmlCursor c = container.newCursor()) {
            if (!c.toFirstChild()) {
                return;
            }
            do {
                QName name = c.getName();
                XmlObject child = c.getObject();
                if (!W.equals(name.getNamespaceURI())) {
                    continue;
                }
                switch (name.getLocalPart()) {
                    case "sdt", "customXml", "sdtContent" -> {
                        // a bound on nesting keeps a hostile file from recursing without end
                        if (depth < 32) {
                            collect(child, out, depth + 1);
                        }
                    }
                    case "p", "tbl", "tc", "tr" -> out.add(child);
                    default -> {
                    }
                }
            } while (c.toNextSibling());
        }
    }
}
