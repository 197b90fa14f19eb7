package org.nianbao.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link TextNormalizer#normalize} lost its three regular expressions for one pass over the characters (it was most
 * of the recognizer's time), and its NFKC skips the JDK's normaliser for ASCII, CJK ideographs and full-width forms;
 * {@link TextNormalizer#stripOrdinal} and {@link TextNormalizer#trimPunctuation} skip their patterns where they cannot
 * match. This holds each to the version it replaced, on labels as written, on every character of the BMP and on
 * random text drawn from every character the old patterns treated specially.
 */
class TextNormalizerEquivalenceTest {
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u3000\\u200B\\uFEFF]+");
    private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’「」『』]");
    private static final Pattern DIGIT_ORDINAL = Pattern.compile("(\\d)[、,，.．]");
    private static final String ALPHABET = " \t\n\u000B\f\r\u00A0\u3000\u200B\uFEFF\"'“”‘’「」『』—－−-、,，.．"
            + "0123456789０１２３（）()一二三十其他处理年月日 abcＡＢ\u2028\u0085\uD83D\uDE00"
            + "\u0301\u0308\u3099\u309A\u1100\u1161\uAC00\u11A8ｶﾞ\uFF9E\uF900…！：；。，第部分章节:;!号：";
    /** What ordinals are made of, for texts that often start with one. */
    private static final String ORDINALS = "第第((一二十十0019部分章节、、..:：)年月日号x,。";
    private static final Pattern LEADING_ORDINAL = Pattern.compile(
            "^(?:第[一二三四五六七八九十\\d]+(?:部分|章|节)[、.:：]?|[一二三四五六七八九十]+[、.]|\\d+[.、]|\\d{1,2}(?=[^\\d年月日号.]))");
    private static final Pattern LEADING_SUB_ORDINAL = Pattern.compile("^\\([一二三四五六七八九十\\d]+\\)");

    private static String reference(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = SPACE.matcher(s).replaceAll("");
        s = QUOTES.matcher(s).replaceAll("");
        s = s.replace('—', '-').replace('－', '-').replace('−', '-');
        return DIGIT_ORDINAL.matcher(s).replaceAll("$1.");
    }

    private static String strippedReference(String s) {
        return LEADING_ORDINAL.matcher(LEADING_SUB_ORDINAL.matcher(s).replaceFirst("")).replaceFirst("");
    }

    @Test
    void sameAsTheRegularExpressionsOnEveryCharacter() {
        for (char ch = 0; ch < Character.MAX_VALUE; ch++) {
            String text = "1" + ch + "一" + ch + "a、" + ch + "。";
            assertThat(TextNormalizer.normalize(text)).as("U+%04X", (int) ch).isEqualTo(reference(text));
        }
    }

    @Test
    void ordinalsAndTrailingPunctuationAsThePatternsRemoveThem() {
        Random random = new Random(16);
        for (int n = 0; n < 200_000; n++) {
            String text = n % 2 == 0 ? random(random) : random(random, ORDINALS);
            assertThat(TextNormalizer.stripOrdinal(text)).as(text).isEqualTo(strippedReference(text));
            assertThat(TextNormalizer.trimPunctuation(text)).as(text).isEqualTo(text.replaceAll("[:;。.,!]+$", ""));
        }
    }

    private static String random(Random random) {
        return random(random, ALPHABET);
    }

    private static String random(Random random, String alphabet) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    @Test
    void sameAsTheRegularExpressionsOnLabelsAsWritten() {
        for (String label : new String[] {"（三）不予公开 1.属于国家秘密", "2、 主动公开政府信息情况统计表", "1 、2，，3．．4",
            "“第二十条第（一）项”", "本年收费金额（万元）", "－5", "12,345", "5.要求行政机关确认或重新\n出具已获取信息", ""}) {
            assertThat(TextNormalizer.normalize(label)).as(label).isEqualTo(reference(label));
        }
    }

    @Test
    void sameAsTheRegularExpressionsOnRandomText() {
        Random random = new Random(8);
        for (int n = 0; n < 20_000; n++) {
            String text = random(random);
            assertThat(TextNormalizer.normalize(text)).as(text).isEqualTo(reference(text));
        }
    }
}
