package org.nianbao.hostile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;

/**
 * Malformed, oversized and mutated inputs through the checker, in-process: each gives a report or an {@code INPUT.*}
 * outcome within the time limit. At the end, what became of the inputs tried, per reader.
 */
class HostileSuiteTest {

    @Nested
    class Named extends NamedHostileCases {
    }

    @Nested
    class Limits extends LimitsCases {
    }

    @Nested
    class Odt extends OdtHostileCases {
    }

    @Nested
    class Regressions extends RegressionCases {
    }

    @Nested
    class Fuzz extends MutationFuzzCases {
    }

    @AfterAll
    static void printTally() {
        System.out.println(Tally.summary());
    }
}
