package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.nianbao.model.Lang;

/** The bound on files accepted and not yet checked, and the answer an upload past it gets. */
class BacklogTest {
    @Test
    void takesUploadsUpToTheBoundThenRefusesWithWhenToRetry() throws Exception {
        Backlog b = new Backlog(10);
        b.admit(6);
        b.admit(4);
        assertThat(b.full()).isTrue();
        Uploads.Refused r = catchThrowableOfType(Uploads.Refused.class, () -> b.admit(1));
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.code()).isEqualTo("BUSY");
        assertThat(r.message(Lang.ZH)).contains("10 个文件在排队").contains("这 1 个文件");
        assertThat(r.message(Lang.EN)).contains("10 files waiting").contains("these 1 files");
        assertThat(b.waiting()).isEqualTo(10); // a refusal takes nothing
    }

    @Test
    void checkedAndDroppedFilesMakeRoom() throws Exception {
        Backlog b = new Backlog(4);
        b.admit(4);
        b.batchStarted();
        b.checked();
        b.admit(1);
        b.dropped(2); // a batch that stopped early: its unchecked files are no longer waiting
        assertThat(b.waiting()).isEqualTo(2);
        b.admit(2);
        assertThat(b.full()).isTrue();
    }

    @Test
    void anUploadLargerThanTheBoundIsTakenWhenNothingWaits() throws Exception {
        Backlog b = new Backlog(3);
        b.admit(5); // the upload limits allow it: it must be able to get in
        assertThat(b.waiting()).isEqualTo(5);
        assertThat(catchThrowableOfType(Uploads.Refused.class, () -> b.admit(1)).status()).isEqualTo(503);
    }

    @Test
    void theRetryTimeGrowsWithTheFilesToCheckFirstWithinBounds() throws Exception {
        Backlog b = new Backlog(1000);
        b.admit(1000);
        b.batchStarted();
        long quick = seconds(b.refusal(10));
        assertThat(quick).isBetween(5L, 3600L);
        Backlog slow = new Backlog(1000);
        slow.admit(1000);
        long many = seconds(slow.refusal(1000)); // 1000 files at the starting guess of 1 s each
        assertThat(many).isGreaterThan(quick).isLessThanOrEqualTo(3600L);
    }

    @Test
    void aBacklogHoldsAtLeastOneFile() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new Backlog(0))).isNotNull();
    }

    private static long seconds(Uploads.Refused r) {
        return r.retryAfterSeconds();
    }
}
