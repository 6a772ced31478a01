package org.openrcm.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseTest {
    @Test
    void acceptsPostgresqlUrlsWithOrWithoutPortAndParameters() {
        assertThat(Database.of("jdbc:postgresql://db/openrcm", null, null).url())
                .isEqualTo("jdbc:postgresql://db/openrcm");
        assertThat(Database.of(" jdbc:postgresql://10.0.0.5:5433/rcm?user=app&sslmode=require ", null, null)
                        .url())
                .isEqualTo("jdbc:postgresql://10.0.0.5:5433/rcm?user=app&sslmode=require");
    }

    @Test
    void refusesWhatIsNotAJdbcUrlOfASupportedDatabase() {
        for (String bad : new String[] {
            "postgresql://db/openrcm",
            "jdbc:postgresql://",
            "jdbc:postgresql://db",
            "jdbc:mysql://db/openrcm",
            "jdbc:h2:mem:test",
            "jdbc:postgresql://db/open rcm"
        }) {
            assertThatThrownBy(() -> Database.of(bad, null, null))
                    .as(bad)
                    .isInstanceOf(CliFailure.class)
                    .hasMessageContaining("Malformed database URL");
        }
    }

    @Test
    void neverShowsAPassword() {
        assertThat(Database.masked("jdbc:postgresql://db/x?user=a&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/x?user=a&password=***&ssl=true");
    }

    @Test
    void theEmbeddedDatabaseLivesUnderTheHomeInPostgresqlMode() {
        Database db = Database.embedded(Path.of("/srv/openrcm"));
        assertThat(db.url()).startsWith("jdbc:h2:file:/srv/openrcm/db/openrcm;MODE=PostgreSQL");
        assertThat(db.describe()).isEqualTo("the embedded database in /srv/openrcm/db");
    }
}
