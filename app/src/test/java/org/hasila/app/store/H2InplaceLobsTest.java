package org.hasila.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** H2 keeps texts of up to 64 KB in their rows, set once: a later start leaves the setting alone. */
class H2InplaceLobsTest {

    /** The statements run through {@link JdbcTemplate#execute(String)}, where the setting is changed. */
    static final class Recording extends JdbcTemplate {

        final List<String> executed = new ArrayList<>();

        Recording(JdbcTemplate target) {
            super(target.getDataSource());
        }

        @Override
        public void execute(String sql) {
            executed.add(sql);
            super.execute(sql);
        }
    }

    @Test
    void aDatabaseAtH2sDefaultIsSetOnceAndLeftAloneAfter() {
        Recording jdbc = new Recording(StoreDatabase.fresh());
        assertThat(setting(jdbc)).as("H2 lists the setting only once set").isEmpty();

        H2InplaceLobs.apply(jdbc);
        H2InplaceLobs.apply(jdbc);

        assertThat(setting(jdbc)).containsExactly("65536");
        assertThat(jdbc.executed).as("SET waits for a run holding the database: issued only when the value differs")
                .containsExactly("SET MAX_LENGTH_INPLACE_LOB 65536");
    }

    @Test
    void anotherValueIsReplaced() {
        Recording jdbc = new Recording(StoreDatabase.fresh());
        jdbc.execute("SET MAX_LENGTH_INPLACE_LOB 1024");

        H2InplaceLobs.apply(jdbc);

        assertThat(setting(jdbc)).containsExactly("65536");
    }

    private static List<String> setting(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME = 'MAX_LENGTH_INPLACE_LOB'", String.class);
    }
}
