package org.lvflex.network;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lvflex.core.InputException;
import org.lvflex.network.io.NetworkJson;

/** Every kind of bad network input is an {@link InputException} naming the element. */
class BadInputTest {

    static String example() throws IOException {
        try (InputStream in = BadInputTest.class.getResourceAsStream("/data/examples/small-feeder.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String fails(String json) {
        InputException e = assertThrows(InputException.class, () -> NetworkJson.parse(json, "test.json"));
        return e.getMessage();
    }

    @Test
    void meshedNetwork() throws IOException {
        String json = example().replace("{ \"name\": \"S3\",",
                "{ \"name\": \"LOOP\", \"from\": \"LV\", \"to\": \"J2\", \"lengthM\": 80.0, \"code\": \"main185\" },\n    { \"name\": \"S3\",");
        String m = fails(json);
        assertTrue(m.contains("LOOP") && m.contains("loop"), m);
    }

    @Test
    void disconnectedBus() throws IOException {
        String json = example().replace("{ \"name\": \"H3\", \"x\": 80.0, \"y\": -15.0 }",
                "{ \"name\": \"H3\", \"x\": 80.0, \"y\": -15.0 },\n    { \"name\": \"ISLAND\", \"x\": 1.0, \"y\": 1.0 }");
        String m = fails(json);
        assertTrue(m.contains("bus ISLAND is not connected"), m);
    }

    @Test
    void unknownLineCode() throws IOException {
        String m = fails(example().replace("\"to\": \"H2\", \"lengthM\": 15.0, \"code\": \"svc35\"",
                "\"to\": \"H2\", \"lengthM\": 15.0, \"code\": \"svc99\""));
        assertTrue(m.contains("line S2") && m.contains("svc99") && m.contains("main185"), m);
    }

    @Test
    void loadOnMissingBus() throws IOException {
        String m = fails(example().replace("\"bus\": \"H2\", \"phase\": \"B\"", "\"bus\": \"H9\", \"phase\": \"B\""));
        assertTrue(m.contains("load house2") && m.contains("H9"), m);
    }

    @Test
    void loadOnMissingPhase() throws IOException {
        String m = fails(example().replace("\"bus\": \"H2\", \"phase\": \"B\"", "\"bus\": \"H2\", \"phase\": \"D\""));
        assertTrue(m.contains("load house2") && m.contains("'D'") && m.contains("A, B, C or ABC"), m);
    }

    @Test
    void zeroImpedance() throws IOException {
        String m = fails(example().replace("\"r1\": 0.868", "\"r1\": 0.0"));
        assertTrue(m.contains("line code svc35") && m.contains("R1 0.0"), m);
    }

    @Test
    void negativeReactance() throws IOException {
        String m = fails(example().replace("\"x0\": 0.078", "\"x0\": -0.078"));
        assertTrue(m.contains("line code main185") && m.contains("X0 -0.078"), m);
    }

    @Test
    void zeroLength() throws IOException {
        String m = fails(example().replace("\"to\": \"H1\", \"lengthM\": 15.0", "\"to\": \"H1\", \"lengthM\": 0.0"));
        assertTrue(m.contains("line S1") && m.contains("length 0.0"), m);
    }

    @Test
    void negativeLength() throws IOException {
        String m = fails(example().replace("\"to\": \"H1\", \"lengthM\": 15.0", "\"to\": \"H1\", \"lengthM\": -3.0"));
        assertTrue(m.contains("line S1") && m.contains("length -3.0"), m);
    }

    @Test
    void lineToMissingBus() throws IOException {
        String m = fails(example().replace("\"from\": \"J2\", \"to\": \"H3\"", "\"from\": \"J7\", \"to\": \"H3\""));
        assertTrue(m.contains("line S3") && m.contains("'J7'"), m);
    }

    @Test
    void unsupportedTransformerConnection() throws IOException {
        String m = fails(example().replace("\"Dyn11\"", "\"Yy0\""));
        assertTrue(m.contains("transformer TX") && m.contains("Yy0"), m);
    }

    @Test
    void extraLoadOnMissingBusOrPhase() throws IOException {
        Network n = NetworkJson.parse(example(), "x");
        InputException bus = assertThrows(InputException.class,
                () -> n.withExtraLoads(List.of(new Load("cp", 99, 0, 7, 1, ""))));
        assertTrue(bus.getMessage().contains("load cp") && bus.getMessage().contains("99"));
        InputException phase = assertThrows(InputException.class,
                () -> n.withExtraLoads(List.of(new Load("cp", 1, 5, 7, 1, ""))));
        assertTrue(phase.getMessage().contains("load cp") && phase.getMessage().contains("phase 5"));
    }

    @Test
    void severalProblemsAreReportedTogether() throws IOException {
        String json = example().replace("\"code\": \"svc35\" },\n    { \"name\": \"S2\"", "\"code\": \"nope\" },\n    { \"name\": \"S2\"")
                .replace("\"bus\": \"H2\", \"phase\": \"B\"", "\"bus\": \"H9\", \"phase\": \"B\"");
        InputException e = assertThrows(InputException.class, () -> NetworkJson.parse(json, "t"));
        assertTrue(e.problems().size() >= 2, e.problems().toString());
    }
}
