package dev.autogen.benchmark;

import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One pass of the phases in a fresh JVM, as a whole {@code autogen revision} process meets them:
 * classes not yet loaded, code not yet compiled. Prints one line of milliseconds:
 * {@code migrations entities-cached entities-boot reflection diff render}. Argument: a prepared
 * workload's folder. The cached read comes first, so it meets a cold JVM as a command does.
 */
public final class ColdPhases {
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    private ColdPhases() {
    }

    public static void main(String[] args) throws Exception {
        HIBERNATE_LOG.setLevel(Level.SEVERE);
        Workload workload = new Workload(null, null, Path.of(args[0]));
        PhaseTimes t = PhaseTimes.measure(workload);
        System.out.println(String.format(Locale.ROOT, "%.0f %.0f %.0f %.0f %.0f %.0f", t.migrations(),
                t.entitiesCached(), t.entities(),
                t.reflection(), t.diff(), t.render()));
    }
}
