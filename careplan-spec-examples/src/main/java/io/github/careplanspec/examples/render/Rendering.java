package io.github.careplanspec.examples.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a render made: one page per source, in source order, and the index. Immutable.
 */
public final class Rendering {
    private final List<RenderedPage> pages;
    private final RenderedPage index;

    Rendering(List<RenderedPage> pages, RenderedPage index) {
        this.pages = List.copyOf(pages);
        this.index = index;
    }

    /** @return the pages, one per source, in source order */
    public List<RenderedPage> pages() {
        return pages;
    }

    /** @return {@code index.html}, listing the units as the client application lists files */
    public RenderedPage index() {
        return index;
    }

    /**
     * Writes the pages and the index into a folder (created if needed), UTF-8; a page of the same name is replaced.
     *
     * @param dir the folder
     * @return the files written, the index last
     * @throws IOException if writing fails
     */
    public List<Path> writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (RenderedPage p : pages) {
            out.add(Files.writeString(dir.resolve(p.fileName()), p.html(), StandardCharsets.UTF_8));
        }
        out.add(Files.writeString(dir.resolve(index.fileName()), index.html(), StandardCharsets.UTF_8));
        return List.copyOf(out);
    }
}
