package org.nianbao.parse.scan;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.ReadFailure;

/** The pages of a scan as images, one at a time: a PDF's pages rendered, or the frames of an image file. */
abstract class PageImages implements Closeable {
    /** A page bigger than this (a 600 dpi A3 page is 70 million) is refused rather than decoded. */
    static final long MAX_PIXELS = 80_000_000L;
    static final double MIN_DPI = 150;
    static final double MAX_DPI = 300;

    /** A page's image and the resolution it is at (dots per inch). */
    record Page(BufferedImage image, double dpi) {
    }

    abstract int count();

    abstract Page page(int index) throws IOException, ReadFailure;

    /** The pages of a PDF, each rendered at its scan's own resolution (150–300 dpi). */
    static PageImages pdf(PDDocument document) {
        return new PageImages() {
            private final PDFRenderer renderer = new PDFRenderer(document);

            @Override
            int count() {
                return document.getNumberOfPages();
            }

            @Override
            Page page(int index) throws IOException, ReadFailure {
                PDPage page = document.getPage(index);
                double dpi = Math.max(MIN_DPI, Math.min(MAX_DPI, scanDpi(page)));
                double w = page.getMediaBox().getWidth() / 72 * dpi;
                double h = page.getMediaBox().getHeight() / 72 * dpi;
                if (w * h > MAX_PIXELS) {
                    throw new ReadFailure(InputProblem.TOO_LARGE, "page " + (index + 1) + " would be "
                            + (long) (w * h) + " pixels (at most " + MAX_PIXELS + ")");
                }
                return new Page(renderer.renderImageWithDPI(index, (float) dpi, ImageType.RGB), dpi);
            }

            @Override
            public void close() {
                // the document belongs to the caller
            }
        };
    }

    /** Whether any page carries an image (directly or in a form it draws): what a scan is made of. */
    static boolean hasImage(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            if (hasImage(page.getResources(), 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasImage(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 3) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject
                    || x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form
                    && hasImage(form.getResources(), depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** The resolution of the largest image drawn on the page, taken as filling the page's width. */
    private static double scanDpi(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        double widest = 0;
        if (resources != null) {
            for (COSName name : resources.getXObjectNames()) {
                PDXObject x = resources.getXObject(name);
                if (x instanceof PDImageXObject image) {
                    widest = Math.max(widest, image.getWidth());
                }
            }
        }
        double inches = Math.min(page.getMediaBox().getWidth(), page.getMediaBox().getHeight()) / 72;
        double across = Math.max(page.getMediaBox().getWidth(), page.getMediaBox().getHeight()) / 72;
        return widest == 0 ? MAX_DPI : widest / (page.getMediaBox().getWidth() >= page.getMediaBox().getHeight()
                ? across : inches);
    }

    /** The frames of a PNG, JPEG or TIFF (a multi-page TIFF is a report of many pages). */
    static PageImages image(byte[] content) throws IOException, ReadFailure {
        ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content));
        Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
        if (readers == null || !readers.hasNext()) {
            throw new ReadFailure(InputProblem.UNREADABLE, "the image cannot be decoded");
        }
        ImageReader reader = readers.next();
        reader.setInput(in, false, true);
        int frames = reader.getNumImages(true);
        return new PageImages() {
            @Override
            int count() {
                return frames;
            }

            @Override
            Page page(int index) throws IOException, ReadFailure {
                long pixels = (long) reader.getWidth(index) * reader.getHeight(index);
                if (pixels > MAX_PIXELS) {
                    throw new ReadFailure(InputProblem.TOO_LARGE, "image " + (index + 1) + " has " + pixels
                            + " pixels (at most " + MAX_PIXELS + ")");
                }
                BufferedImage image = reader.read(index);
                return new Page(image, imageDpi(image));
            }

            @Override
            public void close() throws IOException {
                reader.dispose();
                in.close();
            }
        };
    }

    /** An image's resolution, taking it as a page of A4 (or Letter) width: its own metadata is often wrong. */
    static double imageDpi(BufferedImage image) {
        double shortSide = Math.min(image.getWidth(), image.getHeight());
        return shortSide / 8.27;
    }
}
