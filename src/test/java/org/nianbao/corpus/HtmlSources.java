package org.nianbao.corpus;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
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

    private enum Body { GOVERNMENT, DEPARTMENT, TOWN, REGION }

    /** How a report is printed or worded beyond its numbers. */
    private enum Trait {
        /** narrow label columns: long row labels wrap */
        NARROW_LABELS,
        /** header rows marked to repeat on every page (a thead) */
        REPEAT_HEADERS,
        /** the 2019 第二十条 table with header and body spans that disagree */
        MISALIGNED_SPANS,
        /** 三、本年度办理结果 printed twice down its column */
        SPLIT_RESULTS_LABEL,
        /** section 六 says only 无其他需要报告的事项 */
        NOTHING_ELSE,
        /** signed in March: on time for a government, late for a department */
        SIGNED_IN_MARCH
    }

    /** The traits of one generated report. */
    private record Spec(String name, String description, Body body, int year, int scale, boolean dense,
            Blanks blanks, Set<Trait> traits, Set<Defect> defects) {
    }

    private static final List<Spec> SPREAD = List.of(
            new Spec("gen-gov-2021-dense", "government, 2021 format, four-digit figures, few zeros",
                    Body.GOVERNMENT, 2024, 600, true, Blanks.NONE, Set.of(), Set.of()),
            new Spec("gen-dept-2021-sparse", "department, 2021 format, nothing but 0s and 1s, zeros blank (all"
                    + " in the first rows), header rows repeated, section 六 only 无其他需要报告的事项", Body.DEPARTMENT, 2023, 1, true,
                    Blanks.FIRST_ROWS, EnumSet.of(Trait.REPEAT_HEADERS, Trait.NOTHING_ELSE), Set.of()),
            new Spec("gen-gov-2019-blanks", "government, 2019 format, zeros blank here and there, narrow label"
                    + " columns (labels wrap)", Body.GOVERNMENT, 2020, 40, false, Blanks.SCATTERED,
                    EnumSet.of(Trait.NARROW_LABELS), Set.of()),
            new Spec("gen-dept-2019-dense", "department, 2019 format, three-digit figures, few zeros, 第二十条"
                    + " header and body spans disagree, 三、本年度办理结果 printed twice", Body.DEPARTMENT, 2019, 150,
                    true, Blanks.NONE, EnumSet.of(Trait.MISALIGNED_SPANS, Trait.SPLIT_RESULTS_LABEL), Set.of()),
            new Spec("gen-town-2021-balance", "town, 2021 format, legal-person columns blank, seeded T3.BALANCE",
                    Body.TOWN, 2022, 6, false, Blanks.LEGAL_PERSONS, Set.of(), EnumSet.of(Defect.BALANCE)),
            new Spec("gen-region-2021-defects", "development zone's 管理委员会 (a region: government deadline),"
                    + " signed in March, 2021 format, zeros blank here and there, narrow labels, header rows"
                    + " repeated, seeded TBL.ROW_MISSING and T4.GROUP_TOTAL", Body.REGION, 2025, 40, false,
                    Blanks.SCATTERED, EnumSet.of(Trait.NARROW_LABELS, Trait.REPEAT_HEADERS, Trait.SIGNED_IN_MARCH),
                    EnumSet.of(Defect.ROW_MISSING, Defect.GROUP_TOTAL)));

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
        Set<Trait> traits = spec.traits();
        r.narrowLabels = traits.contains(Trait.NARROW_LABELS);
        r.repeatHeaders = traits.contains(Trait.REPEAT_HEADERS);
        r.misalignedSpans = traits.contains(Trait.MISALIGNED_SPANS);
        r.splitResultsLabel = traits.contains(Trait.SPLIT_RESULTS_LABEL);
        if (traits.contains(Trait.NOTHING_ELSE)) {
            r.section("otherMatters").paragraphs().clear();
            r.section("otherMatters").paragraphs().add("无其他需要报告的事项。");
        }
        if (traits.contains(Trait.SIGNED_IN_MARCH)) {
            Signature.set(r, LocalDate.of(r.year + 1, 3, 2 + random.nextInt(28)), random);
        }
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
        Set<Trait> traits = EnumSet.noneOf(Trait.class);
        for (Trait t : Trait.values()) {
            // March is late for a department, and would undo a seeded date defect
            boolean fits = t != Trait.SIGNED_IN_MARCH || (body == Body.GOVERNMENT || body == Body.REGION)
                    && !defects.contains(Defect.LATE) && !defects.contains(Defect.TOO_EARLY);
            if (fits && random.nextInt(3) == 0) {
                traits.add(t);
            }
        }
        String name = String.format("gen-%02d-%s-%d-s%d%s", i, body.name().toLowerCase(java.util.Locale.ROOT),
                year, scale, dense ? "-dense" : "");
        return new Spec(name, "random: blanks " + blanks + ", " + traits + ", defects " + defects, body, year,
                scale, dense, blanks, traits, defects);
    }

    private static Agency agency(Body body, Random random) {
        if (body == Body.REGION) {
            return Agency.region(random);
        }
        Predicate<Agency> fits = switch (body) {
            case GOVERNMENT -> Agency::government;
            case DEPARTMENT -> a -> !a.government() && !isTown(a);
            default -> HtmlSources::isTown;
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
