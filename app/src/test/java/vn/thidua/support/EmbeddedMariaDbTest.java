package vn.thidua.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/** The embedded server keeps its data across restarts even when the checkout lies under the temp dir. */
class EmbeddedMariaDbTest {

    @Test
    void dataSurvivesARestartInADirectoryUnderJavaIoTmpdir() throws Exception {
        Path dir = Files.createTempDirectory("thidua-embedded-db-");
        try {
            EmbeddedMariaDb first = EmbeddedMariaDb.start(dir.toFile(), 0);
            first.createDatabase("kept", true);
            try (Connection c = DriverManager.getConnection(first.jdbcUrl("kept"), "root", "");
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE note (text VARCHAR(40))");
                s.execute("INSERT INTO note VALUES ('Thạch Khôi')");
            }
            first.stop();

            EmbeddedMariaDb second = EmbeddedMariaDb.start(dir.toFile(), 0);
            try (Connection c = DriverManager.getConnection(second.jdbcUrl("kept"), "root", "");
                    ResultSet rs = c.createStatement().executeQuery("SELECT text FROM note")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Thạch Khôi");
            } finally {
                second.stop();
            }
        } finally {
            FileSystemUtils.deleteRecursively(new File(dir.toString()));
        }
    }
}
