package dev.autogen;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JDBC URLs, and any message that may quote one, as they may be shown: every secret replaced by
 * {@code ***}. One place for every form the drivers accept, whichever database the URL is for
 * (supported or not): a secret-named key in the query ({@code ?password=}, {@code &sslpassword=}),
 * in semicolon forms ({@code ;password=}, {@code ;pwd={a;b}}), in a parenthesised host list
 * ({@code (host=h,password=p)}), the password of {@code user:password@} in the authority, and
 * Oracle's {@code user/password@}. Where it cannot tell where a value ends it masks too much, never
 * too little. Drivers echo URLs in their own words (pgjdbc's "No suitable driver found for ..."),
 * so messages are masked by the same rules, and also for the secret values themselves.
 */
public final class SecretMask {
    /** Key names that hold a secret: password, sslpassword, trustStorePassword, pwd, apiToken, ... */
    private static final String SECRET_KEY = "[\\w.-]*(?:password|passwd|pwd|secret|token|credential)[\\w.-]*";

    /**
     * {@code key=value} where the key names a secret; the value is braced (a doubled closing brace
     * inside is part of it), quoted, or runs to the
     * next {@code &}, {@code ;} or white space (a comma or parenthesis is not trusted to end it).
     */
    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)(" + SECRET_KEY + "\\s*=\\s*)(\\{(?:[^}]|}})*}?|\"[^\"]*\"?|'[^']*'?|[^&;\\s]*)");

    /** {@code //user:password@host}: the password may hold anything but white space, even an unencoded @. */
    private static final Pattern AUTHORITY = Pattern.compile("(//[^/?#@\\s:]*:)(\\S*)@");

    /** Oracle's thin form {@code jdbc:oracle:thin:user/password@host}. */
    private static final Pattern SLASH_USER = Pattern.compile("(?i)(jdbc:oracle:\\w+:[^/@:\\s]*/)([^@\\s]*)@");

    /** Shorter secrets are masked where a key or the authority marks them, not wherever the letters occur. */
    private static final int SHORTEST_FREE_TEXT_SECRET = 4;

    private static final String MASK = "***";

    private SecretMask() {
    }

    /** The URL as it may be shown. */
    public static String url(String url) {
        return url == null ? null : text(url, List.of());
    }

    /** A message that may quote URLs: their secrets masked. */
    public static String text(String message) {
        return text(message, List.of());
    }

    /**
     * A message with the secrets of its URLs masked, and also every occurrence of the known secrets
     * (the configured password, the secrets of the configured URL), which a driver may quote alone.
     */
    public static String text(String message, Collection<String> knownSecrets) {
        if (message == null) {
            return null;
        }
        Set<String> secrets = new LinkedHashSet<>(knownSecrets);
        secrets.addAll(secretsIn(message));
        String masked = mask(SLASH_USER, mask(AUTHORITY, mask(KEY_VALUE, message)));
        List<String> longestFirst = new ArrayList<>(secrets);
        longestFirst.sort((a, b) -> Integer.compare(b.length(), a.length()));
        for (String secret : longestFirst) {
            if (secret != null && secret.length() >= SHORTEST_FREE_TEXT_SECRET) {
                masked = masked.replace(secret, MASK);
            }
        }
        return masked;
    }

    /** The secret values a URL (or message) holds, as written, for masking where they appear alone. */
    public static List<String> secretsIn(String url) {
        List<String> found = new ArrayList<>();
        if (url == null) {
            return found;
        }
        for (Pattern pattern : List.of(KEY_VALUE, AUTHORITY, SLASH_USER)) {
            Matcher m = pattern.matcher(url);
            while (m.find()) {
                String value = unwrap(m.group(2));
                if (!value.isEmpty()) {
                    found.add(value);
                    // A braced value doubles its closing braces; the driver quotes it undoubled.
                    found.add(value.replace("}}", "}"));
                    decoded(value).ifPresent(found::add);
                }
            }
        }
        return found;
    }

    /** A driver may quote the value percent-decoded. */
    private static java.util.Optional<String> decoded(String value) {
        try {
            return java.util.Optional.of(URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            return java.util.Optional.empty();
        }
    }

    private static String unwrap(String value) {
        String v = value.strip();
        if (v.length() >= 2 && (v.startsWith("{") && v.endsWith("}")
                || v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static String mask(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = m.group(2).isEmpty() ? m.group() : m.group(1) + MASK + suffix(pattern);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String suffix(Pattern pattern) {
        return pattern == KEY_VALUE ? "" : "@";
    }
}
