package dev.autogen.config;

import dev.autogen.AutogenException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Expands {@code ${VAR}} and {@code ${VAR:-default}} from the environment. */
final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:-([^}]*))?}");

    private Placeholders() {
    }

    static String expand(String key, String value, Map<String, String> env) {
        Matcher m = PLACEHOLDER.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = env.get(m.group(1));
            if (replacement == null || (replacement.isEmpty() && m.group(2) != null)) {
                if (m.group(2) == null) {
                    throw new AutogenException("configuration key '" + key + "' uses ${" + m.group(1)
                            + "}, which is not set in the environment (set it, or write ${" + m.group(1)
                            + ":-default})");
                }
                replacement = m.group(3);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
