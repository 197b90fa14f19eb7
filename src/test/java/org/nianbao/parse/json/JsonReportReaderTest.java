package org.nianbao.parse.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CellValue;
import org.nianbao.model.FormatVersion;
import org.nianbao.model.Report;
import org.nianbao.model.SourceProblem;
import org.nianbao.model.TableId;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

/** The report schema and the JSON reader: every violation reported, text that is not JSON located. */
class JsonReportReaderTest {
    private final JsonReportReader reader = new JsonReportReader();

    private Report read(String json) throws ReadFailure {
        return reader.read(json.getBytes(StandardCharsets.UTF_8), ReadLimits.DEFAULT);
    }

    @Test
    void theSeedIsReadCellByCellAndBreaksNoSchemaRule() throws Exception {
        Report r = reader.read(Files.readAllBytes(Path.of("samples/seed.json")), ReadLimits.DEFAULT);
        assertThat(r.sourceProblems()).isEmpty();
        assertThat(r.formatVersion()).isEqualTo(FormatVersion.V2021);
        assertThat(r.sections()).hasSize(6);
        assertThat(r.table(TableId.APPLICATIONS).orElseThrow().rowIds()).hasSize(25);
        assertThat(r.table(TableId.APPLICATIONS).orElseThrow().cell("denied.stateSecret", "naturalPerson")
                .orElseThrow().source().pointer()).isEqualTo("/tables/applications/denied/stateSecret/naturalPerson");
    }

    @Test
    void cellsKeepNumbersBlanksAndTextAsWritten() throws Exception {
        Report r = read("""
                {"agency": "某局", "year": 2023, "sections": [], "tables": {"proactive": {
                  "regulations": {"issued": 3, "repealed": null, "inForce": "—"},
                  "fees": {"amount": 96171.60}}}}""");
        var t = r.table(TableId.PROACTIVE).orElseThrow();
        assertThat(t.cell("regulations", "issued").orElseThrow().value()).isEqualTo(CellValue.number(3));
        assertThat(t.cell("regulations", "repealed").orElseThrow().value()).isInstanceOf(CellValue.Blank.class);
        assertThat(t.cell("regulations", "inForce").orElseThrow().value()).isEqualTo(CellValue.written("—"));
        assertThat(((CellValue.Number) t.cell("fees", "amount").orElseThrow().value()).value())
                .isEqualByComparingTo("96171.6");
    }

    @Test
    void everySchemaViolationIsReportedWithItsPointer() throws Exception {
        Report r = read("""
                {"agency": "", "year": "2023", "level": "county", "colour": 1, "issued": "16/01/2024",
                 "sections": [{"id": "summary"}],
                 "tables": {"applications": {"newReceived": {"naturalPerson": true, "people": 1}}}}""");
        assertThat(r.sourceProblems()).extracting(p -> p.source().pointer() + " " + p.code()).containsExactlyInAnyOrder(
                "/colour additionalProperties", "/agency minLength", "/year type", "/level enum", "/issued pattern",
                "/sections/0/id enum", "/tables/applications/newReceived/people additionalProperties",
                "/tables/applications/newReceived/naturalPerson type");
        // an unknown field points at itself and shows its own value, not the object around it
        SourceProblem extra = r.sourceProblems().stream().filter(p -> p.source().pointer().equals("/colour"))
                .findFirst().orElseThrow();
        assertThat(extra.args()).containsEntry("field", "colour").containsEntry("found", "1");
    }

    @Test
    void textThatIsNotJsonIsUnreadableWithLineAndColumn() {
        assertThatThrownBy(() -> read("{\n  \"agency\": \"某局\",\n  \"year\": 2023,,\n}"))
                .isInstanceOfSatisfying(ReadFailure.class, e -> {
                    assertThat(e.problem()).isEqualTo(InputProblem.UNREADABLE);
                    assertThat(e.details()).containsEntry("line", 3).containsKey("column");
                });
    }

    @Test
    void duplicateKeysAndAbsurdNestingAreRefused() {
        assertThatThrownBy(() -> read("{\"year\": 2023, \"year\": 2024}")).isInstanceOf(ReadFailure.class)
                .hasMessageContaining("Duplicate");
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThatThrownBy(() -> read(deep)).isInstanceOfSatisfying(ReadFailure.class,
                e -> assertThat(e.problem()).isEqualTo(InputProblem.UNREADABLE));
    }

    @Test
    void jsonMustBeUtf8() {
        byte[] gbk = "{\"agency\": \"某局\"}".getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThatThrownBy(() -> reader.read(gbk, ReadLimits.DEFAULT)).isInstanceOf(ReadFailure.class)
                .hasMessageContaining("UTF-8");
    }
}
