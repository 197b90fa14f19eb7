package org.nianbao.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.model.CellValue;

class CellValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0|0", "12|12", "１２|12", "1,234|1234", "1，234|1234", "1 234|1234",
        "-3|-3", "－3|-3", "−3|-3", "96171.6|96171.6", "９６１７１．６|96171.6", "' 7 '|7", "1,234.50|1234.50"})
    void numbersAreExact(String written, String expected) {
        CellValue value = CellValues.parse(written);
        assertThat(value).isInstanceOf(CellValue.Number.class);
        assertThat(((CellValue.Number) value).value()).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u3000", "\n"})
    void emptyIsBlank(String written) {
        assertThat(CellValues.parse(written)).isEqualTo(CellValue.blank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"—", "/", "无", "251000元", "12件", "1,23", "1.2.3", "约5", "0.5万"})
    void anythingElseIsKeptAsWritten(String written) {
        assertThat(CellValues.parse(written)).isEqualTo(CellValue.written(written));
    }

    /** The blank test and the trim lost their regular expressions (they ran for every cell): the same results. */
    @org.junit.jupiter.api.Test
    void sameAsTheRegularExpressionsItsLoopsReplaced() {
        String alphabet = " \t\n\u000B\f\r\u00A0\u3000\u2003\u0085\u2028\u001C无7１,.－";
        java.util.Random random = new java.util.Random(16);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            CellValue expected = text.isBlank() || text.replaceAll("[\\s\\u00A0\\u3000]", "").isEmpty()
                    ? CellValue.blank() : CellValues.parse(text) instanceof CellValue.Number number ? number
                    : CellValue.written(text.strip().replaceAll("^[\\s\\u3000]+|[\\s\\u3000]+$", ""));
            assertThat(CellValues.parse(text)).as(text).isEqualTo(expected);
        }
    }

    @org.junit.jupiter.api.Test
    void writtenTextIsTrimmed() {
        assertThat(CellValues.parse(" 无\u3000")).isEqualTo(CellValue.written("无"));
        assertThat(CellValues.parse(null)).isEqualTo(CellValue.blank());
    }
}
