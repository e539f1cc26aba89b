package com.headpin;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

import static org.awaitility.Awaitility.await;

/**
 * A redis-server of the test's own on a free port, so that stopping it (Redis down) disturbs nothing else using the
 * machine's Redis on 6379. Tests that need one skip without redis-server, unless HEADPIN_REQUIRE_REDIS=true.
 */
public final class PrivateRedis implements AutoCloseable {

    private final int port;
    private Process process;

    private PrivateRedis(int port) throws IOException {
        this.port = port;
        this.process = launch(port);
    }

    /** Whether a test can have one; false only when it may be skipped. */
    public static boolean available() {
        return server() != null || "true".equals(System.getenv("HEADPIN_REQUIRE_REDIS"));
    }

    public static PrivateRedis start() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return new PrivateRedis(port);
    }

    public int port() {
        return port;
    }

    /** Redis goes away: connections drop, commands fail. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("redis-server did not stop");
        }
    }

    /** Redis is back on the same port (empty: nothing is saved). */
    public void restart() throws IOException {
        process = launch(port);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private static Process launch(int port) throws IOException {
        String server = server();
        if (server == null) {
            throw new IllegalStateException("redis-server not installed");
        }
        Process started = new ProcessBuilder(server, "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no")
                .redirectErrorStream(true)
                .redirectOutput(new File(System.getProperty("java.io.tmpdir"), "headpin-it-redis.log"))
                .start();
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException notYet) {
                return false;
            }
        });
        return started;
    }

    private static @Nullable String server() {
        for (String path : new String[] {"/usr/bin/redis-server", "/usr/local/bin/redis-server"}) {
            if (new File(path).canExecute()) {
                return path;
            }
        }
        return null;
    }
}
