package io.github.careplanspec.examples.cli;

import java.io.PrintStream;

/** Progress on a terminal (a counter on one line of stderr); silent when the output is not a terminal. */
final class Progress {
    private final PrintStream err;
    private final boolean active;
    private long count;
    private long last;

    private Progress(PrintStream err, boolean active) {
        this.err = err;
        this.active = active;
    }

    /**
     * Progress for this process: active only when a console is attached ({@code System.console() != null}).
     *
     * @param err the log stream
     * @return the progress
     */
    static Progress forConsole(PrintStream err) {
        return new Progress(err, System.console() != null);
    }

    /**
     * One more file done.
     *
     * @param name its name
     */
    void tick(String name) {
        tick(name, 1);
    }

    /**
     * Some more done.
     *
     * @param name the last one's name
     * @param n how many
     */
    void tick(String name, int n) {
        count += n;
        if (!active) {
            return;
        }
        long now = System.nanoTime();
        if (now - last > 200_000_000L) {
            last = now;
            String shown = name.length() > 60 ? "…" + name.substring(name.length() - 59) : name;
            err.print("\r\033[K" + count + "  " + shown);
            err.flush();
        }
    }

    /** Clears the progress line. */
    void done() {
        if (active && count > 0) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
