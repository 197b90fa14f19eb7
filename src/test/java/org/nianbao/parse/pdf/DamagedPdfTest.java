package org.nianbao.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

/** Damaged copies of a real PDF either read or fail with a {@link ReadFailure}; no other exception escapes. */
class DamagedPdfTest {
    private static final int COPIES = 40;
    private static final int WINDOW = 64;

    @Test
    void damagedFilesNeverThrowAnythingElse() throws Exception {
        byte[] seed = Documents.bytes(Documents.SAMPLES.resolve("seed.pdf"));
        Random random = new Random(2024);
        PdfParser parser = new PdfParser();
        int read = 0;
        int failed = 0;
        for (int i = 0; i < COPIES; i++) {
            byte[] copy = seed.clone();
            int at = random.nextInt(copy.length - WINDOW);
            for (int j = 0; j < WINDOW; j++) {
                copy[at + j] = (byte) random.nextInt(256);
            }
            try {
                RawDocument doc = parser.parse(copy, ReadLimits.DEFAULT);
                assertThat(doc.blocks()).isNotNull();
                read++;
            } catch (ReadFailure f) {
                assertThat(f.problem()).isNotNull();
                failed++;
            }
        }
        System.out.printf("damaged seed.pdf copies: %d read, %d failed with ReadFailure%n", read, failed);
        assertThat(read + failed).isEqualTo(COPIES);
    }
}
