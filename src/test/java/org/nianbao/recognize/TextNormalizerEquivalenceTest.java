package org.nianbao.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link TextNormalizer#normalize} lost its three regular expressions for one pass over the characters (it was most
 * of the recognizer's time). This holds it to the regular-expression version it replaced, on labels as written and
 * on random text drawn from every character the old patterns treated specially.
 */
class TextNormalizerEquivalenceTest {
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u3000\\u200B\\uFEFF]+");
    private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’「」『』]");
    private static final Pattern DIGIT_ORDINAL = Pattern.compile("(\\d)[、,，.．]");
    private static final String ALPHABET = " \t\n\u000B\f\r\u00A0\u3000\u200B\uFEFF\"'“”‘’「」『』—－−-、,，.．"
            + "0123456789０１２３（）()一二三十其他处理年月日 abcＡＢ\u2028\u0085\uD83D\uDE00";

    private static String reference(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = SPACE.matcher(s).replaceAll("");
        s = QUOTES.matcher(s).replaceAll("");
        s = s.replace('—', '-').replace('－', '-').replace('−', '-');
        return DIGIT_ORDINAL.matcher(s).replaceAll("$1.");
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
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = sb.toString();
            assertThat(TextNormalizer.normalize(text)).as(text).isEqualTo(reference(text));
        }
    }
}
