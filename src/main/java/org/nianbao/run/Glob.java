package org.nianbao.run;

import java.util.regex.Pattern;

/**
 * A glob over slash-separated names: {@code *} within one part, {@code **} across parts, {@code ?} one character.
 * Used for suppression entries' file patterns and location keys such as {@code applications/*&#47;total}.
 */
final class Glob {
    private final Pattern pattern;

    Glob(String glob) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                re.append(".*");
                i++;
            } else if (c == '*') {
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        this.pattern = Pattern.compile(re.toString());
    }

    boolean matches(String text) {
        return pattern.matcher(text).matches();
    }
}
