package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder with a scanned, an encrypted and a truncated PDF, a PDF renamed .docx and garbage named .doc among good
 * reports: each bad file gets its outcome naming the cause, and the good ones are still checked.
 */
class UnreadableFilesTest {

    @Test
    void badFilesGetTheirOutcomeAndTheGoodOnesAreChecked(@TempDir Path dir) throws Exception {
        byte[] seedPdf = Files.readAllBytes(Path.of("src/test/resources/reports/samples/seed.pdf"));
        Files.write(dir.resolve("a-scanned.pdf"), scanned());
        Files.write(dir.resolve("b-encrypted.pdf"), encrypted(seedPdf));
        Files.write(dir.resolve("c-truncated.pdf"), Arrays.copyOf(seedPdf, seedPdf.length / 2));
        Files.write(dir.resolve("d-garbage.doc"), "this is not a Word file at all".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("e-good-pdf-named.docx"), seedPdf);
        Files.copy(Path.of("samples/seed.json"), dir.resolve("f-good.json"));

        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int code;
        synchronized (MainTest.class) {
            Main.redirect(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            try {
                code = Main.run("check", "--format", "json", dir.toString());
            } finally {
                Main.redirect(null);
            }
        }
        assertThat(code).isEqualTo(ExitCode.UNREADABLE);
        JsonNode out = new ObjectMapper().readTree(buffer.toString(StandardCharsets.UTF_8));
        Map<String, String> outcome = new HashMap<>();
        for (JsonNode r : out.get("reports")) {
            String name = Path.of(r.get("file").asText()).getFileName().toString();
            outcome.put(name, r.get("status").asText().equals("unreadable") ? r.at("/unreadable/cause").asText()
                    : r.get("format").asText() + " " + r.get("status").asText());
        }
        assertThat(outcome).containsExactlyInAnyOrderEntriesOf(Map.of(
                "a-scanned.pdf", "INPUT.NO_TEXT",
                "b-encrypted.pdf", "INPUT.ENCRYPTED",
                "c-truncated.pdf", "INPUT.UNREADABLE",
                "d-garbage.doc", "INPUT.UNSUPPORTED",
                "e-good-pdf-named.docx", "pdf pass",
                "f-good.json", "json pass"));
        assertThat(out.at("/summary/files").asInt()).isEqualTo(6);
        assertThat(out.at("/summary/unreadable").asInt()).isEqualTo(4);
        assertThat(out.at("/reports/0/unreadable/message").asText()).contains("扫描件");
    }

    /** check --no-ocr, here and in a worker process (--isolate): a scan is INPUT.NO_TEXT saying OCR is off. */
    @Test
    void withOcrOffAScanHasNoTextAndSaysWhy(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("scan.pdf"), scanned());
        for (String mode : List.of("--fail-on=error", "--isolate")) { // in this process, then in workers
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            int code;
            synchronized (MainTest.class) {
                Main.redirect(new PrintStream(buffer, true, StandardCharsets.UTF_8));
                try {
                    code = Main.run("check", "--no-ocr", mode, "--format", "json", dir.toString());
                } finally {
                    Main.redirect(null);
                }
            }
            JsonNode out = new ObjectMapper().readTree(buffer.toString(StandardCharsets.UTF_8));
            assertThat(code).isEqualTo(ExitCode.UNREADABLE);
            assertThat(out.at("/reports/0/unreadable/cause").asText()).isEqualTo("INPUT.NO_TEXT");
            assertThat(out.at("/reports/0/unreadable/message").asText()).as(mode).contains("--no-ocr");
        }
    }

    private static byte[] scanned() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage image = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            image.getGraphics().drawString("scan", 20, 20);
            PDImageXObject x = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(x, 50, 300, 400, 560);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] encrypted(byte[] pdf) throws Exception {
        try (PDDocument doc = PDDocument.load(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }
}
