package dev.autogen.dialect.mysql;

/**
 * Which of the two servers speaking the MySQL protocol a database is. They share nearly all DDL;
 * they differ in sequences (MariaDB has them), check constraint names and how information_schema
 * spells a default.
 */
public enum MysqlServer {
    MARIADB("mariadb", "org.hibernate.dialect.MariaDBDialect"),
    MYSQL("mysql", "org.hibernate.dialect.MySQLDialect");

    private final String dialectName;
    private final String hibernateDialect;

    MysqlServer(String dialectName, String hibernateDialect) {
        this.dialectName = dialectName;
        this.hibernateDialect = hibernateDialect;
    }

    String dialectName() {
        return dialectName;
    }

    String hibernateDialect() {
        return hibernateDialect;
    }

    /** What {@code DatabaseMetaData.getDatabaseProductVersion()} tells: MariaDB says so in its version. */
    public static MysqlServer fromProductVersion(String productName, String version) {
        String text = (productName + " " + version).toLowerCase(java.util.Locale.ROOT);
        return text.contains("mariadb") ? MARIADB : MYSQL;
    }
}
