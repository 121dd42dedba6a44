package org.doudi.rules.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A progress line for long runs (cases done, cases per second), rewritten in place on standard error — only when
 * standard error is a terminal, so a pipe or a log file never receives it. At most one update a second.
 */
final class Progress {

    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final PrintStream err;
    private final Lang lang;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long last = start;
    private long done;
    private boolean shown;

    Progress(PrintStream err, Lang lang) {
        this.err = err;
        this.lang = lang;
        this.enabled = stderrIsTerminal();
    }

    /** One more case done. */
    void step() {
        done++;
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - last >= INTERVAL_NANOS) {
            last = now;
            show(now);
        }
    }

    /** Ends the progress line (if one was shown). */
    void done() {
        if (shown) {
            show(System.nanoTime());
            err.print('\n');
            err.flush();
        }
    }

    private void show(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        long rate = Math.round(done / seconds);
        err.print("\r" + lang.pick("已筛查 " + done + " 件，每秒 " + rate + " 件", done + " cases screened, " + rate + " per second"));
        err.flush();
        shown = true;
    }

    /**
     * @return true if the process's standard error is a terminal (Linux: {@code /proc/self/fd/2} is a tty; elsewhere:
     *         the JVM has a console)
     */
    static boolean stderrIsTerminal() {
        try {
            Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/2"));
            String t = target.toString();
            return t.startsWith("/dev/pts/") || t.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
