package org.nianbao.rules;

import java.util.Set;

/** A check that names the message arguments it provides, so a misspelt placeholder is caught when loading. */
public interface DeclaresArguments {
    Set<String> arguments();
}
