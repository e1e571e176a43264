package dev.autogen.runtime;

import dev.autogen.migration.Migration;
import dev.autogen.migration.Operations;
import dev.autogen.revision.LoadedRevision;
import dev.autogen.revision.RevisionInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Revisions whose upgrade and downgrade are lambdas, for tests that need no compiled migration class. */
final class LambdaRevisions {
    private LambdaRevisions() {
    }

    static LoadedRevision revision(String id, List<String> parents, Consumer<Operations> upgrade,
            Consumer<Operations> downgrade) {
        return revision(id, parents, List.of(), upgrade, downgrade);
    }

    /** A revision that replaces {@code replaces} (a squash). */
    static LoadedRevision revision(String id, List<String> parents, List<String> replaces,
            Consumer<Operations> upgrade, Consumer<Operations> downgrade) {
        Migration migration = new Migration() {
            @Override
            public void upgrade(Operations op) {
                upgrade.accept(op);
            }

            @Override
            public void downgrade(Operations op) {
                downgrade.accept(op);
            }
        };
        return new LoadedRevision(new RevisionInfo(id, parents, "revision " + id, "2026-12-01T00:00:00Z", List.of(),
                replaces), migration, Path.of(id + ".java"));
    }
}
