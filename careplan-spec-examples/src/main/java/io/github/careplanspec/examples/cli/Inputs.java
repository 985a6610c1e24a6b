package io.github.careplanspec.examples.cli;

import io.github.careplanspec.csv.archive.ArchiveEntry;
import io.github.careplanspec.csv.archive.ArchiveWalker;
import io.github.careplanspec.csv.unit.UnitProblem;
import io.github.careplanspec.examples.db.Localized;
import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Messages;
import io.github.careplanspec.validation.UnitValidator;
import io.github.careplanspec.validation.report.ValidationIssue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The paths a user gives, for every command: checked that they exist, then walked by the library's one
 * {@link ArchiveWalker} (folders recursively, ZIP archives by their first bytes, single files) — the walk
 * {@code Units.open} does too, with the same unsafe-path rule and limits. What it finds outside the files themselves
 * (an entry not read, an archive refused) is one kind of located finding, {@link #issue}, shown the same way by
 * every command ({@link ValidationIssue#toText}).
 */
final class Inputs {
    /** Receives what the walk finds. */
    interface Visitor {
        /**
         * One file.
         *
         * @param reportedName the name to report ({@code archive.zip!/NAME.CSV} for an entry, the path inside a
         *                     folder for a folder's file)
         * @param in its bytes (read it, do not close it)
         * @throws IOException if it cannot be read
         */
        void file(String reportedName, InputStream in) throws IOException;

        /**
         * A walker finding (entry not read, nested archive, archive refused); the walk goes on with what is left.
         *
         * @param issue the finding, located ({@link #issue})
         */
        void finding(ValidationIssue issue);

        /**
         * A file inside a folder or an archive that is not an interface file (「PDF等」, never an error, as
         * {@code Units.open} lists it). A file given by itself always goes to {@link #file}.
         *
         * @param reportedName the name to report
         */
        default void attachment(String reportedName) {
        }
    }

    /**
     * Thrown when a path cannot be read (exit code 2): {@code cli.path.missing} or {@code cli.path.unreadable} with
     * the path, rendered in the command's language; {@link #getMessage()} is the English text.
     */
    static final class UnreadablePathException extends IOException implements Localized {
        private static final long serialVersionUID = 1L;
        private final transient IssueId id;
        private final String path;

        UnreadablePathException(String key, Object path, Throwable cause) {
            super(Messages.text(IssueId.of(key), Locale.ENGLISH, path), cause);
            this.id = IssueId.of(key);
            this.path = String.valueOf(path);
        }

        @Override
        public IssueId id() {
            return id;
        }

        @Override
        public List<Object> params() {
            return List.of(path);
        }
    }

    private Inputs() {
    }

    /**
     * Checks that every path exists and is readable.
     *
     * @param paths the paths
     * @throws UnreadablePathException for the first that is not
     */
    static void check(List<Path> paths) throws UnreadablePathException {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UnreadablePathException("cli.path.missing", p, null);
            }
            if (!Files.isReadable(p)) {
                throw new UnreadablePathException("cli.path.unreadable", p, null);
            }
        }
    }

    /**
     * A walker finding as every command shows it: the unit problem's rule ({@code R21.UNIT010} …), located at the
     * entry after the path's prefix ({@code a.zip!/../evil.CSV}), or at the archive when the archive as a whole is
     * refused.
     *
     * @param problem the finding
     * @param prefix the walked path's prefix ({@link ArchiveWalker#prefixOf})
     * @return the issue
     */
    static ValidationIssue issue(UnitProblem problem, String prefix) {
        return UnitValidator.issueOf(problem, prefix);
    }

    /**
     * Walks the paths in order.
     *
     * @param paths files, folders, ZIP archives
     * @param visitor receives each file and finding
     * @throws IOException if a path cannot be read
     */
    static void walk(List<Path> paths, Visitor visitor) throws IOException {
        check(paths);
        for (Path p : paths) {
            String prefix = ArchiveWalker.prefixOf(p);
            try {
                ArchiveWalker.defaults().walk(p, new ArchiveWalker.Visitor() {
                    @Override
                    public void file(ArchiveEntry entry, InputStream in) throws IOException {
                        visitor.file(prefix + entry.location(), in);
                    }

                    @Override
                    public void attachment(ArchiveEntry entry) {
                        visitor.attachment(prefix + entry.location());
                    }

                    @Override
                    public void problem(UnitProblem problem) {
                        visitor.finding(issue(problem, prefix));
                    }

                    @Override
                    public void refused(UnitProblem problem) {
                        visitor.finding(issue(problem, prefix));
                    }
                });
            } catch (java.nio.file.AccessDeniedException | java.nio.file.NoSuchFileException e) {
                throw new UnreadablePathException("cli.path.unreadable", e.getFile(), e);
            }
        }
    }
}
