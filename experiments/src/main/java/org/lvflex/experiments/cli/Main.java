package org.lvflex.experiments.cli;

import java.io.PrintWriter;
import org.lvflex.core.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code lvflex} command line. Exit codes: 0 ok, 2 bad input (a clear message naming the field,
 * no stack trace), 1 internal error.
 */
@Command(name = "lvflex", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Simulates EV smart charging on low-voltage networks and compares the SmartCAR smart-charging models.",
        subcommands = {CompareCommand.class, RunCommand.class, ValidateCommand.class, SweepCommand.class, SummarizeCommand.class,
            CurtailmentCommand.class, GuiCommand.class, PowerflowCommand.class, SchemaCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (tests call this). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line, with lvflex's error handling. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            Throwable cause = ex;
            while (cause != null && !(cause instanceof InputException) && cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            if (cause instanceof InputException ie) {
                err.println("error: bad input");
                for (String p : ie.problems()) {
                    err.println("  " + p);
                }
                err.flush();
                return BAD_INPUT;
            }
            err.println("internal error: " + ex);
            ex.printStackTrace(err);
            err.flush();
            return INTERNAL_ERROR;
        });
        return cl;
    }
}
