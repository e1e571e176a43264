package dev.autogen.dialect.postgresql;

import static dev.autogen.dialect.postgresql.PostgresExpressionNode.ADD;
import static dev.autogen.dialect.postgresql.PostgresExpressionNode.MULTIPLY;
import static dev.autogen.dialect.postgresql.PostgresExpressionNode.OTHER;
import static dev.autogen.dialect.postgresql.PostgresExpressionNode.PRIMARY;
import static dev.autogen.dialect.postgresql.PostgresExpressionNode.UNARY;
import static dev.autogen.dialect.postgresql.PostgresExpressionNode.binary;
import static dev.autogen.dialect.postgresql.PostgresExpressionNode.primary;

import dev.autogen.dialect.postgresql.PostgresSqlTokens.Kind;
import dev.autogen.dialect.postgresql.PostgresSqlTokens.Token;
import dev.autogen.dialect.postgresql.PostgresTokenCursor.Unsupported;
import dev.autogen.schema.ColumnType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The value layers of {@link PostgresExpressions}: arithmetic, casts, literals, names and calls. */
final class PostgresOperands {
    private static final Set<String> TYPE_WORDS = Set.of("varying", "precision", "with", "without", "time", "zone");
    /** Functions PostgreSQL treats as one: now() is CURRENT_TIMESTAMP. */
    private static final Set<String> NOW = Set.of("now", "transaction_timestamp", "current_timestamp");
    /** SQL keywords that are values (written without parentheses). */
    private static final Set<String> VALUE_KEYWORDS = Set.of("true", "false", "null", "current_timestamp",
            "current_date", "current_time", "localtimestamp", "localtime", "current_user", "session_user",
            "current_role", "current_schema", "current_catalog");

    private final PostgresTokenCursor in;
    private final PostgresExpressions expressions;

    PostgresOperands(PostgresTokenCursor in, PostgresExpressions expressions) {
        this.in = in;
        this.expressions = expressions;
    }

    /** An operand of a comparison or predicate: everything that binds tighter than them. */
    PostgresExpressionNode operand() {
        PostgresExpressionNode left = additive();
        String op;
        while ((op = in.acceptSymbol("||", "~*", "!~*", "!~", "~")) != null) {
            left = binary(left, op, additive(), OTHER);
        }
        return left;
    }

    private PostgresExpressionNode additive() {
        PostgresExpressionNode left = multiplicative();
        String op;
        while ((op = in.acceptSymbol("+", "-")) != null) {
            left = binary(left, op, multiplicative(), ADD);
        }
        return left;
    }

    private PostgresExpressionNode multiplicative() {
        PostgresExpressionNode left = unary();
        String op;
        while ((op = in.acceptSymbol("*", "/", "%")) != null) {
            left = binary(left, op, unary(), MULTIPLY);
        }
        return left;
    }

    private PostgresExpressionNode unary() {
        if (in.acceptSymbol("-") != null) {
            PostgresExpressionNode value = unary();
            return value.isNumber() ? primary("-" + value.text()) : new PostgresExpressionNode("-" + value.at(UNARY), UNARY);
        }
        return in.acceptSymbol("+") != null ? unary() : postfix();
    }

    /** Casts are dropped: PostgreSQL adds them to literals and columns ({@code 'A'::character varying}). */
    private PostgresExpressionNode postfix() {
        PostgresExpressionNode node = primaryValue();
        while (true) {
            if (in.accept("::")) {
                ColumnType type = PostgresTypes.fromSql(typeName());
                node = numberInString(node, type).orElse(node);
            } else if (in.accept("[")) {
                PostgresExpressionNode index = expressions.expression();
                in.expect("]");
                node = primary(node.at(PRIMARY) + "[" + index.text() + "]");
            } else {
                return node;
            }
        }
    }

    /** PostgreSQL stores the number -1 as {@code '-1'::integer}: a numeric string cast to a number is that number. */
    private static Optional<PostgresExpressionNode> numberInString(PostgresExpressionNode node, ColumnType type) {
        boolean numericType = type instanceof ColumnType.Int || type instanceof ColumnType.Numeric
                || type instanceof ColumnType.Floating;
        String text = node.text();
        if (numericType && text.length() > 2 && text.startsWith("'")
                && PostgresExpressionNode.isNumber(text.substring(1, text.length() - 1))) {
            return Optional.of(primary(number(text.substring(1, text.length() - 1))));
        }
        return Optional.empty();
    }

