package org.nianbao.rules;

import java.util.Locale;
import org.nianbao.model.Text;

/** How much a violation matters: an error fails the check, a warning usually matters, an info is style. */
public enum Severity {
    ERROR(Text.of("错误", "error")),
    WARNING(Text.of("警告", "warning")),
    INFO(Text.of("提示", "info"));

    private final Text name;

    Severity(Text name) {
        this.name = name;
    }

    /** {@code error}, {@code warning} or {@code info}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Text displayName() {
        return name;
    }

    public static Severity of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
