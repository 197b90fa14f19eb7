package org.nianbao.parse.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tesseract's hOCR with {@code lstm_choice_mode=2}: per image ("page") of a run, each character read with its
 * confidence and the other characters the engine weighed at that place.
 */
final class Hocr {
    /** A character as read, its confidence (0–100) and the alternatives (best first, the character included). */
    record Glyph(String text, double confidence, List<String> choices) {
    }

    private static final Pattern PAGE = Pattern.compile("<div class='ocr_page'");
    private static final Pattern WORD = Pattern.compile("<span class='ocrx_word'");
    private static final Pattern CINFO = Pattern.compile(
            "<span class='ocrx_cinfo'( id='choice[^']*')? title='([^']*)'>([^<]*)</span>");
    private static final Pattern CONF = Pattern.compile("x_confs? ([0-9.]+)");

    private Hocr() {
    }

    /** The glyphs of each page in order; a space between words is a glyph " " of confidence 100. */
    static List<List<Glyph>> pages(String hocr, int expected) {
        List<List<Glyph>> out = new ArrayList<>();
        String[] parts = PAGE.split(hocr);
        for (int i = 1; i < parts.length; i++) {
            out.add(glyphs(parts[i]));
        }
        while (out.size() < expected) {
            out.add(List.of());
        }
        return out;
    }

    private static List<Glyph> glyphs(String page) {
        List<Glyph> out = new ArrayList<>();
        String[] words = WORD.split(page);
        for (int w = 1; w < words.length; w++) {
            if (!out.isEmpty()) {
                out.add(new Glyph(" ", 100, List.of(" ")));
            }
            Matcher m = CINFO.matcher(words[w]);
            String text = null;
            double conf = 0;
            Map<String, Double> choices = new LinkedHashMap<>();
            while (m.find()) {
                String t = unescape(m.group(3));
                Matcher c = CONF.matcher(m.group(2));
                double value = c.find() ? Double.parseDouble(c.group(1)) : 0;
                if (m.group(1) == null) {
                    if (text != null) {
                        out.add(glyph(text, conf, choices));
                    }
                    text = t;
                    conf = value;
                    choices = new LinkedHashMap<>();
                } else if (!t.isEmpty()) {
                    choices.merge(t, value, Math::max);
                }
            }
            if (text != null) {
                out.add(glyph(text, conf, choices));
            }
        }
        return out;
    }

    private static Glyph glyph(String text, double conf, Map<String, Double> choices) {
        List<String> list = new ArrayList<>();
        list.add(text);
        choices.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .forEach(e -> {
                    if (!list.contains(e.getKey())) {
                        list.add(e.getKey());
                    }
                });
        return new Glyph(text, conf, list);
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
