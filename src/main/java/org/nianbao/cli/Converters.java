package org.nianbao.cli;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.nianbao.model.Lang;
import picocli.CommandLine.TypeConversionException;

/** Option values a person types, with a message in both languages that says what was expected. */
final class Converters {
    private Converters() {
    }

    /** A date as YYYY-MM-DD. */
    static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("“" + value + "”不是日期，日期应写作 YYYY-MM-DD，如 2024-01-20 / '" + value
                    + "' is not a date: write YYYY-MM-DD, e.g. 2024-01-20");
        }
    }

    /** An encoding Java knows, such as UTF-8 or GBK. */
    static Charset charset(String value) {
        try {
            return Charset.forName(value.strip());
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("不认识编码“" + value + "”，可用 UTF-8、GBK、GB18030 等 / unknown encoding '"
                    + value + "': try UTF-8, GBK or GB18030");
        }
    }

    /** zh or en. */
    static Lang lang(String value) {
        try {
            return Lang.of(value.strip());
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("不支持语言“" + value + "”，可选 zh（中文）或 en（英文） / no language '" + value
                    + "': zh (Chinese) or en (English)");
        }
    }
}
