package dev.autogen.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.ops.AddColumn;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.CreateSequence;
import dev.autogen.ops.DropColumn;
import dev.autogen.ops.DropTable;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tables as a Mermaid erDiagram, and the picture of a change that check puts in its markdown report. */
class SchemaDiagramTest {
    private static final Table USERS = Table.builder("users")
            .column(Column.builder("id", new ColumnType.Int(64)).nullable(false).build())
            .column(Column.builder("email", new ColumnType.Varchar(100)).build())
            .column(Column.builder("balance", new ColumnType.Numeric(10, 2)).nullable(false).build())
            .primaryKey(PrimaryKey.of("id"))
            .uniqueConstraint(new UniqueConstraint(Optional.empty(), List.of("email")))
            .build();
    private static final Table POSTS = Table.builder("posts")
            .column(Column.builder("id", new ColumnType.Int(64)).nullable(false).build())
            .column(Column.builder("author_id", new ColumnType.Int(64)).build())
            .column(Column.builder("first name", new ColumnType.Text()).build())
            .primaryKey(PrimaryKey.of("id"))
            .foreignKey(new ForeignKey(Optional.of("fk_posts_author"), List.of("author_id"), "users", List.of("id"),
                    ReferentialAction.NO_ACTION))
            .build();
    private static final Table PROFILES = Table.builder("we\"ird%profile")
            .column(Column.builder("user_id", new ColumnType.Int(64)).nullable(false).build())
            .primaryKey(PrimaryKey.of("user_id"))
            .foreignKey(new ForeignKey(Optional.empty(), List.of("user_id"), "users", List.of("id"),
                    ReferentialAction.CASCADE))
            .build();

    @Test
    void everyTableWithItsKeysAndRelations() {
        // The schema keeps its tables in name order, and so does the picture.
        String diagram = SchemaDiagram.render(new Schema(List.of(USERS, POSTS, PROFILES), List.of()));

        assertThat(diagram).isEqualTo("""
                erDiagram
                    "posts" {
                        bigint id PK "NOT NULL"
                        bigint author_id FK
                        text first_name "column first name"
                    }
                    "users" {
                        bigint id PK "NOT NULL"
                        varchar(100) email UK
                        numeric(10_2) balance "numeric(10, 2), NOT NULL"
                    }
                    "we_ird_profile" {
                        bigint user_id PK, FK "NOT NULL"
                    }
                    "posts" }o--o| "users" : "author_id"
                    "we_ird_profile" |o--|| "users" : "user_id"
                """);
    }

    @Test
    void aTableOutsideThePictureIsDrawnEmptySoTheLineHasBothEnds() {
        String diagram = SchemaDiagram.render(new Schema(List.of(USERS, POSTS), List.of()), List.of("posts"),
                java.util.Map.of());

        assertThat(diagram).contains("    \"users\" {\n    }\n", "    \"posts\" }o--o| \"users\" : \"author_id\"\n")
                .doesNotContain("email");
    }

    @Test
    void theChangePictureMarksAddedChangedAndDroppedColumns() {
        Column age = Column.builder("age", new ColumnType.Int(32)).build();
        Column oldEmail = Column.builder("email", new ColumnType.Varchar(50)).build();
        Column legacy = Column.builder("legacy", new ColumnType.Bool()).build();
        Schema wanted = new Schema(List.of(USERS.toBuilder().column(age).build(), POSTS), List.of());

        Optional<String> picture = ChangePicture.of(List.of(
                new AddColumn("users", age),
                new AlterColumn("users", oldEmail, USERS.columns().get(1)),
                new DropColumn("users", legacy),
                new DropTable(PROFILES)), wanted);

        assertThat(picture).hasValue("""
                erDiagram
                    "users" {
                        bigint id PK "NOT NULL"
                        varchar(100) email UK "changed"
                        numeric(10_2) balance "numeric(10, 2), NOT NULL"
                        integer age "added"
                        bool legacy "dropped"
                    }
                    "we_ird_profile" {
                        bigint user_id PK, FK "dropped, NOT NULL"
                    }
                    "we_ird_profile" |o--|| "users" : "user_id"
                """);
    }

    @Test
    void noPictureWhenNoTableIsTouched() {
        assertThat(ChangePicture.of(List.of(new CreateSequence(new Sequence("seq", 1, 1))),
                new Schema(List.of(USERS), List.of()))).isEmpty();
    }
}
