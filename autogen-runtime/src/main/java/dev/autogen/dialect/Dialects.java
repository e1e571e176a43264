package dev.autogen.dialect;

import dev.autogen.AutogenException;
import dev.autogen.SecretMask;
import dev.autogen.dialect.mysql.MysqlDialect;
import dev.autogen.dialect.mysql.MysqlServer;
import dev.autogen.dialect.postgresql.PostgresDialect;
import dev.autogen.dialect.sqlite.SqliteDialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/** The fixed list of dialects, chosen by JDBC URL. No service loading: what is supported is listed here. */
public final class Dialects {
    private Dialects() {
    }

    /**
     * The dialect of a URL. Without a connection, {@code jdbc:mariadb:} means MariaDB and
     * {@code jdbc:mysql:} MySQL; {@link #forConnection} asks the server which it is.
     */
    public static Dialect forUrl(String jdbcUrl) {
        String url = jdbcUrl == null ? "" : jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:sqlite:")) {
            return new SqliteDialect();
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return new PostgresDialect();
        }
        if (url.startsWith("jdbc:mariadb:")) {
            return new MysqlDialect(MysqlServer.MARIADB);
        }
        if (url.startsWith("jdbc:mysql:")) {
            return new MysqlDialect(MysqlServer.MYSQL);
        }
        throw new AutogenException("unsupported database URL '" + SecretMask.url(jdbcUrl)
                + "': autogen supports jdbc:sqlite:, jdbc:postgresql:, jdbc:mariadb: and jdbc:mysql: URLs");
    }

    /**
     * Whether the server, not the URL, says which database this is: MySQL Connector/J reaches MySQL
     * and MariaDB servers alike.
     */
    public static boolean serverDecides(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:mysql:");
    }

    /** The dialect of an open connection: a MySQL-protocol URL follows the server it reaches. */
    public static Dialect forConnection(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Dialect byUrl = forUrl(meta.getURL());
        if (byUrl instanceof MysqlDialect) {
            return new MysqlDialect(MysqlServer.fromProductVersion(meta.getDatabaseProductName(),
                    meta.getDatabaseProductVersion()));
        }
        return byUrl;
    }
}
