package org.lvflex.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.engine.Stoppable;

/**
 * One-off and repeating events on MASON's {@link Schedule}, with a deterministic order for
 * simultaneous events: first by ordering (lower first), then first-scheduled first-run.
 *
 * <p>MASON 18 shuffles steppables that share a time and an ordering using the model's global
 * random generator, which would couple event order to unrelated draws. Events that share
 * (time, ordering) are therefore collected into one batch that MASON schedules once and that runs
 * its events in insertion order.
 */
public final class EventSchedule {
    private final SimState state;
    private final double horizon;
    private final Map<Key, Batch> pending = new HashMap<>();

    private record Key(double time, int ordering) {}

    /** Events at or after {@code horizon} (minutes) are not run: the run ends there. */
    public EventSchedule(SimState state, double horizon) {
        this.state = state;
        this.horizon = horizon;
    }

    /**
     * Runs {@code event} once at schedule time {@code time} (minutes). Returns false, and schedules
     * nothing, when {@code time} lies at or beyond the horizon.
     */
    public boolean at(double time, int ordering, Steppable event) {
        if (time >= horizon) {
            return false;
        }
        Key key = new Key(time, ordering);
        Batch batch = pending.get(key);
        if (batch == null) {
            batch = new Batch(key);
            if (!state.schedule.scheduleOnce(time, ordering, batch)) {
                throw new IllegalStateException("cannot schedule an event at " + time
                        + " (now " + state.schedule.getTime() + ")");
            }
            pending.put(key, batch);
        }
        batch.events.add(event);
        return true;
    }

    /**
     * Runs {@code event} every {@code interval} minutes from {@code start} until the horizon;
     * returns a handle to stop it earlier. Each occurrence is an {@link #at} event, so repeating
     * events keep the same deterministic order as one-off ones.
     */
    public Stoppable every(double start, double interval, int ordering, Steppable event) {
        Repeating r = new Repeating(interval, ordering, event);
        at(start, ordering, r);
        return r;
    }

    /** Forgets pending batches; called when the MASON schedule is reset on (re)start. */
    public void reset() {
        pending.clear();
    }

    public double horizon() {
        return horizon;
    }

    /** Current schedule time in minutes. */
    public double now() {
        return state.schedule.getTime();
    }

    /** A repeating event: books its next occurrence, as MASON's own repeat does, then runs. */
    private final class Repeating implements Steppable, Stoppable {
        private static final long serialVersionUID = 1L;
        private final double interval;
        private final int ordering;
        private final Steppable event;
        private boolean stopped;

        Repeating(double interval, int ordering, Steppable event) {
            this.interval = interval;
            this.ordering = ordering;
            this.event = event;
        }

        @Override
        public void step(SimState s) {
            if (stopped) {
                return;
            }
            at(s.schedule.getTime() + interval, ordering, this);
            event.step(s);
        }

        @Override
        public void stop() {
            stopped = true;
        }
    }

    private final class Batch implements Steppable {
        private static final long serialVersionUID = 1L;
        private final Key key;
        private final List<Steppable> events = new ArrayList<>(2);

        Batch(Key key) {
            this.key = key;
        }

        @Override
        public void step(SimState s) {
            // events added to this batch while it runs (same time and ordering) also run, in order
            for (int i = 0; i < events.size(); i++) {
                events.get(i).step(s);
            }
            pending.remove(key);
        }
    }
}
