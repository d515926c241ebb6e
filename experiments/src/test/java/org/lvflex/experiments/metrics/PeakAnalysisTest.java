package org.lvflex.experiments.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.lvflex.core.SimClock;

/** Each peak function on arrays small enough to check by hand. */
class PeakAnalysisTest {
    static final LocalDateTime MONDAY = LocalDateTime.of(2025, 1, 6, 0, 0);

    @Test
    void argMaxTakesTheFirstOfEqualMaximaAndMinusOneWhenEmpty() {
        assertEquals(1, PeakAnalysis.argMax(new double[] {1, 5, 5, 2}, 4));
        assertEquals(0, PeakAnalysis.argMax(new double[] {1, 5, 5, 2}, 1));
        assertEquals(-1, PeakAnalysis.argMax(new double[0], 0));
    }

    @Test
    void windowsMayWrapMidnight() {
        assertTrue(SimClock.inDailyWindow(16 * 60, 16 * 60, 240));
        assertTrue(SimClock.inDailyWindow(19 * 60 + 59, 16 * 60, 240));
        assertFalse(SimClock.inDailyWindow(20 * 60, 16 * 60, 240));
        assertTrue(SimClock.inDailyWindow(60, 22 * 60, 240));
        assertFalse(SimClock.inDailyWindow(2 * 60, 22 * 60, 240));
        assertFalse(SimClock.inDailyWindow(21 * 60, 22 * 60, 240));
    }

    @Test
    void secondaryPeakIsTheLargestDailyMaximumOutsideThePrimaryWindow() {
        SimClock clock = SimClock.ofDays(MONDAY, 60, 2); // hourly steps, two days
        double[] p = new double[48];
        p[1] = 7;        // day 1, 01:00, outside
        p[17] = 10;      // day 1, 17:00, inside 16:00-20:00
        p[24 + 18] = 12; // day 2, 18:00, inside
        p[24 + 23] = 9;  // day 2, 23:00, outside
        p[24 + 20] = 9;  // day 2, 20:00: outside (the window ends at 20:00), tie, earlier step wins
        PeakAnalysis.Secondary s = PeakAnalysis.secondary(p, 48, clock, 16 * 60, 240);
        assertEquals(24 + 20, s.step());
        assertEquals(9, s.kw());
        assertEquals(12, s.primaryKw());
        assertEquals(0.75, s.ratio(), 1e-12);
    }

    @Test
    void rampIsTheLargestStepChangePerMinute() {
        assertEquals(8.0 / 5, PeakAnalysis.maxRampPerMinute(new double[] {0, 5, 2, 10}, 4, 5), 1e-12);
        assertEquals(0, PeakAnalysis.maxRampPerMinute(new double[] {3}, 1, 1));
    }

    @Test
    void minutesAboveAndBelowCountStepsTimesStepLengthAndIgnoreNaN() {
        double[] v = {250, 254, Double.NaN, 216, 210};
        assertEquals(10, PeakAnalysis.minutesAbove(v, 5, 253, 10));
        assertEquals(20, PeakAnalysis.minutesBelow(v, 5, 216.2, 10));
        assertEquals(0, PeakAnalysis.minutesBelow(v, 3, 216.2, 10));
    }

    @Test
    void energyIsPowerTimesStep() {
        assertEquals(3.0, PeakAnalysis.energyKwh(new double[] {2, 4, 6, 99}, 3, 0.25), 1e-12);
    }

    @Test
    void periodMeansTopIndicesAndDays() {
        assertArrayEquals(new double[] {2, 6}, PeakAnalysis.periodMeans(new double[] {1, 3, 5, 7, 100}, 5, 2), 1e-12);
        assertArrayEquals(new int[] {1, 3, 0}, PeakAnalysis.topIndices(new double[] {2, 9, 1, 9}, 3));
        assertArrayEquals(new int[] {1, 0}, PeakAnalysis.topIndices(new double[] {2, 9}, 5));
        double[] x = {1, 2, 3, 5, 6, 7, 9}; // two days of three steps and a partial one
        assertArrayEquals(new double[] {3, 4, 5}, PeakAnalysis.meanDay(x, 6, 3), 1e-12);
        assertEquals(2, PeakAnalysis.peakDay(x, 7, 3));
        assertEquals(1, PeakAnalysis.peakDay(x, 6, 3));
        assertArrayEquals(new double[] {5, 6, 7}, PeakAnalysis.day(x, 7, 3, 1), 1e-12);
        assertArrayEquals(new double[] {9, 0, 0}, PeakAnalysis.day(x, 7, 3, 2), 1e-12);
    }
}
