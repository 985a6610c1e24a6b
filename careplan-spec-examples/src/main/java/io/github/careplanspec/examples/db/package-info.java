/**
 * The receiving side on a real database: {@link io.github.careplanspec.examples.db.JdbcImporter} applies received
 * units (through the library's {@code ReceiveProcessor}) to a schema derived from the catalog
 * ({@link io.github.careplanspec.examples.db.CatalogSchema}), one transaction per unit, after a
 * {@link io.github.careplanspec.examples.db.UnitGate}; {@link io.github.careplanspec.examples.db.JdbcExporter} reads
 * back what it holds. Portable SQL for H2 (embedded default {@code jdbc:h2:./careplan}) and PostgreSQL.
 */
package io.github.careplanspec.examples.db;
