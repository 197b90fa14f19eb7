package org.nianbao.web;

import java.nio.file.Path;
import java.time.Duration;
import org.nianbao.rules.RuleLoader;
import org.nianbao.rules.RuleSource;
import org.nianbao.run.TimeLimit;

/** A server on a free loopback port over a data folder, with the built-in rules, as {@code serve} starts it. */
public final class TestService {
    private TestService() {
    }

    public static Service start(Path data) throws Exception {
        return start(data, null, null);
    }

    public static Service start(Path data, String jdbcUrl, String token) throws Exception {
        return start(data, jdbcUrl, token, UploadLimits.DEFAULT, "test");
    }

    /** @param toolVersion stands for a new release: it changes the rules version results are stamped with */
    static Service start(Path data, String jdbcUrl, String token, UploadLimits limits, String toolVersion)
            throws Exception {
        return start(data, jdbcUrl, token, limits, toolVersion, Duration.ofSeconds(60), Service.Workers.DEFAULT,
                Service.Config.MAX_STORED_BYTES);
    }

    /** Every setting named: the time limit per file, the workers, the quota of stored files. */
    public static Service start(Path data, String jdbcUrl, String token, UploadLimits limits, String toolVersion,
            Duration timeout, Service.Workers workers, long maxStoredBytes) throws Exception {
        return start(data, jdbcUrl, token, limits, toolVersion, timeout, workers, maxStoredBytes, People.NONE,
                Service.Config.MAX_WAITING_FILES);
    }

    /** ... and the backlog: how many accepted files may wait to be checked. */
    public static Service start(Path data, String jdbcUrl, String token, UploadLimits limits, String toolVersion,
            Duration timeout, Service.Workers workers, long maxStoredBytes, int maxWaitingFiles) throws Exception {
        return start(data, jdbcUrl, token, limits, toolVersion, timeout, workers, maxStoredBytes, People.NONE,
                maxWaitingFiles);
    }

    /** With named people, each with a token and a role. */
    static Service start(Path data, People people) throws Exception {
        return start(data, null, null, UploadLimits.DEFAULT, "test", Duration.ofSeconds(60), Service.Workers.DEFAULT,
                Service.Config.MAX_STORED_BYTES, people, Service.Config.MAX_WAITING_FILES);
    }

    private static Service start(Path data, String jdbcUrl, String token, UploadLimits limits, String toolVersion,
            Duration timeout, Service.Workers workers, long maxStoredBytes, People people, int maxWaitingFiles)
            throws Exception {
        var sources = RuleSource.builtIn();
        return Service.start(new Service.Config("127.0.0.1", 0, data, jdbcUrl, token, limits, TimeLimit.of(timeout),
                new RuleLoader().load(sources), Service.rulesVersion(toolVersion, sources), toolVersion, workers,
                maxStoredBytes, people, maxWaitingFiles));
    }
}
