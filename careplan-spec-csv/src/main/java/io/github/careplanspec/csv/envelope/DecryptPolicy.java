package io.github.careplanspec.csv.envelope;

import io.github.careplanspec.model.catalog.InvalidValueException;
import io.github.careplanspec.model.issue.IssueId;

/**
 * Limits and algorithm policy applied when opening an envelope (復号時の方針). Immutable and thread-safe; start from
 * {@link #strict()} (the default of every opener) and tighten or, within hard bounds, relax it with
 * {@link #toBuilder()}.
 *
 * <p>Whatever the policy, these are always refused: EnvelopedData and any content cipher other than AES-128/256-GCM,
 * GCM tags under 16 bytes, RSA PKCS#1 v1.5 key transport, curves other than P-256/P-384/P-521, inner content types
 * other than id-data, authenticated or unauthenticated attributes, a password recipient next to others, and several
 * openable recipients whose content keys differ.
 */
public final class DecryptPolicy {

    /** Hard upper bound for {@link Builder#maxEnvelopeBytes(long)}: the DER length limit of the ASN.1 parser. */
    public static final long HARD_MAX_ENVELOPE_BYTES = Integer.MAX_VALUE;

    private static final DecryptPolicy STRICT = new Builder().build();

    private final long maxEnvelopeBytes;
    private final int maxInMemoryBytes;
    private final int maxHeaderBytes;
    private final int maxRecipients;
    private final int minRsaBits;
    private final int minPasswordIterations;
    private final int maxPasswordIterations;
    private final int maxUnitFiles;

    private DecryptPolicy(Builder b) {
        this.maxEnvelopeBytes = b.maxEnvelopeBytes;
        this.maxInMemoryBytes = b.maxInMemoryBytes;
        this.maxHeaderBytes = b.maxHeaderBytes;
        this.maxRecipients = b.maxRecipients;
        this.minRsaBits = b.minRsaBits;
        this.minPasswordIterations = b.minPasswordIterations;
        this.maxPasswordIterations = b.maxPasswordIterations;
        this.maxUnitFiles = b.maxUnitFiles;
    }

    /**
     * The default policy: envelopes up to 1 GiB (64 MiB for in-memory opening), header (recipient list) up to
     * 1 MiB, at most 16 recipients, RSA ≥ 2048 bits, PBKDF2 100,000 to 2,000,000 iterations, units of at most 100
     * files.
     *
     * @return the strict policy
     */
    public static DecryptPolicy strict() {
        return STRICT;
    }

    /**
     * A builder initialised with this policy's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxEnvelopeBytes = maxEnvelopeBytes;
        b.maxInMemoryBytes = maxInMemoryBytes;
        b.maxHeaderBytes = maxHeaderBytes;
        b.maxRecipients = maxRecipients;
        b.minRsaBits = minRsaBits;
        b.minPasswordIterations = minPasswordIterations;
        b.maxPasswordIterations = maxPasswordIterations;
        b.maxUnitFiles = maxUnitFiles;
        return b;
    }

    /**
     * Largest envelope accepted, in bytes (as read, PEM included).
     *
     * @return the limit
     */
    public long maxEnvelopeBytes() {
        return maxEnvelopeBytes;
    }

    /**
     * Largest envelope accepted by the in-memory methods.
     *
     * @return the limit in bytes
     */
    public int maxInMemoryBytes() {
        return maxInMemoryBytes;
    }

    /**
     * Largest header (everything before the encrypted content, mostly the recipient list), in bytes.
     *
     * @return the limit
     */
    public int maxHeaderBytes() {
        return maxHeaderBytes;
    }

    /**
     * Most recipients accepted; checked before any key is tried.
     *
     * @return the limit
     */
    public int maxRecipients() {
        return maxRecipients;
    }

    /**
     * Smallest RSA modulus of the opener's key, in bits.
     *
     * @return the minimum
     */
    public int minRsaBits() {
        return minRsaBits;
    }

    /**
     * Smallest PBKDF2 iteration count accepted.
     *
     * @return the minimum
     */
    public int minPasswordIterations() {
        return minPasswordIterations;
    }

    /**
     * Largest PBKDF2 iteration count accepted (bounds the work an envelope can demand).
     *
     * @return the maximum
     */
    public int maxPasswordIterations() {
        return maxPasswordIterations;
    }

