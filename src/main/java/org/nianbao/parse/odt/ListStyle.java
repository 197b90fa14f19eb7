package org.nianbao.parse.odt;

/**
 * A list style ({@code text:list-style}) or the outline style that numbers headings ({@code text:outline-style}):
 * for each level 1–10, how its label is printed. A level without a number (a bullet, an image, or none declared)
 * has no label.
 */
final class ListStyle {
    static final int LEVELS = 10;

    /**
     * One level of the style.
     *
     * @param format        {@code style:num-format}
     * @param displayLevels how many levels' numbers the label shows, this one and those above it
     * @param template      LibreOffice's whole label with {@code %N%} for level N's number, or null
     */
    record Level(String format, String prefix, String suffix, int displayLevels, int start, boolean letterSync,
            String template) {
    }

    private final Level[] levels = new Level[LEVELS + 1];

    void level(int level, Level numbered) {
        if (level >= 1 && level <= LEVELS) {
            levels[level] = numbered;
        }
    }

    /** The level's first number, 1 when it does not say. */
    int start(int level) {
        Level l = level >= 1 && level <= LEVELS ? levels[level] : null;
        return l == null ? 1 : l.start();
    }

    /**
     * The label printed before a paragraph at {@code level}, given each level's current count
     * ({@code counts[1..10]}); null when the level is not numbered or its format is one this reader cannot print.
     */
    String label(int level, int[] counts) {
        Level l = level >= 1 && level <= LEVELS ? levels[level] : null;
        if (l == null) {
            return null;
        }
        String label = l.template() != null ? fromTemplate(l.template(), counts) : composed(l, level, counts);
        return label == null || label.isBlank() ? null : label;
    }

    private String composed(Level l, int level, int[] counts) {
        StringBuilder sb = new StringBuilder(l.prefix());
        int first = Math.max(1, level - Math.max(1, l.displayLevels()) + 1);
        for (int i = first; i <= level; i++) {
            String number = number(i, counts[i]);
            if (number == null) {
                return null;
            }
            sb.append(number);
            if (i < level) {
                sb.append('.');
            }
        }
        return sb.append(l.suffix()).toString();
    }

    /** LibreOffice's {@code loext:num-list-format}, e.g. {@code %1%.%2%.}: each {@code %N%} is level N's number. */
    private String fromTemplate(String template, int[] counts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char ch = template.charAt(i);
            int close = ch == '%' ? template.indexOf('%', i + 1) : -1;
            if (close > i + 1 && close <= i + 3 && template.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int level = Integer.parseInt(template.substring(i + 1, close));
                String number = level >= 1 && level <= LEVELS ? number(level, counts[level]) : null;
                if (number == null) {
                    return null;
                }
                sb.append(number);
                i = close;
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    private String number(int level, int count) {
        Level l = levels[level];
        return l == null ? null : OdfNumbers.render(count, l.format(), l.letterSync());
    }
}
