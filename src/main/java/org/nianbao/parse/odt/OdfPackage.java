package org.nianbao.parse.odt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.Limit;
import org.nianbao.parse.ReadBudget;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

/**
 * An OpenDocument zip, read once from start to end with the .docx reader's guards: at most
 * {@link ReadLimits#MAX_ZIP_ENTRIES} entries, all of them together inflating to at most
 * {@link ReadLimits#maxUnzippedBytes()} (counted as they inflate, so a bomb stops at the limit, in whichever entry it
 * sits). Only the parts the reader needs are kept; a second entry of one of those names is refused, since which one
 * is the document would be a guess. Commons Compress streams it, because an encrypted package stores its parts with
 * their sizes after the data, which {@code java.util.zip.ZipInputStream} refuses to read.
 */
final class OdfPackage {
    static final String CONTENT = "content.xml";
    static final String STYLES = "styles.xml";
    static final String MANIFEST = "META-INF/manifest.xml";
    static final String MIMETYPE = "mimetype";
    private static final Set<String> KEPT = Set.of(CONTENT, STYLES, MANIFEST, MIMETYPE);

    private final Map<String, byte[]> parts;

    private OdfPackage(Map<String, byte[]> parts) {
        this.parts = parts;
    }

    static OdfPackage read(byte[] zip, ReadLimits limits) throws ReadFailure {
        Map<String, byte[]> parts = new HashMap<>();
        long max = limits.maxUnzippedBytes();
        long unzipped = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true,
                true)) {
            for (ZipArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (++entries > ReadLimits.MAX_ZIP_ENTRIES) {
                    throw Limit.ZIP_ENTRIES.exceeded(ReadLimits.MAX_ZIP_ENTRIES);
                }
                boolean keep = KEPT.contains(e.getName());
                if (keep && parts.containsKey(e.getName())) {
                    throw new ReadFailure(InputProblem.UNREADABLE, "two entries named " + e.getName());
                }
                ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream() : null;
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    unzipped += n;
                    if (unzipped > max) {
                        throw Limit.UNZIPPED.exceeded(max);
                    }
                    if (kept != null) {
                        kept.write(buffer, 0, n);
                    }
                }
                if (kept != null) {
                    parts.put(e.getName(), kept.toByteArray());
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new ReadFailure(InputProblem.UNREADABLE, "not a readable .odt (a broken zip): " + e, e);
        }
        if (entries == 0) {
            throw new ReadFailure(InputProblem.UNREADABLE, "not a readable .odt: an empty or broken zip");
        }
        return new OdfPackage(parts);
    }

    /** The part's bytes, or null when the package has none. */
    byte[] part(String name) {
        return parts.get(name);
    }

    /** The media type the {@code mimetype} entry names, or null without one. */
    String mediaType() {
        byte[] b = parts.get(MIMETYPE);
        return b == null ? null : new String(b, StandardCharsets.US_ASCII).strip();
    }

    /** Whether the manifest lists encryption data for any part: the file needs a password. */
    boolean encrypted(ReadBudget budget) throws ReadFailure {
        byte[] manifest = parts.get(MANIFEST);
        if (manifest == null) {
            return false;
        }
        OdfXml xml = null;
        try {
            xml = OdfXml.open(manifest, MANIFEST, budget);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.is(OdfXml.MANIFEST, "encryption-data")) {
                    return true;
                }
            }
            return false;
        } catch (XMLStreamException e) {
            // a broken manifest says nothing of encryption; the content, read next, decides
            return false;
        } finally {
            if (xml != null) {
                xml.close();
            }
        }
    }
}
