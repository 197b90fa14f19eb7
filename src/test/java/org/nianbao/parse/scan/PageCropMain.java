package org.nianbao.parse.scan;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes part of a scanned PDF's page as the scan reader sees it (rendered at the scan's resolution, in grey, not
 * straightened) to a PNG: {@code scan.pdf PAGE X Y W H out.png}. How the crops in src/test/resources/scan were made.
 */
public final class PageCropMain {
    private PageCropMain() {
    }

    public static void main(String[] args) throws Exception {
        try (PDDocument doc = PDDocument.load(Files.readAllBytes(Path.of(args[0])));
                PageImages pages = PageImages.pdf(doc)) {
            Raster page = Raster.of(pages.page(Integer.parseInt(args[1]) - 1).image());
            int x = Integer.parseInt(args[2]);
            int y = Integer.parseInt(args[3]);
            int w = Integer.parseInt(args[4]);
            int h = Integer.parseInt(args[5]);
            // the levels go into the image's samples as they are (setRGB on a grey image would convert them)
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            for (int j = 0; j < h; j++) {
                for (int i = 0; i < w; i++) {
                    out.getRaster().setSample(i, j, 0, page.at(x + i, y + j));
                }
            }
            ImageIO.write(out, "png", new File(args[6]));
        }
    }
}
