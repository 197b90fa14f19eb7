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

/**
 * Reads scanned pages (a PDF without a usable text layer, or images of a report) into the same {@link RawDocument}
 * as every other reader. Each page is straightened and its ruling lines found; each table cell is read alone —
 * digits by two models and a verdict on how sure the reading is ({@link NumberReading}), labels by the Chinese
 * model — and the rest of the page (tables masked out) is read for the narrative. Three Tesseract runs per
 * document: the Chinese model over every cell, the digits over the cells that look like numbers, the Chinese model
 * over the pages.
 */
public final class ScanReader {
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
            delete(work);
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
        List<Tsv.PageText> chinese = inked.isEmpty() ? List.of()
                : Tsv.pageTexts(Tsv.words(tesseract.run(list(work, "cells", inked.stream()
                        .map(PageScan.CellJob::image).toList()), work.resolve("cells"), "tsv",
                        List.of("-l", "chi_sim", "--psm", "6", "tsv"))), inked.size());
        List<PageScan.CellJob> numeric = new ArrayList<>();
        for (int i = 0; i < inked.size(); i++) {
            PageScan.CellJob c = inked.get(i);
            c.chinese(chinese.get(i));
            if (c.ink().looksNumeric() || digitLike(chinese.get(i).text())) {
                numeric.add(c);
            }
        }
        List<List<Hocr.Glyph>> digits = numeric.isEmpty() ? List.of()
                : Hocr.pages(tesseract.run(list(work, "numbers", numeric.stream().map(PageScan.CellJob::image)
                        .toList()), work.resolve("numbers"), "hocr", List.of("-l", "eng", "--psm", "7",
                        "-c", "tessedit_char_whitelist=0123456789.-", "-c", "lstm_choice_mode=2",
                        "-c", "hocr_char_boxes=1", "hocr")), numeric.size());
        for (int i = 0; i < numeric.size(); i++) {
            numeric.get(i).digits(digits.get(i));
        }
        List<Tsv.Word> narrative = Tsv.words(tesseract.run(list(work, "pages", pageImages), work.resolve("pages"),
                "tsv", List.of("-l", "chi_sim", "--psm", "3", "tsv")));
        ReadBudget budget = new ReadBudget(limits);
        List<RawBlock> blocks = new ArrayList<>();
        int tableIndex = 0;
        int paragraphIndex = 0;
        for (PageScan s : scans) {
            List<Placed> placed = new ArrayList<>();
            for (Narrative.Paragraph p : Narrative.paragraphs(narrative.stream()
                    .filter(w -> w.page() == s.number() - 1).toList(), s.narrativeScale())) {
                budget.addText(p.text());
                placed.add(new Placed(p.top(), p.text(), null));
            }
            for (int t = 0; t < s.tables().size(); t++) {
                placed.add(new Placed(s.tables().get(t).top(), null, s.tables().get(t)));
            }
            placed.sort(Comparator.comparingInt(Placed::top));
            for (Placed p : placed) {
                if (p.text() != null) {
                    blocks.add(RawParagraph.plain(p.text(), Location.paragraph(s.number(), ++paragraphIndex)));
                } else {
                    blocks.add(table(s, p.table(), ++tableIndex, budget));
                }
            }
        }
        return new RawDocument(format, blocks, null, true);
    }

    private record Placed(int top, String text, CellGrid.GridTable table) {
    }

    private static RawTable table(PageScan s, CellGrid.GridTable grid, int index, ReadBudget budget)
            throws ReadFailure {
        List<RawCell> cells = new ArrayList<>();
        for (PageScan.CellJob job : s.cells()) {
            if (job.table() != grid) {
                continue;
            }
            budget.addCell();
            CellGrid.GridCell c = job.cell();
            OcrReading reading = job.reading();
            budget.addText(reading.seen());
            Location where = Location.tableCell(s.number(), index, c.row() + 1, c.col() + 1).withBox(s.box(c));
            cells.add(new RawCell(c.row(), c.col(), c.rowSpan(), c.colSpan(), reading.seen(), where, reading));
        }
        return new RawTable(index, grid.ys().length - 1, grid.xs().length - 1, cells, false,
                Location.tableCell(s.number(), index, 1, 1));
    }

    /** Chinese-model text with digits and nothing Chinese: a number the shape test missed. */
    private static boolean digitLike(String text) {
        String t = NumberReading.normalise(text);
        return !t.isEmpty() && t.chars().anyMatch(Character::isDigit)
                && t.chars().noneMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN);
    }

    private static Path list(Path work, String name, List<Path> images) throws IOException {
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
