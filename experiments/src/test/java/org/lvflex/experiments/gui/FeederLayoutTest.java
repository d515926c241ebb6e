package org.lvflex.experiments.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lvflex.network.LineCode;
import org.lvflex.network.Network;
import org.lvflex.network.NetworkBuilder;
import org.lvflex.network.Source;
import org.lvflex.network.Transformer;
import org.lvflex.network.generator.UkFeederGenerator;
import org.lvflex.network.generator.UkFeederSpec;
import org.lvflex.network.io.IeeeEuLv;

class FeederLayoutTest {

    static void insideItsBand(Network n, FeederLayout l, double top, double bottom) {
        for (int b = 0; b < n.busCount(); b++) {
            assertTrue(l.x(b) > 0 && l.x(b) < l.width(), "bus " + n.busName(b) + " x");
            assertTrue(l.y(b) >= top * l.height() - 1e-9 && l.y(b) <= (1 - bottom) * l.height() + 1e-9, "bus " + n.busName(b) + " y");
        }
    }

    @Test
    void ieeeFeederUsesItsBusCoordinatesNorthUp() {
        Network n = IeeeEuLv.network();
        FeederLayout l = FeederLayout.of(n, 0.8, 0.15, 0.2);
        assertTrue(l.fromCoordinates());
        assertEquals(0.8, l.width() / l.height(), 1e-9, "the field has the display's aspect, so nothing is stretched");
        insideItsBand(n, l, 0.15, 0.2);
        int a = n.busIndex("1");
        int b = n.busIndex("2");
        // scale is uniform: distances keep their proportions, and y is flipped
        assertEquals(n.busX(b) - n.busX(a), l.x(b) - l.x(a), 1e-6);
        assertEquals(-(n.busY(b) - n.busY(a)), l.y(b) - l.y(a), 1e-6);
    }

    @Test
    void generatedFeederLaysItselfOut() {
        Network n = UkFeederGenerator.generate(UkFeederSpec.defaults(), 1);
        FeederLayout l = FeederLayout.of(n, 1.5, 0.1, 0.1);
        assertTrue(l.fromCoordinates(), "the generator places its buses");
        insideItsBand(n, l, 0.1, 0.1);
    }

    @Test
    void aNetworkWithoutCoordinatesIsDrawnAsATree() {
        LineCode code = new LineCode("c", 0.2, 0.07, 0.6, 0.08, 300, "test cable");
        NetworkBuilder b = new NetworkBuilder("no-coordinates");
        b.source(new Source(11.0, 1.0, 0.0, 3000, 3000, 4.0, 3.0));
        b.transformer(new Transformer("TX", 200, 11.0, 0.416, 1.0, 4.0, "Dyn11"), "T");
        b.lineCode(code);
        b.bus("T", 0, 0);
        String[] names = {"A", "B", "A1", "A2", "B1"};
        String[] parents = {"T", "T", "A", "A", "B"};
        for (int i = 0; i < names.length; i++) {
            b.bus(names[i], 0, 0);
            b.line("L" + names[i], parents[i], names[i], 50, "c");
        }
        b.load("H1", "A1", "A", 1, 0.95, "Shape_1");
        Network n = b.build();
        FeederLayout l = FeederLayout.of(n, 1.0);
        assertFalse(l.fromCoordinates());
        Set<String> points = new HashSet<>();
        for (int i = 0; i < n.busCount(); i++) {
            points.add(l.x(i) + "," + l.y(i));
        }
        assertEquals(n.busCount(), points.size(), "every bus has its own place");
        for (int i = 0; i < n.busCount(); i++) {
            int p = n.busParent(i);
            if (p >= 0) {
                assertTrue(l.y(p) < l.y(i), n.busName(p) + " is drawn above its child " + n.busName(i));
            }
        }
        int a = n.busIndex("A");
        assertEquals((l.x(n.busIndex("A1")) + l.x(n.busIndex("A2"))) / 2, l.x(a), 1e-9, "a parent sits over its children");
    }
}
