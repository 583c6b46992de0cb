package org.fupin.ledger.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * CPU time from {@code /proc}, for {@code cpu_command_pct} and {@code cpu_postgres_pct}: user plus system
 * time of one process, or of the PostgreSQL server whose data lives in a given folder together with its
 * backends (its child processes). Figures are percent of one core over a phase, so two busy cores read 200.
 * A backend that exits during the phase takes its time with it; the apps' connection pools keep theirs.
 */
final class CpuTime {

    /** {@code USER_HZ}: clock ticks per second of the times in {@code /proc/<pid>/stat}, 100 on Linux. */
    private static final double TICKS_PER_SECOND = 100;

    private CpuTime() {
    }

    /** Percent of one core used between two readings of {@link #ticksOf} or {@link #ticksOfPostgres}. */
    static double percent(long ticksBefore, long ticksAfter, double seconds) {
        return (ticksAfter - ticksBefore) / TICKS_PER_SECOND / seconds * 100;
    }

    static long ticksOf(long pid) {
        return stat(pid).map(Stat::ticks).orElse(0L);
    }

    /** The server started with its data in {@code dataDirectory}, and every backend it forked. */
    static long ticksOfPostgres(Path dataDirectory) {
        List<Stat> all = all();
        OptionalLong postmaster = all.stream()
                .filter(stat -> commandLine(stat.pid()).contains(dataDirectory.toString()))
                .filter(stat -> stat.name().equals("postgres"))
                .mapToLong(Stat::pid).min();
        if (postmaster.isEmpty()) {
            return 0;
        }
        long server = postmaster.getAsLong();
        return all.stream().filter(stat -> stat.pid() == server || stat.parent() == server)
                .mapToLong(Stat::ticks).sum();
    }

    private record Stat(long pid, String name, long parent, long ticks) {
    }

    private static List<Stat> all() {
        List<Stat> stats = new ArrayList<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.map(path -> path.getFileName().toString()).filter(name -> name.chars().allMatch(Character::isDigit))
                    .forEach(pid -> stat(Long.parseLong(pid)).ifPresent(stats::add));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list /proc", e);
        }
        return stats;
    }

    /** {@code /proc/<pid>/stat}: the name is in parentheses and may hold spaces, so fields count after it. */
    private static java.util.Optional<Stat> stat(long pid) {
        try {
            String line = Files.readString(Path.of("/proc/" + pid + "/stat"), StandardCharsets.US_ASCII);
            int open = line.indexOf('(');
            int close = line.lastIndexOf(')');
            String[] fields = line.substring(close + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return java.util.Optional.of(new Stat(pid, line.substring(open + 1, close), Long.parseLong(fields[1]), ticks));
        } catch (IOException | RuntimeException gone) {
            return java.util.Optional.empty();
        }
    }

    private static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
        } catch (IOException gone) {
            return "";
        }
    }
}
