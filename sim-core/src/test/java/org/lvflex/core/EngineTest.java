package org.lvflex.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineTest {
    private static final LocalDateTime MON = LocalDateTime.of(2025, 1, 6, 0, 0);

    @Test
    void simultaneousEventsRunByOrderingThenInsertion() {
        List<String> log = new ArrayList<>();
        LvSimState s = new LvSimState(1, SimClock.ofDays(MON, 1, 1)) {
            private static final long serialVersionUID = 1L;

            @Override
            public void start() {
                super.start();
                for (int i = 0; i < 20; i++) {
                    int k = i;
                    events.at(10, 2, st -> log.add("b" + k));
                    events.at(10, 1, st -> log.add("a" + k));
                }
                events.at(5, 9, st -> log.add("early"));
            }
        };
        s.runToEnd(null);
        List<String> expected = new ArrayList<>();
        expected.add("early");
        for (int i = 0; i < 20; i++) {
            expected.add("a" + i);
        }
        for (int i = 0; i < 20; i++) {
            expected.add("b" + i);
        }
        assertEquals(expected, log);
    }

    @Test
    void repeatingEventsKeepTheirOrderWithSimultaneousEventsWhateverTheSeed() {
        for (long seed = 1; seed <= 5; seed++) {
            List<String> log = new ArrayList<>();
            LvSimState s = new LvSimState(seed, SimClock.ofDays(MON, 60, 2)) {
                private static final long serialVersionUID = 1L;

                @Override
                public void start() {
                    super.start();
                    events.at(0, 1, st -> log.add("once"));
                    for (int i = 0; i < 8; i++) {
                        String name = "r" + i;
                        events.every(0, 720, 1, st -> log.add(name));
                    }
                }
            };
            s.runToEnd(null);
            List<String> expected = new ArrayList<>();
            expected.add("once");
            for (int occurrence = 0; occurrence < 4; occurrence++) {
                for (int i = 0; i < 8; i++) {
                    expected.add("r" + i);
                }
            }
            assertEquals(expected, log, "seed " + seed);
        }
    }

    @Test
    void repeatingEventsStopAtHorizonAndLateEventsAreDropped() {
        int[] count = {0};
        boolean[] late = {false};
        LvSimState s = new LvSimState(1, SimClock.ofDays(MON, 5, 1)) {
            private static final long serialVersionUID = 1L;

            @Override
            public void start() {
                super.start();
                events.every(0, clock.stepMinutes(), 0, st -> count[0]++);
                assertFalse(events.at(1440, 0, st -> late[0] = true));
            }
        };
        s.runToEnd(null);
        assertEquals(288, count[0]);
        assertFalse(late[0]);
    }

    @Test
    void namedStreamsAreIndependentOfEachOther() {
        RandomStreams a = new RandomStreams(42);
        double ev1 = a.stream("ev").nextDouble();
        RandomStreams b = new RandomStreams(42);
        b.stream("household").nextDouble(); // another kind drawing first changes nothing
        assertEquals(ev1, b.stream("ev").nextDouble());
        assertEquals(a.stream("household", 7).nextDouble(), new RandomStreams(42).stream("household", 7).nextDouble());
        assertNotEquals(a.stream("household", 7).nextDouble(), a.stream("household", 8).nextDouble());
        assertNotEquals(new RandomStreams(1).stream("ev").nextDouble(), new RandomStreams(2).stream("ev").nextDouble());
    }

    @Test
    void dailyWindowsRunOverMidnight() {
        int evening = SimClock.windowMinutes(16 * 60 + 30, 18 * 60 + 30);
        assertEquals(120, evening);
        assertTrue(SimClock.inDailyWindow(16 * 60 + 30, 16 * 60 + 30, evening), "opens at its start");
        assertFalse(SimClock.inDailyWindow(18 * 60 + 30, 16 * 60 + 30, evening), "closed at its end");
        int night = SimClock.windowMinutes(23 * 60, 7 * 60);
        assertEquals(8 * 60, night);
        assertTrue(SimClock.inDailyWindow(23 * 60 + 59, 23 * 60, night));
        assertTrue(SimClock.inDailyWindow(0, 23 * 60, night));
        assertTrue(SimClock.inDailyWindow(7 * 60 - 1, 23 * 60, night));
        assertFalse(SimClock.inDailyWindow(7 * 60, 23 * 60, night));
        assertFalse(SimClock.inDailyWindow(12 * 60, 23 * 60, night));
        assertEquals(SimClock.MINUTES_PER_DAY, SimClock.windowMinutes(600, 600), "equal ends: the whole day");
        assertTrue(SimClock.inDailyWindow(599, 600, SimClock.windowMinutes(600, 600)));
    }

    @Test
    void clockArithmetic() {
        SimClock c = SimClock.ofDays(MON.withHour(12), 1, 2);
        assertEquals(2880, c.steps());
        assertEquals(720, c.minuteOfDay(0));
        assertEquals(0, c.minuteOfDay(720));
        assertEquals(DayOfWeek.TUESDAY, c.dayOfWeek(720));
        assertEquals(720 + 240, c.nextTimeOfDay(720, 240));
        assertEquals(10, c.nextTimeOfDay(10, 730));
        assertEquals(10, c.ceilToStep(9.5));
        assertTrue(c.stepHours() > 0.0166 && c.stepHours() < 0.0167);
    }

    @Test
    void fixedFormatting() {
        assertEquals("1.500", Fmt.fixed(1.5, 3));
        assertEquals("-0.005", Fmt.fixed(-0.005, 3));
        assertEquals("0.000", Fmt.fixed(-0.0000001, 3));
        assertEquals("12", Fmt.fixed(12.4, 0));
        assertEquals("100.010", Fmt.fixed(100.01, 3));
        assertEquals("", Fmt.fixed(Double.NaN, 2));
        assertEquals("150000000000000000000.00", Fmt.fixed(1.5e20, 2));
    }
}
