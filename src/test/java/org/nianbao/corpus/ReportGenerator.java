package org.nianbao.corpus;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Makes one report from a seeded {@link Random}: a body, a year 2019–2025 in the format that year calls for (2019
 * trial format for 2019–2020, the 2021 format after), balanced tables, narrative, a timely signature, then the
 * requested defects.
 */
final class ReportGenerator {
    private final Random random;
    private final Narrative narrative;

    ReportGenerator(Random random) {
        this.random = random;
        this.narrative = new Narrative(random);
    }

    GeneratedReport generate(Set<Defect> defects) {
        boolean outdated = defects.contains(Defect.OUTDATED);
        int year = outdated ? 2022 + random.nextInt(4) : 2019 + random.nextInt(7);
        Agency agency = Agency.pick(random, false);
        return generate(agency, year, year <= 2020 || outdated, new TableNumbers(random, agency.government()),
                Blanks.NONE, defects);
    }

    /** A report of a chosen body, year and format, with numbers of a chosen size and zeros left blank as asked. */
    GeneratedReport generate(Agency agency, int year, boolean format2019, TableNumbers numbers, Blanks blanks,
            Set<Defect> defects) {
        GeneratedReport r = new GeneratedReport(agency, year, format2019);
        numbers.fill(r);
        blanks.apply(r, random);
        narrative.write(r);
        Signature.set(r, Signature.onTime(r, random), random);
        for (Defect d : defects) {
            d.apply(r, random, narrative);
        }
        return r;
    }

    /** No defect for about half the reports, else one or two of different groups. */
    Set<Defect> pickDefects() {
        Set<Defect> chosen = EnumSet.noneOf(Defect.class);
        if (random.nextBoolean()) {
            return chosen;
        }
        int count = 1 + random.nextInt(2);
        List<Defect> all = new ArrayList<>(List.of(Defect.values()));
        while (chosen.size() < count) {
            Defect d = all.get(random.nextInt(all.size()));
            if (chosen.stream().noneMatch(c -> c.groups.stream().anyMatch(d.groups::contains))) {
                chosen.add(d);
            }
        }
        return chosen;
    }
}
