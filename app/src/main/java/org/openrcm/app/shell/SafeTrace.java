package org.openrcm.app.shell;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** A stack trace for the log without exception messages, which may quote patient data. */
final class SafeTrace {
    private static final int FRAMES = 12;

    private SafeTrace() {}

    static String of(Throwable error) {
        StringBuilder trace = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            trace.append(t == error ? "" : "\n  caused by ").append(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                trace.append("\n    at ").append(frames[i]);
            }
            if (frames.length > FRAMES) {
                trace.append("\n    ... ").append(frames.length - FRAMES).append(" more");
            }
        }
        return trace.toString();
    }
}
