package org.lvflex.experiments.cli;

import org.lvflex.core.InputException;
import picocli.CommandLine.Option;

/** {@code --threads}: how many runs go in parallel in this JVM. */
public final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N",
            description = "Runs in parallel in this JVM (default: the number of processors). Outputs do not depend on it.")
    Integer threads;

    /** The thread count given, or the number of processors; below 1 is bad input. */
    int get() {
        if (threads == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (threads < 1) {
            throw new InputException("--threads: got " + threads + ", expected a whole number >= 1");
        }
        return threads;
    }
}
