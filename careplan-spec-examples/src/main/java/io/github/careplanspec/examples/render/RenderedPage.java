package io.github.careplanspec.examples.render;

import java.util.Objects;

/**
 * One self-contained HTML document.
 *
 * @param fileName its file name, e.g. {@code 0001_UP1KYO_0899999991_43_0899999992_11_20250415120000.html}
 * @param title its {@code <title>}
 * @param html the document
 */
public record RenderedPage(String fileName, String title, String html) {
    /**
     * Checks.
     *
     * @param fileName the file name
     * @param title the title
     * @param html the document
     */
    public RenderedPage {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(html, "html");
    }
}
