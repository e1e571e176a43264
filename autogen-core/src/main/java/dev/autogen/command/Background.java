package dev.autogen.command;

import dev.autogen.AutogenException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One piece of a command's work on a second thread, handed back (or its exception thrown) where the
 * command needs it, as if it had run there: {@code check} on a long history uses the machine's
 * second core for the work that does not wait on the rest.
 */
final class Background<T> {
    private final FutureTask<T> task;

    private Background(FutureTask<T> task) {
        this.task = task;
    }

    static <T> Background<T> start(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, "autogen-" + name);
        thread.setDaemon(true);
        thread.start();
        return new Background<>(task);
    }

    T await() {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new AutogenException(e.getCause().toString(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AutogenException("interrupted", e);
        }
    }
}
