package dev.autogen.benchmark;

/**
 * The measurements of one (model size, database): whole-process medians in seconds
 * ({@code revisionSeconds} with the entity schema cached, {@code coldRevisionSeconds} with it empty,
 * as after an edit; {@code baseline...}: the --baseline launcher), peak memory in MiB, in-process
 * phase medians and the catalog-query floor in milliseconds. NaN means not measured.
 */
record ResultRow(int size, String database, double revisionSeconds, double coldRevisionSeconds,
        double baselineRevisionSeconds,
        double checkSeconds, double peakMiB, PhaseTimes phases, double floorMillis, int floorRows) {

    /** Alembic 1.20's whole-process revision time published in the issue for this workload, or NaN. */
    double alembicSeconds() {
        boolean sqlite = database.equals("sqlite");
        if (size == 10) {
            return sqlite ? 0.48 : 0.58;
        }
        if (size == 1000) {
            return sqlite ? 7.5 : 6.3;
        }
        return Double.NaN;
    }

    /** In-process reflection plus diff over the floor: the issue asks for at most 2. */
    double reflectionAndDiffOverFloor() {
        return (phases.reflection() + phases.diff()) / floorMillis;
    }
}
