package org.openrcm.bench.x12;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.openrcm.x12.X12Reader;

/**
 * Reads a file with the typed reader in a JVM of its own and reports how much heap it used, from the JVM's garbage
 * collection notifications: the largest heap occupancy seen right before a collection (the peak: what the heap held
 * at its fullest, garbage included, which the collector lets grow toward -Xmx) and the largest right after one (the
 * live data the read kept). {@link #runIn} starts it with a given -Xmx and turns its answer into a line of the report.
 */
public final class HeapProbe {

    static final String HOW = "-Xmx as stated, default collector; peak = largest heap used before a GC and at the end,"
            + " live = largest heap used after a GC, both summed over the heap pools from GC notifications"
            + " (GarbageCollectionNotificationInfo)";

    private HeapProbe() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Set<String> heapPools = new HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        AtomicLong peak = new AtomicLong();
        AtomicLong live = new AtomicLong();
        AtomicLong collections = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc)
                    .addNotificationListener(
                            (notification, handback) -> {
                                if (!notification
                                        .getType()
                                        .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                                    return;
                                }
                                var info = GarbageCollectionNotificationInfo.from(
                                                (CompositeData) notification.getUserData())
                                        .getGcInfo();
                                peak.accumulateAndGet(used(info.getMemoryUsageBeforeGc(), heapPools), Math::max);
                                live.accumulateAndGet(used(info.getMemoryUsageAfterGc(), heapPools), Math::max);
                                collections.incrementAndGet();
                            },
                            null,
                            null);
        }
        long[] records = new long[1];
        long start = System.nanoTime();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            // a lambda alone is ambiguous between read(InputStream, Consumer) and read(InputStream, Sink)
            Consumer<Object> count = record -> records[0]++;
            new X12Reader().read(in, count);
        }
        long nanos = System.nanoTime() - start;
        peak.accumulateAndGet(
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        Thread.sleep(200); // notifications arrive on another thread
        System.out.printf(
                Locale.ROOT,
                "peak=%d live=%d collections=%d records=%d ms=%d max=%d%n",
                peak.get(),
                live.get(),
                collections.get(),
                records[0],
                nanos / 1_000_000,
                Runtime.getRuntime().maxMemory());
    }

    private static long used(Map<String, MemoryUsage> pools, Set<String> heapPools) {
        long sum = 0;
        for (var e : pools.entrySet()) {
            if (heapPools.contains(e.getKey())) {
                sum += e.getValue().getUsed();
            }
        }
        return sum;
    }

    /** Runs the probe on {@code file} in a new JVM with {@code -Xmx<heap>}; one line for the report. */
    static String runIn(String heap, Path file) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(
                        java,
                        "-Xmx" + heap,
                        "-cp",
                        System.getProperty("java.class.path"),
                        HeapProbe.class.getName(),
                        file.toString()))
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        int exit = p.waitFor();
        String size = String.format(Locale.ROOT, "%.1f MB", Files.size(file) / 1e6);
        if (exit != 0 || !out.startsWith("peak=")) {
            String why = out.contains("OutOfMemoryError") ? "OutOfMemoryError" : "exit " + exit;
            return "-Xmx" + heap + ": FAILED (" + why + ") reading " + file.getFileName() + " (" + size + ")";
        }
        Map<String, Long> v = new java.util.HashMap<>();
        for (String pair : out.lines().reduce((a, b) -> b).orElseThrow().split(" ")) {
            String[] kv = pair.split("=");
            v.put(kv[0], Long.parseLong(kv[1]));
        }
        return String.format(
                Locale.ROOT,
                "-Xmx%s: ok, peak %.0f MB, live at most %.1f MB after %d GCs, %,d records, %d ms, reading %s (%s)",
                heap,
                v.get("peak") / 1e6,
                v.get("live") / 1e6,
                v.get("collections"),
                v.get("records"),
                v.get("ms"),
                file.getFileName(),
                size);
    }
}
