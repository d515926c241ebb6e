package org.lvflex.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lvflex.experiments.cli.SchemaCommand;

/** The scenario reference in docs/ is generated from the code and must match it. */
class DocsUpToDateTest {
    @Test
    void scenarioReferenceMatchesTheCode() throws Exception {
        Path doc = Path.of("..", "docs", "scenario-reference.md");
        assertEquals(SchemaCommand.reference(), Files.readString(doc),
                "docs/scenario-reference.md is stale: run ./lvflex schema --markdown docs/scenario-reference.md");
    }
}
