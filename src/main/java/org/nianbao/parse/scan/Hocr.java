package org.nianbao.parse.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tesseract's hOCR: per image of a run (found by its file name, so an image the engine skipped cannot shift the
 * others), the words in reading order with their block, paragraph and line, box and confidence; with
 * {@code lstm_choice_mode=2}, each character with its confidence and the characters the engine weighed there.
 */
final class Hocr {
    /** A character as read, its confidence (0–100) and the alternatives (best first, the character included). */
    record Glyph(String text, double confidence, List<String> choices) {
    }

    /** A word: where it stands (block, paragraph and line numbers within its page; its box) and what it says. */
    record Word(int block, int par, int line, int left, int top, int right, int bottom, double conf, String text,
            List<Glyph> glyphs) {
    }

    private static final Pattern TAG = Pattern.compile(
            "<(div|p|span) class='(ocr_page|ocr_carea|ocr_par|ocr_line|ocr_caption|ocr_textfloat|ocr_header"
                    + "|ocrx_word|ocrx_cinfo)'([^>]*)>([^<]*)");
    private static final Pattern IMAGE = Pattern.compile("image \"([^\"]*)\"");
    private static final Pattern BBOX = Pattern.compile("bbox (-?\\d+) (-?\\d+) (-?\\d+) (-?\\d+)");
    private static final Pattern WCONF = Pattern.compile("x_wconf (-?[0-9.]+)");
    private static final Pattern CONF = Pattern.compile("x_confs? ([0-9.]+)");

    private Hocr() {
    }

    /** The words of each image of the run, by the image's file name. */
    static Map<String, List<Word>> pages(String hocr) {
        Map<String, List<Word>> out = new HashMap<>();
        List<Word> words = null;
        int block = 0;
        int par = 0;
        int line = 0;
        WordBuilder word = null;
        Matcher m = TAG.matcher(hocr);
        while (m.find()) {
            String kind = m.group(2);
            String attrs = m.group(3);
            switch (kind) {
                case "ocr_page" -> {
                    if (word != null) {
                        words.add(word.build());
                        word = null;
                    }
                    Matcher image = IMAGE.matcher(attrs);
                    words = new ArrayList<>();
                    out.put(image.find() ? name(image.group(1)) : "", words);
                    block = 0;
                    par = 0;
                    line = 0;
                }
                case "ocr_carea" -> block++;
                case "ocr_par" -> par++;
                case "ocrx_word" -> {
                    if (word != null && words != null) {
                        words.add(word.build());
                    }
                    word = new WordBuilder(block, par, line, attrs, unescape(m.group(4)));
                }
                case "ocrx_cinfo" -> {
                    if (word != null) {
                        word.cinfo(attrs.contains("id='choice"), attrs, unescape(m.group(4)));
                    }
                }
                default -> line++; // a line of text (also a caption, a float, a header)
            }
        }
        if (word != null && words != null) {
            words.add(word.build());
        }
        return out;
    }

    /** The file name of a path, as the pages are keyed. */
    static String name(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    /** The words of a page as text: a space between words, a line break between lines; and the lowest confidence. */
    record Text(String text, double minConf) {
    }

    static Text text(List<Word> words) {
        StringBuilder sb = new StringBuilder();
        double min = 100;
        Word previous = null;
        for (Word w : words) {
            if (w.text().isBlank()) {
                continue;
            }
            if (previous != null) {
                sb.append(previous.line() == w.line() && previous.par() == w.par() && previous.block() == w.block()
                        ? " " : "\n");
            }
            sb.append(w.text().strip());
            min = Math.min(min, w.conf());
            previous = w;
        }
        return new Text(sb.toString(), words.isEmpty() ? 0 : min);
    }

    private static final class WordBuilder {
        private final int block;
        private final int par;
        private final int line;
        private final int[] box = new int[4];
        private final double conf;
        private final String plain;
        private final List<Glyph> glyphs = new ArrayList<>();
        private String glyph;
        private double glyphConf;
        private Map<String, Double> choices = new LinkedHashMap<>();

        WordBuilder(int block, int par, int line, String attrs, String plain) {
            this.block = block;
            this.par = par;
            this.line = line;
            Matcher b = BBOX.matcher(attrs);
            if (b.find()) {
                for (int i = 0; i < 4; i++) {
                    box[i] = Integer.parseInt(b.group(i + 1));
                }
            }
            Matcher c = WCONF.matcher(attrs);
            this.conf = c.find() ? Double.parseDouble(c.group(1)) : 0;
            this.plain = plain;
        }

        void cinfo(boolean choice, String attrs, String text) {
            Matcher c = CONF.matcher(attrs);
            double value = c.find() ? Double.parseDouble(c.group(1)) : 0;
            if (!choice) {
                flush();
                glyph = text;
                glyphConf = value;
                choices = new LinkedHashMap<>();
            } else if (!text.isEmpty()) {
                choices.merge(text, value, Math::max);
            }
        }

        private void flush() {
            if (glyph == null) {
                return;
            }
            List<String> list = new ArrayList<>();
            list.add(glyph);
            choices.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                    .forEach(e -> {
                        if (!list.contains(e.getKey())) {
                            list.add(e.getKey());
                        }
                    });
            glyphs.add(new Glyph(glyph, glyphConf, list));
            glyph = null;
        }

        Word build() {
            flush();
            StringBuilder text = new StringBuilder();
            glyphs.forEach(g -> text.append(g.text()));
            return new Word(block, par, line, box[0], box[1], box[2], box[3], conf,
                    glyphs.isEmpty() ? plain : text.toString(), List.copyOf(glyphs));
        }
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
