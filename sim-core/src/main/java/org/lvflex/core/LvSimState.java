package org.lvflex.core;

import sim.engine.SimState;

/**
 * The engine every lvflex model runs on: a MASON {@link SimState} that owns the {@link SimClock},
 * the named {@link RandomStreams} and the deterministic {@link EventSchedule}. Schedule time is in
 * minutes since the clock's start; nothing runs at or after the horizon.
 */
public class LvSimState extends SimState {
    private static final long serialVersionUID = 1L;

    protected final SimClock clock;
    protected final RandomStreams streams;
    protected final EventSchedule events;

    public LvSimState(long seed, SimClock clock) {
        super(seed);
        this.clock = clock;
        this.streams = new RandomStreams(seed);
        this.events = new EventSchedule(this, clock.horizonMinutes());
    }

    public SimClock clock() {
        return clock;
    }

    public RandomStreams streams() {
        return streams;
    }

    public EventSchedule events() {
        return events;
    }

    /** Starts (or restarts) the model: MASON clears its schedule, so do the pending batches. */
    @Override
    public void start() {
        super.start();
        events.reset();
    }

    /** Schedule time now, minutes since the start. */
    public double now() {
        return schedule.getTime();
    }

    /**
     * Runs the whole horizon headless: {@code start()}, every scheduled event until the horizon,
     * {@code finish()}. {@code progress} (may be null) hears the schedule time after each step.
     */
    public void runToEnd(ProgressListener progress) {
        start();
        double horizon = clock.horizonMinutes();
        while (schedule.step(this)) {
            if (progress != null) {
                progress.update(Math.min(schedule.getTime(), horizon), horizon);
            }
        }
        finish();
    }

    /** Told how far a run has got. */
    @FunctionalInterface
    public interface ProgressListener {
        void update(double nowMinutes, double horizonMinutes);
    }
}
