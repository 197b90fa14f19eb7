package org.nianbao.parse.docx;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * The zip of a .docx read entry by entry exactly as POI reads it from a stream (commons-compress, UTF-8 names, stored
 * entries with a data descriptor allowed, the end of the stream as the end of the entries), so that what our own
 * passes see is what POI will build from: every compression method POI can read, no entry it would skip.
 */
final class DocxZip {
    private final ZipArchiveInputStream zip;

    DocxZip(byte[] content) {
        this.zip = new ZipArchiveInputStream(new ByteArrayInputStream(content), "UTF-8", false, true);
    }

    /** The next entry, or null after the last (or where the stream ends, as POI takes it). */
    ZipArchiveEntry next() throws IOException {
        try {
            return zip.getNextZipEntry();
        } catch (EOFException end) {
            return null;
        }
    }

    /** Whether the current entry's data can be inflated here (and so by POI): method known, not encrypted. */
    boolean canRead(ZipArchiveEntry entry) {
        return zip.canReadEntryData(entry);
    }

    /** The current entry's inflated bytes; ends at the entry's end. */
    ZipArchiveInputStream stream() {
        return zip;
    }
}
