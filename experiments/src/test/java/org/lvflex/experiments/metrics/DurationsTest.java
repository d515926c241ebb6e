package org.lvflex.experiments.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void percentilesOfTenEventsWithinTheHistogramsPrecision() {
        List<Double> d = new ArrayList<>();
        for (int i = 10; i >= 1; i--) {
            d.add(15.0 * i); // 15, 30, ..., 150 minutes
        }
        Durations x = Durations.of(d);
        assertEquals(10, x.count());
        assertEquals(75, x.p50(), 75 * 1e-3);
        assertEquals(135, x.p90(), 135 * 1e-3);
        assertEquals(150, x.max());
    }

    @Test
    void noEventsGiveZeros() {
        assertEquals(new Durations(0, 0, 0, 0), Durations.of(List.of()));
    }

    @Test
    void zeroLengthEventsAreCountedNotDropped() {
        Durations x = Durations.of(List.of(0.0, 0.0, 30.0));
        assertEquals(3, x.count());
        assertEquals(0, x.p50(), 1e-2);
        assertEquals(30, x.max());
    }
}
