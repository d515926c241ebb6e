package org.lvflex.experiments.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lvflex.core.AtomicFiles;
import org.lvflex.scenario.Scenario;
import org.lvflex.scenario.schema.SchemaDoc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lvflex schema}: the scenario reference, generated from the parameter records. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints (or writes) the scenario reference: every field with its default, unit, range and source or assumption.")
public final class SchemaCommand implements Callable<Integer> {
    @Option(names = "--markdown", paramLabel = "FILE", description = "Write the reference to FILE instead of printing it.")
    Path file;

    @Option(names = "--sweep", description = "The sweep file reference instead (docs/sweep-reference.md).")
    boolean sweep;

    public static String reference() {
        return SchemaDoc.markdown(Scenario.class, Scenario.defaults(), "Scenario reference",
                "Every field of a scenario file. A file need only give the fields it changes; everything else takes "
                + "the default below. `./lvflex validate FILE --resolved` prints a file with every default filled in.");
    }

    @Override
    public Integer call() {
        String text = sweep ? org.lvflex.experiments.sweep.SweepReference.markdown() : reference();
        if (file == null) {
            System.out.print(text);
        } else {
            AtomicFiles.writeString(file, text);
            System.out.println("wrote " + file);
        }
        return Main.OK;
    }
}
