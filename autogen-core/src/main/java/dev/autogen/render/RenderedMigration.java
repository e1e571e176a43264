package dev.autogen.render;

/** A migration class's simple name and its complete Java source. */
public record RenderedMigration(String className, String source) {
}
