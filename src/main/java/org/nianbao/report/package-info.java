/** Outputs: text for people, JSON for machines, the model as JSON for {@code extract}. May import run, rules, model. */
package org.nianbao.report;
