package dev.autogen.model.jpa;

import dev.autogen.AutogenException;
import java.util.Optional;

/**
 * Why reading the entities failed, in the user's terms, when the cause is theirs: a class the
 * entities need that entities.classpath lacks (named, not only the entity that needs it), a class
 * compiled for a newer Java than the one running (with the version it needs), or an exception their
 * own code threw while Hibernate read the model (an AttributeConverter's constructor, say). Anything
 * else stays as it was: an internal error to report.
 */
final class EntityFailure {
    private EntityFailure() {
    }

    /** The failure as one user sentence, or empty when it is not the user's. */
    static Optional<AutogenException> of(Throwable failure, ClassLoader entities) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnsupportedClassVersionError) {
                return Optional.of(new AutogenException(newerJava(t.getMessage()), failure));
            }
            if (t instanceof NoClassDefFoundError || t instanceof ClassNotFoundException) {
                String missing = String.valueOf(t.getMessage()).replace('/', '.');
                String context = failure == t ? "" : firstLine(failure.getMessage()) + ": ";
                return Optional.of(new AutogenException("cannot map entities: " + context + "class " + missing
                        + " cannot be found; add the jar that provides it to entities.classpath", failure));
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Optional<StackTraceElement> frame = userFrame(t, entities);
            if (frame.isPresent()) {
                StackTraceElement at = frame.get();
                return Optional.of(new AutogenException("cannot map entities: " + at.getClassName() + "."
                        + at.getMethodName() + " threw " + t.getClass().getName()
                        + (t.getMessage() == null ? "" : ": " + firstLine(t.getMessage()))
                        + (at.getFileName() == null ? "" : " (" + at.getFileName() + ":" + at.getLineNumber() + ")")
                        + " while Hibernate read the entities; fix that class", failure));
            }
        }
        return Optional.empty();
    }

    /** The JVM's "compiled by a more recent version ... (class file version 65.0)" as Java versions. */
    static String newerJava(String jvmMessage) {
        String message = String.valueOf(jvmMessage);
        java.util.regex.Matcher needed = java.util.regex.Pattern.compile("class file version (\\d+)").matcher(message);
        String className = message.contains(" has been compiled") ? message.substring(0, message.indexOf(" has been"))
                .replace('/', '.') : "an entity class";
        String running = Runtime.version().feature() + "";
        if (needed.find()) {
            int java = Integer.parseInt(needed.group(1)) - 44;
            return "cannot load " + className + ": it is compiled for Java " + java + " (class file version "
                    + needed.group(1) + "), but autogen runs on Java " + running + "; run autogen on Java " + java
                    + " or newer (set JAVA_HOME), or compile the entities with --release " + running;
        }
        return "cannot load " + className + ": it is compiled for a newer Java than " + running + " (" + message + ")";
    }

    private static Optional<StackTraceElement> userFrame(Throwable t, ClassLoader entities) {
        for (StackTraceElement frame : t.getStackTrace()) {
            if (isEntityClass(frame.getClassName(), entities)) {
                return Optional.of(frame);
            }
        }
        return Optional.empty();
    }

    private static boolean isEntityClass(String name, ClassLoader entities) {
        if (name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("org.hibernate.")
                || name.startsWith("jakarta.") || name.startsWith("dev.autogen.") || name.startsWith("sun.")) {
            return false;
        }
        try {
            return Class.forName(name, false, entities).getClassLoader() == entities;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
