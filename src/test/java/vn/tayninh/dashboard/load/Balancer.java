package vn.tayninh.dashboard.load;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import vn.tayninh.dashboard.RunningJar;

/**
 * Debian's HAProxy in the foreground, on a free loopback port, running the configuration operators install
 * ({@code deploy/haproxy.cfg}) with the two instances' addresses given as its environment variables. The stats socket
 * tells what HAProxy thinks of each instance.
 */
final class Balancer implements AutoCloseable {

    static final Path HAPROXY = Path.of("/usr/sbin/haproxy");
    static final Path CONFIG = Path.of("deploy", "haproxy.cfg");

    private final Process process;
    private final Path socket;
    private final Path log;
    private final int port;

    private Balancer(Process process, Path socket, Path log, int port) {
        this.process = process;
        this.socket = socket;
        this.log = log;
        this.port = port;
    }

    static boolean available() {
        return Files.isExecutable(HAPROXY);
    }

    static Balancer start(Path workDir, int app1, int app2) throws Exception {
        int port = RunningJar.freePort();
        Path socket = workDir.resolve("haproxy.sock");
        Path log = workDir.resolve("haproxy.log");
        ProcessBuilder builder = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", CONFIG.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = new HashMap<>(Map.of("CADRE_BIND", "127.0.0.1:" + port,
                "CADRE_APP1", "127.0.0.1:" + app1, "CADRE_APP2", "127.0.0.1:" + app2,
                "CADRE_STATS_SOCKET", socket.toString()));
        builder.environment().putAll(environment);
        Balancer balancer = new Balancer(builder.start(), socket, log, port);
        balancer.awaitState("app1", "UP", Duration.ofSeconds(30));
        balancer.awaitState("app2", "UP", Duration.ofSeconds(30));
        return balancer;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The instance's state as the health checks decided it: UP, DOWN, or a transition such as "UP 1/2". */
    String state(String server) throws IOException {
        for (String line : command("show stat").split("\n")) {
            String[] fields = line.split(",", -1);
            if (fields.length > 17 && fields[0].equals("instances") && fields[1].equals(server)) {
                return fields[17];
            }
        }
        throw new IllegalStateException("no server " + server + " in the stats:\n" + command("show stat"));
    }

    /** Polls the stats socket until the instance is in the state; fails with what HAProxy said otherwise. */
    void awaitState(String server, String wanted, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("HAProxy stopped:\n" + Files.readString(log));
            }
            if (Files.exists(socket)) {
                last = state(server);
                if (last.equals(wanted)) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError(server + " is " + last + ", not " + wanted + ", after " + within.toSeconds() + " s");
    }

    /** Takes the instance out of the rotation by hand, as an operator drains it ({@code disable server}). */
    void disable(String server) throws IOException {
        command("disable server instances/" + server);
    }

    void enable(String server) throws IOException {
        command("enable server instances/" + server);
    }

    private String command(String command) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            StringBuilder answer = new StringBuilder();
            while (channel.read(buffer) > 0) {
                buffer.flip();
                answer.append(StandardCharsets.US_ASCII.decode(buffer));
                buffer.clear();
            }
            return answer.toString();
        }
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
