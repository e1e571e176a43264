package dev.autogen.oracle;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * How many random pairs a property tries: {@value #DEFAULT} in the normal run, or as many as the
 * system property {@code autogen.oracle.tries} says ({@code mvn -Dautogen.oracle.tries=10000 ...}).
 * {@code -Dautogen.oracle.seed=...} replaces the property's fixed seed, to explore other pairs.
 */
public final class OracleTries implements AroundPropertyHook {
    static final int DEFAULT = 250;

    static int tries() {
        return Integer.getInteger("autogen.oracle.tries", DEFAULT);
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        context.attributes().setTries(tries());
        String seed = System.getProperty("autogen.oracle.seed");
        if (seed != null) {
            context.attributes().setSeed(seed);
        }
        return property.execute();
    }

    /** Outermost, so that the number is set before the property starts. */
    @Override
    public int aroundPropertyProximity() {
        return -100;
    }
}
