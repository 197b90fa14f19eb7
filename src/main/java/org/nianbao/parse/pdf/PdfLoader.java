package org.nianbao.parse.pdf;

import java.io.File;
import java.io.IOException;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;
import org.nianbao.parse.TempFolder;

/**
 * Opens PDF bytes with PDFBox, buffering large streams in temp files rather than the heap, and maps what can go
 * wrong to a {@link ReadFailure}. A PDF that needs a user password is {@link InputProblem#ENCRYPTED}; one with only
 * an owner password opens (PDFBox decrypts it with the empty user password).
 */
final class PdfLoader {
    /** Heap bytes PDFBox may use for decoded streams before it spills to temp files. */
    private static final long MAX_MAIN_MEMORY = 64L * 1024 * 1024;

    static {
        // PDFBox scans system fonts into a cache file on first use; the default (~/.pdfbox.cache) may not be writable
        if (System.getProperty("pdfbox.fontcache") == null) {
            File dir = new File(System.getProperty("java.io.tmpdir"), "nianbao-pdfbox-cache");
            if (dir.isDirectory() || dir.mkdirs()) {
                System.setProperty("pdfbox.fontcache", dir.getAbsolutePath());
            }
        }
    }

    private PdfLoader() {
    }

    /**
     * The opened document; the caller closes it. Beyond {@link #MAX_MAIN_MEMORY}, decoded streams go to a scratch
     * file in the {@link TempFolder}, of at most four times the file size limit: a small file whose streams decode
     * without end fails the read instead of filling the disk.
     */
    static PDDocument load(byte[] content, ReadLimits limits) throws ReadFailure {
        MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(MAX_MAIN_MEMORY,
                MAX_MAIN_MEMORY + 4 * limits.maxBytes()).setTempDir(TempFolder.current());
        try {
            return PDDocument.load(content, "", null, null, memory);
        } catch (InvalidPasswordException e) {
            throw new ReadFailure(InputProblem.ENCRYPTED, "PDF needs a password to open", e);
        } catch (IOException | RuntimeException e) {
            throw new ReadFailure(InputProblem.UNREADABLE, "PDF cannot be parsed: " + e.getMessage(), e);
        }
    }
}
