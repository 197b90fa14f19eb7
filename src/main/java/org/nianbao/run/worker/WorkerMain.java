package org.nianbao.run.worker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.nianbao.parse.ReadLimits;
import org.nianbao.parse.ScanTime;
import org.nianbao.run.LocalReading;
import org.nianbao.run.Reading;

/**
 * A worker process: reads files into reports for a {@link WorkerPool}, one at a time, as long as its standard input
 * is open. Each request is a line of JSON ({@code {"id":1,"file":"/path","opening":false}}), each answer a line on
 * standard output ({@link WorkerProtocol}). Whatever a library prints goes to standard error. Started with its own
 * heap limit and {@code -XX:+ExitOnOutOfMemoryError}: a file that exhausts the heap ends the process, which is how
 * the pool learns of it.
 *
 * <p>Arguments: the four {@link ReadLimits} in order (bytes, pages, cells, characters), then {@value #NO_OCR} when
 * scans are not to be read by OCR.
 */
public final class WorkerMain {
    static final String NO_OCR = "--no-ocr";

    private WorkerMain() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream answers = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        ReadLimits limits = new ReadLimits(Long.parseLong(args[0]), Integer.parseInt(args[1]),
                Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        LocalReading reading = LocalReading.standard(limits, !(args.length > 4 && NO_OCR.equals(args[4])));
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = requests.readLine()) != null; ) {
            JsonNode request = ReportCodec.JSON.readTree(line);
            long id = request.get("id").asLong();
            ObjectNode answer;
            try {
                // a scan tells the pool how many pages it reads by OCR, before it reads them: they get more time
                Reading.Outcome read = ScanTime.during(pages -> {
                    answers.println(ReportCodec.JSON.createObjectNode().put("id", id)
                            .put(WorkerProtocol.SCAN_PAGES, pages).toString());
                    answers.flush();
                    return java.time.Duration.ZERO;
                }, () -> reading.read(Path.of(request.get("file").asText()), request.path("opening").asBoolean()));
                answer = WorkerProtocol.answer(id, read);
            } catch (StackOverflowError | RuntimeException e) { // a reader's bug is that file's outcome
                answer = WorkerProtocol.failure(id, e);
            }
            answers.println(ReportCodec.JSON.writeValueAsString(answer));
            answers.flush();
        }
    }
}
