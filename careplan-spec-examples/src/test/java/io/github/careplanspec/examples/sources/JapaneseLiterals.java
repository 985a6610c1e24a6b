package io.github.careplanspec.examples.sources;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds the string literals (and text blocks) of a Java source that hold Japanese, outside comments, and says for
 * each whether it is an argument of an annotation ({@code @Column(name = "…")}, picocli's
 * {@code @Option(description = "…")}). A small lexer, enough for this project's sources: comments, char literals,
 * strings with escapes, text blocks, and parentheses to know when an annotation's arguments end.
 */
final class JapaneseLiterals {
    /**
     * One literal.
     *
     * @param line its 1-based line
     * @param text its text as written, without the quotes
     * @param inAnnotation whether it is an annotation argument
     */
    record Literal(int line, String text, boolean inAnnotation) {
    }

    private JapaneseLiterals() {
    }

    /**
     * Whether a text holds a Japanese character: kana, CJK ideographs, CJK punctuation (「」、。) or full-width and
     * half-width forms.
     */
    static boolean hasJapanese(String s) {
        return s.codePoints().anyMatch(c -> (c >= 0x3000 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF)
                || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF));
    }

    /** The literals of a source that hold Japanese. */
    static List<Literal> of(String src) {
        List<Literal> out = new ArrayList<>();
        Deque<Integer> annotationDepths = new ArrayDeque<>();
        int depth = 0;
        int line = 1;
        int n = src.length();
        int i = 0;
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (src.startsWith("//", i)) {
                int e = src.indexOf('\n', i);
                i = e < 0 ? n : e;
            } else if (src.startsWith("/*", i)) {
                int e = src.indexOf("*/", i + 2);
                int end = e < 0 ? n : e + 2;
                line += count(src, i, end);
                i = end;
            } else if (c == '\'') {
                int j = i + 1;
                while (j < n && src.charAt(j) != '\'') {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
            } else if (src.startsWith("\"\"\"", i)) {
                int j = i + 3;
                while (j < n && !src.startsWith("\"\"\"", j)) {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                String text = src.substring(i + 3, Math.min(j, n));
                if (hasJapanese(text)) {
                    out.add(new Literal(line, text, !annotationDepths.isEmpty()));
                }
                line += count(src, i, Math.min(j + 3, n));
                i = j + 3;
            } else if (c == '"') {
                int j = i + 1;
                while (j < n && src.charAt(j) != '"' && src.charAt(j) != '\n') {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                String text = src.substring(i + 1, Math.min(j, n));
                if (hasJapanese(text)) {
                    out.add(new Literal(line, text, !annotationDepths.isEmpty()));
                }
                i = j + 1;
            } else if (c == '@') {
                int j = i + 1;
                while (j < n && (Character.isJavaIdentifierPart(src.charAt(j)) || src.charAt(j) == '.')) {
                    j++;
                }
                String name = src.substring(i + 1, j);
                int k = j;
                while (k < n && Character.isWhitespace(src.charAt(k)) && src.charAt(k) != '\n') {
                    k++;
                }
                if (!name.isEmpty() && !name.equals("interface") && k < n && src.charAt(k) == '(') {
                    annotationDepths.push(depth);
                }
                i = j;
            } else {
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                    if (!annotationDepths.isEmpty() && annotationDepths.peek() == depth) {
                        annotationDepths.pop();
                    }
                }
                i++;
            }
        }
        return out;
    }

    private static int count(String s, int from, int to) {
        int c = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                c++;
            }
        }
        return c;
    }
}
