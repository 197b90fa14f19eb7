package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * External entities (XXE) that name a local file, in a .docx part, a web page and an XHTML page: the file's content
 * must never reach any output, whatever each reader makes of the input.
 */
class ExternalEntityTest {
    private static final String SECRET = "NIANBAO-SECRET-3f9c1e";

    @Test
    void aLocalFileNamedByAnEntityNeverReachesTheOutput(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        String uri = secret.toUri().toString();
        String doctype = "<!DOCTYPE %s [<!ENTITY xxe SYSTEM \"" + uri + "\">]>";
        byte[] seed = Files.readAllBytes(Path.of("src/test/resources/reports/samples/seed.docx"));
        Path in = Files.createDirectory(dir.resolve("in"));
        for (String part : List.of("word/document.xml", "word/styles.xml", "[Content_Types].xml",
                "docProps/core.xml")) {
            Files.write(in.resolve(part.replaceAll("\\W", "_") + ".docx"), withEntity(seed, part, doctype));
        }
        Files.writeString(in.resolve("page.html"), String.format(doctype, "html")
                + "<html><body><h1>2023年政府信息公开工作年度报告</h1><p>&xxe;</p></body></html>");
        Files.writeString(in.resolve("page.xhtml"), "<?xml version=\"1.0\"?>" + String.format(doctype, "html")
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><h1>年度报告</h1><p>&xxe;</p></body></html>");

        List<String> outputs = new ArrayList<>();
        outputs.add(CliRun.run("check", in.toString()).out());
        Path html = dir.resolve("out.html");
        Path sarif = dir.resolve("out.sarif");
        Path junit = dir.resolve("out.xml");
        outputs.add(CliRun.run("check", "--format", "json", "-o", html.toString(), "-o", sarif.toString(), "-o",
                junit.toString(), in.toString()).out());
        for (Path p : List.of(html, sarif, junit)) {
            outputs.add(Files.readString(p));
        }
        try (var files = Files.list(in)) {
            for (Path f : files.toList()) {
                outputs.add(CliRun.run("extract", f.toString()).out());
            }
        }
        assertThat(outputs).hasSize(5 + 6).noneMatch(o -> o.contains(SECRET));
    }

    /** The docx with a DOCTYPE declaring the entity in one part, and the entity used in its first text. */
    private static byte[] withEntity(byte[] docx, String part, String doctype) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream zout = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                byte[] data = zin.readAllBytes();
                if (e.getName().equals(part)) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int afterDecl = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
                    int root = xml.indexOf('<', afterDecl);
                    String rootName = xml.substring(root + 1).split("[\\s>/]", 2)[0];
                    xml = xml.substring(0, afterDecl) + String.format(doctype, rootName) + xml.substring(afterDecl);
                    xml = xml.replaceFirst("<w:t>", "<w:t>&xxe;");
                    data = xml.getBytes(StandardCharsets.UTF_8);
                }
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(data);
            }
        }
        return out.toByteArray();
    }
}
