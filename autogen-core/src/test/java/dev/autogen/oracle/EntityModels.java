package dev.autogen.oracle;

import dev.autogen.model.jpa.EntitySource;
import dev.autogen.model.jpa.TestCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entity models written as Java source, compiled at test time in one javac run into a folder of
 * their own, each model in its own package: the entities exist only on the entity classpath given
 * to the reader, as in real use.
 */
final class EntityModels {
    static final String IMPORTS = """
            import jakarta.persistence.*;
            import java.math.BigDecimal;
            import java.time.*;
            import java.util.*;
            import org.hibernate.annotations.Check;
            import org.hibernate.annotations.ColumnDefault;
            import org.hibernate.annotations.Comment;
            import org.hibernate.annotations.OnDelete;
            import org.hibernate.annotations.OnDeleteAction;
            """;

    private final Path classes;
    private final String prefix;
    private final Map<String, String> sources = new LinkedHashMap<>();

    private EntityModels(Path classes, String prefix) {
        this.classes = classes;
        this.prefix = prefix;
    }

    /**
     * Compiles each body (the classes of one model, without package and imports) into package
     * {@code <prefix>.m<index>}.
     */
    static EntityModels compile(String prefix, List<String> bodies) throws IOException {
        EntityModels models = new EntityModels(Files.createTempDirectory("autogen-oracle-entities-"), prefix);
        for (int i = 0; i < bodies.size(); i++) {
            String pkg = prefix + ".m" + i;
            models.sources.put(pkg + ".Model", "package " + pkg + ";\n\n" + IMPORTS + "\n" + bodies.get(i));
        }
        TestCompiler.compile(models.classes, models.sources);
        return models;
    }

    /** Where the reader finds model {@code index}, with Hibernate's default naming. */
    EntitySource source(int index) {
        return new EntitySource(List.of(classes), List.of(prefix + ".m" + index), "default", "default");
    }
}
