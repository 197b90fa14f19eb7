package org.nianbao.rules.kind;

import java.util.Set;
import org.nianbao.model.SourceProblem;
import org.nianbao.model.Report;
import org.nianbao.rules.Check;
import org.nianbao.rules.DeclaresArguments;
import org.nianbao.rules.Findings;
import org.nianbao.rules.InvalidRuleException;
import org.nianbao.rules.RuleDefinition;
import org.nianbao.rules.RuleKind;

/**
 * Kind {@code json-schema}: reports each place a JSON submission breaks the report schema, located by its JSON
 * pointer. The message variant is the schema keyword ({@code required}, {@code type}, {@code enum} …).
 */
public final class JsonSchemaKind implements RuleKind {

    @Override
    public String name() {
        return "json-schema";
    }

    @Override
    public Check compile(RuleDefinition rule) throws InvalidRuleException {
        return new SchemaCheck(rule);
    }

    private record SchemaCheck(RuleDefinition rule) implements Check, DeclaresArguments {
        @Override
        public Set<String> arguments() {
            return Set.of("where", "pointer", "field", "expected", "found", "detail");
        }

        @Override
        public void evaluate(Report report, Findings out) {
            for (SourceProblem p : report.sourceProblems()) {
                if (!p.kind().equals("json-schema")) {
                    continue;
                }
                Findings.Builder b = out.add().variant(rule.variants().containsKey(p.code()) ? p.code() : null)
                        .at(PointerWhere.of(p.source()));
                p.args().forEach(b::arg);
                b.arg("where", PointerWhere.describe(String.valueOf(p.args().get("pointer"))));
                b.expected(p.args().get("expected")).actual(p.args().get("found")).report();
            }
        }
    }
}
