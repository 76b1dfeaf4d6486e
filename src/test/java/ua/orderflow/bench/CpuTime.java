package ua.orderflow.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU seconds spent so far by the embedded PostgreSQL (its postmaster, every process it runs and the
 * ones it has reaped) and by given JVMs, read from /proc (Linux): the difference of two readings is
 * what a phase cost each of them, whatever the other processes on the machine were doing.
 */
final class CpuTime {

    /** Clock ticks per second of /proc/&lt;pid&gt;/stat; 100 on every Linux the JDK runs on. */
    private static final double TICKS = 100.0;

    private final long postmaster;
    private final Map<String, Long> jvms;

    private CpuTime(long postmaster, Map<String, Long> jvms) {
        this.postmaster = postmaster;
        this.jvms = jvms;
    }

    /** PostgreSQL listening on {@code port} and the JVMs by name (their pids). */
    static CpuTime of(int postgresPort, Map<String, Long> jvms) {
        return new CpuTime(postmasterOn(postgresPort), new LinkedHashMap<>(jvms));
    }

    /** The same, and one more JVM. */
    CpuTime with(String name, long pid) {
        Map<String, Long> more = new LinkedHashMap<>(jvms);
        more.put(name, pid);
        return new CpuTime(postmaster, more);
    }

    /** Seconds of CPU so far: "db" and each JVM's name. */
    Map<String, Double> now() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        seconds.put("db", postgresSeconds());
        jvms.forEach((name, pid) -> seconds.put(name, ownSeconds(pid)));
        return seconds;
    }

    /** What each spent between two readings. */
    static Map<String, Double> spent(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> spent = new LinkedHashMap<>();
        after.forEach((name, seconds) -> spent.put(name, seconds - before.getOrDefault(name, 0.0)));
        return spent;
    }

    private double postgresSeconds() {
        if (postmaster < 0) {
            return Double.NaN;
        }
        long[] master = stat(postmaster);
        // backends that have exited were reaped by the postmaster: their time is in its children's fields
        double total = (master[1] + master[2] + master[3] + master[4]) / TICKS;
        for (long child : childrenOf(postmaster)) {
            long[] fields = stat(child);
            total += (fields[1] + fields[2]) / TICKS;
        }
        return total;
    }

    private static double ownSeconds(long pid) {
        long[] fields = stat(pid);
        return (fields[1] + fields[2]) / TICKS;
    }

    /**
     * CPU seconds the JIT compiler threads of a JVM have spent so far (its C1 and C2 threads, each a
     * task of the process; on two cores there is one of each and it never exits).
     */
    static double compilerSeconds(long pid) {
        double total = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : tasks) {
                if (Files.readString(task.resolve("comm")).matches("C[12] CompilerThre.*\\s*")) {
                    long[] fields = stat(task);
                    total += (fields[1] + fields[2]) / TICKS;
                }
            }
        } catch (IOException | RuntimeException gone) {
            return Double.NaN;
        }
        return total;
    }

    /** ppid, utime, stime, cutime, cstime of a process; zeros once it is gone. */
    private static long[] stat(long pid) {
        return stat(Path.of("/proc", String.valueOf(pid)));
    }

    /** The same of a process's or a thread's directory under /proc. */
    private static long[] stat(Path dir) {
        try {
            String line = Files.readString(dir.resolve("stat"));
            // the command name in parentheses may hold spaces: the fields start after its last ')'
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(fields[1]), Long.parseLong(fields[11]), Long.parseLong(fields[12]),
                    Long.parseLong(fields[13]), Long.parseLong(fields[14])};
        } catch (IOException | RuntimeException gone) {
            return new long[5];
        }
    }

    private static List<Long> childrenOf(long parent) {
        List<Long> children = new ArrayList<>();
        for (long pid : pids()) {
            if (stat(pid)[0] == parent) {
                children.add(pid);
            }
        }
        return children;
    }

    /** The postgres server whose command line says {@code -p port}; -1 when there is none. */
    private static long postmasterOn(int port) {
        for (long pid : pids()) {
            try {
                List<String> args = List.of(Files.readString(Path.of("/proc", String.valueOf(pid), "cmdline")).split("\0"));
                int p = args.indexOf("-p");
                if (!args.isEmpty() && args.get(0).endsWith("/postgres") && p >= 0 && p + 1 < args.size()
                        && args.get(p + 1).equals(String.valueOf(port))) {
                    return pid;
                }
            } catch (IOException | RuntimeException gone) {
                // a process that ended while we looked
            }
        }
        return -1;
    }

    private static List<Long> pids() {
        List<Long> pids = new ArrayList<>();
        try (DirectoryStream<Path> proc = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            proc.forEach(dir -> pids.add(Long.parseLong(dir.getFileName().toString())));
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc", e);
        }
        return pids;
    }
}
