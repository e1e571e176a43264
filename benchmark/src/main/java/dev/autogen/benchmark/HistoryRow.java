package dev.autogen.benchmark;

/**
 * One step of the history workload on one database: median whole-process wall seconds of autogen
 * with its caches filled ({@code autogen}) and emptied before each run ({@code autogenCold}), and
 * of Alembic on the same history ({@code alembic}, NaN when not measured); then the median CPU
 * seconds (user + system) of the same runs, which a machine busy with other jobs distorts less.
 */
record HistoryRow(int revisions, String database, String step, double autogen, double autogenCold, double alembic,
        double autogenCpu, double autogenColdCpu, double alembicCpu) {

    double ratioToAlembic() {
        return autogen / alembic;
    }

    double cpuRatioToAlembic() {
        return autogenCpu / alembicCpu;
    }

    double millisPerRevision() {
        return autogen * 1000 / revisions;
    }

    double cpuMillisPerRevision() {
        return autogenCpu * 1000 / revisions;
    }
}
