package org.nianbao.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A worker process reports only the time it was granted; the limit told in INPUT.TIMEOUT is made back from it. */
class TimeLimitTest {
    private static final TimeLimit LIMIT = new TimeLimit(Duration.ofSeconds(60), Duration.ofSeconds(30));

    @Test
    void theLimitIsMadeBackFromWhatWasGranted() {
        for (int pages : new int[] {1, 5, 20, 25, 300}) {
            Duration granted = LIMIT.with(pages).minus(LIMIT.perFile());
            TimeLimit back = TimeLimit.granting(LIMIT.perFile(), granted, pages);
            assertThat(back.details(pages)).as(pages + " pages").isEqualTo(LIMIT.details(pages));
        }
        assertThat(LIMIT.details(25)).containsEntry("seconds", "660").containsEntry("pageSeconds", "30")
                .containsEntry("timedPages", 20);
    }
}
