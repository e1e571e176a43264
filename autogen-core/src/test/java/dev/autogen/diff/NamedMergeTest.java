package dev.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamedMergeTest {
    /** A keyed item: {@code key} is what is matched, {@code name} only breaks ties. */
    record Item(String key, String name) {
    }

    @Test
    void splitsIntoAddedRemovedAndBothKeepingEachListsOrder() {
        List<String> target = List.of("d", "a", "c");
        List<String> actual = List.of("c", "b", "e", "a");

        NamedMerge<String> merge = NamedMerge.of(target, actual, s -> s);

        assertThat(merge.added()).containsExactly("d");
        assertThat(merge.removed()).containsExactly("b", "e");
        assertThat(merge.both()).containsExactly(new NamedMerge.Both<>("a", "a"), new NamedMerge.Both<>("c", "c"));
        assertThat(merge.isUnchanged()).isFalse();
    }

    @Test
    void pairsTargetWithActualByKeyNotByEquality() {
        NamedMerge<Item> merge = NamedMerge.of(List.of(new Item("k", "new")), List.of(new Item("k", "old")), Item::key);

        assertThat(merge.both()).containsExactly(new NamedMerge.Both<>(new Item("k", "new"), new Item("k", "old")));
        assertThat(merge.isUnchanged()).isTrue();
    }

    @Test
    void repeatedKeysPairOneToOne() {
        List<Item> target = List.of(new Item("k", "x"), new Item("k", "y"), new Item("k", "z"));
        List<Item> actual = List.of(new Item("k", "p"), new Item("k", "q"));

        NamedMerge<Item> merge = NamedMerge.of(target, actual, Item::key);

        assertThat(merge.both()).hasSize(2);
        assertThat(merge.added()).containsExactly(new Item("k", "z"));
        assertThat(merge.removed()).isEmpty();
    }

    @Test
    void amongRepeatedKeysTheSameNamePairsFirst() {
        List<Item> target = List.of(new Item("k", "ix_a"), new Item("k", "ix_b"));
        List<Item> actual = List.of(new Item("k", "ix_b"));

        NamedMerge<Item> merge = NamedMerge.of(target, actual, Item::key, Item::name);

        assertThat(merge.both()).containsExactly(new NamedMerge.Both<>(new Item("k", "ix_b"), new Item("k", "ix_b")));
        assertThat(merge.added()).containsExactly(new Item("k", "ix_a"));
    }

    @Test
    void emptySidesAreAllAddedOrAllRemoved() {
        assertThat(NamedMerge.of(List.of("a"), List.<String>of(), s -> s).added()).containsExactly("a");
        assertThat(NamedMerge.of(List.<String>of(), List.of("a"), s -> s).removed()).containsExactly("a");
    }
}
