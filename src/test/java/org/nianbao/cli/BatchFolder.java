package org.nianbao.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small folder of submissions for the output tests: a clean report, one breaking T3.BALANCE (two violations, in
 * the 商业企业 and 总计 columns), an unreadable file, and a clean report whose agency is an HTML injection attempt.
 */
final class BatchFolder {
    static final String HOSTILE = "<img src=x onerror=alert(1)>&\"'";

    private BatchFolder() {
    }

    static Path create(Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("samples/seed.json"), in.resolve("a-seed.json"));
        Files.copy(Path.of("samples/rules/T3.BALANCE.json"), in.resolve("b-balance.json"));
        Files.writeString(in.resolve("c-broken.json"), "{\"agency\": ");
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode seed = (ObjectNode) mapper.readTree(Path.of("samples/seed.json").toFile());
        seed.put("agency", HOSTILE);
        Files.writeString(in.resolve("d-hostile.json"), mapper.writeValueAsString(seed));
        return in;
    }
}