    /** A number by its value: PostgreSQL stores 1e3 as 1000 ('1000'::numeric). */
    private static String number(String text) {
        try {
            String plain = new BigDecimal(text).stripTrailingZeros().toPlainString();
            return plain.equals("-0") ? "0" : plain;
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /** PostgreSQL prints E'a\\b' as 'a\b': an escape string whose escapes are only \\ and \' is a plain one. */
    private static String standardString(String token) {
        if (token.charAt(0) == '\'') {
            return token;
        }
        String body = token.substring(2, token.length() - 1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && (body.charAt(i + 1) == '\\' || body.charAt(i + 1) == '\'')) {
                text.append(body.charAt(++i));
            } else if (c == '\\') {
                return token;
            } else {
                text.append(c);
                i += c == '\'' ? 1 : 0;
            }
        }
        return "'" + text.toString().replace("'", "''") + "'";
    }

    private String typeName() {
        StringBuilder name = new StringBuilder(in.word());
        while (in.accept(".")) {
            name.append('.').append(in.word());
        }
        while (in.peekKind(Kind.WORD) && TYPE_WORDS.contains(in.peek().text().toLowerCase(Locale.ROOT))) {
            name.append(' ').append(in.next().text());
        }
        if (in.accept("(")) {
            name.append('(').append(String.join(",", expressions.itemsUpTo(")"))).append(')');
        }
        while (in.accept("[")) {
            while (!in.accept("]")) {
                in.next();
            }
            name.append("[]");
        }
        return name.toString();
    }

    private PostgresExpressionNode primaryValue() {
        Token t = in.next();
        if (t.kind() == Kind.NUMBER) {
            return primary(number(t.text()));
        }
        if (t.kind() == Kind.STRING) {
            return primary(standardString(t.text()));
        }
        if (t.is("(")) {
            PostgresExpressionNode inner = expressions.expression();
            in.expect(")");
            return inner;
        }
        if (t.kind() == Kind.QUOTED_NAME) {
            return name(unquote(t.text()));
        }
        if (t.kind() != Kind.WORD) {
            throw new Unsupported();
        }
        return word(t.text().toLowerCase(Locale.ROOT));
    }

    private PostgresExpressionNode word(String word) {
        if (word.equals("array") && in.accept("[")) {
            List<String> items = expressions.itemsUpTo("]");
            return new PostgresExpressionNode("array[" + String.join(", ", items) + "]", PRIMARY, items);
        }
        if (in.peekKind(Kind.STRING)) {
            // A typed literal, date '2020-01-01': the type is a cast written first.
            return primary(in.next().text());
        }
        if (in.accept("(")) {
            return call(word);
        }
        if (VALUE_KEYWORDS.contains(word)) {
            return primary(word);
        }
        if (PostgresKeywords.isReserved(word)) {
            throw new Unsupported();
        }
        return name(word);
    }

    private PostgresExpressionNode call(String function) {
        if (in.peekIs("distinct") || in.peekIs("*")) {
            throw new Unsupported();
        }
        List<String> args = expressions.itemsUpTo(")");
        if (args.isEmpty() && NOW.contains(function)) {
            return primary("current_timestamp");
        }
        return primary(function + "(" + String.join(", ", args) + ")");
    }

    /** A column name, possibly qualified; printed as PostgreSQL needs it quoted. */
    private PostgresExpressionNode name(String first) {
        StringBuilder text = new StringBuilder(PostgresKeywords.quote(first));
        while (in.accept(".")) {
            Token part = in.next();
            String partName = part.kind() == Kind.QUOTED_NAME ? unquote(part.text())
                    : part.text().toLowerCase(Locale.ROOT);
            text.append('.').append(PostgresKeywords.quote(partName));
        }
        return primary(text.toString());
    }

    private static String unquote(String quoted) {
        return quoted.substring(1, quoted.length() - 1).replace("\"\"", "\"");
    }
}
