package dev.autogen.script;

import dev.autogen.revision.RevisionIds;
import dev.autogen.revision.RevisionInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code @Revision(...)} annotation of a migration source as text, so that the graph
 * commands ({@code history}, {@code heads}, {@code current}, {@code branches}) need not compile a
 * long history. Only the form autogen writes is read: string literals, concatenations of them (JavaPoet
 * splits a message at its line breaks) and arrays of them. Anything else (a constant, a text
 * block, a unicode escape, an invalid id) gives
 * empty, and the caller compiles the file as before, so that what is accepted and every error
 * message stay those of the compiled path.
 */
final class RevisionHeaderParser {
    private static final List<String> ANNOTATION_NAMES = List.of("Revision", "dev.autogen.migration.Revision");

    private final String text;
    private int pos;

    private RevisionHeaderParser(String text) {
        this.text = text;
    }

    static Optional<RevisionInfo> parse(String source) {
        if (source.contains("\\u")) {
            return Optional.empty();
        }
        try {
            return new RevisionHeaderParser(source).annotation();
        } catch (NotSimple e) {
            return Optional.empty();
        }
    }

    private Optional<RevisionInfo> annotation() {
        if (!skipToAnnotation()) {
            return Optional.empty();
        }
        Map<String, List<String>> values = new HashMap<>();
        skipBlanks();
        expect('(');
        skipBlanks();
        while (peek() != ')') {
            String key = identifier();
            skipBlanks();
            expect('=');
            skipBlanks();
            // transactional = true|false is the one member that is not text; the graph does not need it.
            List<String> value = peek() == '{' ? array() : key.equals("transactional") ? List.of(booleanWord())
                    : List.of(literal());
            if (values.put(key, value) != null) {
                throw new NotSimple();
            }
            skipBlanks();
            if (peek() == ',') {
                pos++;
                skipBlanks();
            }
        }
        return info(values);
    }

    private static Optional<RevisionInfo> info(Map<String, List<String>> values) {
        if (!List.of("id", "parents", "message", "created", "branchLabels", "replaces", "transactional")
                .containsAll(values.keySet())
                || !values.containsKey("id") || values.get("id").size() != 1) {
            return Optional.empty();
        }
        String id = values.get("id").get(0);
        List<String> parents = values.getOrDefault("parents", List.of());
        List<String> replaces = values.getOrDefault("replaces", List.of());
        if (!RevisionIds.isValid(id) || !parents.stream().allMatch(RevisionIds::isValid)
                || !replaces.stream().allMatch(RevisionIds::isValid)) {
            return Optional.empty();
        }
        return Optional.of(new RevisionInfo(id, parents, single(values, "message"), single(values, "created"),
                values.getOrDefault("branchLabels", List.of()), replaces));
    }

    private String booleanWord() {
        String word = identifier();
        if (!word.equals("true") && !word.equals("false")) {
            throw new NotSimple();
        }
        return word;
    }

    private static String single(Map<String, List<String>> values, String key) {
        List<String> value = values.getOrDefault(key, List.of(""));
        if (value.size() != 1) {
            throw new NotSimple();
        }
        return value.get(0);
    }

    /** Moves past {@code @Revision} outside comments and literals; false when the file has none. */
    private boolean skipToAnnotation() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '/' && next() == '/') {
                int end = text.indexOf('\n', pos);
                pos = end < 0 ? text.length() : end;
            } else if (c == '/' && next() == '*') {
                int end = text.indexOf("*/", pos + 2);
                pos = end < 0 ? text.length() : end + 2;
            } else if (c == '"' || c == '\'') {
                skipLiteral(c);
            } else if (c == '@') {
                pos++;
                skipBlanks();
                String name = qualifiedName();
                if (ANNOTATION_NAMES.contains(name)) {
                    return true;
                }
            } else {
                pos++;
            }
        }
        return false;
    }

    private List<String> array() {
        expect('{');
        List<String> items = new ArrayList<>();
        skipBlanks();
        while (peek() != '}') {
            items.add(literal());
            skipBlanks();
            if (peek() == ',') {
                pos++;
                skipBlanks();
            }
        }
        pos++;
        return List.copyOf(items);
    }

    /** One string constant: a literal, or literals joined with {@code +}. */
    private String literal() {
        StringBuilder value = new StringBuilder(singleLiteral());
        skipBlanks();
        while (peek() == '+') {
            pos++;
            skipBlanks();
            value.append(singleLiteral());
            skipBlanks();
        }
        return value.toString();
    }

    private String singleLiteral() {
        if (text.startsWith("\"\"\"", pos)) {
            throw new NotSimple();
        }
        expect('"');
        StringBuilder value = new StringBuilder();
        while (true) {
            char c = charAt(pos++);
            if (c == '"') {
                return value.toString();
            }
            if (c == '\n') {
                throw new NotSimple();
            }
            if (c == '\\') {
                value.append(escape(charAt(pos++)));
            } else {
                value.append(c);
            }
        }
    }

    private static char escape(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 's' -> ' ';
            case '"', '\'', '\\' -> c;
            default -> throw new NotSimple();
        };
    }

    private void skipLiteral(char quote) {
        pos++;
        while (pos < text.length() && text.charAt(pos) != quote) {
            pos += text.charAt(pos) == '\\' ? 2 : 1;
        }
        pos++;
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length() && Character.isJavaIdentifierPart(text.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw new NotSimple();
        }
        return text.substring(start, pos);
    }

    private String qualifiedName() {
        StringBuilder name = new StringBuilder();
        while (pos < text.length() && (Character.isJavaIdentifierPart(text.charAt(pos)) || text.charAt(pos) == '.')) {
            name.append(text.charAt(pos++));
        }
        return name.toString();
    }

    /** Blanks and comments between tokens. */
    private void skipBlanks() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '/' && next() == '/') {
                int end = text.indexOf('\n', pos);
                pos = end < 0 ? text.length() : end;
            } else if (c == '/' && next() == '*') {
                int end = text.indexOf("*/", pos + 2);
                if (end < 0) {
                    throw new NotSimple();
                }
                pos = end + 2;
            } else {
                return;
            }
        }
    }

    private void expect(char c) {
        if (peek() != c) {
            throw new NotSimple();
        }
        pos++;
    }

    private char peek() {
        return charAt(pos);
    }

    private char next() {
        return pos + 1 < text.length() ? text.charAt(pos + 1) : '\0';
    }

    private char charAt(int at) {
        if (at >= text.length()) {
            throw new NotSimple();
        }
        return text.charAt(at);
    }

    /** The annotation is not in the simple form this reader takes: compile instead. */
    private static final class NotSimple extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotSimple() {
            super(null, null, false, false);
        }
    }
}
