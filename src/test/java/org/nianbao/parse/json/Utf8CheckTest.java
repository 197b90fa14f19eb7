package org.nianbao.parse.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

/**
 * The JSON reader decodes its text once and runs the strict UTF-8 check only when the decoding had to replace
 * something: a JSON text is refused as not UTF-8 exactly when a strict decoder refuses it, on random bytes, a real
 * U+FFFD among them.
 */
class Utf8CheckTest {
    private static final int[] BYTES = {'a', '1', ' ', 0xE4, 0xB8, 0xAD, 0xEF, 0xBF, 0xBD, 0x80, 0xC0, 0xC3, 0xA9, 0xED,
        0xA0, 0xF0, 0x9F, 0x98, 0x80, 0xF4, 0x90, 0xFF, 0xE0};

    @Test
    void refusedAsNotUtf8ExactlyWhenAStrictDecoderRefusesIt() {
        JsonReportReader reader = new JsonReportReader();
        Random random = new Random(16);
        for (int n = 0; n < 5_000; n++) {
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            json.writeBytes("{\"title\":\"".getBytes(StandardCharsets.US_ASCII));
            for (int i = random.nextInt(10); i > 0; i--) {
                json.write(BYTES[random.nextInt(BYTES.length)]);
            }
            json.writeBytes("\"}".getBytes(StandardCharsets.US_ASCII));
            byte[] content = json.toByteArray();
            String failure;
            try {
                reader.read(content, ReadLimits.DEFAULT);
                failure = null;
            } catch (ReadFailure e) {
                failure = e.getMessage();
            }
            assertThat("JSON must be UTF-8".equals(failure)).as(java.util.Arrays.toString(content))
                    .isEqualTo(!isUtf8(content));
        }
    }

    private static boolean isUtf8(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
