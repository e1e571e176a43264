package dev.autogen.command;

import dev.autogen.AutogenException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One piece of a command's work on a second thread, handed back (or its exception thrown) where the
 * command needs it, as if it had run there: reading the entities, reading the database, and the
 * parts of {@code check} on a long history that do not wait on the rest use the machine's second core.
 */
final class Background<T> {
    private final FutureTask<T> task;
    private final String failure;
    private final String interruption;

    private Background(FutureTask<T> task, String failure, String interruption) {
        this.task = task;
        this.failure = failure;
        this.interruption = interruption;
    }

    static <T> Background<T> start(String name, Callable<T> work) {
        return start(name, "", "interrupted", work);
    }

    /**
     * @param failure what a checked exception's message is prefixed with ({@code "cannot read the
     *     database: "})
     * @param interruption the message when the waiting thread is interrupted
     */
    static <T> Background<T> start(String name, String failure, String interruption, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, "autogen-" + name);
        thread.setDaemon(true);
        thread.start();
        return new Background<>(task, failure, interruption);
    }

    T await() {
        return await(RuntimeException.class);
    }

    /** The result, or the exception the work threw: {@code passedOn} as it is, another checked one wrapped. */
    <X extends Exception> T await(Class<X> passedOn) throws X {
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (passedOn.isInstance(cause)) {
                throw passedOn.cast(cause);
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new AutogenException(failure + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AutogenException(interruption, e);
        }
    }

    /** Stops work nobody will wait for. */
    void cancel() {
        task.cancel(true);
    }

    /** Waits for the work to end, whatever it gives; an exception is await()'s to report. */
    void awaitEnd() {
        boolean interrupted = false;
        while (!task.isDone()) {
            try {
                task.get();
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                // Reported by await() to a command that still wanted the result.
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
