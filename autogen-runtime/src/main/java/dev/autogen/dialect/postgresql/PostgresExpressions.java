package dev.autogen.dialect.postgresql;

import static dev.autogen.dialect.postgresql.PostgresExpressionNode.AND;
import static dev.autogen.dialect.postgresql.PostgresExpressionNode.COMPARE;
import static dev.autogen.dialect.postgresql.PostgresExpressionNode.IS;
import static dev.autogen.dialect.postgresql.PostgresExpressionNode.NOT;
import static dev.autogen.dialect.postgresql.PostgresExpressionNode.OR;
import static dev.autogen.dialect.postgresql.PostgresExpressionNode.PREDICATE;
import static dev.autogen.dialect.postgresql.PostgresExpressionNode.binary;

import dev.autogen.dialect.postgresql.PostgresSqlTokens.Token;
import dev.autogen.dialect.postgresql.PostgresTokenCursor.Unsupported;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One canonical text for a check condition or a default, whether written by hand, by Hibernate,
 * or rewritten by PostgreSQL: the expression is parsed and printed back with only the parentheses
 * precedence needs, lower-case keywords and names, casts dropped, and PostgreSQL's rewrites undone
 * ({@code = ANY (ARRAY[..])} is IN, {@code >= AND <=} is BETWEEN). What it cannot parse keeps its
 * text with whitespace collapsed. This class reads the boolean layers; {@link PostgresOperands}
 * the values they compare.
 */
final class PostgresExpressions {

    private final PostgresTokenCursor in;
    private final PostgresOperands operands;

    private PostgresExpressions(List<Token> tokens) {
        this.in = new PostgresTokenCursor(tokens);
        this.operands = new PostgresOperands(in, this);
    }

    static String canonical(String sql) {
        Optional<List<Token>> tokens = PostgresSqlTokens.of(sql);
        if (tokens.isPresent() && !tokens.get().isEmpty()) {
            try {
                PostgresExpressions parser = new PostgresExpressions(tokens.get());
                PostgresExpressionNode node = parser.expression();
                if (parser.in.atEnd()) {
                    return node.text();
                }
            } catch (Unsupported e) {
                // falls through to the plain text
            }
        }
        return sql.strip().replaceAll("\\s+", " ");
    }

    PostgresExpressionNode expression() {
        PostgresExpressionNode left = and();
        while (in.accept("or")) {
            left = binary(left, "or", and(), OR);
        }
        return left;
    }

    /** Items up to {@code close}, separated by commas; the opening bracket is already read. */
    List<String> itemsUpTo(String close) {
        List<String> items = new ArrayList<>();
        if (in.accept(close)) {
            return items;
        }
        do {
            items.add(expression().text());
        } while (in.accept(","));
        in.expect(close);
        return items;
    }

    private PostgresExpressionNode and() {
        PostgresExpressionNode left = not();
        while (in.accept("and")) {
            left = binary(left, "and", not(), AND);
        }
        return left;
    }

    private PostgresExpressionNode not() {
        return in.accept("not") ? new PostgresExpressionNode("not " + not().at(NOT), NOT) : is();
    }

    private PostgresExpressionNode is() {
        PostgresExpressionNode left = comparison();
        while (true) {
            if (in.accept("isnull")) {
                left = new PostgresExpressionNode(left.at(IS) + " is null", IS);
            } else if (in.accept("notnull")) {
                left = new PostgresExpressionNode(left.at(IS) + " is not null", IS);
            } else if (in.accept("is")) {
                String negation = in.accept("not") ? " not" : "";
                String what = in.word().toLowerCase(Locale.ROOT);
                if (!Set.of("null", "true", "false").contains(what)) {
                    throw new Unsupported();
                }
                left = new PostgresExpressionNode(left.at(IS) + " is" + negation + " " + what, IS);
            } else {
                return left;
            }
        }
    }

