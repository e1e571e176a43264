package dev.autogen.boot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.autogen.migration.Revision;
import dev.autogen.spring.AutogenEndpoint;
import dev.autogen.spring.AutogenEndpoint.MigrationsDescriptor;
import dev.autogen.spring.AutogenEndpoint.RevisionDescriptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample bookshop started for real with the starter, one Spring Boot per module: each module's
 * test extends this with its own application class, so the same scenarios run on Boot 4.0 and 3.5.
 * The database is checked through plain JDBC, never through autogen.
 */
public abstract class StartUpScenarios {
    /** The rows the tests keep, read column by column so that a column added later does not count. */
    private static final String[] ROWS = {
        "SELECT id, full_name, born_on FROM author",
        "SELECT id, label FROM genre",
        "SELECT id, title, list_price, main_author_id FROM book",
        "SELECT book_id, genres_id FROM book_genres"
    };
    private static final Pattern REVISION_JSON = Pattern.compile("\\{[^{}]*\"id\":\"(\\w+)\"[^{}]*}");
    private static final Pattern APPLIED_JSON = Pattern.compile("\"applied\":(true|false)");

    /** The sample's {@code @SpringBootApplication} class. */
    protected abstract Class<?> application();

    /** The sample's first revision (creates the tables) and second (adds book.isbn_code), from its migrations. */
    protected abstract Class<?> firstRevision();

    protected abstract Class<?> secondRevision();

    /** A revision above the head, in a package of its own, that fails after creating a table. */
    protected abstract Class<?> brokenRevision();

