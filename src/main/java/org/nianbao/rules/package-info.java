/**
 * The rules engine: rule files under {@code rules/} are data ({@link org.nianbao.rules.RuleLoader} validates and
 * compiles them), each rule kind is one class in {@code kind}, and {@link org.nianbao.rules.RuleEngine} runs a
 * profile's rules over a report. May import only {@code model} (and {@code support}).
 */
package org.nianbao.rules;
