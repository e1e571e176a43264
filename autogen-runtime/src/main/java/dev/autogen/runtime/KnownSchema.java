package dev.autogen.runtime;

import dev.autogen.schema.Schema;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The schema one run carries from a step to the next, instead of reflecting the database before
 * every step: valid only while the version table still shows the heads the run left it at, so a
 * concurrent run that moved in between (or a step the model cannot follow) forces a new reflection.
 */
final class KnownSchema {
    private Set<String> heads = Set.of();
    private Optional<Schema> schema = Optional.empty();

    /** The carried schema, when the database still stands at the heads it belongs to. */
    Optional<Schema> at(List<String> currentHeads) {
        return heads.equals(Set.copyOf(currentHeads)) ? schema : Optional.empty();
    }

    /** After a step: the heads it left and the schema it made, or empty when that must be read again. */
    void remember(List<String> headsAfter, Optional<Schema> schemaAfter) {
        this.heads = Set.copyOf(headsAfter);
        this.schema = schemaAfter;
    }
}
