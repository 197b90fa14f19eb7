package org.nianbao.model;

import java.util.regex.Pattern;

/**
 * Tells a government at county level or above from a department by the body's name. A 人民政府 of a province,
 * city, district, county, banner or autonomous prefecture is a government; a township's, a sub-district office,
 * a government's own office (办公室, which reports as a department) and every department are not (deadline
 * 31 January). A note in brackets after the name is ignored.
 */
public final class LevelInference {
    private static final Pattern GOVERNMENT = Pattern.compile(
            ".*(省|自治区|市|区|县|旗|州|盟)人民政府$");
    private static final Pattern TOWNSHIP = Pattern.compile(".*(乡|镇|街道)(人民政府|办事处).*");

    private LevelInference() {
    }

    /** The level a body's name suggests; {@link Level#DEPARTMENT} when it is not clearly a government. */
    public static Level fromAgency(String agency) {
        if (agency == null) {
            return Level.DEPARTMENT;
        }
        String name = agency.replaceAll("\\s+", "").replaceAll("[（(].*?[)）]", "");
        if (TOWNSHIP.matcher(name).matches()) {
            return Level.DEPARTMENT;
        }
        return GOVERNMENT.matcher(name).matches() ? Level.GOVERNMENT : Level.DEPARTMENT;
    }
}
