package vn.tayninh.dashboard.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of the test's own, in a temporary data directory on a free port, which the test may stop, start
 * and switch to read-only without touching any other server. Needs the Debian MariaDB server packages; used when
 * FAULT_TESTS=1 (set by .ci/run).
 */
final class OwnMariaDb implements AutoCloseable {

    static final String DATABASE = "cadre_fault";
    static final String USER = "cadre_fault";
    static final String PASSWORD = "cadre_fault";

    private final Path dir;
    private final int port;
    private Process server;

    private OwnMariaDb(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    static boolean enabled() {
        return "1".equals(System.getenv("FAULT_TESTS")) && Files.isExecutable(Path.of("/usr/sbin/mariadbd"))
                && Files.isExecutable(Path.of("/usr/bin/mariadb-install-db"));
    }

    /** Creates the data directory, starts the server, and creates the application's database and user. */
    static OwnMariaDb create() throws Exception {
        Path dir = Files.createTempDirectory("own-mariadb");
        // its own directory for temporary tables too: nobody else's clean-up of /tmp can pull a file from under it
        Files.createDirectory(dir.resolve("tmp"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        OwnMariaDb db = new OwnMariaDb(dir, port);
        List<String> install = new ArrayList<>(List.of("mariadb-install-db", "--no-defaults", "--datadir=" + dir.resolve("data"),
                "--auth-root-authentication-method=normal", "--skip-test-db"));
        if (isRoot()) {
            run("chown", "mysql:mysql", dir.toString(), dir.resolve("tmp").toString());
            install.add("--user=mysql");
        }
        run(install.toArray(String[]::new));
        db.start();
        db.sql("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                + " CREATE USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "';"
                + " GRANT ALL ON " + DATABASE + ".* TO '" + USER + "'@'127.0.0.1';");
        return db;
    }

    String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE
                + "?useUnicode=true&characterEncoding=utf8&serverTimezone=Asia/Ho_Chi_Minh&rewriteBatchedStatements=true";
    }

    void start() throws Exception {
        List<String> command = new ArrayList<>(List.of("/usr/sbin/mariadbd", "--no-defaults",
                "--datadir=" + dir.resolve("data"), "--port=" + port, "--bind-address=127.0.0.1",
                "--socket=" + socket(), "--pid-file=" + dir.resolve("mariadb.pid"), "--tmpdir=" + dir.resolve("tmp"),
                "--skip-log-bin",
                "--innodb-buffer-pool-size=128M", "--max-connections=200"));
        if (isRoot()) {
            command.add("--user=mysql");
        }
        server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile())).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (new ProcessBuilder("mariadb-admin", "--no-defaults", "--socket=" + socket(), "-uroot", "--silent", "ping")
                    .start().waitFor() == 0) {
                return;
            }
            if (!server.isAlive()) {
                throw new IllegalStateException("MariaDB did not start:\n" + Files.readString(dir.resolve("server.log")));
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("MariaDB did not answer within 60 s");
    }

    /** A clean shutdown, as an administrator's restart does it. */
    void stop() throws Exception {
        run("mariadb-admin", "--no-defaults", "--socket=" + socket(), "-uroot", "shutdown");
        server.waitFor(60, TimeUnit.SECONDS);
    }

    String sql(String statements) throws Exception {
        return run("mariadb", "--no-defaults", "--socket=" + socket(), "-uroot", "-N", "-e", statements);
    }

    @Override
    public void close() throws Exception {
        if (server != null && server.isAlive()) {
            stop();
            if (server.isAlive()) {
                server.destroyForcibly().waitFor();
            }
        }
        run("rm", "-rf", dir.toString());
    }

    private Path socket() {
        return dir.resolve("mariadb.sock");
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output.strip();
    }
}