    private PostgresExpressionNode comparison() {
        PostgresExpressionNode left = predicate();
        String op = in.acceptSymbol("<=", ">=", "<>", "!=", "=", "<", ">");
        if (op == null) {
            return left;
        }
        // PostgreSQL reads != as <> and prints it so.
        op = op.equals("!=") ? "<>" : op;
        for (String quantifier : List.of("any", "some", "all")) {
            if (in.peekIs(quantifier) && in.peekIs(1, "(")) {
                in.next();
                return quantified(left, op, !quantifier.equals("all"));
            }
        }
        return binary(left, op, predicate(), COMPARE);
    }

    /** {@code x = ANY (ARRAY[..])} is how PostgreSQL stores {@code x IN (..)}; {@code <> ALL} is NOT IN. */
    private PostgresExpressionNode quantified(PostgresExpressionNode left, String op, boolean any) {
        in.expect("(");
        PostgresExpressionNode list = expression();
        in.expect(")");
        if (list.elements() != null && op.equals("=") && any) {
            return inList(left, false, list.elements());
        }
        if (list.elements() != null && op.equals("<>") && !any) {
            return inList(left, true, list.elements());
        }
        return new PostgresExpressionNode(left.at(COMPARE + 1) + " " + op + (any ? " any (" : " all (")
                + list.text() + ")", COMPARE);
    }

    private PostgresExpressionNode predicate() {
        PostgresExpressionNode left = operands.operand();
        while (true) {
            boolean negated = in.accept("not");
            if (in.accept("in")) {
                in.expect("(");
                left = inList(left, negated, itemsUpTo(")"));
            } else if (in.accept("between")) {
                left = between(left, negated);
            } else if (in.accept("like") || in.acceptSymbol("~~") != null) {
                // PostgreSQL prints LIKE as its operator ~~ (ILIKE as ~~*, NOT LIKE as !~~).
                left = binary(left, negated ? "not like" : "like", operands.operand(), PREDICATE);
            } else if (in.accept("ilike") || in.acceptSymbol("~~*") != null) {
                left = binary(left, negated ? "not ilike" : "ilike", operands.operand(), PREDICATE);
            } else if (!negated && in.acceptSymbol("!~~") != null) {
                left = binary(left, "not like", operands.operand(), PREDICATE);
            } else if (!negated && in.acceptSymbol("!~~*") != null) {
                left = binary(left, "not ilike", operands.operand(), PREDICATE);
            } else if (negated) {
                throw new Unsupported();
            } else {
                return left;
            }
        }
    }

    /** PostgreSQL stores {@code x BETWEEN a AND b} as {@code x >= a AND x <= b}, NOT BETWEEN as {@code x < a OR x > b}. */
    private PostgresExpressionNode between(PostgresExpressionNode value, boolean negated) {
        if (in.peekIs("symmetric") || in.peekIs("asymmetric")) {
            throw new Unsupported();
        }
        PostgresExpressionNode low = operands.operand();
        in.expect("and");
        PostgresExpressionNode high = operands.operand();
        if (negated) {
            return binary(binary(value, "<", low, COMPARE), "or", binary(value, ">", high, COMPARE), OR);
        }
        return binary(binary(value, ">=", low, COMPARE), "and", binary(value, "<=", high, COMPARE), AND);
    }

    /** One value is compared with = (PostgreSQL stores {@code x IN ('A')} as {@code x = 'A'}). */
    private static PostgresExpressionNode inList(PostgresExpressionNode left, boolean negated, List<String> values) {
        if (values.isEmpty()) {
            throw new Unsupported();
        }
        if (values.size() == 1) {
            return new PostgresExpressionNode(left.at(COMPARE + 1) + (negated ? " <> " : " = ") + values.get(0), COMPARE);
        }
        return new PostgresExpressionNode(left.at(PREDICATE + 1) + (negated ? " not in (" : " in (")
                + String.join(", ", values) + ")", PREDICATE);
    }
}
