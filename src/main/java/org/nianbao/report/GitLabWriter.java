package org.nianbao.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Set;
import org.nianbao.model.Lang;
import org.nianbao.run.FileResult;

/**
 * A GitLab Code Quality report ({@code artifacts:reports:codequality}): a JSON array of Code Climate issues, streamed.
 * Severity: an unreadable file {@code critical}, an error {@code major}, a warning {@code minor}, an info or a finding
 * that could not be judged {@code info}. GitLab needs a line; a JSON submission gives the value's own, any other file
 * line 1 (pages are not lines; the description says where). The fingerprint hashes rule, file and place, made unique
 * within the report, since GitLab shows only the first issue of a fingerprint.
 */
public final class GitLabWriter implements ResultWriter {
    private final JsonGenerator g;
    private final Lang lang;
    private final Set<String> fingerprints = new HashSet<>();

    public GitLabWriter(OutputStream out, Lang lang) throws IOException {
        this.g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter();
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.lang = lang;
    }

    @Override
    public void start() throws IOException {
        g.writeStartArray();
    }

    @Override
    public void file(FileResult result) throws IOException {
        for (CiFindings.Finding f : CiFindings.of(result, lang)) {
            g.writeStartObject();
            g.writeStringField("type", "issue");
            g.writeStringField("check_name", f.rule());
            g.writeStringField("description", f.title() + (lang == Lang.ZH ? "：" : ": ") + f.text());
            g.writeArrayFieldStart("categories");
            g.writeString(f.kind() == CiFindings.Kind.INFO || f.kind() == CiFindings.Kind.NOT_ASSESSABLE ? "Style"
                    : "Bug Risk");
            g.writeEndArray();
            g.writeStringField("severity", switch (f.kind()) {
                case UNREADABLE -> "critical";
                case ERROR -> "major";
                case WARNING -> "minor";
                case INFO, NOT_ASSESSABLE -> "info";
            });
            g.writeStringField("fingerprint", fingerprint(f));
            g.writeObjectFieldStart("location");
            g.writeStringField("path", f.path());
            g.writeObjectFieldStart("lines");
            g.writeNumberField("begin", Math.max(1, f.line()));
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        }
        g.flush();
    }

    private String fingerprint(CiFindings.Finding f) {
        String base = f.rule() + "\n" + f.path() + "\n" + f.key();
        String fp = CiFindings.hash(base);
        for (int n = 2; !fingerprints.add(fp); n++) {
            fp = CiFindings.hash(base + "\n" + n);
        }
        return fp;
    }

    @Override
    public void end(Summary summary) throws IOException {
        g.writeEndArray();
        g.writeRaw('\n');
        g.flush();
    }
}
