package org.nianbao.model;

import java.util.Optional;

/** Which national format a report (or one of its tables) follows. */
public enum FormatVersion {
    /** 国办公开办函〔2021〕30号, report years 2021 on. */
    V2021("2021"),
    /** 国办公开办函〔2019〕60号 trial format, report years 2019 and 2020. */
    V2019("2019"),
    /** Tables that disagree about the format. */
    HYBRID("hybrid");

    private final String id;

    FormatVersion(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The format a report of this year is expected to use. */
    public static FormatVersion expectedFor(int reportYear) {
        return reportYear >= 2021 ? V2021 : V2019;
    }

    public static Optional<FormatVersion> byId(String id) {
        for (FormatVersion v : values()) {
            if (v.id.equals(id)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
