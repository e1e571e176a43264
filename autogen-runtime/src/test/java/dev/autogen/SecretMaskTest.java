package dev.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every URL form a JDBC driver accepts for a secret shows {@code ***} instead, and keeps the rest. */
class SecretMaskTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://db:5432/app?user=u&password=Hunter22 | jdbc:postgresql://db:5432/app?user=u&password=***",
        "jdbc:postgresql://db/app?password=Hunter22&ssl=true | jdbc:postgresql://db/app?password=***&ssl=true",
        "jdbc:postgresql://db/app?PASSWORD=Hunter22 | jdbc:postgresql://db/app?PASSWORD=***",
        "jdbc:postgresql://db/app?sslpassword=Hunter22&sslmode=require | jdbc:postgresql://db/app?sslpassword=***&sslmode=require",
        "jdbc:mysql://db:3306/app?user=root&password=Hunter22 | jdbc:mysql://db:3306/app?user=root&password=***",
        "jdbc:mysql://root:Hunter22@db:3306/app | jdbc:mysql://root:***@db:3306/app",
        "jdbc:mysql://root:Hun@ter22@db:3306/app | jdbc:mysql://root:***@db:3306/app",
        "jdbc:mariadb://root:Hunter22@db1,db2/app?trustStorePassword=Hunter23 | jdbc:mariadb://root:***@db1,db2/app?trustStorePassword=***",
        "jdbc:mysql://(host=db,user=root,password=Hunter22)/app | jdbc:mysql://(host=db,user=root,password=***",
        "jdbc:sqlserver://db:1433;databaseName=app;user=sa;password=Hunter22;encrypt=true | jdbc:sqlserver://db:1433;databaseName=app;user=sa;password=***;encrypt=true",
        "jdbc:sqlserver://db;user=sa;password={Hun;ter22};encrypt=true | jdbc:sqlserver://db;user=sa;password=***;encrypt=true",
        "jdbc:sqlserver://db;password={Hun}}ter22;x};encrypt=true | jdbc:sqlserver://db;password=***;encrypt=true",
        "jdbc:jtds:sqlserver://db/app;PWD=Hunter22 | jdbc:jtds:sqlserver://db/app;PWD=***",
        "jdbc:oracle:thin:scott/Hunter22@db:1521:xe | jdbc:oracle:thin:scott/***@db:1521:xe",
        "jdbc:h2:mem:app;PASSWORD=Hunter22 | jdbc:h2:mem:app;PASSWORD=***",
        "jdbc:snowflake://acct.example/?private_key_secret=Hunter22&token=Abcd1234 | jdbc:snowflake://acct.example/?private_key_secret=***&token=***",
        "jdbc:sqlite:/tmp/app.db | jdbc:sqlite:/tmp/app.db",
        "jdbc:postgresql://db:5432/app?user=u | jdbc:postgresql://db:5432/app?user=u",
        "jdbc:postgresql://u@db/app | jdbc:postgresql://u@db/app",
    })
    void masksEverySecretAndKeepsTheRest(String url, String shown) {
        assertThat(SecretMask.url(url)).isEqualTo(shown);
    }

    @Test
    void aDriverMessageQuotingTheUrlIsMasked() {
        String message = "No suitable driver found for jdbc:postgresql://db:x/app?user=u&password=Hunter22";
        assertThat(SecretMask.text(message)).doesNotContain("Hunter22").contains("password=***");
    }

    @Test
    void aKnownSecretIsMaskedWhereverItAppearsEvenAlone() {
        String message = "authentication failed: 'Hunter%2122' (decoded Hunter!22) is wrong";
        List<String> secrets = SecretMask.secretsIn("jdbc:postgresql://db/app?password=Hunter%2122");
        assertThat(SecretMask.text(message, secrets)).doesNotContain("Hunter");
    }

    @Test
    void aShortSecretIsMaskedWhereAKeyMarksItButDoesNotGarbleOtherWords() {
        String url = "jdbc:postgresql://db/app?password=db";
        assertThat(SecretMask.text("cannot connect to " + url, SecretMask.secretsIn(url)))
                .isEqualTo("cannot connect to jdbc:postgresql://db/app?password=***");
    }

    @Test
    void nothingToMaskIsLeftAsItIs() {
        assertThat(SecretMask.text("relation \"users\" does not exist")).isEqualTo("relation \"users\" does not exist");
        assertThat(SecretMask.url(null)).isNull();
    }
}
