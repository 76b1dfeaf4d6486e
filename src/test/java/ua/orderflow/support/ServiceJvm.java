package ua.orderflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * The service as its own JVM, started from the Spring Boot jar that {@code package} built, so that it
 * can be killed as a machine dies (SIGKILL) and started again on the same database, or measured apart
 * from the JVM that drives it. Its log goes to target/faults/&lt;name&gt;-&lt;n&gt;.log unless
 * {@link #logsIn} says otherwise.
 */
public final class ServiceJvm {

    public static final Path JAR = Path.of("target", "order-flow.jar");
    public static final Path DIR = Path.of("target", "faults");
    /** The JVM settings README recommends for the service. */
    private static final List<String> JVM = List.of("-Xms64m", "-Xmx512m", "-Xmn32m", "-XX:+UseSerialGC",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:TrimNativeHeapInterval=10000");
    /** -Dbench.node-jvm="…": options added to those (a profiler, -XX:NativeMemoryTracking=summary). */
    private static final List<String> ADDED = List.of(System.getProperty("bench.node-jvm", "").split("\\s+"))
            .stream().filter(option -> !option.isBlank()).toList();

    private final String name;
    private final int port;
    private final Map<String, String> environment;
    private final List<String> arguments;
    private Path logs = DIR;
    private Process process;
    private int starts;

    private ServiceJvm(String name, Map<String, String> environment, List<String> arguments) {
        this.name = name;
        this.port = freePort();
        this.environment = environment;
        this.arguments = arguments;
    }

    /** A service JVM with these environment variables and --key=value arguments (beside its port). */
    public static ServiceJvm of(String name, Map<String, String> environment, Map<String, String> arguments) {
        List<String> args = new ArrayList<>();
        arguments.forEach((key, value) -> args.add("--" + key + "=" + value));
        return new ServiceJvm(name, new LinkedHashMap<>(environment), args);
    }

    /** Where its logs go from the next start on. */
    public ServiceJvm logsIn(Path dir) {
        this.logs = dir;
        return this;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public Http http() {
        return Http.anonymous(port);
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    /** Starts the JVM (again, after a kill: same port, same database, same node id). */
    public ServiceJvm start() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the fault suite runs in verify, after package");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM);
        command.addAll(ADDED);
        command.add("-jar");
        command.add(JAR.toString());
        command.add("--server.port=" + port);
        command.addAll(arguments);
        try {
            Files.createDirectories(logs);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(logs.resolve(name + "-" + (++starts) + ".log").toFile());
            builder.environment().put("MALLOC_ARENA_MAX", "2");
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Waits until the readiness probe answers 200; fails early if the JVM died on the way. */
    public ServiceJvm awaitReady(Duration limit) {
        Awaitility.await(name + " ready").atMost(limit).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ", see its log in " + logs);
            }
            try {
                return http().get("/actuator/health/readiness").statusCode() == 200;
            } catch (UncheckedIOException notYet) {
                return false;
            }
        });
        return this;
    }

    /** kill -9: no shutdown hook, no connection closed, locks and leases left as they were. */
    public void kill() {
        if (alive()) {
            process.destroyForcibly();
            waitFor();
        }
    }

    /** An orderly stop (SIGTERM), as at the end of a scenario. */
    public void stop() {
        if (alive()) {
            process.destroy();
            if (!waitFor()) {
                kill();
            }
        }
    }

    /** The JVM's resident high-water mark so far, in MB (Linux). */
    public double peakRssMb() {
        return statusMb("VmHWM:");
    }

    /**
     * Runs a diagnostic command in the JVM (jcmd): {@code GC.run} before reading its memory,
     * {@code VM.native_memory summary} for where it goes. Answers jcmd's output.
     */
    public String diagnose(String... command) {
        List<String> jcmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid())));
        jcmd.addAll(List.of(command));
        try {
            Process run = new ProcessBuilder(jcmd).redirectErrorStream(true).start();
            String output = new String(run.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            run.waitFor(60, TimeUnit.SECONDS);
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** The JVM's resident memory now, in MB (Linux). */
    public double rssMb() {
        return statusMb("VmRSS:");
    }

    private double statusMb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException gone) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    private boolean waitFor() {
        try {
            return process.waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
