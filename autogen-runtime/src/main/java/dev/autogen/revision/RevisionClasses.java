package dev.autogen.revision;


import dev.autogen.AutogenException;
import dev.autogen.migration.Migration;
import dev.autogen.migration.Revision;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a migration class: its {@code @Revision} annotation into a {@link RevisionInfo} and an
 * instance of it. Shared by the migrations folder (compiled sources) and the class path (compiled
 * classes), so both accept and reject exactly the same classes. {@code where} names the file or
 * class in every message.
 */
public final class RevisionClasses {
    private RevisionClasses() {
    }

    public static LoadedRevision load(String where, Class<?> type, Path source) {
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null) {
            throw new AutogenException(where + ": class " + type.getSimpleName() + " has no @Revision annotation;"
                    + " add @Revision(id = \"" + RevisionIds.random() + "\", ...) or move the file out of the"
                    + " migrations folder");
        }
        return new LoadedRevision(info(where, revision), instantiate(where, type), source);
    }

    private static RevisionInfo info(String where, Revision revision) {
        requireValidId(where, "revision id", revision.id());
        for (String parent : revision.parents()) {
            requireValidId(where, "parent id", parent);
        }
        for (String replaced : revision.replaces()) {
            requireValidId(where, "replaced id", replaced);
        }
        return new RevisionInfo(revision.id(), List.of(revision.parents()), revision.message(), revision.created(),
                List.of(revision.branchLabels()), List.of(revision.replaces()));
    }

    private static void requireValidId(String where, String what, String id) {
        if (!RevisionIds.isValid(id)) {
            throw new AutogenException(where + ": " + what + " '" + id + "' is not 12 lowercase hex digits;"
                    + " use an id like " + RevisionIds.random());
        }
    }

    private static Migration instantiate(String where, Class<?> type) {
        if (!Migration.class.isAssignableFrom(type)) {
            throw new AutogenException(where + ": class " + type.getSimpleName() + " does not implement "
                    + Migration.class.getName() + "; add `implements Migration`");
        }
        Constructor<?> constructor;
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            constructor = null;
        }
        if (constructor == null || !Modifier.isPublic(type.getModifiers())) {
            throw new AutogenException(where + ": class " + type.getSimpleName()
                    + " needs to be public with a public no-argument constructor");
        }
        try {
            return (Migration) constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw new AutogenException(where + ": creating " + type.getSimpleName() + " failed: "
                    + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AutogenException(where + ": cannot create " + type.getSimpleName() + ": " + e, e);
        }
    }

    /** Two revisions with one id would make the graph ambiguous: name both places. */
    public static void requireDistinctIds(List<LoadedRevision> revisions) {
        Map<String, Path> seen = new HashMap<>();
        for (LoadedRevision r : revisions) {
            Path other = seen.putIfAbsent(r.info().id(), r.source());
            if (other != null) {
                throw new InvalidGraphException(InvalidGraphException.Problem.DUPLICATE_ID, "revision id " + r.info().id() + " is used by both "
                        + other.getFileName() + " and " + r.source().getFileName() + "; give one of them a new id");
            }
        }
    }
}
