package io.kexiang.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time from /proc, to tell whether a step was short of CPU or waiting: the machine's busy time over all its
 * cores, and one process's (Kexiang's JVM; PostgreSQL and the sender are the rest).
 */
record CpuUsage(long machineBusy, long machineTotal, long machineWork, long process, long nanos) {

    /** Clock ticks per second of /proc's counters: USER_HZ, 100 on Linux. */
    private static final double TICKS_PER_SECOND = 100;

    static CpuUsage now(long pid) {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < cpu.length; i++) {
                total += Long.parseLong(cpu[i]);
            }
            long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]); // idle, iowait
            // user, nice, system, irq, softirq: this machine's own work, not the time its hypervisor gave others
            // (steal), which on a shared VM comes and goes with the neighbours.
            long work = Long.parseLong(cpu[1]) + Long.parseLong(cpu[2]) + Long.parseLong(cpu[3])
                    + Long.parseLong(cpu[6]) + Long.parseLong(cpu[7]);
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // Fields after the command name, which may hold spaces: utime and stime are the 14th and 15th.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long process = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return new CpuUsage(total - idle, total, work, process, System.nanoTime());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * CPU ticks so far of every PostgreSQL process (backends, background workers, and through the postmaster's account
     * of its children, those that have exited: autovacuum workers come and go).
     */
    static long postgresTicks() {
        long ticks = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : (Iterable<Path>) processes::iterator) {
                if (!process.getFileName().toString().chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (!name.equals("postgres")) {
                        continue;
                    }
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    if (!isPostgres(fields[1])) { // the postmaster (its parent is not PostgreSQL): its children
                        ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process exited meanwhile
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ticks;
    }

    private static boolean isPostgres(String pid) {
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).equals("postgres");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Seconds of CPU from ticks of /proc. */
    static double seconds(long ticks) {
        return ticks / TICKS_PER_SECOND;
    }

    /** CPU seconds of the process since {@code earlier}. */
    double processSecondsSince(CpuUsage earlier) {
        return (process - earlier.process) / TICKS_PER_SECOND;
    }

    /** CPU seconds of work since {@code earlier}: the whole machine's (every process, steal not counted). */
    double machineSecondsSince(CpuUsage earlier) {
        return (machineWork - earlier.machineWork) / TICKS_PER_SECOND;
    }

    /** Cores busy on average since {@code earlier}: the whole machine, and the process. */
    double[] coresSince(CpuUsage earlier) {
        double seconds = (nanos - earlier.nanos) / 1e9;
        int cores = Runtime.getRuntime().availableProcessors();
        double machine = (machineTotal - earlier.machineTotal) == 0 ? 0
                : cores * (double) (machineBusy - earlier.machineBusy) / (machineTotal - earlier.machineTotal);
        return new double[] {machine, (process - earlier.process) / TICKS_PER_SECOND / seconds};
    }

    /**
     * CPU seconds spent over a stretch of a benchmark: the machine's work, Kexiang's JVM's and PostgreSQL's.
     * {@link #start} before, {@link Stretch#spent} after.
     */
    record Stretch(CpuUsage before, long postgresBefore) {

        record Spent(double machine, double jvm, double postgres) {

            /** Kexiang's own, its JVM's and its database's: what a trap costs it, not the sender's. */
            double kexiang() {
                return jvm + postgres;
            }
        }

        Spent spent(long pid) {
            CpuUsage after = now(pid);
            return new Spent(after.machineSecondsSince(before), after.processSecondsSince(before),
                    seconds(postgresTicks() - postgresBefore));
        }
    }

    static Stretch start(long pid) {
        return new Stretch(now(pid), postgresTicks());
    }
}
