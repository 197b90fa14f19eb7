package org.nianbao.rules.kind;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Squeeze} gives what the regular expressions it replaced gave, on random texts of every kind of character. */
class SqueezeTest {
    private static final String ALPHABET = " \t\n\u000B\f\r\u3000\u00A0abc一二无。，；、“”《》（）〔〕-—_+=<>$¥%…·©😀𝟘\uD800";

    @Test
    void sameAsTheRegularExpressions() {
        Random random = new Random(16);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                sb.appendCodePoint(ALPHABET.codePoints().skip(random.nextInt((int) ALPHABET.codePoints().count()))
                        .findFirst().getAsInt());
            }
            String t = sb.toString();
            assertThat(Squeeze.spaces(t)).as(t).isEqualTo(t.replaceAll("\\s+", ""));
            String marks = t.replaceAll("[\\s\\p{P}\\p{S}]", "");
            assertThat(Squeeze.spacesAndMarks(t, 100)).as(t).isEqualTo(marks);
            assertThat(Squeeze.spacesAndMarks(t, 2)).as(t).isEqualTo(marks.length() > 2 ? null : marks);
        }
        assertThat(Squeeze.spaces(null)).isEmpty();
        assertThat(Squeeze.spacesAndMarks(null, 1)).isEmpty();
    }
}
