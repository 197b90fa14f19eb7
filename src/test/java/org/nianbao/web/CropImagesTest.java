package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.nianbao.report.CropHtml;

/** The report page's scan images, linked to the server and served from the stored section, whatever it holds. */
class CropImagesTest {
    private static String img(String bytes) {
        return CropHtml.IMG + Base64.getEncoder().encodeToString(bytes.getBytes(StandardCharsets.UTF_8))
                + "\" alt=\"x\">";
    }

    @Test
    void eachImageIsLinkedInOrderAndServedBack() {
        String section = "<p>a</p>" + img("first") + "<p>&quot;" + "data:image/png;base64,AAAA&quot;</p>" + img("second");
        String linked = CropImages.linked(section, "0123456789abcdef");
        assertThat(linked).doesNotContain("base64,Zm").contains("<img class=\"ocr-crop\" src=\"/reports/"
                + "0123456789abcdef/crops/0\" alt=\"x\">").contains("/crops/1\" alt=\"x\">")
                .contains("<p>&quot;data:image/png;base64,AAAA&quot;</p>"); // escaped report text: not an image
        assertThat(CropImages.image(section, 0)).hasValueSatisfying(b -> assertThat(new String(b,
                StandardCharsets.UTF_8)).isEqualTo("first"));
        assertThat(CropImages.image(section, 1)).hasValueSatisfying(b -> assertThat(new String(b,
                StandardCharsets.UTF_8)).isEqualTo("second"));
        assertThat(CropImages.image(section, 2)).isEmpty();
    }

    @Test
    void aBrokenSectionGivesNoImageAndNoFailure() {
        assertThat(CropImages.image(CropHtml.IMG + "not base64!!\"", 0)).isEmpty();
        assertThat(CropImages.image(CropHtml.IMG + "QUJD", 0)).isEmpty(); // no closing quote
        assertThat(CropImages.linked(CropHtml.IMG + "QUJD", "0123456789abcdef")).isEqualTo(CropHtml.IMG + "QUJD");
        assertThat(CropImages.image("", 0)).isEmpty();
    }
}
