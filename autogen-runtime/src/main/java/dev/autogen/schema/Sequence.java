package dev.autogen.schema;

public record Sequence(String name, long start, long increment) {
    public Sequence {
        Names.require(name, "sequence name");
        if (increment == 0) {
            throw new IllegalArgumentException("sequence increment is 0: " + name);
        }
    }
}
