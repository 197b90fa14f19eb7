package org.nianbao.web;

import java.nio.file.Path;
import java.time.Duration;
import org.nianbao.rules.RuleLoader;
import org.nianbao.rules.RuleSource;

/** A server on a free loopback port over a data folder, with the built-in rules, as {@code serve} starts it. */
final class TestService {
    private TestService() {
    }

    static Service start(Path data) throws Exception {
        return start(data, null, null);
    }

    static Service start(Path data, String jdbcUrl, String token) throws Exception {
        return start(data, jdbcUrl, token, UploadLimits.DEFAULT, "test");
    }

    /** @param toolVersion stands for a new release: it changes the rules version results are stamped with */
    static Service start(Path data, String jdbcUrl, String token, UploadLimits limits, String toolVersion)
            throws Exception {
        var sources = RuleSource.builtIn();
        return Service.start(new Service.Config("127.0.0.1", 0, data, jdbcUrl, token, limits,
                Duration.ofSeconds(60), new RuleLoader().load(sources), Service.rulesVersion(toolVersion, sources),
                toolVersion, Service.Workers.DEFAULT));
    }
}
