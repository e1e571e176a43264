package dev.autogen.dialect;

import dev.autogen.dialect.sqlite.SqliteDialect;
import dev.autogen.dialect.postgresql.PostgresDialect;

import dev.autogen.AutogenException;
import dev.autogen.SecretMask;
import java.util.Locale;

/** The fixed list of dialects, chosen by JDBC URL. No service loading: what is supported is listed here. */
public final class Dialects {
    private Dialects() {
    }

    public static Dialect forUrl(String jdbcUrl) {
        String url = jdbcUrl == null ? "" : jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:sqlite:")) {
            return new SqliteDialect();
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return new PostgresDialect();
        }
        throw new AutogenException("unsupported database URL '" + SecretMask.url(jdbcUrl)
                + "': autogen supports jdbc:sqlite: and jdbc:postgresql: URLs");
    }
}
