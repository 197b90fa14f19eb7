package org.nianbao.scan;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Scans a printed report as an office's scanner would: each PDF page rendered at the recipe's resolution, a red
 * round seal stamped over the signature (the last page's lowest text) and over the bottom right corner of the first
 * table, the page turned, turned grey or black and white, compressed, and put into a PDF of images only (or a TIFF,
 * or a PNG or a JPEG of the first page: give it the one page to scan).
 */
final class Scanner {
    private Scanner() {
    }

    /** The scan and how many pages it holds. */
    record Scan(byte[] content, int pages) {
    }

    static Scan scan(byte[] pdf, ScanRecipe recipe) throws IOException {
        List<BufferedImage> pages = new ArrayList<>();
        List<PDRectangle> sizes = new ArrayList<>();
        try (PDDocument doc = PDDocument.load(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            boolean cornerStamped = false;
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage page = renderer.renderImageWithDPI(i, recipe.dpi(), ImageType.RGB);
                if (recipe.seal()) {
                    if (i == doc.getNumberOfPages() - 1) {
                        int[] last = lowestInk(page);
                        seal(page, (int) (page.getWidth() * 0.7), last[1], recipe.dpi());
                    }
                    int[] corner = cornerStamped ? null : tableCorner(page, recipe.dpi());
                    if (corner != null) {
                        seal(page, corner[0], corner[1], recipe.dpi());
                        cornerStamped = true;
                    }
                }
                pages.add(finish(page, recipe));
                sizes.add(doc.getPage(i).getMediaBox());
                if (recipe.container().onePage()) {
                    break;
                }
            }
        }
        return new Scan(switch (recipe.container()) {
            case PDF -> pdfOf(pages, sizes, recipe);
            case TIFF -> tiff(pages);
            case PNG -> png(pages.get(0));
            case JPEG -> jpeg(pages.get(0), recipe.jpegQuality());
        }, pages.size());
    }

    /** The last row of the page holding ink, and its leftmost ink. */
    private static int[] lowestInk(BufferedImage page) {
        for (int y = page.getHeight() - 1; y >= 0; y--) {
            for (int x = 0; x < page.getWidth(); x++) {
                if ((page.getRGB(x, y) & 0xFF) < 128) {
                    return new int[] {x, y};
                }
            }
        }
        return new int[] {page.getWidth() / 2, page.getHeight() / 2};
    }

    /** The bottom right corner of the lowest long horizontal line on the page (a table's last border), or null. */
    private static int[] tableCorner(BufferedImage page, int dpi) {
        int min = (int) (3 * dpi);
        for (int y = page.getHeight() - 1; y >= 0; y--) {
            int run = 0;
            for (int x = 0; x < page.getWidth(); x++) {
                run = (page.getRGB(x, y) & 0xFF) < 128 ? run + 1 : 0;
                if (run >= min && (x + 1 == page.getWidth() || (page.getRGB(x + 1, y) & 0xFF) >= 128)) {
                    return new int[] {x, y};
                }
            }
        }
        return null;
    }

    /** A red round seal (a ring, a star, an inner ring of text-like strokes), multiplied onto the page. */
    private static void seal(BufferedImage page, int cx, int cy, int dpi) {
        int r = (int) (0.8 * dpi);
        BufferedImage stamp = new BufferedImage(2 * r + 4, 2 * r + 4, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = stamp.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(214, 38, 44));
        g.setStroke(new BasicStroke((float) (0.045 * dpi)));
        g.drawOval(2, 2, 2 * r, 2 * r);
        Path2D star = new Path2D.Double();
        double s = 0.22 * dpi;
        for (int k = 0; k < 10; k++) {
            double a = Math.PI / 2 + k * Math.PI / 5;
            double rr = k % 2 == 0 ? s : s * 0.4;
            double x = r + 2 + rr * Math.cos(a);
            double y = r + 2 - rr * Math.sin(a);
            if (k == 0) {
                star.moveTo(x, y);
            } else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        g.fill(star);
        g.setStroke(new BasicStroke((float) (0.02 * dpi)));
        for (int k = 0; k < 14; k++) { // strokes standing for the body's name round the rim
            double a = Math.PI * (0.15 + 0.7 * k / 13.0);
            double x0 = r + 2 - 0.78 * r * Math.cos(a);
            double y0 = r + 2 - 0.78 * r * Math.sin(a);
            double x1 = r + 2 - 0.62 * r * Math.cos(a);
            double y1 = r + 2 - 0.62 * r * Math.sin(a);
            g.drawLine((int) x0, (int) y0, (int) x1, (int) y1);
        }
        g.dispose();
        for (int y = 0; y < stamp.getHeight(); y++) {
            for (int x = 0; x < stamp.getWidth(); x++) {
                int px = cx - r - 2 + x;
                int py = cy - r - 2 + y;
                int argb = stamp.getRGB(x, y);
                int alpha = argb >>> 24;
                if (alpha == 0 || px < 0 || py < 0 || px >= page.getWidth() || py >= page.getHeight()) {
                    continue;
                }
                double a = 0.85 * alpha / 255.0;
                int under = page.getRGB(px, py);
                int rr = blend(under >> 16 & 0xFF, argb >> 16 & 0xFF, a);
                int gg = blend(under >> 8 & 0xFF, argb >> 8 & 0xFF, a);
                int bb = blend(under & 0xFF, argb & 0xFF, a);
                page.setRGB(px, py, rr << 16 | gg << 8 | bb);
            }
        }
    }

    /** Ink multiplied over what is under it, as a stamp's ink is. */
    private static int blend(int under, int ink, double a) {
        return (int) Math.round(under * (1 - a) + under * ink / 255.0 * a);
    }

    private static BufferedImage finish(BufferedImage page, ScanRecipe recipe) {
        BufferedImage turned = recipe.rotate() == 0 ? page : rotate(page, recipe.rotate());
        return switch (recipe.colour()) {
            case COLOUR -> turned;
            case GREY -> convert(turned, BufferedImage.TYPE_BYTE_GRAY);
            case BLACK_AND_WHITE -> blackAndWhite(turned);
        };
    }

    /**
     * A scanner's black-and-white mode: its optics spread a printed hairline over a pixel and a half of grey, and it
     * calls ink what is darker than about four fifths of white. (Java's own conversion cuts at half, which erases
     * the hairline rules and thin strokes a printed page keeps.)
     */
    private static BufferedImage blackAndWhite(BufferedImage page) {
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xFF) * 299 + (rgb >> 8 & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
                out.setRGB(x, y, grey < 200 ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return out;
    }

    private static BufferedImage rotate(BufferedImage page, double degrees) {
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(-degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
        g.drawImage(page, 0, 0, null);
        g.dispose();
        return out;
    }

    private static BufferedImage convert(BufferedImage page, int type) {
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), type);
        Graphics2D g = out.createGraphics();
        g.drawImage(page, 0, 0, null);
        g.dispose();
        return out;
    }

    private static byte[] pdfOf(List<BufferedImage> pages, List<PDRectangle> sizes, ScanRecipe recipe)
            throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(sizes.get(i));
                doc.addPage(page);
                BufferedImage img = pages.get(i);
                PDImageXObject x = recipe.jpegQuality() > 0 && img.getType() != BufferedImage.TYPE_BYTE_BINARY
                        ? JPEGFactory.createFromImage(doc, img, recipe.jpegQuality() / 100f)
                        : LosslessFactory.createFromImage(doc, img);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 0, 0, sizes.get(i).getWidth(), sizes.get(i).getHeight());
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] tiff(List<BufferedImage> pages) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("Deflate");
            writer.prepareWriteSequence(null);
            for (BufferedImage p : pages) {
                writer.writeToSequence(new IIOImage(p, null, null), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** A JPEG at the recipe's quality (a camera's or a scanner's JPEG export). */
    private static byte[] jpeg(BufferedImage page, int quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality((quality == 0 ? 90 : quality) / 100f);
            writer.write(null, new IIOImage(page, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] png(BufferedImage page) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(page, "png", out);
        return out.toByteArray();
    }
}
