package org.lvflex.core;

import java.util.List;

/**
 * Bad input from a user: a malformed scenario, network or sweep file, a missing file, an unknown
 * name. The command line prints {@link #problems()} (one line each, naming the element, the bad value
 * and what is allowed) and exits with code 2 without a stack trace.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public InputException(String problem) {
        this(List.of(problem));
    }

    public InputException(List<String> problems) {
        super(String.join("\n", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InputException(String problem, Throwable cause) {
        super(problem, cause);
        this.problems = List.of(problem);
    }

    /** One line per problem, each naming the offending element. */
    public List<String> problems() {
        return problems;
    }
}
