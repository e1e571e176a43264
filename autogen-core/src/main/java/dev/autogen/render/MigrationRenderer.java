package dev.autogen.render;

import dev.autogen.ops.MigrationPlan;
import dev.autogen.script.RevisionInfo;

/** TODO: implemented by the render work. */
public final class MigrationRenderer {
    private MigrationRenderer() {
    }

    /** The migration class for one revision: upgrade() holds the plan, downgrade() its reverse. */
    public static RenderedMigration render(RevisionInfo revision, String packageName, MigrationPlan plan) {
        throw new UnsupportedOperationException("TODO");
    }
}
