package io.github.careplanspec.csv.archive;

import java.util.Optional;

/**
 * The one unsafe-path rule for the entries of received ZIP archives and the files of received folders: a path
 * that is empty, absolute, climbs with {@code ..}, carries a backslash, a drive letter or a {@code :}, or holds a
 * control character (C0, DEL, C1) or a bidirectional override is not read. Such a path is reported in its
 * {@link #display} form, never raw (a control character in a report could drive the terminal that shows it).
 */
public final class EntryPath {
    private EntryPath() {
    }

    /**
     * Why a path is unsafe.
     *
     * @param path the entry path ({@code /}-separated) or the file's path relative to the received folder
     * @return the reason (English, naming the path in its {@link #display} form), or empty for a safe path
     */
    public static Optional<String> unsafe(String path) {
        if (path.isEmpty()) {
            return Optional.of("empty name");
        }
        String shown = display(path);
        for (int i = 0; i < path.length(); i++) {
            if (isControl(path.charAt(i))) {
                return Optional.of("control character in '" + shown + "'");
            }
        }
        if (path.indexOf('\\') >= 0) {
            return Optional.of("backslash in '" + shown + "'");
        }
        if (path.startsWith("/")) {
            return Optional.of("absolute path '" + shown + "'");
        }
        if (path.length() >= 2 && path.charAt(1) == ':' && Character.isLetter(path.charAt(0))) {
            return Optional.of("drive letter in '" + shown + "'");
        }
        if (path.indexOf(':') >= 0) {
            return Optional.of("':' in '" + shown + "'");
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                return Optional.of("'..' in '" + shown + "'");
            }
        }
        return Optional.empty();
    }

    /**
     * A path as it may be shown: every control character and bidirectional override written as {@code <U+XXXX>}.
     *
     * @param path the path
     * @return the path, safe to print
     */
    public static String display(String path) {
        StringBuilder sb = null;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (isControl(c)) {
                if (sb == null) {
                    sb = new StringBuilder(path.length() + 16).append(path, 0, i);
                }
                sb.append(String.format("<U+%04X>", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? path : sb.toString();
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }
}
