package org.nianbao.run.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Lang;
import org.nianbao.parse.ReadLimits;
import org.nianbao.report.HtmlReportWriter;
import org.nianbao.report.JsonResultWriter;
import org.nianbao.rules.RuleEngine;
import org.nianbao.rules.RuleLoader;
import org.nianbao.run.CheckOptions;
import org.nianbao.run.Checker;
import org.nianbao.run.FileResult;
import org.nianbao.run.LocalReading;
import org.nianbao.run.Reading;

/**
 * A report that crosses from a worker process is the same report: every sample and seed rendering, read here, sent
 * through the codec and checked, gives byte for byte the JSON and HTML that checking it directly gives.
 */
class ReportCodecTest {

    @Test
    void everySampleChecksTheSameAfterTheCodec() throws Exception {
        RuleEngine engine = new RuleEngine(RuleLoader.builtIn());
        LocalReading local = LocalReading.standard(ReadLimits.DEFAULT);
        Reading viaCodec = (file, opening) -> {
            Reading.Outcome o = local.read(file, opening);
            try {
                return WorkerProtocol.outcome(ReportCodec.JSON.readTree(ReportCodec.JSON.writeValueAsString(
                        WorkerProtocol.answer(7, o))));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
        Checker direct = new Checker(engine, CheckOptions.DEFAULT, local);
        Checker crossed = new Checker(engine, CheckOptions.DEFAULT, viaCodec);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Stream.concat(Files.list(Path.of("samples/rules")),
                Files.list(Path.of("src/test/resources/reports/samples")))) {
            s.filter(p -> !p.toString().endsWith(".expected") && !p.toString().endsWith(".txt")).sorted()
                    .forEach(files::add);
        }
        files.add(Path.of("samples/seed.json"));
        assertThat(files).hasSizeGreaterThan(30);
        for (Path f : files) {
            FileResult a = direct.check(f);
            FileResult b = crossed.check(f);
            assertThat(render(b)).as(f.toString()).isEqualTo(render(a));
        }
    }

    /** A scanned cell crosses with its OCR reading: unsure stays unsure, with what was seen and its crop. */
    @Test
    void aScannedCellKeepsItsReading() throws Exception {
        org.nianbao.model.Report r = new org.nianbao.model.Report().inputFormat("pdf (OCR)");
        org.nianbao.model.Table t = new org.nianbao.model.Table(org.nianbao.model.TableId.APPLICATIONS,
                org.nianbao.model.Location.NONE);
        t.addRow("granted");
        org.nianbao.model.OcrReading reading = new org.nianbao.model.OcrReading("135", 41, List.of("135", "35"), true,
                null, new byte[] {1, 2, 3});
        t.put("granted", "total", new org.nianbao.model.Cell(org.nianbao.model.CellValue.written("135"),
                org.nianbao.model.Location.tableCell(3, 2, 5, 2).withBox("1.0,2.0,3.0,4.0"), reading));
        r.putTable(t);
        org.nianbao.model.Report back = ReportCodec.decode(ReportCodec.JSON.readTree(
                ReportCodec.JSON.writeValueAsString(ReportCodec.encode(r))));
        org.nianbao.model.Cell cell = back.table(org.nianbao.model.TableId.APPLICATIONS).orElseThrow()
                .cell("granted", "total").orElseThrow();
        assertThat(back.inputFormat()).isEqualTo("pdf (OCR)");
        assertThat(cell.unsure()).isTrue();
        assertThat(cell.ocr()).isEqualTo(reading);
    }

    /** A field added to the model and not to the codec would be lost on the way from a worker: named here. */
    @Test
    void theCodecKnowsEveryFieldOfTheModel() {
        assertThat(fields(org.nianbao.model.Report.class)).isEqualTo(ReportCodec.REPORT_FIELDS);
        assertThat(fields(org.nianbao.model.Table.class)).isEqualTo(ReportCodec.TABLE_FIELDS);
    }

    private static java.util.Set<String> fields(Class<?> type) {
        return java.util.Arrays.stream(type.getDeclaredFields())
                .filter(f -> !java.lang.reflect.Modifier.isStatic(f.getModifiers()))
                .map(java.lang.reflect.Field::getName).collect(java.util.stream.Collectors.toSet());
    }

    private static String render(FileResult r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonResultWriter(out, Lang.ZH, "test").file(r);
        HtmlReportWriter html = new HtmlReportWriter(new ByteArrayOutputStream(), Lang.EN);
        return out.toString(StandardCharsets.UTF_8).replaceAll("\"millis\" *: *\\d+", "") + html.section(r);
    }
}
