package dev.autogen.script;

import dev.autogen.AutogenException;
import dev.autogen.revision.RevisionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes one parent id in a migration source's {@code @Revision} annotation and nothing else, as
 * {@code autogen squash} does for the children of the range it replaces. Only the form autogen
 * writes is changed; the result is read back to prove that exactly the parent changed.
 */
public final class ParentRewrite {
    private static final Pattern PARENTS = Pattern.compile("parents\\s*=\\s*(\\{[^}]*\\}|\"[0-9a-f]{12}\")");

    private ParentRewrite() {
    }

    /** The source with {@code oldParent} replaced by {@code newParent} among its revision's parents. */
    public static String rewrite(String source, String oldParent, String newParent, String file) {
        Optional<RevisionInfo> before = RevisionHeaderParser.parse(source);
        int annotation = source.indexOf("@Revision");
        Matcher parents = PARENTS.matcher(source);
        if (before.isEmpty() || annotation < 0 || !parents.find(annotation)) {
            throw notRewritable(file, oldParent, newParent);
        }
        String list = parents.group(1).replace("\"" + oldParent + "\"", "\"" + newParent + "\"");
        String after = source.substring(0, parents.start(1)) + list + source.substring(parents.end(1));
        List<String> expected = new ArrayList<>(before.get().parents());
        expected.replaceAll(p -> p.equals(oldParent) ? newParent : p);
        Optional<RevisionInfo> read = RevisionHeaderParser.parse(after);
        if (read.isEmpty() || !read.get().parents().equals(expected) || !read.get().id().equals(before.get().id())) {
            throw notRewritable(file, oldParent, newParent);
        }
        return after;
    }

    private static AutogenException notRewritable(String file, String oldParent, String newParent) {
        return new AutogenException("cannot squash: " + file + " names its parent " + oldParent + " in a form squash"
                + " does not rewrite; write it as parents = {\"" + oldParent + "\"} (or change it to \"" + newParent
                + "\" after the squash by hand) and run squash again");
    }
}
