package org.nianbao.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generated reports drawn as PDFs (PDFBox, ruled tables) with their truth as JSON, for tests outside this package
 * (the scan tests print and scan them). Needs a CJK TrueType font ({@link CjkFont}).
 */
public final class GeneratedPdfs {
    /** One report: its PDF, its truth (the model as JSON) and the error rules its seeded defects must trigger. */
    public record Generated(String name, byte[] pdf, String truthJson, List<String> expectedErrors) {
    }

    private GeneratedPdfs() {
    }

    public static boolean fontInstalled() {
        try {
            return CjkFont.find().isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Report {@code i} of seed {@code seed}, with the given defects seeded ({@code balance}: a T3.BALANCE error;
     * otherwise none).
     */
    public static Generated make(long seed, int i, boolean balance) throws IOException {
        Random random = new Random(Corpus.mix(seed, i));
        ReportGenerator generator = new ReportGenerator(random);
        Set<Defect> defects = balance ? EnumSet.of(Defect.BALANCE) : EnumSet.noneOf(Defect.class);
        GeneratedReport r = generator.generate(defects);
        byte[] pdf = new PdfRendering(CjkFont.find().orElseThrow()).render(r);
        return new Generated(String.format("gen-%d-%02d%s", seed, i, balance ? "-balance" : ""), pdf,
                JsonRendering.render(r), new ArrayList<>(r.expectedErrors));
    }
}
