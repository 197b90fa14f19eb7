package org.nianbao.parse.scan;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.nianbao.model.Location;
import org.nianbao.model.OcrReading;
import org.nianbao.parse.InputFormat;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.Limit;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.RawParagraph;
import org.nianbao.parse.RawTable;
import org.nianbao.parse.ReadBudget;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;
import org.nianbao.parse.ScanTime;

/**
 * Reads scanned pages (a PDF without a usable text layer, or images of a report) into the same {@link RawDocument}
 * as every other reader. Each page is straightened and its ruling lines found; each table cell is read alone —
 * digits by two models and a verdict on how sure the reading is ({@link NumberReading}), labels by the Chinese
 * model — and the rest of the page (tables masked out) is read for the narrative. Nine Tesseract runs per
 * document at most: the Chinese model over every cell, again line by line over the labels it was unsure of, the
 * digits over the cells that look like numbers, again smaller over those the two models read otherwise, the second
 * look's four over the numbers still unsure ({@link SecondLook}), the Chinese model over the pages.
 */
public final class ScanReader {
    /** Fewer Chinese characters than this and no table: not a report (a photo, a blank page), INPUT.NO_TEXT. */
    private static final int MIN_HAN = 20;
    private final Tesseract tesseract = Tesseract.installed();

    /** Null when OCR can run here, else what is missing (for the user's message). */
    public String missing() {
        Tesseract.Availability a = tesseract.availability();
        return a.ok() ? null : a.missing();
    }

    /** Reads the pages of a PDF that has no usable text layer. */
    public RawDocument readPdf(PDDocument document, ReadLimits limits) throws ReadFailure {
        if (document.getNumberOfPages() > limits.maxPages()) {
            throw Limit.PAGES.exceeded(limits.maxPages(), "PDF has " + document.getNumberOfPages() + " pages");
        }
        return read(InputFormat.PDF, PageImages.pdf(document), limits, true);
    }

    /** Reads an image of a report (all frames of a multi-page TIFF). */
    public RawDocument readImage(InputFormat format, byte[] content, ReadLimits limits) throws ReadFailure {
        limits.checkSize(content);
        PageImages pages;
        try {
            pages = PageImages.image(content);
        } catch (IOException | RuntimeException e) {
            throw new ReadFailure(InputProblem.UNREADABLE, "the image cannot be decoded: " + e.getMessage(), e);
        }
        if (pages.count() > limits.maxPages()) {
            throw Limit.PAGES.exceeded(limits.maxPages(), "the image has " + pages.count() + " pages");
        }
        return read(format, pages, limits, false);
    }

    private RawDocument read(InputFormat format, PageImages pages, ReadLimits limits, boolean pdfPoints)
            throws ReadFailure {
        String missing = missing();
        if (missing != null) {
            throw new ReadFailure(InputProblem.NO_TEXT, "the pages are scanned and OCR is not installed (" + missing
                    + " is missing)", java.util.Map.of("ocr", "missing", "missing", missing), null);
        }
        Path work = null;
        try (pages) {
            ScanTime.scanning(pages.count()); // the file's time limit grows with the pages to read
            work = Files.createTempDirectory("nianbao-ocr");
            List<PageScan> scans = new ArrayList<>();
            for (int i = 0; i < pages.count(); i++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException();
                }
                PageImages.Page page = pages.page(i);
                scans.add(PageScan.scan(i + 1, page.image(), page.dpi(), work));
            }
            return assemble(format, scans, work, limits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadFailure(InputProblem.TIMEOUT, "OCR stopped: the file's time is up");
        } catch (IOException | UncheckedIOException e) {
            throw new ReadFailure(InputProblem.UNREADABLE, "OCR failed: " + e.getMessage(), e);
        } finally {
            if (System.getenv("NIANBAO_OCR_KEEP") == null) { // kept only to look into a scan by hand
                delete(work);
            }
        }
    }

