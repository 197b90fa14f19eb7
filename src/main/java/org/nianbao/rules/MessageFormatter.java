package org.nianbao.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.Lang;
import org.nianbao.model.Text;

/** Fills {@code {name}} placeholders of a message template; {@link Text} values are shown in the chosen language. */
public final class MessageFormatter {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)\\}");

    private MessageFormatter() {
    }

    public static String format(String template, Map<String, Object> args, Lang lang) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Object value = args.get(m.group(1));
            String text = value == null ? m.group(0) : render(value, lang);
            m.appendReplacement(sb, Matcher.quoteReplacement(text));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** A value as shown to a person. */
    public static String render(Object value, Lang lang) {
        if (value instanceof Text t) {
            return t.in(lang);
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    /** The placeholder names a template uses. */
    public static java.util.Set<String> placeholders(String template) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
