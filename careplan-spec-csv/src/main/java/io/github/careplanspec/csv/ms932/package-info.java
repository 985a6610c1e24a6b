/**
 * MS932 (Windows-31J) done right (R2): the repertoire ({@link io.github.careplanspec.csv.ms932.Ms932}), strict
 * decoding that locates bad bytes ({@link io.github.careplanspec.csv.ms932.StrictDecodingReader}), and the
 * conversion policy for text MS932 cannot hold ({@link io.github.careplanspec.csv.ms932.ConversionPolicy}, on
 * ICU4J), every conversion reported.
 */
package io.github.careplanspec.csv.ms932;
