package dev.autogen.boot.it;

import dev.autogen.spring.AutogenMigrationStrategy;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An application's own migration strategy: only validate, never migrate (as a team that upgrades
 * in its deployment pipeline would). Outside the sample's package, so only the test that names it
 * uses it.
 */
@Configuration(proxyBeanMethods = false)
public class ValidateOnlyStrategy {
    /** The revisions each call saw, newest first: the strategy got the application's migrator. */
    public static final List<String> SEEN = new ArrayList<>();

    @Bean
    AutogenMigrationStrategy validateOnly() {
        return migrator -> {
            migrator.validate();
            migrator.revisions().forEach(r -> SEEN.add(r.id()));
        };
    }
}
