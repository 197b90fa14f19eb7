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

    @org.junit.jupiter.api.Test
    void writtenTextIsTrimmed() {
        assertThat(CellValues.parse(" 无\u3000")).isEqualTo(CellValue.written("无"));
        assertThat(CellValues.parse(null)).isEqualTo(CellValue.blank());
    }
}
