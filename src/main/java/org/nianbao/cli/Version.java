package org.nianbao.cli;

import org.nianbao.support.BuildInfo;
import picocli.CommandLine;

/** {@code --version}: the pom's version, and the git commit when built from a checkout. */
public final class Version implements CommandLine.IVersionProvider {
    /** The release version written into outputs (JSON {@code tool.version}, SARIF, the web page). */
    public static String current() {
        return BuildInfo.current().version();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"nianbao " + BuildInfo.current().describe()};
    }
}
