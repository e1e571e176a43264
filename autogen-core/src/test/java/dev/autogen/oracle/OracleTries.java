package dev.autogen.oracle;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * How many random pairs a property tries: {@value #DEFAULT} in the normal run, or as many as the
 * system property {@code autogen.oracle.pairs} (or {@code autogen.oracle.tries}) says
 * ({@code mvn -Dautogen.oracle.pairs=10000 ...}). The seed is printed when the property starts.
 * {@code -Dautogen.oracle.seed=...} replaces the property's fixed seed, to explore other pairs.
 */
public final class OracleTries implements AroundPropertyHook {
    static final int DEFAULT = 200;

    static int tries() {
        // autogen.oracle.pairs says the same as autogen.oracle.tries, in the words the oracle uses.
        return Integer.getInteger("autogen.oracle.pairs", Integer.getInteger("autogen.oracle.tries", DEFAULT));
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        context.attributes().setTries(tries());
        String seed = System.getProperty("autogen.oracle.seed");
        if (seed != null) {
            context.attributes().setSeed(seed);
        }
        // The seed in the log, so that any run (a long one above all) can be repeated pair for pair.
        System.out.printf("oracle %s: %d pairs, seed %s%n", context.label(), tries(),
                context.attributes().seed().orElse("(random)"));
        return property.execute();
    }

    /** Outermost, so that the number is set before the property starts. */
    @Override
    public int aroundPropertyProximity() {
        return -100;
    }
}
