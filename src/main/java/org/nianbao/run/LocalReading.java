package org.nianbao.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.nianbao.model.Report;
import org.nianbao.parse.DocumentParser;
import org.nianbao.parse.FormatSniffer;
import org.nianbao.parse.InputFormat;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.Limit;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;
import org.nianbao.parse.json.JsonReportReader;

/**
 * Reads files in this process: the format from the content, then its reader and the recognizer (JSON is the model
 * already). A file that cannot be read gives its outcome; what a reader throws beyond that (a bug, running out of
 * memory) goes to the caller, whose batch isolates it.
 */
public final class LocalReading implements Reading {
    private final ReadLimits limits;
    private final Map<InputFormat, DocumentParser> parsers;
    private final Function<RawDocument, Report> recognizer;
    private final JsonReportReader json = new JsonReportReader();

    public LocalReading(ReadLimits limits, Map<InputFormat, DocumentParser> parsers,
            Function<RawDocument, Report> recognizer) {
        this.limits = limits;
        this.parsers = Map.copyOf(parsers);
        this.recognizer = recognizer;
    }

    /** The readers nianbao has, within these limits. */
    public static LocalReading standard(ReadLimits limits) {
        return new LocalReading(limits, Readers.parsers(), Readers.recognizer());
    }

    @Override
    public Outcome read(Path file, boolean openingOnly) {
        String format = InputFormat.UNKNOWN.id();
        try {
            byte[] content = load(file);
            InputFormat detected = FormatSniffer.detect(content);
            format = detected.id();
            return new Outcome(format, read(content, detected, openingOnly), null);
        } catch (ReadFailure e) {
            format = known(format, file);
            if (FileResult.ranOutOfMemory(e)) { // a reader that caught what running out of memory left behind
                return new Outcome(format, null, FileResult.outOfMemory(file, 0).unreadable());
            }
            return new Outcome(format, null, new FileResult.Unreadable(e.problem(), e.getMessage(), e.details()));
        } catch (IOException e) {
            return new Outcome(known(format, file), null, new FileResult.Unreadable(InputProblem.UNREADABLE,
                    "cannot read the file: " + e.getMessage(), Map.of()));
        }
    }

    /** The format already told, or else told from the file's first bytes (a file over the size limit). */
    private static String known(String format, Path file) {
        return format.equals(InputFormat.UNKNOWN.id()) ? FormatSniffer.detectQuietly(file).id() : format;
    }

    private Report read(byte[] content, InputFormat format, boolean openingOnly) throws ReadFailure {
        if (format == InputFormat.JSON) {
            return json.read(content, limits);
        }
        DocumentParser parser = parsers.get(format);
        if (parser == null) {
            throw new ReadFailure(InputProblem.UNSUPPORTED, "no reader for this kind of file (" + format.id() + ")");
        }
        return recognizer.apply(openingOnly ? parser.parseOpening(content, limits) : parser.parse(content, limits));
    }

    private byte[] load(Path file) throws IOException, ReadFailure {
        long size = Files.size(file);
        if (size > limits.maxBytes()) {
            throw Limit.BYTES.exceeded(limits.maxBytes(), "the file has " + size + " bytes");
        }
        byte[] content = Files.readAllBytes(file);
        if (isBlank(content)) {
            throw new ReadFailure(InputProblem.EMPTY, "the file is empty");
        }
        return content;
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != 0) {
                return false;
            }
        }
        return true;
    }
}
