package com.headpin;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import static org.awaitility.Awaitility.await;

/**
 * A MariaDB server of a test's own (as {@code collaboration.RedisTransportIT} has its own Redis): a fresh data
 * directory, a free port and its own socket, so that stopping it disturbs nothing else on the machine. Runs as the
 * current user; without grant tables, as nobody but the test can reach it.
 */
public final class PrivateMariaDb implements AutoCloseable {

    private static final List<String> SERVERS = List.of("/usr/sbin/mariadbd", "/usr/bin/mariadbd");
    private static final List<String> INSTALLERS = List.of("/usr/bin/mariadb-install-db",
            "/usr/bin/mysql_install_db");

    private final Path directory;
    private final int port;
    private @Nullable Process server;

    private PrivateMariaDb(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    /** Whether this machine can run one (tests skip with an assumption otherwise). */
    public static boolean available() {
        return executable(SERVERS) != null && executable(INSTALLERS) != null;
    }

    /** Creates the data directory and starts the server. */
    public static PrivateMariaDb start() throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("headpin-mariadb");
        Process install = new ProcessBuilder(executable(INSTALLERS), "--no-defaults",
                "--datadir=" + directory.resolve("data"), "--user=" + System.getProperty("user.name"),
                "--auth-root-authentication-method=normal", "--skip-test-db")
                .redirectErrorStream(true).redirectOutput(directory.resolve("install.log").toFile()).start();
        if (!install.waitFor(2, TimeUnit.MINUTES) || install.exitValue() != 0) {
            throw new IOException("mariadb-install-db failed, see " + directory.resolve("install.log"));
        }
        PrivateMariaDb db = new PrivateMariaDb(directory, freePort());
        db.startServer();
        return db;
    }

    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database + "?createDatabaseIfNotExist=true"
                + "&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&useUnicode=true";
    }

    /** Starts the server again on the same data and port, as after a database restart. */
    public void startServer() throws IOException {
        server = new ProcessBuilder(executable(SERVERS), "--no-defaults",
                "--datadir=" + directory.resolve("data"), "--port=" + port, "--bind-address=127.0.0.1",
                "--socket=" + directory.resolve("mariadb.sock"), "--pid-file=" + directory.resolve("mariadb.pid"),
                "--user=" + System.getProperty("user.name"), "--skip-grant-tables", "--skip-log-bin",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci",
                "--innodb-buffer-pool-size=32M")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("server.log").toFile()))
                .start();
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200)).until(this::listening);
    }

    /** Stops the server (SIGTERM, as a database restart or crash-free shutdown would) and waits until it is gone. */
    public void stopServer() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(1, TimeUnit.MINUTES)) {
                server.destroyForcibly().waitFor();
            }
            server = null;
        }
    }

    @Override
    public void close() throws Exception {
        stopServer();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private boolean listening() {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static @Nullable String executable(List<String> candidates) {
        return candidates.stream().filter(path -> Files.isExecutable(Paths.get(path))).findFirst().orElse(null);
    }
}
