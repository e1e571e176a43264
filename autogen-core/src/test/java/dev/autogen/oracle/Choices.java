package dev.autogen.oracle;

import java.util.List;

/**
 * The random decisions behind one generated model pair, drawn from a list of numbers that jqwik
 * generates and shrinks: a shorter list, or smaller numbers, make simpler schemas and fewer
 * changes. Once the list runs out every answer is 0, the simplest choice.
 */
final class Choices {
    private final List<Integer> values;
    private int next;

    Choices(List<Integer> values) {
        this.values = List.copyOf(values);
    }

    /** A number from 0 to {@code bound - 1}. */
    int below(int bound) {
        if (bound <= 1) {
            return 0;
        }
        int value = next < values.size() ? values.get(next++) : 0;
        return Math.floorMod(value, bound);
    }

    /** True with about {@code percent} % likelihood; false once the choices run out. */
    boolean chance(int percent) {
        return below(100) >= 100 - percent;
    }

    <T> T pick(List<T> options) {
        return options.get(below(options.size()));
    }
}
