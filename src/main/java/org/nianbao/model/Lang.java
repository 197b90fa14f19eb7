package org.nianbao.model;

/** The two languages of every user-facing text: Chinese first, English on request. */
public enum Lang {
    ZH, EN;

    /** Parses {@code zh} or {@code en} (any case). */
    public static Lang of(String code) {
        return switch (code.toLowerCase(java.util.Locale.ROOT)) {
            case "zh", "zh-cn", "cn" -> ZH;
            case "en" -> EN;
            default -> throw new IllegalArgumentException("unknown language: " + code);
        };
    }
}
