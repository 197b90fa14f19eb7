package org.nianbao.rules;

import org.nianbao.model.Report;

/** One compiled rule, ready to run on any number of reports. Implementations are stateless. */
public interface Check {

    /** Evaluates the rule on a report, adding what it finds to {@code out}. Never throws for bad report content. */
    void evaluate(Report report, Findings out);
}
