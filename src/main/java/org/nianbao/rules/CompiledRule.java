package org.nianbao.rules;

/** A rule definition with its compiled check. */
public record CompiledRule(RuleDefinition definition, Check check) {
}
