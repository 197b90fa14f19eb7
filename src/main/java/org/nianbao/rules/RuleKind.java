package org.nianbao.rules;

/**
 * A kind of rule: one Java class that turns rule entries of this kind into {@link Check}s. Adding a rule of an
 * existing kind needs only a rule file.
 */
public interface RuleKind {

    /** The {@code kind} value in rule files. */
    String name();

    /**
     * Checks the rule's parameters and compiles it.
     *
     * @throws InvalidRuleException when the parameters are wrong (unknown row, bad equation …)
     */
    Check compile(RuleDefinition rule) throws InvalidRuleException;
}
