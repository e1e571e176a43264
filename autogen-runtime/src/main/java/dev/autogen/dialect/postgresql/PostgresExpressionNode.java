package dev.autogen.dialect.postgresql;

import java.util.List;

/**
 * A subexpression printed canonically, with how tightly its top operator binds; {@code elements}
 * are the items when it is an {@code ARRAY[...]} literal (null otherwise).
 */
record PostgresExpressionNode(String text, int precedence, List<String> elements) {
    // Binding strength, loosest first, as in PostgreSQL's grammar.
    static final int OR = 1;
    static final int AND = 2;
    static final int NOT = 3;
    static final int IS = 4;
    static final int COMPARE = 5;
    static final int PREDICATE = 6;
    static final int OTHER = 7;
    static final int ADD = 8;
    static final int MULTIPLY = 9;
    static final int UNARY = 10;
    static final int PRIMARY = 11;

    PostgresExpressionNode(String text, int precedence) {
        this(text, precedence, null);
    }

    static PostgresExpressionNode primary(String text) {
        return new PostgresExpressionNode(text, PRIMARY);
    }

    /** This text where an operand of {@code required} binding is needed: parenthesized if it binds looser. */
    String at(int required) {
        return precedence >= required ? text : "(" + text + ")";
    }

    /** {@code left op right}, left-associative: a right operand of equal binding keeps its parentheses. */
    static PostgresExpressionNode binary(PostgresExpressionNode left, String op, PostgresExpressionNode right,
            int precedence) {
        return new PostgresExpressionNode(left.at(precedence) + " " + op + " " + right.at(precedence + 1), precedence);
    }

    boolean isNumber() {
        return isNumber(text);
    }

    static boolean isNumber(String text) {
        return text.matches("-?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    }
}
