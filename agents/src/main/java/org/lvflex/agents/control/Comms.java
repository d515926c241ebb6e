package org.lvflex.agents.control;

import java.util.SplittableRandom;
import java.util.function.DoubleConsumer;
import org.lvflex.core.EventSchedule;
import org.lvflex.core.RandomStreams;
import org.lvflex.scenario.FaultSpec;

/**
 * The communication link from the DNO or an aggregator to a charger: each message arrives with
 * probability {@code commsReliability} (001:L5129), after {@code latencyMinutes} (plus any relay
 * time), and may still be ignored by the charger. Counts what was sent and lost.
 */
public final class Comms {
    private final FaultSpec spec;
    private final RandomStreams streams;
    private final EventSchedule events;
    private final int order;
    private final int[] messageCount;
    private long sent;
    private long lost;

    public Comms(FaultSpec spec, RandomStreams streams, EventSchedule events, int order, int evCount) {
        this.spec = spec;
        this.streams = streams;
        this.events = events;
        this.order = order;
        this.messageCount = new int[evCount];
    }

    /**
     * Sends a message to the charger of EV {@code evId}; if it gets through, {@code apply} runs
     * with the time the charger acts. Returns whether it will be applied.
     */
    public boolean send(int evId, double now, double extraDelayMinutes, DoubleConsumer apply) {
        sent++;
        SplittableRandom r = streams.keyed("comms", evId, messageCount[evId]++);
        double uLost = r.nextDouble();
        double uIgnored = r.nextDouble();
        if (uLost >= spec.commsReliability()) {
            lost++;
            return false;
        }
        if (uIgnored < spec.signalIgnoredProbability()) {
            return false;
        }
        double at = Math.ceil(now + spec.latencyMinutes() + extraDelayMinutes);
        if (at <= now) {
            apply.accept(now);
        } else {
            events.at(at, order, s -> apply.accept(at));
        }
        return true;
    }

    /** Forgets the counts (reporting starts after the warm-up). */
    public void resetCounts() {
        sent = 0;
        lost = 0;
    }

    public long sent() {
        return sent;
    }

    public long lost() {
        return lost;
    }
}
