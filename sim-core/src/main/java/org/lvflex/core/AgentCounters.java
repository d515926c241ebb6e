package org.lvflex.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Running totals per agent (energy, events, money) in one primitive array per counter: adding in
 * the step loop allocates nothing. Counter names carry their unit ({@code curtailed_kwh}).
 */
public final class AgentCounters {
    private final int agents;
    private final List<String> names = new ArrayList<>();
    private final List<double[]> values = new ArrayList<>();

    public AgentCounters(int agents) {
        this.agents = agents;
    }

    /** Registers a counter and returns its index. */
    public int counter(String nameWithUnit) {
        int existing = names.indexOf(nameWithUnit);
        if (existing >= 0) {
            return existing;
        }
        names.add(nameWithUnit);
        values.add(new double[agents]);
        return names.size() - 1;
    }

    public void add(int counter, int agent, double amount) {
        values.get(counter)[agent] += amount;
    }

    public double get(int counter, int agent) {
        return values.get(counter)[agent];
    }

    /** Sum over all agents. */
    public double total(int counter) {
        double s = 0;
        for (double v : values.get(counter)) {
            s += v;
        }
        return s;
    }

    /** Sets every counter of every agent back to zero. */
    public void reset() {
        for (double[] v : values) {
            java.util.Arrays.fill(v, 0);
        }
    }
}
