package dev.autogen.diagram;

/** What a change does to a column, written beside it in a diagram of that change. */
public enum ColumnMark {
    ADDED("added"),
    CHANGED("changed"),
    DROPPED("dropped");

    private final String word;

    ColumnMark(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
