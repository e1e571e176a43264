package dev.autogen.command;

/** JDBC URLs as they may be shown: never with a password. */
final class Urls {
    private Urls() {
    }

    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("(//[^/:@]+:)[^@/]*@", "$1***@");
    }
}
