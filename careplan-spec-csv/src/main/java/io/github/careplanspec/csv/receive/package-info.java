/**
 * 受信側の処理 — the receiving side: received transmission units (送信単位) in processing order (R22) become typed
 * change events keyed as the spec keys them ({@link io.github.careplanspec.csv.receive.ReceiveProcessor}): families
 * registered or replaced as a set (R26–R28, R35, R36, P9), deletions with their cascades (R31–R33, R36a, P8),
 * re-deliveries without a second effect and out-of-order arrivals reported. Knows nothing of validation.
 */
package io.github.careplanspec.csv.receive;
