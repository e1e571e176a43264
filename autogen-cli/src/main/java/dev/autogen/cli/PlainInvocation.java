package dev.autogen.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * The commands a long history runs most, typed bare ({@code autogen history}, {@code autogen check},
 * {@code autogen upgrade head}, {@code autogen revision -m MSG}), built without picocli. picocli builds its model by reflection at
 * every start, and reading the annotations generates a proxy class for each annotation type: about
 * a third of a graph command's time (docs/performance.md). A bare command has no option to parse,
 * so each command class fills itself in as picocli would ({@code plain}), and PlainInvocationTest
 * holds both ways to the same fields and the same output. Anything else, an option or a word more,
 * goes through picocli.
 */
final class PlainInvocation {
    private record Bare(List<String> words, Function<AutogenCommand, Callable<Integer>> command) {
    }

    private static final List<Bare> BARE = List.of(
            new Bare(List.of("history"), HistoryCli::plain),
            new Bare(List.of("heads"), HeadsCli::plain),
            new Bare(List.of("current"), CurrentCli::plain),
            new Bare(List.of("branches"), BranchesCli::plain),
            new Bare(List.of("check"), CheckCli::plain),
            new Bare(List.of("upgrade"), UpgradeCli::plain),
            new Bare(List.of("upgrade", "head"), UpgradeCli::plain));

    private PlainInvocation() {
    }

    /** The command for exactly these words, or empty when picocli is to parse them. */
    static Optional<Callable<Integer>> command(AutogenCommand root, String[] args) {
        List<String> words = List.of(args);
        Optional<Callable<Integer>> bare = BARE.stream().filter(b -> b.words().equals(words)).findFirst()
                .map(b -> b.command().apply(root));
        return bare.isPresent() ? bare : revision(root, words);
    }

    /**
     * {@code revision -m MSG} or {@code revision --autogenerate -m MSG}. A message that picocli could
     * read otherwise (an option's look, an {@code @file} to expand) goes through picocli.
     */
    private static Optional<Callable<Integer>> revision(AutogenCommand root, List<String> words) {
        boolean autogenerate = words.size() == 4 && words.get(1).equals("--autogenerate");
        List<String> rest = autogenerate ? words.subList(2, 4) : words.size() == 3 ? words.subList(1, 3) : List.of();
        if (rest.isEmpty() || !words.get(0).equals("revision") || !(rest.get(0).equals("-m")
                || rest.get(0).equals("--message"))) {
            return Optional.empty();
        }
        String message = rest.get(1);
        if (message.isEmpty() || message.startsWith("-") || message.startsWith("@")) {
            return Optional.empty();
        }
        return Optional.of(RevisionCli.plain(root, message, autogenerate));
    }

    /** The bare forms, for tests that compare them with picocli's parse. */
    static List<List<String>> forms() {
        List<List<String>> forms = new ArrayList<>(BARE.stream().map(Bare::words).toList());
        forms.add(List.of("revision", "-m", "add users"));
        forms.add(List.of("revision", "--autogenerate", "--message", "a 'quoted' message"));
        return forms;
    }
}
