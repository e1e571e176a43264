package dev.autogen.spring;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code autogen.*} settings of an application (a third-party starter keeps out of
 * {@code spring.*}).
 *
 * @param enabled whether migrations run at start-up
 * @param locations the packages of the {@code @Revision} classes; empty means the
 *     {@code migrations} subpackage of the application's package (the {@code @SpringBootApplication}'s)
 * @param target the revision to upgrade to; any target {@code autogen upgrade} takes
 * @param baselineOnMigrate whether a database with tables but no version is first recorded at
 *     {@code baselineVersion} without running it
 * @param baselineVersion the revision such a database matches; empty means the first revision
 * @param validateOnMigrate whether start-up refuses a database whose applied revisions were edited
 *     since they ran (checksums) or are unknown to the application
 * @param url a JDBC URL to migrate instead of the application's {@code DataSource}
 * @param user the user for {@code url}
 * @param password the password for {@code url}
 * @param versionTable the name of the version table
 */
@ConfigurationProperties("autogen")
public record AutogenProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue List<String> locations,
        @DefaultValue("head") String target,
        @DefaultValue("false") boolean baselineOnMigrate,
        String baselineVersion,
        @DefaultValue("true") boolean validateOnMigrate,
        String url,
        String user,
        String password,
        @DefaultValue("autogen_version") String versionTable) {

    public AutogenProperties {
        locations = locations == null ? List.of() : List.copyOf(locations);
    }

    /** Whether {@code autogen.url} names a database of its own. */
    public boolean hasOwnUrl() {
        return url != null && !url.isBlank();
    }
}
