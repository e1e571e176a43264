package dev.autogen.dialect;

import java.util.Objects;

/**
 * A constraint added to a table with rows in two steps ({@code revision --safe}): added without
 * checking the rows, under a lock held only for the catalog update, then checked in a later
 * transaction under a lock that lets reads and writes go on.
 *
 * @param addUnchecked adds the constraint for new rows only ({@code ... NOT VALID} on PostgreSQL)
 * @param validate checks the existing rows
 * @param drop removes the constraint
 */
public record DeferredCheck(String addUnchecked, String validate, String drop) {
    public DeferredCheck {
        Objects.requireNonNull(addUnchecked, "addUnchecked == null");
        Objects.requireNonNull(validate, "validate == null");
        Objects.requireNonNull(drop, "drop == null");
    }
}
