package dev.autogen.verify;

import dev.autogen.revision.InvalidGraphException;
import dev.autogen.revision.LoadedRevision;
import dev.autogen.revision.RevisionGraph;
import dev.autogen.revision.RevisionInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Graph hygiene for {@code check} and {@code verify}: every duplicate id and dangling parent at
 * once (where the other commands stop at the first), then cycles, branch labels and several heads.
 */
public final class GraphCheck {
    private GraphCheck() {
    }

    /** The problems of the migrations folder's graph; empty when it is one clean line of history (or labeled branches). */
    public static List<Finding> findings(List<LoadedRevision> revisions) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(duplicateIds(revisions));
        findings.addAll(danglingParents(revisions));
        if (!findings.isEmpty()) {
            return List.copyOf(findings);
        }
        List<RevisionInfo> infos = revisions.stream().map(LoadedRevision::info).toList();
        RevisionGraph graph;
        try {
            graph = RevisionGraph.of(infos);
        } catch (InvalidGraphException e) {
            return List.of(Finding.error(e.problem().kind(), e.getMessage()));
        }
        severalHeads(graph).ifPresent(findings::add);
        return List.copyOf(findings);
    }

    private static List<Finding> duplicateIds(List<LoadedRevision> revisions) {
        Map<String, List<Path>> filesById = new LinkedHashMap<>();
        revisions.forEach(r -> filesById.computeIfAbsent(r.info().id(), id -> new ArrayList<>()).add(r.source()));
        List<Finding> findings = new ArrayList<>();
        filesById.forEach((id, files) -> {
            if (files.size() > 1) {
                String names = files.stream().map(f -> String.valueOf(f.getFileName())).collect(Collectors.joining(" and "));
                findings.add(Finding.error("duplicate-id", "revision id " + id + " is used by " + names)
                        .inRevision(id)
                        .advising("give one of them a new id (12 lowercase hex digits) and update the parents that name it"));
            }
        });
        return findings;
    }

    private static List<Finding> danglingParents(List<LoadedRevision> revisions) {
        Set<String> ids = revisions.stream().map(r -> r.info().id()).collect(Collectors.toSet());
        List<Finding> findings = new ArrayList<>();
        for (LoadedRevision r : revisions) {
            for (String parent : r.info().parents()) {
                if (!ids.contains(parent)) {
                    findings.add(Finding.error("dangling-parent", "names parent " + parent + ", which no migration defines")
                            .inRevision(r.info().id())
                            .advising("restore the missing revision's file, or point the parents at an existing revision"));
                }
            }
        }
        return findings;
    }

    /**
     * Several heads deploy in no defined order. Heads that each sit on their own labeled branch
     * were made that way on purpose ({@code --branch-label}), so they are not a problem.
     */
    private static Optional<Finding> severalHeads(RevisionGraph graph) {
        List<String> heads = graph.heads();
        if (heads.size() < 2 || onSeparateLabeledBranches(graph, heads)) {
            return Optional.empty();
        }
        return Optional.of(Finding.error("several-heads", "the migrations have " + heads.size() + " heads: "
                + String.join(", ", heads) + "; `upgrade head` cannot choose between them")
                .advising("run `autogen merge -m \"merge heads\" " + String.join(" ", heads) + "`"));
    }

    /** True when every head carries a branch label (on itself or an ancestor) that no other head carries. */
    private static boolean onSeparateLabeledBranches(RevisionGraph graph, List<String> heads) {
        Map<String, Set<String>> labelsByHead = new LinkedHashMap<>();
        for (String head : heads) {
            labelsByHead.put(head, graph.ancestorsOrSelf(head).stream()
                    .flatMap(id -> graph.get(id).branchLabels().stream())
                    .collect(Collectors.toSet()));
        }
        for (String head : heads) {
            Set<String> own = new HashSet<>(labelsByHead.get(head));
            labelsByHead.forEach((other, labels) -> {
                if (!other.equals(head)) {
                    own.removeAll(labels);
                }
            });
            if (own.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
