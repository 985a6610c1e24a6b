/**
 * The one walk over what a user or a peer hands in — a folder (recursively), a ZIP archive (recognised by its first
 * bytes) or a single file — with the one unsafe-path rule ({@link io.github.careplanspec.csv.archive.EntryPath}),
 * the one set of limits ({@link io.github.careplanspec.csv.unit.UnitLimits}, for ZIP archives) and the one bounded
 * stream ({@link io.github.careplanspec.csv.archive.BoundedInputStream}, shared with the envelope). Every consumer
 * — {@link io.github.careplanspec.csv.unit.Units#open}, and each command of the {@code careplan-spec} tool — is a
 * {@link io.github.careplanspec.csv.archive.ArchiveWalker.Visitor}, so the same input yields the same entry-level
 * findings everywhere.
 */
package io.github.careplanspec.csv.archive;
