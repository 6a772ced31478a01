package org.openrcm.app.codes;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Something built from the stored code files — the code catalog, the NCCI tables — on first use, kept, and rebuilt
 * when files were imported elsewhere (another node, the command line): at most every 30 seconds the stored files are
 * compared with those it was built from, and a new one is built in the background when they differ (the current one
 * serves meanwhile). An import made here calls {@link #invalidate()}.
 */
final class StoredFilesView<T> {
    private static final Logger log = LoggerFactory.getLogger(StoredFilesView.class);

    /** How often the stored files are compared with those the view was built from. */
    private static final long CHECK_EVERY_NANOS = 30_000_000_000L;

    private final CodeFileRepository files;
    private final String name;
    private final Supplier<T> build;
    private volatile @Nullable T value;
    private volatile String loadedGeneration = "";
    private volatile long checkedAt;
    private volatile boolean refreshing;

    /** {@code name} says what it is in the log and the refresh thread's name: "code catalog", "NCCI tables". */
    StoredFilesView(CodeFileRepository files, String name, Supplier<T> build) {
        this.files = files;
        this.name = name;
        this.build = build;
    }

    /** The view, built now if it is not yet. */
    T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    String generation = files.generation();
                    v = build.get();
                    value = v;
                    loadedGeneration = generation;
                    checkedAt = System.nanoTime();
                }
            }
        } else {
            refreshIfImportedElsewhere();
        }
        return v;
    }

    /** The view if it is built, without building it. */
    @Nullable
    T built() {
        return value;
    }

    /** Forgets the view: the next use builds it from what is stored now. */
    void invalidate() {
        value = null;
    }

    private void refreshIfImportedElsewhere() {
        long now = System.nanoTime();
        if (now - checkedAt < CHECK_EVERY_NANOS || refreshing) {
            return;
        }
        checkedAt = now;
        String generation = files.generation();
        if (generation.equals(loadedGeneration)) {
            return;
        }
        refreshing = true;
        Thread.ofVirtual().name(name.replace(' ', '-') + "-refresh").start(() -> {
            try {
                T fresh = build.get();
                synchronized (this) {
                    value = fresh;
                    loadedGeneration = generation;
                }
                log.info("{} rebuilt: files were imported elsewhere", name);
            } catch (RuntimeException e) {
                log.warn("{} could not be rebuilt: {}", name, e.toString());
            } finally {
                refreshing = false;
            }
        });
    }
}
