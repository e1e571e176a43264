package dev.autogen.config;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/** The keys {@code autogen.properties} accepts; anything else is a typo we refuse. */
public enum ConfigKey {
    URL("url"),
    USER("user"),
    PASSWORD("password"),
    SCHEMA("schema"),
    SCHEMAS("schemas"),
    SCRIPT_LOCATION("script.location"),
    SCRIPT_PACKAGE("script.package"),
    SCRIPT_MORE_LOCATIONS("script.more.locations"),
    ENTITIES_CLASSPATH("entities.classpath"),
    ENTITIES_PACKAGES("entities.packages"),
    NAMING_PHYSICAL("naming.physical"),
    NAMING_IMPLICIT("naming.implicit"),
    HIBERNATE_VERSION("hibernate.version"),
    VERSION_TABLE("version.table"),
    INCLUDE_TABLES("include.tables"),
    EXCLUDE_TABLES("exclude.tables");

    private final String key;

    ConfigKey(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<ConfigKey> of(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    /** The known key a typo most likely meant. */
    public static ConfigKey closestTo(String key) {
        return Arrays.stream(values()).min(Comparator.comparingInt(k -> distance(k.key, key))).orElseThrow();
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            previous = current;
        }
        return previous[b.length()];
    }
}
