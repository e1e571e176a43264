package dev.autogen.fleet;

import dev.autogen.AutogenException;
import dev.autogen.SecretMask;
import dev.autogen.command.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one command on many databases: the migrations are compiled once, then each target runs
 * with its own connection, lock and transactions, at most {@code jobs} at a time. A failing target
 * is reported and the others go on, unless {@code failFast}.
 */
public final class Fleet {
    private final Project base;
    private final int jobs;
    private final boolean failFast;
    private final Consumer<String> progress;

    /** @param progress one line as each target finishes: {@code [3/10] tenant_3: ...} */
    public Fleet(Project base, int jobs, boolean failFast, Consumer<String> progress) {
        if (jobs < 1) {
            throw new AutogenException("--jobs must be at least 1: " + jobs);
        }
        this.base = base;
        this.jobs = jobs;
        this.failFast = failFast;
        this.progress = progress;
    }

    /** The action's outcome for every target, in the order of {@code targets}. */
    public List<TargetOutcome> run(List<Target> targets, Function<Project, TargetOutcome.Partial> action) {
        base.planner();
        AtomicBoolean failed = new AtomicBoolean();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, targets.size()), runnable -> {
            Thread thread = new Thread(runnable, "autogen-target");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<TargetOutcome>> futures = new ArrayList<>();
            for (Target target : targets) {
                futures.add(pool.submit(() -> {
                    TargetOutcome outcome = failFast && failed.get() ? TargetOutcome.skipped(target)
                            : runOne(target, action);
                    if (!outcome.succeeded()) {
                        failed.set(true);
                    }
                    progress.accept("[" + done.incrementAndGet() + "/" + targets.size() + "] " + target.name() + ": "
                            + FleetReport.summary(outcome));
                    return outcome;
                }));
            }
            List<TargetOutcome> outcomes = new ArrayList<>();
            for (Future<TargetOutcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AutogenException("interrupted while the targets ran", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private TargetOutcome runOne(Target target, Function<Project, TargetOutcome.Partial> action) {
        Project project = base.forTarget(target.applyTo(base.config()), line -> { });
        try {
            TargetOutcome.Partial partial = action.apply(project);
            return new TargetOutcome(target, true, partial.before(), partial.after(), partial.failure());
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return TargetOutcome.unreached(target,
                    SecretMask.text(message.lines().findFirst().orElse(""), project.secrets()));
        }
    }
}
