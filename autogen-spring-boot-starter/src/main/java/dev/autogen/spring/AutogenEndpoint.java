package dev.autogen.spring;

import dev.autogen.runtime.AutogenMigrator;
import dev.autogen.runtime.RevisionStatus;
import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/autogen}: the application's revisions, newest first, with which are applied, which
 * the database is at, and which were edited since they ran. Reads the database, changes nothing.
 */
@Endpoint(id = "autogen")
public final class AutogenEndpoint {
    private final AutogenMigrator migrator;

    public AutogenEndpoint(AutogenMigrator migrator) {
        this.migrator = migrator;
    }

    @ReadOperation
    public MigrationsDescriptor migrations() {
        List<RevisionStatus> revisions = migrator.revisions();
        List<String> current = revisions.stream().filter(RevisionStatus::current).map(RevisionStatus::id).toList();
        return new MigrationsDescriptor(migrator.packages(), current, revisions);
    }

    /** What the endpoint answers: the packages read, the revisions the database is at, every revision. */
    public record MigrationsDescriptor(List<String> locations, List<String> current, List<RevisionStatus> revisions) {
    }
}
