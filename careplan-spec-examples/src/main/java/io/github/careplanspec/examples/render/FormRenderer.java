package io.github.careplanspec.examples.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.github.careplanspec.examples.render.view.Messages;
import io.github.careplanspec.examples.render.view.PageView;
import io.github.careplanspec.validation.report.ValidationIssue;
import io.github.careplanspec.validation.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Renders transmission units as the official 様式 in HTML: one self-contained document per unit (第1表–第3表,
 * 第6表 with 実績 beside 予定, 第7表, 利用者基本情報, 介護予防サービス・支援計画書, deletions as a notice) and an
 * {@code index.html}, with the problems of a validation report marked on their cells and listed under each form.
 *
 * <pre>{@code
 * ReceivedUnits received = Units.open(Path.of("inbox"));
 * List<RenderSource> sources = received.units().stream().map(u -> RenderSource.of(u, "", "inbox")).toList();
 * FormRenderer.create(Locale.JAPANESE).render(sources, report).writeTo(Path.of("forms"));
 * }</pre>
 *
 * <p>Every value from a file is HTML-escaped by the template engine (jte, precompiled, {@code ContentType.Html});
 * each page carries a Content-Security-Policy that allows no script and nothing from outside the page (the style
 * sheet by its hash, images only as {@code data:} URIs). Output is deterministic: no timestamps, source order.
 * Instances are immutable and thread-safe.
 */
public final class FormRenderer {
    static final String TEMPLATES = "io.github.careplanspec.examples.render.templates";
    private static final String CSS = loadCss();
    private static final String CSP = "default-src 'none'; style-src '" + sha256(CSS) + "'; img-src data:; "
            + "base-uri 'none'; form-action 'none'";
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            FormRenderer.class.getClassLoader(), TEMPLATES);

    private final Messages messages;

    private FormRenderer(Messages messages) {
        this.messages = messages;
    }

    /**
     * A renderer whose headings, notices and problem messages are in a language (item names and code labels are
     * always Japanese, as the spec has them).
     *
     * @param locale Japanese, else English
     * @return the renderer
     */
    public static FormRenderer create(Locale locale) {
        return new FormRenderer(Messages.of(locale));
    }

    /**
     * Renders units.
     *
     * @param sources the units (and refused inputs), one page each, in this order
     * @param report the validation report of the same units (file names as {@link RenderSource#prefix()} + name),
     *               or {@code null} to render without problems
     * @return the pages and the index
     */
    public Rendering render(List<RenderSource> sources, ValidationReport report) {
        Objects.requireNonNull(sources, "sources");
        List<ValidationIssue> issues = report == null ? List.of() : report.issues();
        PageBuilder builder = new PageBuilder(messages, CSS, CSP, sources, issues);
        // pages are independent of each other: built in parallel, kept in source order (deterministic)
        List<RenderedPage> pages = IntStream.range(0, sources.size()).parallel().mapToObj(i -> {
            PageView view = builder.page(i);
            return new RenderedPage(builder.fileName(i), view.title(), html("page.jte", view));
        }).toList();
        PageView index = builder.index(pages);
        return new Rendering(pages, new RenderedPage("index.html", index.title(), html("index.jte", index)));
    }

    private static String html(String template, PageView view) {
        StringOutput out = new StringOutput(16 * 1024);
        ENGINE.render(template, view, out);
        return out.toString();
    }

    /** @return the Content-Security-Policy of every page */
    public static String contentSecurityPolicy() {
        return CSP;
    }

    private static String loadCss() {
        try (InputStream in = FormRenderer.class.getResourceAsStream("forms.css")) {
            if (in == null) {
                throw new IllegalStateException("forms.css missing from the renderer's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
