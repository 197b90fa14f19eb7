package org.nianbao.rules.kind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nianbao.rules.CompiledRule;
import org.nianbao.rules.RuleLoader;

/**
 * The narrative search tries an expression only where a match can start ({@link StartChars}): it must find exactly
 * what {@link Matcher#find()} finds, on the built-in expressions and on shapes it must leave alone; and the long
 * numeral runs are masked exactly as the regular expression that did it before.
 */
class StartCharsTest {
    /** The masking expression this replaced, kept as the reference. */
    private static final Pattern OLD_MASK = Pattern.compile("[\\d０-９零〇一二两三四五六七八九十百千万亿,，.]{25,}");

    @Test
    void everyBuiltInExpressionIsSearchedOnlyWhereItCanStartAndFindsWhatFindFinds() throws Exception {
        List<StartChars> searches = builtIn();
        assertThat(searches).hasSizeGreaterThanOrEqualTo(8).allMatch(StartChars::known);
        assertThat(searches.stream().map(StartChars::prefixes).toList()).contains(List.of("收到", "受理", "接收"),
                List.of("行政复议"), List.of("行政诉讼"), List.of("现行有效"), List.of("办结", "答复"));
        BitSet union = new BitSet();
        searches.forEach(s -> s.addStartsTo(union));
        StringBuilder alphabet = new StringBuilder("0123456789,，零〇一二两三四五六七八九十百千万余多件起宗个份。；、：");
        searches.forEach(s -> s.pattern().pattern().chars().filter(c -> c > 0x2E7F).forEach(c -> alphabet.append((char) c)));
        alphabet.append("的了在和政府信息公开申请 \n");
        Random random = new Random(16);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            texts.add(randomText(random, alphabet.toString(), 1 + random.nextInt(120)));
        }
        String[] fragments = {"行政复议", "行政诉讼", "行政", "收到", "受理", "接收", "办结", "答复", "上年结转", "上一年度结转",
            "结转下年度", "结转至下一年度", "顺延至下年度", "结转", "现行有效", "案件", "申请", "件", "起", "宗", "个", "份", "余",
            "多", "，", "。", "；", "、", "：", "3119", "一百二十", "5,500", "四十六", "0", "两", "政府信息", "本机关", "共", "规章",
            "收", "办", "上", "行", "现"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(12); n >= 0; n--) {
                sb.append(fragments[random.nextInt(fragments.length)]);
            }
            texts.add(sb.toString());
        }
        texts.add(Files.readString(Path.of("src/test/resources/reports/real/huaian-city-gov_2024.txt")));
        texts.add("本年度共收到政府信息公开申请3119件，办结3050件，上年结转34件，结转下年度103件；行政复议351件，"
                + "行政诉讼四十六起，现行有效规章12件。另有5件顺延至下一年度办理，受理申请5500余件");
        for (String t : texts) {
            int[] positions = StartChars.positions(t, union);
            for (StartChars s : searches) {
                assertThat(found(s, t, positions)).as(s.pattern() + " on " + t).isEqualTo(reference(s.pattern(), t));
            }
        }
    }

    @Test
    void shapesItDoesNotUnderstandAreTriedEverywhere() {
        for (String re : List.of("(?:a|b)?c", "a|.b", "[^x]y", "\\dz", "(?=a)ab", "a(?i)b|c", "x{0,3}y", "(a|)b",
                "\\Qab\\E", "x*y", "^ab", "(?<!x)ab", "(?>a)b", "[a[b]]c")) {
            assertThat(StartChars.of(Pattern.compile(re)).known()).as(re).isFalse();
        }
        assertThat(StartChars.of(Pattern.compile("a", Pattern.CASE_INSENSITIVE)).known()).isFalse();
        assertThat(StartChars.of(Pattern.compile("上一?年度?结转")).prefixes()).containsExactly("上");
        assertThat(StartChars.of(Pattern.compile("(?:ab|cd)e+f")).prefixes()).containsExactly("abe", "cde");
        assertThat(StartChars.of(Pattern.compile("(?<n>[0-9]+)件")).prefixes()).isEmpty();
        for (String re : List.of("a", "ab|cd", "(?:a|b)c", "(?<n>[0-9][0-9,]*|[一二]+)件", "[a-c]+d", "\\.5",
                "x{1,3}y", "收{2}件", "((a)|b)c", "(?:(?:a|b)|c)d?")) {
            assertThat(StartChars.of(Pattern.compile(re)).known()).as(re).isTrue();
        }
    }

    @Test
    void anyExpressionFindsWhatFindFinds() {
        List<String> expressions = List.of("(?:a|b)?c", "a|.b", "[^x]y", "\\dz", "(?=a)ab", "a(?i)b|c", "x{0,3}y",
                "(a|)b", "ab|cd", "(?:a|b)c", "(?<n>[0-9][0-9,]*|[一二]+)件", "[a-c]+d", "\\.5", "x{1,3}y", "收{2}件",
                "((a)|b)c", "(?:(?:a|b)|c)d?", "a(?=b)", "(?<=x)a", "a(?!b)", "aa", "a.{0,2}?a", "(?<n>一|二)(?:件|起)");
        Random random = new Random(8);
        for (String re : expressions) {
            StartChars s = StartChars.of(Pattern.compile(re));
            BitSet union = new BitSet();
            s.addStartsTo(union);
            for (int i = 0; i < 3_000; i++) {
                String t = randomText(random, "abcdxyzAB.5收件一二0123,", random.nextInt(40));
                assertThat(found(s, t, StartChars.positions(t, union))).as(re + " on " + t)
                        .isEqualTo(reference(s.pattern(), t));
            }
        }
    }

    @Test
    void longNumeralRunsAreMaskedAsTheExpressionDid() {
        Random random = new Random(25);
        for (int i = 0; i < 20_000; i++) {
            String t = randomText(random, "0123456789０９零〇一二两十百千万亿,，.件申请a #", random.nextInt(90));
            String expected = OLD_MASK.matcher(t).replaceAll(r -> "#".repeat(r.group().length()));
            assertThat(NarrativeNumbersCheck.maskLongNumeralRuns(t)).as(t).isEqualTo(expected);
        }
        String plain = "受理申请3119件";
        assertThat(NarrativeNumbersCheck.maskLongNumeralRuns(plain)).isSameAs(plain);
    }

    private static List<StartChars> builtIn() throws Exception {
        List<StartChars> out = new ArrayList<>();
        for (CompiledRule r : RuleLoader.builtIn().all()) {
            if (r.check() instanceof NarrativeNumbersCheck n) {
                n.matchers().forEach(m -> m.patterns().forEach(p -> out.add(p.search())));
            }
        }
        return out;
    }

    private static List<String> found(StartChars s, String text, int[] positions) {
        List<String> out = new ArrayList<>();
        s.forEachMatch(text, positions, m -> out.add(describe(m)));
        return out;
    }

    private static List<String> reference(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(describe(m));
        }
        return out;
    }

    private static String describe(Matcher m) {
        StringBuilder sb = new StringBuilder(m.start() + "-" + m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            sb.append(' ').append(m.start(g)).append(':').append(m.group(g));
        }
        return sb.toString();
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
