package dev.autogen.sample.boot;

import dev.autogen.boot.it.StartUpScenarios;
import dev.autogen.sample.boot.broken.M20261202110000_BrokenAuditLog;
import dev.autogen.sample.boot.migrations.M20261202110253_CreateBookshopTables;
import dev.autogen.sample.boot.migrations.M20261202110407_AddIsbnCodeToBooks;

/** The start-up scenarios on this module's Spring Boot. */
class Boot35StartUpTest extends StartUpScenarios {
    @Override
    protected Class<?> application() {
        return SampleApplication.class;
    }

    @Override
    protected Class<?> firstRevision() {
        return M20261202110253_CreateBookshopTables.class;
    }

    @Override
    protected Class<?> secondRevision() {
        return M20261202110407_AddIsbnCodeToBooks.class;
    }

    @Override
    protected Class<?> brokenRevision() {
        return M20261202110000_BrokenAuditLog.class;
    }
}