    static List<String> kinds() {
        return FreshDatabase.kinds();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void migratesBeforeJpaStartsOnceAndStopsOnAFailingRevision(String kind, @TempDir Path dir) throws Exception {
        String first = id(firstRevision());
        String head = id(secondRevision());
        try (FreshDatabase db = FreshDatabase.of(kind, dir)) {
            // At the first revision; Hibernate does not validate yet (the entities need the second).
            try (StartedApplication app = start(db, false, "--autogen.target=" + first,
                    "--spring.jpa.hibernate.ddl-auto=none")) {
                assertThat(app.output()).contains("Running upgrade  -> " + first).doesNotContain(head);
                MigrationsDescriptor listed = app.context().getBean(AutogenEndpoint.class).migrations();
                assertThat(listed.current()).containsExactly(first);
                assertThat(listed.revisions()).extracting(RevisionDescriptor::id, RevisionDescriptor::applied,
                        RevisionDescriptor::partial).containsExactly(tuple(head, false, null), tuple(first, true, null));
            }
            assertThat(db.versions()).containsExactly(first);
            assertThat(db.tables()).contains("author", "book", "book_genres", "genre");
            db.execute("INSERT INTO author (id, full_name, born_on) VALUES (1, 'Ursula K. Le Guin', '1929-10-21')");
            db.execute("INSERT INTO genre (id, label) VALUES (1, 'fantasy'), (2, 'science fiction')");
            db.execute("INSERT INTO book (id, title, list_price, main_author_id) VALUES (1, 'The Dispossessed', 9.99, 1),"
                    + " (2, 'A Wizard of Earthsea', 7.50, 1)");
            db.execute("INSERT INTO book_genres (book_id, genres_id) VALUES (1, 2), (2, 1)");
            String rows = db.rowsChecksum(ROWS);

            // The default: upgrade to head, then Hibernate validates the schema and reads the rows.
            try (StartedApplication app = start(db, false)) {
                assertThat(app.output()).contains("Running upgrade " + first + " -> " + head);
                assertThat(app.property("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
                assertThat(titlesOfGenre(app, "fantasy")).containsExactly("A Wizard of Earthsea");
            }
            assertThat(db.versions()).containsExactly(head);
            assertThat(db.rowsChecksum(ROWS)).isEqualTo(rows);

            // Started again: nothing to apply, nothing touched.
            try (StartedApplication app = start(db, false)) {
                assertThat(app.output()).doesNotContain("Running upgrade");
                assertThat(titlesOfGenre(app, "science fiction")).containsExactly("The Dispossessed");
            }
            assertThat(db.versions()).containsExactly(head);
            assertThat(db.rowsChecksum(ROWS)).isEqualTo(rows);

            // The command line, configured by nothing but the application's own settings, finds nothing to fix.
            Path project = BootProject.copy(dir.resolve("project"), db.url());
            AutogenCommandLine.Result check = AutogenCommandLine.run(project, Map.of(), "check");
            assertThat(check.exitCode()).as(check.toString()).isZero();
            assertThat(check.stdout()).contains(head);
            // The copied pom.xml names the module's Hibernate: on Boot 3.5 autogen reads the entities as 6.6 exports them.
            assertThat(check.stdout().contains("Entities read as Hibernate 6.6 exports them (pom.xml names "))
                    .as(check.stdout()).isEqualTo(org.springframework.boot.SpringBootVersion.getVersion().startsWith("3."));

            // A revision that fails stops the start-up, names itself, and leaves the database as it was.
            String broken = id(brokenRevision());
            List<String> tablesBefore = db.tables();
            assertThatThrownBy(() -> start(db, false, "--autogen.locations=" + firstRevision().getPackageName() + ","
                    + brokenRevision().getPackageName()))
                    .satisfies(e -> assertThat(messages(e)).contains("revision " + broken + " failed"));
            assertThat(db.versions()).containsExactly(head);
            assertThat(db.tables()).isEqualTo(tablesBefore).doesNotContain("audit_log");
            assertThat(db.rowsChecksum(ROWS)).isEqualTo(rows);
        }
    }

    @Test
    void anExistingDatabaseIsBaselinedAndMigratedWhenAskedAndTheEndpointAnswers(@TempDir Path dir) throws Exception {
        String first = id(firstRevision());
        String head = id(secondRevision());
        try (FreshDatabase db = FreshDatabase.of("sqlite", dir)) {
            // Over HTTP, as an operator sees it: /actuator/autogen lists both revisions, the first applied.
            try (StartedApplication app = start(db, true, "--autogen.target=" + first,
                    "--spring.jpa.hibernate.ddl-auto=none")) {
                assertThat(endpoint(app)).containsExactly(Map.entry(head, false), Map.entry(first, true));
            }
            assertThat(db.versions()).containsExactly(first);
            // As if another tool had made the tables: no version, no checksums.
            db.execute("DROP TABLE autogen_version");
            db.execute("DROP TABLE autogen_version_checksums");
            db.execute("INSERT INTO author (id, full_name) VALUES (7, 'Octavia E. Butler')");
            String rows = db.rowsChecksum(ROWS);
            try (StartedApplication app = start(db, false, "--autogen.baseline-on-migrate=true")) {
                assertThat(app.output()).contains("Baselined the existing database at " + first)
                        .contains("Running upgrade " + first + " -> " + head)
                        .doesNotContain("Running upgrade  -> " + first);
            }
            assertThat(db.versions()).containsExactly(head);
            assertThat(db.rowsChecksum(ROWS)).isEqualTo(rows);
        }
    }

    @Test
    void aStrategyBeanReplacesTheDefaultAction(@TempDir Path dir) throws Exception {
        try (FreshDatabase db = FreshDatabase.of("sqlite", dir)) {
            ValidateOnlyStrategy.SEEN.clear();
            try (StartedApplication app = StartedApplication.start(List.of(application(), ValidateOnlyStrategy.class),
                    arguments(db, false, "--spring.jpa.hibernate.ddl-auto=none"))) {
                assertThat(app.output()).doesNotContain("Running upgrade");
            }
            assertThat(ValidateOnlyStrategy.SEEN).containsExactly(id(secondRevision()), id(firstRevision()));
            assertThat(db.tables()).doesNotContain("book", "autogen_version");
        }
    }

    @Test
    void autogenUrlMigratesItsOwnDatabase(@TempDir Path dir) throws Exception {
        try (FreshDatabase migrated = FreshDatabase.of("sqlite", Files.createDirectories(dir.resolve("migrated")));
                FreshDatabase application = FreshDatabase.of("sqlite", dir)) {
            try (StartedApplication app = start(application, false, "--autogen.url=" + migrated.url(),
                    "--spring.jpa.hibernate.ddl-auto=none")) {
                assertThat(app.output()).contains("Running upgrade");
            }
            assertThat(migrated.versions()).containsExactly(id(secondRevision()));
            assertThat(application.tables()).doesNotContain("book", "autogen_version");
        }
    }

    @Test
    void autogenEnabledFalseRunsNothing(@TempDir Path dir) throws Exception {
        try (FreshDatabase db = FreshDatabase.of("sqlite", dir)) {
            try (StartedApplication app = start(db, false, "--autogen.enabled=false",
                    "--spring.jpa.hibernate.ddl-auto=none")) {
                assertThat(app.output()).doesNotContain("Running upgrade");
            }
            assertThat(db.tables()).doesNotContain("book", "autogen_version");
        }
    }

    private StartedApplication start(FreshDatabase db, boolean web, String... extra) {
        return StartedApplication.start(List.of(application()), arguments(db, web, extra));
    }

    private static List<String> arguments(FreshDatabase db, boolean web, String... extra) {
        List<String> args = new ArrayList<>(db.springArguments());
        args.add("--spring.main.banner-mode=off");
        args.add("--logging.level.root=WARN");
        args.add("--logging.level.dev.autogen.migrations=INFO");
        if (web) {
            args.add("--server.port=0");
            args.add("--server.address=127.0.0.1");
            args.add("--management.endpoints.web.exposure.include=autogen");
        } else {
            args.add("--spring.main.web-application-type=none");
        }
        args.addAll(List.of(extra));
        return args;
    }

    /** {@code GET /actuator/autogen}: each revision's id and whether it is applied, in the order listed. */
    private static Map<String, Boolean> endpoint(StartedApplication app) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + app.property("local.server.port") + "/actuator/autogen");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        // No run stopped part way (nor can one, on SQLite): every revision says so.
        assertThat(response.body().split("\"partial\":null", -1)).as(response.body()).hasSize(3);
        Map<String, Boolean> applied = new LinkedHashMap<>();
        Matcher revision = REVISION_JSON.matcher(response.body());
        while (revision.find()) {
            Matcher flag = APPLIED_JSON.matcher(revision.group());
            assertThat(flag.find()).as(revision.group()).isTrue();
            applied.put(revision.group(1), Boolean.parseBoolean(flag.group(1)));
        }
        return applied;
    }

    /** Through the application's own JPA: the join table as Boot names it is part of the query. */
    private static List<String> titlesOfGenre(StartedApplication app, String genre) {
        EntityManager em = app.context().getBean(EntityManagerFactory.class).createEntityManager();
        try {
            return em.createQuery("select b.title from Book b join b.genres g where g.label = :label order by b.title",
                    String.class).setParameter("label", genre).getResultList();
        } finally {
            em.close();
        }
    }

    private static String id(Class<?> revision) {
        return revision.getAnnotation(Revision.class).id();
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
