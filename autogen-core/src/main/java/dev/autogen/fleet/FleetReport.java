package dev.autogen.fleet;

import dev.autogen.verify.ReportFormat;
import java.util.List;
import java.util.stream.Collectors;

/** The one report of a fleet run: per target where it stood before and after, or why it failed. */
public final class FleetReport {
    private FleetReport() {
    }

    /** One target in a few words: {@code base -> 3f2a9c1b7d4e}, {@code at 3f2a9c1b7d4e}, or the failure. */
    public static String summary(TargetOutcome outcome) {
        String before = revisions(outcome.before());
        String after = revisions(outcome.after());
        String moved = before.equals(after) ? "at " + after : before + " -> " + after;
        return outcome.failure().map(why -> "FAILED" + (outcome.known() ? " (" + moved + ")" : "") + ": " + why)
                .orElse(moved);
    }

    public static String render(ReportFormat format, String command, List<TargetOutcome> outcomes) {
        return switch (format) {
            case TEXT -> text(command, outcomes);
            case JSON -> json(command, outcomes);
            case MARKDOWN -> markdown(command, outcomes);
        };
    }

    /** Exit 0 when every target succeeded, else 1. */
    public static int exitCode(List<TargetOutcome> outcomes) {
        return outcomes.stream().allMatch(TargetOutcome::succeeded) ? 0 : 1;
    }

    private static String headline(String command, List<TargetOutcome> outcomes) {
        long failed = outcomes.stream().filter(o -> !o.succeeded()).count();
        return command + " on " + outcomes.size() + " target" + (outcomes.size() == 1 ? "" : "s") + ": "
                + (outcomes.size() - failed) + " succeeded, " + failed + " failed";
    }

    private static String text(String command, List<TargetOutcome> outcomes) {
        StringBuilder out = new StringBuilder();
        for (TargetOutcome o : outcomes) {
            out.append(o.target().name()).append(": ").append(summary(o)).append('\n');
        }
        return out.append(headline(command, outcomes)).append('\n').toString();
    }

    private static String json(String command, List<TargetOutcome> outcomes) {
        long failed = outcomes.stream().filter(o -> !o.succeeded()).count();
        StringBuilder out = new StringBuilder("{\"command\":").append(ReportFormat.json(command))
                .append(",\"ok\":").append(failed == 0)
                .append(",\"targets\":").append(outcomes.size())
                .append(",\"failed\":").append(failed)
                .append(",\"results\":[");
        for (int i = 0; i < outcomes.size(); i++) {
            TargetOutcome o = outcomes.get(i);
            out.append(i == 0 ? "" : ",")
                    .append("{\"target\":").append(ReportFormat.json(o.target().name()))
                    .append(",\"ok\":").append(o.succeeded())
                    .append(",\"before\":").append(o.known() ? list(o.before()) : "null")
                    .append(",\"after\":").append(o.known() ? list(o.after()) : "null")
                    .append(",\"error\":").append(o.failure().map(ReportFormat::json).orElse("null"))
                    .append('}');
        }
        return out.append("]}\n").toString();
    }

    private static String markdown(String command, List<TargetOutcome> outcomes) {
        StringBuilder out = new StringBuilder("### autogen ").append(headline(command, outcomes)).append("\n\n")
                .append("| | target | before | after | error |\n|---|---|---|---|---|\n");
        for (TargetOutcome o : outcomes) {
            out.append("| ").append(o.succeeded() ? ":white_check_mark:" : ":x:")
                    .append(" | ").append(cell(o.target().name()))
                    .append(" | ").append(o.known() ? cell(revisions(o.before())) : "")
                    .append(" | ").append(o.known() ? cell(revisions(o.after())) : "")
                    .append(" | ").append(o.failure().map(FleetReport::cell).orElse(""))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String revisions(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }

    private static String list(List<String> values) {
        return values.stream().map(ReportFormat::json).collect(Collectors.joining(",", "[", "]"));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
