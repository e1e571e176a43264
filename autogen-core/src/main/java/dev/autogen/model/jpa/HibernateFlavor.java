package dev.autogen.model.jpa;

import dev.autogen.AutogenException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which Hibernate's schema export the entity schema follows. autogen reads entities with Hibernate
 * 7.4; an application on Hibernate 6.6 validates and exports a schema without some constraints 7
 * adds and with a few shapes of its own, which {@link Hibernate66Export} puts back.
 */
public enum HibernateFlavor {
    /** Hibernate 7 (Spring Boot 4): the schema as autogen's Hibernate 7.4 maps it. */
    HIBERNATE_7("7"),
    /** Hibernate 6 (Spring Boot 3), modelled on 6.6: what its schema export writes. */
    HIBERNATE_6_6("6.6");

    private static final Pattern MAJOR_MINOR = Pattern.compile("(\\d{1,4})(?:\\.\\d+)?(?:[.-].*)?");

    private final String label;

    HibernateFlavor(String label) {
        this.label = label;
    }

    /** The version as {@code hibernate.version} spells it ({@code 6.6}, {@code 7}). */
    public String label() {
        return label;
    }

    /**
     * The flavor of a Hibernate version ({@code 6.6}, {@code 6.6.33.Final}, {@code 7}, {@code 7.2.19.Final}):
     * 6.x follows 6.6, 7 and later follow 7. Anything else is refused with {@code origin} named.
     */
    public static HibernateFlavor ofVersion(String version, String origin) {
        Matcher m = MAJOR_MINOR.matcher(version.strip());
        int major = m.matches() ? Integer.parseInt(m.group(1)) : -1;
        if (major == 6) {
            return HIBERNATE_6_6;
        }
        if (major >= 7) {
            return HIBERNATE_7;
        }
        throw new AutogenException("unsupported Hibernate version '" + version + "' in " + origin
                + ": autogen follows Hibernate 6.6 and 7 (use 6.6 or 7)");
    }
}