    private RawDocument assemble(InputFormat format, List<PageScan> scans, Path work, ReadLimits limits)
            throws IOException, InterruptedException, ReadFailure {
        List<PageScan.CellJob> cells = new ArrayList<>();
        List<Path> pageImages = new ArrayList<>();
        for (PageScan s : scans) {
            cells.addAll(s.cells());
            pageImages.add(s.narrativeImage());
        }
        List<PageScan.CellJob> inked = cells.stream().filter(c -> !c.ink().blank()).toList();
        Map<String, List<Hocr.Word>> chinese = inked.isEmpty() ? Map.of()
                : Hocr.pages(tesseract.run(list(work, "cells", inked.stream().map(PageScan.CellJob::image).toList()),
                        work.resolve("cells"), "hocr", List.of("-l", "chi_sim", "--psm", "6", "hocr")));
        List<PageScan.CellJob> numeric = new ArrayList<>();
        for (PageScan.CellJob c : inked) {
            Hocr.Text text = Hocr.text(chinese.getOrDefault(Hocr.name(c.image().toString()), List.of()));
            c.chinese(text);
            if (c.ink().looksNumeric() || digitLike(text.text())) {
                numeric.add(c);
            }
        }
        rereadLabels(inked.stream().filter(c -> !numeric.contains(c)
                && c.chineseText().minConf() < PageScan.TEXT_SURE).toList(), work);
        Map<String, List<Hocr.Word>> digits = readDigits(numeric.stream().map(PageScan.CellJob::image).toList(),
                work, "numbers");
        List<PageScan.CellJob> again = new ArrayList<>();
        for (PageScan.CellJob c : numeric) {
            c.digits(glyphs(digits, c.image()));
            if (!text(c.digitGlyphs()).equals(NumberReading.normalise(CjkText.tidy(c.chineseText().text())))) {
                again.add(c);
            }
        }
        rereadDigits(again, work);
        new SecondLook(tesseract).look(numeric.stream().filter(c -> c.source() != null && c.reading().unsure())
                .toList(), work);
        Map<String, List<Hocr.Word>> narrative = Hocr.pages(tesseract.run(list(work, "pages", pageImages),
                work.resolve("pages"), "hocr", List.of("-l", "chi_sim", "--psm", "3", "hocr")));
        ReadBudget budget = new ReadBudget(limits);
        List<Object> order = new ArrayList<>(); // paragraphs (String) and tables (List<TableStitch.Part>)
        for (PageScan s : scans) {
            List<Placed> placed = new ArrayList<>();
            for (Narrative.Paragraph p : Narrative.paragraphs(narrative.getOrDefault(
                    Hocr.name(s.narrativeImage().toString()), List.of()), s.narrativeScale())) {
                budget.addText(p.text());
                placed.add(new Placed(p.top(), p.text(), null, s));
            }
            for (CellGrid.GridTable t : s.tables()) {
                placed.add(new Placed(t.top(), null, t, s));
            }
            placed.sort(Comparator.comparingInt(Placed::top));
            for (Placed p : placed) {
                if (p.text() != null) {
                    order.add(p);
                    continue;
                }
                TableStitch.Part part = new TableStitch.Part(p.page(), p.table());
                List<TableStitch.Part> open = lastTable(order);
                if (open != null && TableStitch.continues(open.get(open.size() - 1), part)) {
                    open.add(part);
                } else {
                    order.add(new ArrayList<>(List.of(part)));
                }
            }
        }
        List<RawBlock> blocks = new ArrayList<>();
        int tableIndex = 0;
        int paragraphIndex = 0;
        for (Object o : order) {
            if (o instanceof Placed p) {
                blocks.add(RawParagraph.plain(p.text(), Location.paragraph(p.page().number(), ++paragraphIndex)));
            } else {
                @SuppressWarnings("unchecked")
                List<TableStitch.Part> parts = (List<TableStitch.Part>) o;
                blocks.add(TableStitch.table(parts, ++tableIndex, budget));
            }
        }
        if (tableIndex == 0 && han(order) < MIN_HAN) {
            throw new ReadFailure(InputProblem.NO_TEXT, "OCR found no report on the pages (no table, "
                    + han(order) + " Chinese characters)", Map.of("ocr", "nothing"), null);
        }
        return new RawDocument(format, blocks, null, true);
    }

    /** Chinese characters in the paragraphs OCR found. */
    private static int han(List<Object> order) {
        int n = 0;
        for (Object o : order) {
            if (o instanceof Placed p) {
                n += (int) p.text().chars().filter(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN)
                        .count();
            }
        }
        return n;
    }

    private Map<String, List<Hocr.Word>> readDigits(List<Path> images, Path work, String name)
            throws IOException, InterruptedException {
        return images.isEmpty() ? Map.of() : Hocr.pages(tesseract.run(list(work, name, images), work.resolve(name),
                "hocr", List.of("-l", "eng", "--psm", "7", "-c", "tessedit_char_whitelist=0123456789.-",
                        "-c", "lstm_choice_mode=2", "-c", "hocr_char_boxes=1", "hocr")));
    }

