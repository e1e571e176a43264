package dev.autogen.dialect.postgresql;

import dev.autogen.dialect.postgresql.PostgresSqlTokens.Kind;
import dev.autogen.dialect.postgresql.PostgresSqlTokens.Token;
import java.util.List;

/** A position in a token list, for the expression canonicalizer. */
final class PostgresTokenCursor {

    /** Thrown for what the canonicalizer does not read; it then falls back to the plain text. */
    static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private final List<Token> tokens;
    private int pos;

    PostgresTokenCursor(List<Token> tokens) {
        this.tokens = tokens;
    }

    boolean atEnd() {
        return pos >= tokens.size();
    }

    Token peek() {
        if (atEnd()) {
            throw new Unsupported();
        }
        return tokens.get(pos);
    }

    boolean peekIs(String text) {
        return !atEnd() && tokens.get(pos).is(text);
    }

    boolean peekIs(int ahead, String text) {
        return pos + ahead < tokens.size() && tokens.get(pos + ahead).is(text);
    }

    boolean peekKind(Kind kind) {
        return !atEnd() && tokens.get(pos).kind() == kind;
    }

    Token next() {
        Token t = peek();
        pos++;
        return t;
    }

    /** Consumes the word or symbol {@code text} (case-insensitive) when it comes next. */
    boolean accept(String text) {
        if (peekIs(text)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Consumes the first of {@code symbols} that comes next and returns it, or null. */
    String acceptSymbol(String... symbols) {
        for (String s : symbols) {
            if (peekKind(Kind.SYMBOL) && tokens.get(pos).text().equals(s)) {
                pos++;
                return s;
            }
        }
        return null;
    }

    void expect(String text) {
        if (!accept(text)) {
            throw new Unsupported();
        }
    }

    String word() {
        Token t = next();
        if (t.kind() != Kind.WORD) {
            throw new Unsupported();
        }
        return t.text();
    }
}
