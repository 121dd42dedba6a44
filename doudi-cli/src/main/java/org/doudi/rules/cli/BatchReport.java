package org.doudi.rules.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.doudi.rules.cli.RequestEvaluator.BatchAnswer;

/**
 * What a batch command tells on standard error: a progress line while it runs (only on a terminal, rewritten in place
 * at most every {@link #INTERVAL_NANOS}), then a summary (lines read, decided, invalid, misconfigured, seconds,
 * decisions per second), and a hint when no line was decided and the input looks like pretty-printed JSON. Used on
 * the consumer's thread only.
 */
final class BatchReport {

    /** The shortest time between two progress lines: a quarter of a second. */
    static final long INTERVAL_NANOS = 250_000_000L;

    private final String command;
    private final PrintStream err;
    private final boolean terminal;
    private final LongSupplier clock;
    private final long start;
    private long lastShown;
    private int shownWidth;
    private long decided;
    private long invalid;
    private long misconfigured;
    private boolean looksPretty;
    private final Lang lang;

    /**
     * @param command   the command as messages name it, e.g. {@code doudi evaluate}
     * @param err       standard error, not null
     * @param terminal  true if standard error is a terminal (progress lines are shown)
     * @param clock     the time in nanoseconds ({@link System#nanoTime} but in tests)
     * @param lang      the language of the lines, not null
     */
    BatchReport(String command, PrintStream err, boolean terminal, LongSupplier clock, Lang lang) {
        this.lang = lang;
        this.command = command;
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastShown = start;
    }

    /**
     * Notes an input line as it is read: a line holding only {@code {} is the sign of pretty-printed JSON.
     *
     * @param line  the line, not null
     */
    void read(String line) {
        if (!looksPretty && line.strip().equals("{")) {
            looksPretty = true;
        }
    }

    /**
     * Counts an answer, and on a terminal rewrites the progress line when it is due.
     *
     * @param kind  what the line gave, not null
     * @return true if a quarter of a second has passed since the last such moment (also off a terminal): a good
     *         time to flush the output
     */
    boolean answered(BatchAnswer.Kind kind) {
        switch (kind) {
            case DECIDED -> decided++;
            case INVALID -> invalid++;
            case MISCONFIGURED -> misconfigured++;
        }
        long now = clock.getAsLong();
        if (now - lastShown < INTERVAL_NANOS) {
            return false;
        }
        lastShown = now;
        if (terminal) {
            String text = String.format(Locale.ROOT, lang.pick("%s：已答复 %,d 行（已决定 %,d，请求无效 %,d，配置错误 %,d），"
                    + "每秒 %,.0f 个决定", "%s: %,d answered (%,d decided, %,d invalid, %,d misconfigured), "
                    + "%,.0f decisions/s"), command, answeredCount(), decided, invalid, misconfigured,
                    perSecond(decided, now));
            err.print("\r" + text + " ".repeat(Math.max(0, shownWidth - width(text))));
            err.flush();
            shownWidth = width(text);
        }
        return true;
    }

    /** @return the number of lines answered so far */
    long answeredCount() {
        return decided + invalid + misconfigured;
    }

    /** @return lines that were invalid */
    long invalid() {
        return invalid;
    }

    /** @return lines with a configuration error */
    long misconfigured() {
        return misconfigured;
    }

    /**
     * Clears the progress line and prints the summary, and the hint when no line was decided and a line held only
     * {@code {}.
     *
     * @param linesRead  the physical lines read, blank ones included
     */
    void finish(int linesRead) {
        long now = clock.getAsLong();
        if (shownWidth > 0) {
            err.print("\r" + " ".repeat(shownWidth) + "\r");
        }
        double seconds = (now - start) / 1e9;
        err.print(String.format(Locale.ROOT, lang.pick("%s：读了 %d 行；已决定 %d，请求无效 %d，配置错误 %d；"
                + "%.2f 秒，每秒 %.0f 个决定\n", "%s: %d lines read; %d decided, %d invalid, %d misconfigured; "
                + "%.2f s, %.0f decisions/s\n"), command, linesRead, decided, invalid, misconfigured, seconds,
                perSecond(decided, now)));
        if (decided == 0 && answeredCount() > 0 && looksPretty) {
            err.print(command + lang.pick("：没有一行得出决定，输入看来是分行排版的 JSON（有一行只有 '{'）：--batch 读的是"
                    + " JSON Lines，每行一个完整请求。单个请求请不加 --batch，或者每行写一个请求（例如用 jq -c . 文件）。\n",
                    ": no line was decided, and the input looks like pretty-printed JSON (a line holds"
                    + " only '{'): --batch reads JSON Lines, one whole request per line. Give a single request"
                    + " without --batch, or write one request per line (for example with jq -c . FILE).\n"));
        }
        err.flush();
    }

    /** The columns a text takes on a terminal: Chinese characters and full-width forms take two. */
    private static int width(String text) {
        return text.length() + (int) text.chars().filter(c -> c >= 0x2E80).count();
    }

    private double perSecond(long count, long now) {
        double seconds = (now - start) / 1e9;
        return seconds <= 0 ? 0 : count / seconds;
    }
}
