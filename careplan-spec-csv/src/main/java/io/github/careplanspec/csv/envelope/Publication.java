package io.github.careplanspec.csv.envelope;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Quarantine publication: write to a private temporary file beside the target, force it to disk, then move it into
 * place atomically; on any failure delete the temporary file so nothing is left behind (research §4.8).
 */
final class Publication {

    /** Writes the content; may throw {@link EnvelopeException} to abort publication. */
    interface Writer {
        void write(OutputStream out) throws IOException, EnvelopeException;
    }

    private Publication() {
    }

    static void publish(Path target, Writer writer) throws IOException, EnvelopeException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(absolute.toString());
        }
        Path quarantine = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".part");
        boolean published = false;
        try {
            writeTo(quarantine, writer);
            Files.move(quarantine, absolute, StandardCopyOption.ATOMIC_MOVE);
            published = true;
        } finally {
            if (!published) {
                Files.deleteIfExists(quarantine);
            }
        }
    }

    static void writeTo(Path file, Writer writer) throws IOException, EnvelopeException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = new BufferedOutputStream(Streams.markTargetFailures(Channels.newOutputStream(channel)),
                    64 * 1024);
            writer.write(out);
            out.flush();
            channel.force(true);
        }
    }

    /** Creates a private staging directory beside {@code target}. */
    static Path stagingDirectory(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(absolute.toString());
        }
        return Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".");
    }

    static void publishDirectory(Path staging, Path target) throws IOException {
        try {
            Files.move(staging, target.toAbsolutePath(), StandardCopyOption.ATOMIC_MOVE);
        } catch (DirectoryNotEmptyException e) {
            throw new FileAlreadyExistsException(target.toString());
        }
    }

    static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort: the staging directory is hidden and private
        }
    }
}
