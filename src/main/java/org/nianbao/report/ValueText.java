package org.nianbao.report;

import org.nianbao.model.Lang;
import org.nianbao.rules.Violation;

/**
 * A violation's expected and found values as a person reads them: nothing said where nothing is expected, "缺少"
 * where nothing was found, a blank cell called blank, and a dash or slash in a cell named in words ("横线“—”"), so
 * "应为：—　实为：—" never appears. Machine outputs (JSON, SARIF) keep the values as they are.
 */
final class ValueText {
    private ValueText() {
    }

    /** "应为：X　实为：Y" (or only "实为：Y"), in one line; null when the violation has neither. */
    static String line(Violation v, Lang lang) {
        boolean zh = lang == Lang.ZH;
        String expected = expected(v, lang);
        String actual = actual(v, lang);
        if (expected == null && actual == null) {
            return null;
        }
        String found = (zh ? "实为：" : "found: ") + actual;
        return expected == null ? found : (zh ? "应为：" : "expected: ") + expected + (zh ? "　" : "   ") + found;
    }

    /** The expected value in words, or null when there is nothing to say. */
    static String expected(Violation v, Lang lang) {
        String e = v.expected(lang);
        return e == null ? null : words(e, lang);
    }

    /** The found value in words: "缺少" / "missing" when nothing was there. */
    static String actual(Violation v, Lang lang) {
        if (v.expected() == null && v.actual() == null) {
            return null;
        }
        String a = v.actual(lang);
        return a == null ? (lang == Lang.ZH ? "缺少" : "missing") : words(a, lang);
    }

    /** A value as written, with a blank or a lone dash or slash named so it cannot be mistaken for "nothing". */
    static String words(String value, Lang lang) {
        boolean zh = lang == Lang.ZH;
        String s = value.strip();
        if (s.isEmpty()) {
            return zh ? "空白" : "blank";
        }
        if (s.matches("[—–―\\-－~～─]+")) {
            return zh ? "横线“" + s + "”" : "a dash '" + s + "'";
        }
        if (s.matches("[/／\\\\]+")) {
            return zh ? "斜线“" + s + "”" : "a slash '" + s + "'";
        }
        return value;
    }
}
