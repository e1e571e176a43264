package dev.autogen.verify;

import dev.autogen.AutogenException;
import java.util.Locale;
import java.util.Optional;

/** The three ways {@code check} and {@code verify} print a {@link Report}. */
public enum ReportFormat {
    /** One line per finding, for a terminal or a CI log. */
    TEXT {
        @Override
        public String render(Report report) {
            StringBuilder out = new StringBuilder();
            report.facts().forEach(fact -> out.append(fact).append('\n'));
            for (Finding f : report.findings()) {
                out.append(f.severity().label()).append(": ")
                        .append(f.revision().map(r -> "revision " + r + ": ").orElse(""))
                        .append(f.message()).append(" [").append(f.kind()).append("]\n");
                f.advice().ifPresent(a -> out.append("  fix: ").append(a).append('\n'));
            }
            out.append(summary(report)).append('\n');
            return out.toString();
        }
    },
    /** One JSON object, for tools. */
    JSON {
        @Override
        public String render(Report report) {
            StringBuilder out = new StringBuilder("{\"command\":").append(string(report.command()))
                    .append(",\"ok\":").append(report.exitCode() == 0)
                    .append(",\"errors\":").append(report.errors())
                    .append(",\"warnings\":").append(report.warnings())
                    .append(",\"facts\":[");
            for (int i = 0; i < report.facts().size(); i++) {
                out.append(i == 0 ? "" : ",").append(string(report.facts().get(i)));
            }
            out.append("],\"findings\":[");
            for (int i = 0; i < report.findings().size(); i++) {
                Finding f = report.findings().get(i);
                out.append(i == 0 ? "" : ",")
                        .append("{\"severity\":").append(string(f.severity().label()))
                        .append(",\"kind\":").append(string(f.kind()))
                        .append(",\"revision\":").append(nullable(f.revision()))
                        .append(",\"message\":").append(string(f.message()))
                        .append(",\"advice\":").append(nullable(f.advice()))
                        .append('}');
            }
            return out.append("]}\n").toString();
        }
    },
    /** A section to paste into a pull-request comment. */
    MARKDOWN {
        @Override
        public String render(Report report) {
            StringBuilder out = new StringBuilder("### autogen ").append(report.command()).append(": ")
                    .append(report.exitCode() == 0 ? "passed" : "failed").append("\n\n");
            report.facts().forEach(fact -> out.append("- ").append(cell(fact)).append('\n'));
            if (!report.facts().isEmpty()) {
                out.append('\n');
            }
            if (!report.findings().isEmpty()) {
                out.append("| | revision | finding | what to do |\n|---|---|---|---|\n");
                for (Finding f : report.findings()) {
                    out.append("| ").append(f.isError() ? ":x:" : ":warning:")
                            .append(" | ").append(f.revision().map(r -> "`" + r + "`").orElse(""))
                            .append(" | ").append(cell(f.message())).append(" (`").append(f.kind()).append("`)")
                            .append(" | ").append(f.advice().map(ReportFormat::cell).orElse(""))
                            .append(" |\n");
                }
                out.append('\n');
            }
            report.picture().ifPresent(diagram -> out.append("<details><summary>The tables this change touches</summary>\n\n")
                    .append("```mermaid\n").append(diagram).append("```\n\n</details>\n\n"));
            return out.append(summary(report)).append('\n').toString();
        }
    };

    public abstract String render(Report report);

    /** The format a {@code --format} value names; anything else is bad input. */
    public static ReportFormat parse(String name) {
        return named(name).orElseThrow(() -> new AutogenException("unknown --format '" + name
                + "': use text, json or markdown"));
    }

    public static Optional<ReportFormat> named(String name) {
        for (ReportFormat format : values()) {
            if (format.name().equals(name.toUpperCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    static String summary(Report report) {
        if (report.findings().isEmpty()) {
            return report.command() + ": no differences found";
        }
        return report.command() + ": " + report.errors() + " error" + (report.errors() == 1 ? "" : "s") + ", "
                + report.warnings() + " warning" + (report.warnings() == 1 ? "" : "s");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    /** Text as a JSON string literal, quotes included. */
    public static String json(String text) {
        return string(text);
    }

    private static String nullable(Optional<String> value) {
        return value.map(ReportFormat::string).orElse("null");
    }

    private static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
