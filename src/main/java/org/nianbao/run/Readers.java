package org.nianbao.run;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.nianbao.model.Report;
import org.nianbao.parse.DocumentParser;
import org.nianbao.parse.InputFormat;
import org.nianbao.parse.RawDocument;

/** The document parsers nianbao has, by format, and the recognizer that turns their output into the model. */
public final class Readers {
    private Readers() {
    }

    public static Map<InputFormat, DocumentParser> parsers() {
        Map<InputFormat, DocumentParser> out = new EnumMap<>(InputFormat.class);
        return out;
    }

    public static Function<RawDocument, Report> recognizer() {
        return raw -> {
            throw new IllegalStateException("no recognizer for " + raw.format());
        };
    }
}
