package io.github.careplanspec.csv.unit;

/**
 * The guards of the receiving side against hostile or broken ZIP archives, one send of the client application
 * ({@link io.github.careplanspec.csv.archive.ArchiveWalker}). They apply to ZIP archives only: a received folder is
 * the receiver's own disk, read lazily, without a count or size limit. Every size is counted as bytes are actually
 * inflated, never taken from a ZIP header; nothing is held in memory, whatever the limits. Immutable.
 *
 * @param maxFiles        the most files (entries that are not directories) of one archive; default
 *                        {@value #DEFAULT_MAX_FILES}, the client application's limit per send
 * @param maxEntries      the most entries of any kind (directories included); default {@value #DEFAULT_MAX_ENTRIES}
 * @param maxEntryBytes   the largest file, counted while inflating; default 64 MiB
 * @param maxTotalBytes   all files of the archive together, counted while inflating; default 256 MiB
 * @param maxRatio        the largest ratio of inflated to compressed bytes of an entry; default {@value #DEFAULT_MAX_RATIO}
 * @param ratioFloorBytes the ratio is checked once an entry has inflated this many bytes; default 1 MiB
 */
public record UnitLimits(int maxFiles, int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio,
        long ratioFloorBytes) {
    /** The client application sends at most this many files at once. */
    public static final int DEFAULT_MAX_FILES = 100;
    /** Default entry limit. */
    public static final int DEFAULT_MAX_ENTRIES = 1000;
    /** Default ratio limit. */
    public static final int DEFAULT_MAX_RATIO = 100;

    /**
     * Checks the limits.
     *
     * @param maxFiles        the most files
     * @param maxEntries      the most entries
     * @param maxEntryBytes   the largest file
     * @param maxTotalBytes   all files together
     * @param maxRatio        the largest compression ratio
     * @param ratioFloorBytes where the ratio check starts
     * @throws IllegalArgumentException if a limit is not positive
     */
    public UnitLimits {
        if (maxFiles < 1 || maxEntries < 1 || maxEntryBytes < 1 || maxTotalBytes < 1 || maxRatio < 1
                || ratioFloorBytes < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * The largest archive file (or stream, copied to a temporary file) that can hold entries within these limits:
     * {@code maxTotalBytes} of data, 1/64 of it for deflate's worst case, 8 KiB of headers per entry and the
     * longest end record. A larger archive is refused unread.
     *
     * @return the bytes
     */
    public long maxArchiveBytes() {
        return maxTotalBytes + (maxTotalBytes >> 6) + maxEntries * 8192L + 0x10000 + 22;
    }

    /** @return the defaults: 100 files, 1000 entries, 64 MiB per file, 256 MiB in all, ratio 100 from 1 MiB */
    public static UnitLimits defaults() {
        return new UnitLimits(DEFAULT_MAX_FILES, DEFAULT_MAX_ENTRIES, 64L << 20, 256L << 20, DEFAULT_MAX_RATIO,
                1L << 20);
    }

    /**
     * These limits with another file limit.
     *
     * @param value the most files
     * @return the limits
     */
    public UnitLimits withMaxFiles(int value) {
        return new UnitLimits(value, maxEntries, maxEntryBytes, maxTotalBytes, maxRatio, ratioFloorBytes);
    }

    /**
     * These limits with another entry limit.
     *
     * @param value the most entries
     * @return the limits
     */
    public UnitLimits withMaxEntries(int value) {
        return new UnitLimits(maxFiles, value, maxEntryBytes, maxTotalBytes, maxRatio, ratioFloorBytes);
    }

    /**
     * These limits with other size limits.
     *
     * @param entryBytes the largest file
     * @param totalBytes all files together
     * @return the limits
     */
    public UnitLimits withMaxBytes(long entryBytes, long totalBytes) {
        return new UnitLimits(maxFiles, maxEntries, entryBytes, totalBytes, maxRatio, ratioFloorBytes);
    }

    /**
     * These limits with another ratio limit.
     *
     * @param ratio the largest ratio
     * @param floorBytes where the check starts
     * @return the limits
     */
    public UnitLimits withMaxRatio(int ratio, long floorBytes) {
        return new UnitLimits(maxFiles, maxEntries, maxEntryBytes, maxTotalBytes, ratio, floorBytes);
    }
}
