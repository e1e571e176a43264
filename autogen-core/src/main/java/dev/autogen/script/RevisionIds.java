package dev.autogen.script;

/** STUB, replaced by the script work's implementation on merge. */
public final class RevisionIds {
    private RevisionIds() {
    }

    public static String random() {
        throw new UnsupportedOperationException();
    }

    public static boolean isValid(String id) {
        return id != null && id.matches("[0-9a-f]{12}");
    }
}
