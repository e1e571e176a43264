package dev.autogen.boot.it;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Spring Boot application started for real, with what it printed while starting (its log goes to
 * the console, where the starter's {@code Running upgrade} lines appear). Closing it stops it.
 */
public record StartedApplication(ConfigurableApplicationContext context, String output) implements AutoCloseable {

    /** Starts {@code sources} with {@code args} on its command line, which win over its own files. */
    public static StartedApplication start(List<Class<?>> sources, List<String> args) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(new Tee(original, captured), true, StandardCharsets.UTF_8));
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                    .run(args.toArray(String[]::new));
            return new StartedApplication(context, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    public String property(String key) {
        return context.getEnvironment().getProperty(key);
    }

    @Override
    public void close() {
        context.close();
    }

    /** Writes to the console and to the capture alike. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }

        @Override
        public void flush() throws java.io.IOException {
            first.flush();
            second.flush();
        }
    }
}
