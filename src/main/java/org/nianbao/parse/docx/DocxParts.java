package org.nianbao.parse.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

/**
 * The parts of a .docx package as the one pass of {@link PackageGuard} met them: every entry's name, and the bytes
 * of the small XML parts (relationships, styles, numbering, notes, a body of ordinary size) so that reading them
 * inflates nothing twice. A part too large to keep (a body of a hundred thousand cells) is streamed from the zip
 * again when it is read, so its XML is never held whole. Names are compared without case, as the package format
 * (and POI) compare them; relationships are taken in the order of their ids, a later duplicate id replacing an
 * earlier one, as POI takes them.
 */
final class DocxParts {
    static final String OFFICE_DOCUMENT =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    static final String STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
    static final String NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
    static final String FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes";
    static final String ENDNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes";
    /** One part kept in memory at most: a real report's body is a few hundred kilobytes. */
    static final int KEEP_PART = 4 << 20;
    /** All parts kept at most, little beside what a small heap needs for reading. */
    static final long KEEP_ALL = 8L << 20;
    private static final String REL = "http://schemas.openxmlformats.org/package/2006/relationships";

    private final byte[] content;
    private final Set<String> names = new HashSet<>();
    private final Map<String, byte[]> kept = new HashMap<>();
    private long keptBytes;

    /** One relationship of a part: its type and the part name it targets (no leading slash), or null if external. */
    record Relationship(String type, String part) {
    }

    DocxParts(byte[] content) {
        this.content = content;
    }

    /** Records an entry's name; false when the package already has a part of that name (in any case). */
    boolean add(String name) {
        return names.add(name.toLowerCase(Locale.ROOT));
    }

    /** Whether an entry of this name is an XML part, which is kept whole when it is small. */
    static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }

    /** Whether an XML part of the size it inflates to so far may still be kept whole. */
    boolean mayKeep(long size) {
        return size <= KEEP_PART && keptBytes + size <= KEEP_ALL;
    }

    void keep(String name, byte[] bytes) {
        keptBytes += bytes.length;
        kept.put(name.toLowerCase(Locale.ROOT), bytes);
    }

    boolean has(String part) {
        return names.contains(part.toLowerCase(Locale.ROOT));
    }

    /** The part's inflated bytes as a stream: from memory when kept, else from the zip read again to that entry. */
    InputStream open(String part) throws IOException {
        String lower = part.toLowerCase(Locale.ROOT);
        byte[] bytes = kept.get(lower);
        if (bytes != null) {
            return new ByteArrayInputStream(bytes);
        }
        DocxZip zip = new DocxZip(content);
        for (ZipArchiveEntry e = zip.next(); e != null; e = zip.next()) {
            if (e.getName().toLowerCase(Locale.ROOT).equals(lower)) {
                return zip.stream();
            }
        }
        throw new IOException("no part " + part);
    }

    /** The relationships of a part (or of the package, for ""), ordered by id; empty when it has none. */
    List<Relationship> relationships(String source) throws IOException, XMLStreamException {
        int slash = source.lastIndexOf('/');
        String rels = source.substring(0, slash + 1) + "_rels/" + source.substring(slash + 1) + ".rels";
        if (!has(rels)) {
            return List.of();
        }
        Map<String, Relationship> byId = new TreeMap<>();
        try (InputStream in = open(rels)) {
            XMLStreamReader r = WordXml.open(in);
            try {
                if (WordXml.nextChild(r)) {
                    while (WordXml.nextChild(r)) {
                        if ("Relationship".equals(r.getLocalName()) && REL.equals(r.getNamespaceURI())) {
                            String id = r.getAttributeValue(null, "Id");
                            String type = r.getAttributeValue(null, "Type");
                            boolean external = "External".equals(r.getAttributeValue(null, "TargetMode"));
                            String target = r.getAttributeValue(null, "Target");
                            if (id != null && type != null && target != null) {
                                byId.put(id, new Relationship(type, external ? null : resolve(source, target)));
                            }
                        }
                        WordXml.skip(r);
                    }
                }
            } finally {
                r.close();
            }
        }
        return new ArrayList<>(byId.values());
    }

    /**
     * The part of a type related to the source that the package holds, or null: the first by id for the package's
     * main document, the last for a document's styles, numbering and notes (POI assigns each in turn).
     */
    String related(String source, String type, boolean last) throws IOException, XMLStreamException {
        String found = null;
        for (Relationship rel : relationships(source)) {
            if (rel.type().equals(type) && rel.part() != null && has(rel.part())) {
                found = rel.part();
                if (!last) {
                    return found;
                }
            }
        }
        return found;
    }

    /** A target resolved against its source part's folder, as a zip entry name; null when it is no part name. */
    private static String resolve(String source, String target) {
        try {
            URI base = new URI("/" + source);
            String path = base.resolve(new URI(null, null, target.replace('\\', '/'), null).getRawPath()).getPath();
            return path == null || !path.startsWith("/") ? null : path.substring(1);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
