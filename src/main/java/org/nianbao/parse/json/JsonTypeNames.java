package org.nianbao.parse.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Text;

/** everit's type names (Number, String, JSONObject …) in words a civil servant reads. */
final class JsonTypeNames {
    private static final Map<String, Text> NAMES = Map.of(
            "Number", Text.of("数字", "a number"),
            "Integer", Text.of("整数", "a whole number"),
            "BigDecimal", Text.of("小数", "a decimal number"),
            "String", Text.of("文字", "text"),
            "JSONObject", Text.of("对象（{…}）", "an object ({…})"),
            "JSONArray", Text.of("列表（[…]）", "a list ([…])"),
            "Boolean", Text.of("真假值", "true/false"),
            "Null", Text.of("空值（null）", "null"),
            "null", Text.of("空值（null）", "null"));

    private JsonTypeNames() {
    }

    static Text describe(List<String> everitNames) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        // the order everit reports alternatives in is not stable: sort for stable messages
        java.util.TreeSet<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        everitNames.forEach(n -> names.add(n.trim()));
        for (String n : names) {
            Text t = NAMES.getOrDefault(n.trim(), Text.of(n.trim(), n.trim()));
            zh.add(t.zh());
            en.add(t.en());
        }
        return Text.of(String.join("或", zh), String.join(" or ", en));
    }
}
