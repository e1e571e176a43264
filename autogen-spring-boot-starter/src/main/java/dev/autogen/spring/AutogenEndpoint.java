package dev.autogen.spring;

import dev.autogen.runtime.AutogenMigrator;
import dev.autogen.runtime.Direction;
import dev.autogen.runtime.PartialState;
import dev.autogen.runtime.RevisionStatus;
import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/autogen}: the application's revisions, newest first, with which are applied, which
 * the database is at, which were edited since they ran, and the one a run stopped part way through
 * (MariaDB, MySQL). Reads the database, changes nothing.
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
        return new MigrationsDescriptor(migrator.packages(), current,
                revisions.stream().map(RevisionDescriptor::of).toList());
    }

    /** What the endpoint answers: the packages read, the revisions the database is at, every revision. */
    public record MigrationsDescriptor(List<String> locations, List<String> current,
            List<RevisionDescriptor> revisions) {
    }

    /** One revision as JSON: {@link RevisionStatus}, with {@code partial} null unless a run stopped in it. */
    public record RevisionDescriptor(String id, List<String> parents, String message, String created, boolean applied,
            boolean current, boolean edited, PartialDescriptor partial) {
        static RevisionDescriptor of(RevisionStatus status) {
            return new RevisionDescriptor(status.id(), status.parents(), status.message(), status.created(),
                    status.applied(), status.current(), status.edited(),
                    status.partial().map(PartialDescriptor::of).orElse(null));
        }
    }

    /** {@code {"direction":"upgrade","ran":1,"total":2,"description":"partially applied: 1 of 2 statements"}}. */
    public record PartialDescriptor(String direction, int ran, int total, String description) {
        static PartialDescriptor of(PartialState state) {
            return new PartialDescriptor(state.direction() == Direction.UPGRADE ? "upgrade" : "downgrade",
                    state.ran(), state.total(), state.describe());
        }
    }
}
