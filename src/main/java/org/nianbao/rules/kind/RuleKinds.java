package org.nianbao.rules.kind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.rules.RuleKind;

/** Every rule kind nianbao knows, by the name rule files use. Adding a kind means adding one class here. */
public final class RuleKinds {
    private RuleKinds() {
    }

    public static Map<String, RuleKind> all() {
        Map<String, RuleKind> out = new LinkedHashMap<>();
        for (RuleKind k : List.of(new SectionKind(), new TableShapeKind(), new FormatKind(), new CellKind(),
                new BalanceKind(), new DateKind(), new MetadataKind(), new TextKind(), new JsonSchemaKind(),
                new NarrativeKind(), new CrossYearKind(), new AggregateKind())) {
            out.put(k.name(), k);
        }
        return out;
    }
}
