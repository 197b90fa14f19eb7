package org.nianbao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.Lang;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.TempFolder;
import org.nianbao.run.FileResult;

/**
 * The streamed workbook's temporary files (one per sheet, made with the workbook) are gone once the writer is
 * closed, whether the workbook was written or the run stopped half way: a server writes one per batch, and in a
 * long-running process nothing else deletes them (the JVM's delete-on-exit only helps a process that ends).
 */
class XlsxWriterTest {
    private static final FileResult UNREADABLE = FileResult.unreadable(Path.of("a.pdf"), "pdf",
            new FileResult.Unreadable(InputProblem.UNREADABLE, "test", Map.of()), 0);

    @Test
    void aWorkbookNeverWrittenLeavesNoTemporaryFile(@TempDir Path tmp) throws IOException {
        try (TempFolder.Scope scope = TempFolder.use(tmp)) {
            XlsxWriter w = new XlsxWriter(new ByteArrayOutputStream(), Lang.ZH);
            w.start();
            w.file(UNREADABLE);
            assertThat(files(scope.dir())).isNotEmpty(); // the sheets' rows are on disk already
            w.close(); // the run stopped before end()
            assertThat(files(tmp)).isEmpty();
        }
    }

    @Test
    void aWrittenWorkbookLeavesNoTemporaryFileAndClosingAgainDoesNothing(@TempDir Path tmp) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TempFolder.Scope scope = TempFolder.use(tmp)) {
            XlsxWriter w = new XlsxWriter(out, Lang.ZH);
            w.start();
            w.file(UNREADABLE);
            Summary s = new Summary();
            s.add(UNREADABLE);
            w.end(s);
            assertThat(files(scope.dir())).isEmpty();
            w.close();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).contains("a.pdf");
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }
}
