package org.nianbao.rules;

import java.util.List;
import org.nianbao.model.Report;

/** A check made of linear equations over cells, which it can list for a given report. */
public interface LinearRules {
    List<LinearConstraint> constraints(Report report);
}
