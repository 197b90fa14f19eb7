package org.nianbao.corpus;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reports whose every cell is known, each as an HTML document (the report alone, as an office writes it) and its
 * truth in the model's JSON shape: what the rendering matrix hands to real producers (Chromium, LibreOffice) and
 * compares their renderings with. The first six generated reports are a fixed spread of what real tables do;
 * more are drawn at random from the same traits.
 */
public final class HtmlSources {
    /** A report to render: a short name, what is special about it, its HTML and its truth (model JSON). */
    public record HtmlSource(String name, String description, byte[] html, String truthJson) {
    }

    private enum Body { GOVERNMENT, DEPARTMENT, TOWN }

    /** The traits of one generated report. */
    private record Spec(String name, String description, Body body, int year, int scale, boolean dense,
            Blanks blanks, boolean narrowLabels, boolean repeatHeaders, Set<Defect> defects) {
    }

    private static final List<Spec> SPREAD = List.of(
            new Spec("gen-gov-2021-dense", "government, 2021 format, four-digit figures, few zeros",
                    Body.GOVERNMENT, 2024, 600, true, Blanks.NONE, false, false, Set.of()),
            new Spec("gen-dept-2021-sparse", "department, 2021 format, almost all zeros, first rows' zeros blank,"
                    + " header rows repeated", Body.DEPARTMENT, 2023, 1, false, Blanks.FIRST_ROWS, false, true, Set.of()),
            new Spec("gen-gov-2019-blanks", "government, 2019 format, zeros blank here and there, narrow label"
                    + " columns (labels wrap)", Body.GOVERNMENT, 2020, 40, false, Blanks.SCATTERED, true, false, Set.of()),
            new Spec("gen-dept-2019-dense", "department, 2019 format, three-digit figures, few zeros",
                    Body.DEPARTMENT, 2019, 150, true, Blanks.NONE, false, false, Set.of()),
            new Spec("gen-town-2021-balance", "town, 2021 format, legal-person columns blank, seeded T3.BALANCE",
                    Body.TOWN, 2022, 6, false, Blanks.LEGAL_PERSONS, false, false, EnumSet.of(Defect.BALANCE)),
            new Spec("gen-gov-2021-defects", "government, 2021 format, zeros blank here and there, narrow labels,"
                    + " header rows repeated, seeded TBL.ROW_MISSING and T4.GROUP_TOTAL", Body.GOVERNMENT, 2025, 40, false,
                    Blanks.SCATTERED, true, true, EnumSet.of(Defect.ROW_MISSING, Defect.GROUP_TOTAL)));

    private static final int[] SCALES = {1, 6, 40, 150, 600};

    private HtmlSources() {
    }

    /** {@code count} generated reports: the fixed spread first, then random ones made from (seed, index). */
    public static List<HtmlSource> generated(int count, long seed) {
        List<HtmlSource> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Random random = new Random(Corpus.mix(seed, i));
            Spec spec = i < SPREAD.size() ? SPREAD.get(i) : randomSpec(i, random);
            out.add(source(spec, random));
        }
        return out;
    }

    /**
     * A real report from its model (tables and metadata, as in model.md) and its words (preamble, sections and
     * labels printed other than the standard wording, see {@link ModelImport}).
     */
    public static HtmlSource fromModel(String name, String description, String modelJson, String wordsJson)
            throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        JsonNode model = mapper.readTree(modelJson);
        GeneratedReport r = ModelImport.read(model, mapper.readTree(wordsJson));
        return new HtmlSource(name, description, HtmlRendering.document(r), JsonRendering.render(r));
    }

    private static HtmlSource source(Spec spec, Random random) {
        ReportGenerator generator = new ReportGenerator(random);
        boolean outdated = spec.defects().contains(Defect.OUTDATED);
        GeneratedReport r = generator.generate(agency(spec.body(), random), spec.year(),
                spec.year() <= 2020 || outdated, new TableNumbers(random, spec.scale(), spec.dense()), spec.blanks(),
                spec.defects());
        r.narrowLabels = spec.narrowLabels();
        r.repeatHeaders = spec.repeatHeaders();
        return new HtmlSource(spec.name(), spec.description(), HtmlRendering.document(r), JsonRendering.render(r));
    }

    private static Spec randomSpec(int i, Random random) {
        Body body = Body.values()[random.nextInt(Body.values().length)];
        Set<Defect> defects = new ReportGenerator(random).pickDefects();
        boolean outdated = defects.contains(Defect.OUTDATED);
        int year = outdated ? 2022 + random.nextInt(4) : 2019 + random.nextInt(7);
        int scale = SCALES[random.nextInt(SCALES.length)];
        boolean dense = random.nextBoolean();
        Blanks blanks = Blanks.values()[random.nextInt(Blanks.values().length)];
        boolean narrow = random.nextBoolean();
        boolean repeat = random.nextBoolean();
        String name = String.format("gen-%02d-%s-%d-s%d%s", i, body.name().toLowerCase(java.util.Locale.ROOT),
                year, scale, dense ? "-dense" : "");
        return new Spec(name, "random: " + blanks + (narrow ? ", narrow labels" : "") + ", defects " + defects,
                body, year, scale, dense, blanks, narrow, repeat, defects);
    }

    private static Agency agency(Body body, Random random) {
        Predicate<Agency> fits = switch (body) {
            case GOVERNMENT -> Agency::government;
            case DEPARTMENT -> a -> !a.government() && !isTown(a);
            case TOWN -> HtmlSources::isTown;
        };
        while (true) {
            Agency a = Agency.pick(random, body == Body.GOVERNMENT);
            if (fits.test(a)) {
                return a;
            }
        }
    }

    private static boolean isTown(Agency a) {
        return a.name().endsWith("镇人民政府") || a.name().endsWith("街道办事处");
    }
}
