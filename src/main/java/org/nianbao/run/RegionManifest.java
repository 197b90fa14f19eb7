package org.nianbao.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A region for {@code nianbao aggregate}, read from YAML; paths are relative to the manifest:
 * <pre>
 * government: gov.json          # the government's own report, compared with the sum
 * complete: true                # the bodies listed are all the region's bodies (else AGG.SUM is not judged)
 * bodies:
 *   - {name: 区教育局, file: edu.json}
 * </pre>
 *
 * @param government the government's report (null when the manifest names none)
 * @param complete   whether the set of bodies is declared complete
 * @param bodies     the bodies' reports
 */
public record RegionManifest(Path government, boolean complete, List<Body> bodies) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public RegionManifest {
        bodies = List.copyOf(bodies);
    }

    /** One body of the region and where its report is. */
    public record Body(String name, Path file) {
    }

    /** Reads a manifest. */
    public static RegionManifest read(Path manifest) throws IOException {
        JsonNode root = YAML.readTree(manifest.toFile());
        if (root == null || !root.path("bodies").isArray()) {
            throw new IOException(manifest + ": a manifest needs a list 'bodies'");
        }
        Path dir = manifest.toAbsolutePath().getParent();
        List<Body> bodies = new ArrayList<>();
        for (JsonNode b : root.path("bodies")) {
            String file = b.path("file").asText("");
            if (file.isEmpty()) {
                throw new IOException(manifest + ": every body needs a 'file'");
            }
            bodies.add(new Body(b.path("name").asText(file), dir.resolve(file)));
        }
        String gov = root.path("government").asText("");
        return new RegionManifest(gov.isEmpty() ? null : dir.resolve(gov), root.path("complete").asBoolean(false),
                bodies);
    }
}
