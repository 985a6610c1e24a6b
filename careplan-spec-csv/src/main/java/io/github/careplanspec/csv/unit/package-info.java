/**
 * Transmission units (送信単位, R21): the interface files that share one ファイル連番, sender and receiver.
 * {@link io.github.careplanspec.csv.unit.TransmissionUnit#builder builds} units from records for sending,
 * {@link io.github.careplanspec.csv.unit.Units#open(java.nio.file.Path) opens} received folders and ZIP archives
 * into units in the spec's processing order (R22), guarding against hostile archives, and
 * {@link io.github.careplanspec.csv.unit.UnitEnvelopes} seals and opens whole units as one envelope.
 */
package io.github.careplanspec.csv.unit;
