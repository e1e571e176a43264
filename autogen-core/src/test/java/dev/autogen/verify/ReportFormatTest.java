package dev.autogen.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
    private static final Report FAILED = new Report("check", List.of("database at 3f2a9c1b7d4e (head)"), List.of(
            Finding.error("drift", "table \"pets\" is missing").inRevision("3f2a9c1b7d4e").advising("repair | stamp"),
            Finding.warning("data-loss", "drops column users.age")));

    @Test
    void textIsOneLinePerFindingWithItsFix() {
        assertThat(ReportFormat.TEXT.render(FAILED)).isEqualTo("""
                database at 3f2a9c1b7d4e (head)
                error: revision 3f2a9c1b7d4e: table "pets" is missing [drift]
                  fix: repair | stamp
                warning: drops column users.age [data-loss]
                check: 1 error, 1 warning
                """);
    }

    @Test
    void jsonIsOneObjectWithEscapedStrings() {
        assertThat(ReportFormat.JSON.render(FAILED)).isEqualTo("{\"command\":\"check\",\"ok\":false,\"errors\":1,"
                + "\"warnings\":1,\"facts\":[\"database at 3f2a9c1b7d4e (head)\"],\"findings\":["
                + "{\"severity\":\"error\",\"kind\":\"drift\",\"revision\":\"3f2a9c1b7d4e\","
                + "\"message\":\"table \\\"pets\\\" is missing\",\"advice\":\"repair | stamp\"},"
                + "{\"severity\":\"warning\",\"kind\":\"data-loss\",\"revision\":null,"
                + "\"message\":\"drops column users.age\",\"advice\":null}]}\n");
    }

    @Test
    void markdownIsATableThatSurvivesPipes() {
        assertThat(ReportFormat.MARKDOWN.render(FAILED)).isEqualTo("""
                ### autogen check: failed

                - database at 3f2a9c1b7d4e (head)

                | | revision | finding | what to do |
                |---|---|---|---|
                | :x: | `3f2a9c1b7d4e` | table "pets" is missing (`drift`) | repair \\| stamp |
                | :warning: |  | drops column users.age (`data-loss`) |  |

                check: 1 error, 1 warning
                """);
    }

    @Test
    void warningsAloneDoNotFail() {
        Report advice = new Report("verify", List.of(), List.of(Finding.warning("data-loss", "drops table t")));
        assertThat(advice.exitCode()).isZero();
        assertThat(FAILED.exitCode()).isEqualTo(1);
        assertThat(ReportFormat.TEXT.render(new Report("check", List.of(), List.of())))
                .isEqualTo("check: no differences found\n");
    }

    @Test
    void formatsAreNamedCaseInsensitively() {
        assertThat(ReportFormat.named("Markdown")).hasValue(ReportFormat.MARKDOWN);
        assertThat(ReportFormat.named("yaml")).isEmpty();
    }
}
