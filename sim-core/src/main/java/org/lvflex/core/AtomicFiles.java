package org.lvflex.core;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes files and directories so a reader never sees half of them: everything goes to a temporary
 * sibling first and is renamed into place only when complete.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Body of a text write. */
    @FunctionalInterface
    public interface TextBody {
        void write(Writer out) throws IOException;
    }

    /** Body of a binary write. */
    @FunctionalInterface
    public interface BinaryBody {
        void write(OutputStream out) throws IOException;
    }

    /** Body of a directory write: fills the directory it is given; returns what the caller needs of it. */
    @FunctionalInterface
    public interface DirectoryBody<T> {
        T write(Path dir) throws IOException;
    }

    /** Writes UTF-8 text to {@code target} atomically. */
    public static void writeText(Path target, TextBody body) {
        writeBinary(target, os -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
            body.write(w);
            w.flush();
        });
    }

    /** Writes a string to {@code target} atomically. */
    public static void writeString(Path target, String text) {
        writeText(target, w -> w.write(text));
    }

    /** Writes bytes to {@code target} atomically. */
    public static void writeBinary(Path target, BinaryBody body) {
        Path dir = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try {
                try (OutputStream os = Files.newOutputStream(tmp)) {
                    body.write(os);
                }
                move(tmp, target);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates a fresh temporary directory beside {@code target} for a run to fill; pass it to
     * {@link #publishDirectory} when every file is written.
     */
    public static Path stagingDirectory(Path target) {
        Path abs = target.toAbsolutePath();
        try {
            Files.createDirectories(abs.getParent());
            return Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + ".partial-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create output directory beside " + target, e);
        }
    }

    /**
     * Renames a completed staging directory to {@code target}. An existing {@code target} is
     * replaced only after the new one is complete.
     */
    public static void publishDirectory(Path staging, Path target) {
        Path abs = target.toAbsolutePath();
        try {
            Path old = null;
            if (Files.exists(abs)) {
                old = abs.resolveSibling("." + abs.getFileName() + ".old-" + System.nanoTime());
                Files.move(abs, old);
            }
            move(staging, abs);
            if (old != null) {
                deleteRecursively(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a whole directory atomically: {@code body} fills a fresh staging directory beside
     * {@code target} ({@link #stagingDirectory}), which then replaces {@code target}
     * ({@link #publishDirectory}). If the body fails nothing is published; the staging directory is
     * removed either way. Returns what the body returned.
     */
    public static <T> T writeDirectory(Path target, DirectoryBody<T> body) {
        Path staging = stagingDirectory(target);
        try {
            T result = body.write(staging);
            publishDirectory(staging, target);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            deleteRecursively(staging);
        }
    }

    /** Deletes a file tree; silently does nothing if it does not exist. */
    public static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
