/**
 * MS932-correct readers and writers for every interface file of the ケアプランデータ連携標準仕様 V4.1, transmission
 * units (送信単位) and envelope encryption. Envelope encryption needs BouncyCastle (bcprov, bcpkix, bcutil), an optional
 * dependency: everything else runs without it.
 */
module io.github.careplanspec.csv {
    requires transitive io.github.careplanspec.model;
    requires transitive org.apache.commons.csv;
    requires com.ibm.icu;
    // envelope encryption only (io.github.careplanspec.csv.envelope, UnitEnvelopes): optional, so reading, writing
    // and validating run without BouncyCastle; add bcprov, bcpkix and bcutil to use envelopes
    requires static org.bouncycastle.provider;
    requires static org.bouncycastle.util;
    requires static org.bouncycastle.pkix;

    exports io.github.careplanspec.csv;
    exports io.github.careplanspec.csv.archive;
    exports io.github.careplanspec.csv.ms932;
    exports io.github.careplanspec.csv.envelope;
    exports io.github.careplanspec.csv.receive;
    exports io.github.careplanspec.csv.unit;
}
