package org.lvflex.experiments.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Where a command writes its output folder when {@code --out} is not given. */
final class OutputFolder {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private OutputFolder() {}

    /** {@code out} if given, else {@code results/<prefix>-<yyyyMMdd-HHmmss>} (now, local time). */
    static Path orDefault(Path out, String prefix) {
        return out != null ? out : Path.of("results", prefix + "-" + LocalDateTime.now().format(STAMP));
    }
}
