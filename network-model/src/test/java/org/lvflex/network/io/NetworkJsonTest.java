package org.lvflex.network.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lvflex.core.InputException;
import org.lvflex.network.Network;
import org.lvflex.network.powerflow.PowerFlow;
import org.lvflex.network.powerflow.PowerFlowOptions;
import org.lvflex.network.powerflow.PowerFlowResult;

class NetworkJsonTest {

    static String example() throws IOException {
        try (InputStream in = NetworkJsonTest.class.getResourceAsStream("/data/examples/small-feeder.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static PowerFlowResult solve566(Network n) {
        PowerFlow pf = new PowerFlow(n, PowerFlowOptions.defaults());
        new LoadSchedule(n, IeeeEuLv.loadShapes()).apply(pf, 566);
        return pf.solve();
    }

    @Test
    void ieeeFeederRoundTripsThroughJsonToTheSameSolution(@TempDir Path dir) {
        Network ieee = IeeeEuLv.network();
        Path file = dir.resolve("ieee.json");
        NetworkJson.write(ieee, file);
        Network back = NetworkJson.read(file);
        assertEquals(ieee.busCount(), back.busCount());
        assertEquals(ieee.branchCount(), back.branchCount());
        assertEquals(ieee.loads(), back.loads());
        assertEquals(ieee.transformer(), back.transformer());
        assertEquals(ieee.source(), back.source());
        assertEquals(NetworkJson.toJson(ieee), NetworkJson.toJson(back));
        PowerFlowResult a = solve566(ieee);
        double[] va = new double[3 * ieee.busCount()];
        for (int b = 0; b < ieee.busCount(); b++) {
            for (int p = 0; p < 3; p++) {
                va[3 * b + p] = a.busVoltageV(b, p);
            }
        }
        PowerFlowResult r = solve566(back);
        assertTrue(r.converged());
        for (int b = 0; b < ieee.busCount(); b++) {
            for (int p = 0; p < 3; p++) {
                assertEquals(va[3 * b + p], r.busVoltageV(b, p), 0.0, "bus " + ieee.busName(b));
            }
        }
    }

    @Test
    void exampleFileLoadsAndSolves() throws IOException {
        Network n = NetworkJson.parse(example(), "small-feeder.json");
        assertEquals(6, n.busCount());
        assertEquals(3, n.loadCount());
        assertEquals(1, n.feederCount());
        assertEquals("Dyn11", n.transformer().connection());
        PowerFlowResult r = solve566(n);
        assertTrue(r.converged());
        // Dyn11: LV leads HV by 30 degrees
        assertEquals(30.0, r.busVoltageDeg(n.requireBus("LV"), 0), 0.5);
        assertTrue(r.transformerPKw() > 6.0, "the shop draws 6 kW at every minute");
    }

    @Test
    void unknownFieldIsRejectedWithItsName() throws IOException {
        String bad = example().replace("\"lengthM\": 40.0, \"code\": \"main185\" },",
                "\"lenght\": 40.0, \"code\": \"main185\" },");
        InputException e = assertThrows(InputException.class, () -> NetworkJson.parse(bad, "f.json"));
        assertTrue(e.getMessage().contains("lenght"), e.getMessage());
    }

    @Test
    void missingRequiredFieldIsNamed() throws IOException {
        String bad = example().replace("\"kva\": 315.0, ", "");
        InputException e = assertThrows(InputException.class, () -> NetworkJson.parse(bad, "f.json"));
        assertTrue(e.getMessage().contains("transformer TX") && e.getMessage().contains("kva"), e.getMessage());
    }

    @Test
    void missingFileIsInputError(@TempDir Path dir) {
        InputException e = assertThrows(InputException.class, () -> NetworkJson.read(dir.resolve("nope.json")));
        assertTrue(e.getMessage().contains("nope.json"));
    }

    @Test
    void writtenFileIsComplete(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("out/net.json");
        NetworkJson.write(NetworkJson.parse(example(), "x"), f);
        assertTrue(Files.readString(f).contains("\"format\" : \"lvflex-network\""));
    }

    @Test
    void loadShapesCoverAllHundredProfilesAndMinuteRowMapping() {
        LoadShapes s = IeeeEuLv.loadShapes();
        assertEquals(100, s.names().size());
        // Load_profile_1.csv: row 566 (09:26) is 0.574, row 1 (00:01) is 0.036
        assertEquals(0.574, s.value("Shape_1", 566), 1e-12);
        assertEquals(0.036, s.value("Shape_1", 1), 1e-12);
        assertThrows(InputException.class, () -> s.value("Shape_1", 0));
        assertThrows(InputException.class, () -> s.value("Shape_1", 1441));
        assertThrows(InputException.class, () -> s.value("Shape_101", 1));
    }
}
