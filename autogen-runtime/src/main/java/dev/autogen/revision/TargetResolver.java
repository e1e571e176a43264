package dev.autogen.revision;

import dev.autogen.AutogenException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a user types as a target ({@code head}, {@code base}, an id prefix, a branch label,
 * {@code +2}, {@code ae10-1}, {@code label@head}) into one revision of a graph; empty means base.
 */
final class TargetResolver {
    private static final Pattern RELATIVE = Pattern.compile("(.*?)([+-])(\\d+)");
    private static final String BRANCH_HEAD = "@head";

    private final RevisionGraph graph;

    TargetResolver(RevisionGraph graph) {
        this.graph = graph;
    }

    Optional<String> resolve(String target, List<String> current) {
        if (target == null || target.isBlank()) {
            throw new AutogenException("no revision given; name a revision, head or base");
        }
        if (target.equals("base")) {
            return Optional.empty();
        }
        if (target.equals("head") || target.equals("heads")) {
            return Optional.of(singleHead(target));
        }
        if (graph.contains(target)) {
            return Optional.of(target);
        }
        Optional<String> labeled = graph.labeled(target);
        if (labeled.isPresent()) {
            return labeled;
        }
        if (target.endsWith(BRANCH_HEAD)) {
            return Optional.of(branchHead(target.substring(0, target.length() - BRANCH_HEAD.length())));
        }
        Matcher relative = RELATIVE.matcher(target);
        if (relative.matches()) {
            return relativeTo(relative, target, current);
        }
        return Optional.of(byPrefix(target));
    }

    private String singleHead(String target) {
        List<String> heads = graph.heads();
        if (heads.isEmpty()) {
            throw new AutogenException("there are no revisions yet, so '" + target
                    + "' names nothing; create one with `autogen revision`");
        }
        if (heads.size() > 1) {
            throw new AutogenException("'" + target + "' is ambiguous: there are several heads ("
                    + String.join(", ", heads) + "); use 'heads' for all of them, name one (see `autogen heads`),"
                    + " or join them with `autogen merge -m MSG heads`");
        }
        return heads.get(0);
    }

    private String branchHead(String label) {
        String start = graph.labeled(label).orElseThrow(() -> new AutogenException("unknown branch label "
                + label + "; run `autogen branches` to list them"));
        List<String> heads = graph.heads().stream()
                .filter(h -> h.equals(start) || graph.descendants(start).contains(h)).toList();
        if (heads.size() > 1) {
            throw new AutogenException("branch " + label + " has several heads (" + String.join(", ", heads)
                    + "); name one of them or merge them with `autogen merge`");
        }
        return heads.get(0);
    }

    private Optional<String> relativeTo(Matcher relative, String target, List<String> current) {
        Optional<String> anchor;
        if (relative.group(1).isEmpty()) {
            if (current.size() > 1) {
                throw new AutogenException("'" + target + "' counts from the current revision, but the database"
                        + " is at several heads (" + String.join(", ", current) + "); name a revision instead");
            }
            anchor = current.isEmpty() ? Optional.empty() : Optional.of(current.get(0));
        } else {
            anchor = resolve(relative.group(1), current);
        }
        int steps = steps(relative.group(3));
        return relative.group(2).equals("+") ? up(anchor, steps, target) : down(anchor, steps, target);
    }

    /**
     * The count of a relative target. No walk can take more steps than there are revisions, so a
     * larger count (even one past any number type) walks one step more than that and is refused as
     * going past the head or below base, like any count too large.
     */
    private int steps(String digits) {
        int enough = graph.newestFirst().size() + 1;
        String count = digits.replaceFirst("^0+(?=.)", "");
        return count.length() > 9 ? enough : Math.min(Integer.parseInt(count), enough);
    }

    private Optional<String> up(Optional<String> from, int steps, String target) {
        Optional<String> at = from;
        for (int i = 0; i < steps; i++) {
            List<String> next = at.isPresent() ? graph.childrenOf(at.get()) : graph.bases();
            String where = at.orElse("base");
            if (next.isEmpty()) {
                throw new AutogenException("'" + target + "' goes past the head: " + where
                        + " has no newer revision; use a smaller number or head");
            }
            if (next.size() > 1) {
                throw new AutogenException("'" + target + "' is ambiguous: history forks at " + where + " into "
                        + String.join(", ", next) + "; name the revision instead");
            }
            at = Optional.of(next.get(0));
        }
        return at;
    }

    private Optional<String> down(Optional<String> from, int steps, String target) {
        Optional<String> at = from;
        for (int i = 0; i < steps; i++) {
            if (at.isEmpty()) {
                throw new AutogenException("'" + target + "' goes below base; use a smaller number or base");
            }
            List<String> parents = graph.get(at.get()).parents();
            if (parents.size() > 1) {
                throw new AutogenException("'" + target + "' is ambiguous: " + at.get() + " merges "
                        + String.join(", ", parents) + "; name the revision instead");
            }
            at = parents.isEmpty() ? Optional.empty() : Optional.of(parents.get(0));
        }
        return at;
    }

    private String byPrefix(String prefix) {
        List<String> candidates = graph.idsStartingWith(prefix);
        if (candidates.isEmpty()) {
            throw new AutogenException("no revision matches '" + prefix
                    + "'; run `autogen history` to list the revisions");
        }
        if (candidates.size() > 1) {
            throw new AutogenException("'" + prefix + "' is ambiguous: it starts " + String.join(", ", candidates)
                    + "; give more of the id");
        }
        return candidates.get(0);
    }
}
