package io.github.careplanspec.validation.report;

/**
 * A rule profile file that cannot be used: its source and line, and what is wrong (in English and Japanese). A
 * command line reports it as a usage error.
 */
public final class RuleProfileException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The file (or built-in name) read. */
    private final String source;
    /** The 1-based line, or 0 for the file as a whole. */
    private final int line;
    /** What is wrong, in Japanese. */
    private final String messageJa;

    /**
     * Creates the exception.
     *
     * @param source the file (or built-in name) read
     * @param line the 1-based line, or 0 for the file as a whole
     * @param messageEn what is wrong, in English
     * @param messageJa what is wrong, in Japanese
     */
    public RuleProfileException(String source, int line, String messageEn, String messageJa) {
        super(source + (line > 0 ? ":" + line : "") + ": " + messageEn);
        this.source = source;
        this.line = line;
        this.messageJa = source + (line > 0 ? ":" + line : "") + ": " + messageJa;
    }

    /** @return the file (or built-in name) read */
    public String source() {
        return source;
    }

    /** @return the 1-based line, or 0 */
    public int line() {
        return line;
    }

    /** @return the message in Japanese, with source and line */
    public String messageJa() {
        return messageJa;
    }
}
