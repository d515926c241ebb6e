package org.lvflex.experiments.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/sweep-reference.md is generated from the sweep records and must match them. */
class SweepReferenceTest {
    @Test
    void sweepReferenceMatchesTheCode() throws Exception {
        String md = SweepReference.markdown();
        assertTrue(md.contains("### `parameters[]`") && md.contains("| `replications` | integer | 3 |"), md);
        assertEquals(md, Files.readString(Path.of("..", "docs", "sweep-reference.md")),
                "docs/sweep-reference.md is stale: run ./lvflex schema --sweep --markdown docs/sweep-reference.md");
    }
}
