package org.nianbao.parse.scan;

import java.util.ArrayList;
import java.util.List;

/** Tesseract's TSV output: the words of each image ("page") of a run, with their line and box. */
final class Tsv {
    /** A word: its page (0-based image of the run), block, paragraph and line numbers, box and confidence. */
    record Word(int page, int block, int par, int line, int left, int top, int width, int height, double conf,
            String text) {
        int right() {
            return left + width;
        }

        int bottom() {
            return top + height;
        }

        /** Identifies the word's line within its page. */
        long lineKey() {
            return ((long) block << 40) | ((long) par << 20) | line;
        }
    }

    private Tsv() {
    }

    static List<Word> words(String tsv) {
        List<Word> out = new ArrayList<>();
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !f[0].equals("5")) {
                continue;
            }
            String text = f[11].strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                out.add(new Word(Integer.parseInt(f[1]) - 1, Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                        Integer.parseInt(f[4]), Integer.parseInt(f[6]), Integer.parseInt(f[7]),
                        Integer.parseInt(f[8]), Integer.parseInt(f[9]), Double.parseDouble(f[10]), text));
            } catch (NumberFormatException e) {
                // a row tesseract wrote otherwise than its header says: not a word
            }
        }
        return out;
    }

    /** The text of each page's words, a line break between lines, and the lowest word confidence (100 if none). */
    record PageText(String text, double minConf) {
    }

    static List<PageText> pageTexts(List<Word> words, int pages) {
        List<StringBuilder> texts = new ArrayList<>();
        double[] min = new double[pages];
        long[] lastLine = new long[pages];
        for (int i = 0; i < pages; i++) {
            texts.add(new StringBuilder());
            min[i] = 100;
            lastLine[i] = -1;
        }
        for (Word w : words) {
            if (w.page() < 0 || w.page() >= pages) {
                continue;
            }
            StringBuilder sb = texts.get(w.page());
            if (sb.length() > 0) {
                sb.append(lastLine[w.page()] == w.lineKey() ? " " : "\n");
            }
            sb.append(w.text());
            lastLine[w.page()] = w.lineKey();
            min[w.page()] = Math.min(min[w.page()], w.conf());
        }
        List<PageText> out = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            out.add(new PageText(texts.get(i).toString(), min[i]));
        }
        return out;
    }
}
