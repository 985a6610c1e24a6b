/**
 * Reading and writing the interface files of the ケアプランデータ連携標準仕様 V4.1 in the spec's CSV dialect
 * (R1–R7), one generic mechanism for every kind driven by the model's catalog: {@link
 * io.github.careplanspec.csv.CsvReader} (streaming, strict or lenient, every problem located) and {@link
 * io.github.careplanspec.csv.CsvWriter} (conformant by construction).
 */
package io.github.careplanspec.csv;
