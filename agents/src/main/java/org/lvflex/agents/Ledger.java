package org.lvflex.agents;

import java.util.ArrayList;
import java.util.List;

/**
 * Double-entry record of every payment between agents: households, the supplier, the DNO,
 * aggregators, the CPO and the local (P2P) market. Each payment is booked as paid by one party and
 * received by another, per flow, so money is conserved by construction and every flow can be
 * reconciled against the agent that decided it.
 */
public final class Ledger {
    /** What a payment is for. */
    public enum Flow {
        ENERGY, STANDING, NETWORK, EXPORT, FLEX_AVAILABILITY, FLEX_UTILISATION, COMPENSATION, INCENTIVE,
        CAPACITY_RIGHTS, PENALTY, PREMIUM, P2P, PUBLIC_CHARGING
    }

    private final int households;
    private final List<String> partyNames = new ArrayList<>();
    private double[][] paid;
    private double[][] received;

    public Ledger(int households) {
        this.households = households;
        for (int i = 0; i < households; i++) {
            partyNames.add("household-" + i);
        }
        paid = new double[households][Flow.values().length];
        received = new double[households][Flow.values().length];
    }

    /** Adds a non-household party (supplier, DNO, an aggregator...) and returns its id. */
    public int addParty(String name) {
        int existing = partyNames.indexOf(name);
        if (existing >= 0) {
            return existing;
        }
        partyNames.add(name);
        paid = grow(paid);
        received = grow(received);
        return partyNames.size() - 1;
    }

    private static double[][] grow(double[][] a) {
        double[][] b = new double[a.length + 1][];
        System.arraycopy(a, 0, b, 0, a.length);
        b[a.length] = new double[Flow.values().length];
        return b;
    }

    /** Forgets every payment (the parties stay): used when reporting starts after the warm-up. */
    public void reset() {
        for (int p = 0; p < paid.length; p++) {
            java.util.Arrays.fill(paid[p], 0);
            java.util.Arrays.fill(received[p], 0);
        }
    }

    public void pay(int payer, int payee, Flow flow, double gbp) {
        if (gbp == 0) {
            return;
        }
        paid[payer][flow.ordinal()] += gbp;
        received[payee][flow.ordinal()] += gbp;
    }

    public double paid(int party, Flow flow) {
        return paid[party][flow.ordinal()];
    }

    public double received(int party, Flow flow) {
        return received[party][flow.ordinal()];
    }

    /** Sum over households of what they paid for a flow. */
    public double householdsPaid(Flow flow) {
        double s = 0;
        for (int i = 0; i < households; i++) {
            s += paid[i][flow.ordinal()];
        }
        return s;
    }

    public double householdsReceived(Flow flow) {
        double s = 0;
        for (int i = 0; i < households; i++) {
            s += received[i][flow.ordinal()];
        }
        return s;
    }

    /** Total paid by everyone for a flow (equals total received). */
    public double total(Flow flow) {
        double s = 0;
        for (double[] row : paid) {
            s += row[flow.ordinal()];
        }
        return s;
    }

    public double totalReceived(Flow flow) {
        double s = 0;
        for (double[] row : received) {
            s += row[flow.ordinal()];
        }
        return s;
    }

    public int partyCount() {
        return partyNames.size();
    }

    public int households() {
        return households;
    }
}
