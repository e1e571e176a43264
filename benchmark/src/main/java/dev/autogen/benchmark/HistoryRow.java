package dev.autogen.benchmark;

/**
 * One step of the history workload on one database: median whole-process seconds of autogen with
 * its caches filled ({@code autogen}) and emptied before each run ({@code autogenCold}), and of
 * Alembic on the same history ({@code alembic}, NaN when not measured).
 */
record HistoryRow(int revisions, String database, String step, double autogen, double autogenCold, double alembic) {

    double ratioToAlembic() {
        return autogen / alembic;
    }

    double millisPerRevision() {
        return autogen * 1000 / revisions;
    }
}
