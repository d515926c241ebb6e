package org.lvflex.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A directory written with {@link AtomicFiles#writeDirectory} appears whole or not at all. */
class AtomicFilesTest {

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aCompleteDirectoryReplacesTheOldOne(@TempDir Path tmp) throws IOException {
        Path target = tmp.resolve("out");
        Files.createDirectories(target);
        Files.writeString(target.resolve("stale.txt"), "old");
        int written = AtomicFiles.writeDirectory(target, dir -> {
            AtomicFiles.writeString(dir.resolve("a.txt"), "a");
            return 1;
        });
        assertEquals(1, written, "what the body returned");
        assertEquals(List.of("a.txt"), names(target));
        assertEquals(List.of("out"), names(tmp), "no staging or old folder left beside it");
    }

    @Test
    void aFailedBodyPublishesNothing(@TempDir Path tmp) throws IOException {
        Path target = tmp.resolve("out");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.writeDirectory(target, dir -> {
            AtomicFiles.writeString(dir.resolve("a.txt"), "a");
            throw new IllegalStateException("disk full");
        }));
        assertEquals(List.of(), names(tmp), "neither the target nor the staging folder");
    }
}