    /**
     * Most files in a transmission unit.
     *
     * @return the limit
     */
    public int maxUnitFiles() {
        return maxUnitFiles;
    }

    @Override
    public String toString() {
        return "DecryptPolicy[maxEnvelopeBytes=" + maxEnvelopeBytes + ", maxInMemoryBytes=" + maxInMemoryBytes
                + ", maxHeaderBytes=" + maxHeaderBytes + ", maxRecipients=" + maxRecipients + ", minRsaBits="
                + minRsaBits + ", passwordIterations=" + minPasswordIterations + ".." + maxPasswordIterations
                + ", maxUnitFiles=" + maxUnitFiles + "]";
    }

    /** Builder of a {@link DecryptPolicy}; not thread-safe, the built policy is. */
    public static final class Builder {
        private long maxEnvelopeBytes = 1L << 30;
        private int maxInMemoryBytes = 64 << 20;
        private int maxHeaderBytes = 1 << 20;
        private int maxRecipients = 16;
        private int minRsaBits = Recipient.MIN_RSA_BITS;
        private int minPasswordIterations = Recipient.MIN_PASSWORD_ITERATIONS;
        private int maxPasswordIterations = Recipient.MAX_PASSWORD_ITERATIONS;
        private int maxUnitFiles = 100;

        private Builder() {
        }

        private static void check(boolean ok, String what) {
            if (!ok) {
                throw new InvalidValueException(IssueId.of("envelope.policy.range"), what);
            }
        }

        /**
         * Sets the envelope size limit.
         *
         * @param bytes 1 KiB to {@link #HARD_MAX_ENVELOPE_BYTES}
         * @return this builder
         */
        public Builder maxEnvelopeBytes(long bytes) {
            check(bytes >= 1024 && bytes <= HARD_MAX_ENVELOPE_BYTES, "maxEnvelopeBytes " + bytes);
            this.maxEnvelopeBytes = bytes;
            return this;
        }

        /**
         * Sets the in-memory envelope size limit.
         *
         * @param bytes 1 KiB to 1 GiB
         * @return this builder
         */
        public Builder maxInMemoryBytes(int bytes) {
            check(bytes >= 1024 && bytes <= (1 << 30), "maxInMemoryBytes " + bytes);
            this.maxInMemoryBytes = bytes;
            return this;
        }

        /**
         * Sets the header size limit.
         *
         * @param bytes 1 KiB to 16 MiB
         * @return this builder
         */
        public Builder maxHeaderBytes(int bytes) {
            check(bytes >= 1024 && bytes <= (16 << 20), "maxHeaderBytes " + bytes);
            this.maxHeaderBytes = bytes;
            return this;
        }

        /**
         * Sets the recipient limit.
         *
         * @param count 1 to 1000
         * @return this builder
         */
        public Builder maxRecipients(int count) {
            check(count >= 1 && count <= 1000, "maxRecipients " + count);
            this.maxRecipients = count;
            return this;
        }

        /**
         * Sets the minimum RSA size of the opener's key.
         *
         * @param bits at least 2048
         * @return this builder
         */
        public Builder minRsaBits(int bits) {
            check(bits >= Recipient.MIN_RSA_BITS && bits <= 16384, "minRsaBits " + bits);
            this.minRsaBits = bits;
            return this;
        }

        /**
         * Sets the accepted PBKDF2 iteration range.
         *
         * @param min at least 10,000
         * @param max at most 10,000,000 and at least {@code min}
         * @return this builder
         */
        public Builder passwordIterations(int min, int max) {
            check(min >= 10_000 && max <= 10_000_000 && min <= max, "passwordIterations " + min + ".." + max);
            this.minPasswordIterations = min;
            this.maxPasswordIterations = max;
            return this;
        }

        /**
         * Sets the most files in a transmission unit.
         *
         * @param count 1 to 10,000
         * @return this builder
         */
        public Builder maxUnitFiles(int count) {
            check(count >= 1 && count <= 10_000, "maxUnitFiles " + count);
            this.maxUnitFiles = count;
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the immutable policy
         */
        public DecryptPolicy build() {
            return new DecryptPolicy(this);
        }
    }
}
