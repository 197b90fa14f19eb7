package org.nianbao.model;

import java.util.Objects;

/** A text in Chinese and English. The Chinese is always present; English falls back to it. */
public record Text(String zh, String en) {
    public Text {
        Objects.requireNonNull(zh, "zh");
    }

    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }

    public String in(Lang lang) {
        return lang == Lang.EN && en != null && !en.isEmpty() ? en : zh;
    }
}
