package org.nianbao.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberFormatsTest {

    @ParameterizedTest
    @CsvSource({"1,chineseCounting,一", "10,chineseCounting,十", "12,chineseCountingThousand,十二",
        "20,taiwaneseCountingThousand,二十", "105,chineseCounting,一百〇五", "3,decimal,3", "7,decimalZero,07",
        "2,decimalFullWidth,２", "4,upperRoman,IV", "9,lowerRoman,ix", "28,lowerLetter,bb", "3,upperLetter,C",
        "2,ideographTraditional,乙", "3,decimalEnclosedCircle,③", "11,chineseLegalSimplified,壹拾壹"})
    void rendersWordNumberFormats(int n, String format, String expected) {
        assertThat(NumberFormats.render(n, format)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1,bullet", "1,hebrew1", "11,ideographTraditional"})
    void unknownFormatsAreNotGuessed(int n, String format) {
        assertThat(NumberFormats.render(n, format)).isNull();
    }
}
