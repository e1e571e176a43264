package dev.autogen.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Two keyed lists merged into what only the target has ({@code added}), what only the actual side
 * has ({@code removed}), and the pairs found on both sides. One merge serves tables, columns,
 * sequences and (keyed by {@link ConstraintSignature}) constraints and indexes.
 *
 * <p>Each list keeps its input order, so a caller that passes sorted or declaration-ordered lists
 * gets a deterministic result. A key may occur more than once (two indexes on the same columns);
 * items with one key are paired one to one, those that also share a name first, so that an
 * unchanged item is never dropped and re-added under its own name.
 */
public record NamedMerge<T>(List<T> added, List<T> removed, List<Both<T>> both) {

    /** An item present on both sides. */
    public record Both<T>(T target, T actual) {
    }

    public NamedMerge {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        both = List.copyOf(both);
    }

    /** Merges by key alone. */
    public static <T, K> NamedMerge<T> of(List<T> target, List<T> actual, Function<T, K> key) {
        return of(target, actual, key, item -> null);
    }

    /** Merges by key; among items of one key, those whose {@code name} is equal pair first. */
    public static <T, K> NamedMerge<T> of(
            List<T> target, List<T> actual, Function<T, K> key, Function<T, ?> name) {
        Map<K, Deque<T>> unpaired = new LinkedHashMap<>();
        for (T item : actual) {
            unpaired.computeIfAbsent(key.apply(item), k -> new ArrayDeque<>()).addLast(item);
        }
        List<T> partners = pairByName(target, unpaired, key, name);
        List<T> added = new ArrayList<>();
        List<Both<T>> pairs = new ArrayList<>();
        for (int i = 0; i < target.size(); i++) {
            T item = target.get(i);
            T partner = partners.get(i) != null ? partners.get(i) : takeFirst(unpaired, key.apply(item));
            if (partner == null) {
                added.add(item);
            } else {
                pairs.add(new Both<>(item, partner));
            }
        }
        List<T> removed = new ArrayList<>();
        for (T item : actual) {
            if (unpaired.get(key.apply(item)).remove(item)) {
                removed.add(item);
            }
        }
        return new NamedMerge<>(added, removed, pairs);
    }

    public boolean isUnchanged() {
        return added.isEmpty() && removed.isEmpty();
    }

    /**
     * First pass: for each target item (by position), the actual item of the same key and the same
     * name, taken out of {@code unpaired}; null where there is none.
     */
    private static <T, K> List<T> pairByName(
            List<T> target, Map<K, Deque<T>> unpaired, Function<T, K> key, Function<T, ?> name) {
        List<T> partners = new ArrayList<>();
        for (T item : target) {
            Object itemName = name.apply(item);
            Deque<T> candidates = unpaired.get(key.apply(item));
            T partner = null;
            if (itemName != null && candidates != null) {
                partner = candidates.stream()
                        .filter(c -> Objects.equals(itemName, name.apply(c))).findFirst().orElse(null);
                if (partner != null) {
                    candidates.remove(partner);
                }
            }
            partners.add(partner);
        }
        return partners;
    }

    private static <T, K> T takeFirst(Map<K, Deque<T>> unpaired, K key) {
        Deque<T> candidates = unpaired.get(key);
        return candidates == null ? null : candidates.pollFirst();
    }
}
