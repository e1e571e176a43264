package dev.autogen.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * One schema element twice: as the schema holds it ({@code real}, what ops carry) and in the
 * dialect's normal form ({@code normal}, what comparisons look at).
 */
record Normalized<T>(T real, T normal) {

    /**
     * Pairs two lists by position. {@code Dialect.normalize} rewrites values in place, so the
     * normal form of the n-th element is the n-th element of the normalized list.
     */
    static <T> List<Normalized<T>> zip(List<T> real, List<T> normal, String what) {
        if (real.size() != normal.size()) {
            throw new IllegalStateException("the dialect's normalize changed the number of " + what
                    + " from " + real.size() + " to " + normal.size() + "; it must rewrite them in place");
        }
        List<Normalized<T>> pairs = new ArrayList<>();
        for (int i = 0; i < real.size(); i++) {
            pairs.add(new Normalized<>(real.get(i), normal.get(i)));
        }
        return pairs;
    }
}