    private static List<Hocr.Glyph> glyphs(Map<String, List<Hocr.Word>> pages, Path image) {
        List<Hocr.Glyph> glyphs = new ArrayList<>();
        for (Hocr.Word w : pages.getOrDefault(Hocr.name(image.toString()), List.of())) {
            glyphs.addAll(w.glyphs());
        }
        return glyphs;
    }

    private static String text(List<Hocr.Glyph> glyphs) {
        StringBuilder sb = new StringBuilder();
        glyphs.forEach(g -> sb.append(g.text().strip()));
        return sb.toString();
    }

    /**
     * Reads again, at three fifths of the size, the numbers the digit model read otherwise than the Chinese model
     * (or not at all: the engine gives nothing for some single large digits), and takes that reading when it is the
     * Chinese model's. Whether the cell is then sure is still {@link NumberReading}'s verdict, ink included.
     */
    private void rereadDigits(List<PageScan.CellJob> cells, Path work) throws IOException, InterruptedException {
        List<Path> smaller = new ArrayList<>();
        for (PageScan.CellJob c : cells) {
            BufferedImage image = ImageIO.read(c.image().toFile());
            int w = Math.max(1, (int) Math.round(image.getWidth() * 0.6));
            int h = Math.max(1, (int) Math.round(image.getHeight() * 0.6));
            BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            java.awt.Graphics2D g = small.createGraphics();
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                    java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, w, h, null);
            g.dispose();
            Path file = c.image().resolveSibling(c.image().getFileName().toString().replace(".png", "-s.png"));
            writePng(small, file);
            smaller.add(file);
        }
        Map<String, List<Hocr.Word>> digits = readDigits(smaller, work, "numbers-small");
        for (int i = 0; i < cells.size(); i++) {
            List<Hocr.Glyph> glyphs = glyphs(digits, smaller.get(i));
            PageScan.CellJob c = cells.get(i);
            if (!glyphs.isEmpty() && text(glyphs).equals(NumberReading.normalise(CjkText.tidy(
                    c.chineseText().text())))) {
                c.digits(glyphs);
            }
        }
    }

    /**
     * Reads again, as a column of lines of their own ({@code --psm 4}), the label cells the block reading was unsure
     * of, keeping the surer reading: a label wrapped one or two characters to a line, or lines of unequal length,
     * defeat the block reading and read right this way (and the other way round, so both are tried).
     */
    private void rereadLabels(List<PageScan.CellJob> unsure, Path work) throws IOException, InterruptedException {
        if (unsure.isEmpty()) {
            return;
        }
        Map<String, List<Hocr.Word>> lines = Hocr.pages(tesseract.run(list(work, "labels", unsure.stream()
                .map(PageScan.CellJob::image).toList()), work.resolve("labels"), "hocr",
                List.of("-l", "chi_sim", "--psm", "4", "hocr")));
        for (PageScan.CellJob c : unsure) {
            Hocr.Text again = Hocr.text(lines.getOrDefault(Hocr.name(c.image().toString()), List.of()));
            if (!again.text().isBlank() && again.minConf() > c.chineseText().minConf()) {
                c.chinese(again);
            }
        }
    }

    /**
     * The table a new table part may go on with: the last table, when nothing but page furniture (a page number, a
     * short running line) stands between them; else null.
     */
    @SuppressWarnings("unchecked")
    private static List<TableStitch.Part> lastTable(List<Object> order) {
        for (int i = order.size() - 1; i >= 0; i--) {
            Object o = order.get(i);
            if (o instanceof List<?> parts) {
                return (List<TableStitch.Part>) parts;
            }
            if (!furniture(((Placed) o).text())) {
                return null;
            }
        }
        return null;
    }

    /** A page number or such: a few characters at most, no sentence. */
    private static boolean furniture(String text) {
        String t = text.replaceAll("\\s", "");
        return t.length() <= 8 && !t.contains("。");
    }

    private record Placed(int top, String text, CellGrid.GridTable table, PageScan page) {
    }

    /** Chinese-model text with digits and nothing Chinese: a number the shape test missed. */
    private static boolean digitLike(String text) {
        String t = NumberReading.normalise(text);
        return !t.isEmpty() && t.chars().anyMatch(Character::isDigit)
                && t.chars().noneMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN);
    }

    static Path list(Path work, String name, List<Path> images) throws IOException {
        Path list = work.resolve(name + ".txt");
        StringBuilder sb = new StringBuilder();
        for (Path p : images) {
            sb.append(p.toAbsolutePath()).append('\n');
        }
        Files.writeString(list, sb.toString(), StandardCharsets.UTF_8);
        return list;
    }

    static void writePng(BufferedImage image, Path file) {
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is not the user's problem
        }
    }
}
