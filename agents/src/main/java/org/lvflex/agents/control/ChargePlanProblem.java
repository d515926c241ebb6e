package org.lvflex.agents.control;

/**
 * One EV's scheduling problem over slots until departure, and its solution, in reusable arrays
 * (no allocation per re-plan). Grid-side kW and GBP/kWh; battery-side kWh for energy.
 *
 * <p>Charging in slot s costs {@code importPrice[s]} per kWh up to {@code tierKw[s]} and
 * {@code importPrice[s] + tierPremium[s]} above it (C1 rising block; tierKw = +inf otherwise).
 * Export earns {@code exportPrice[s]} per kWh; each kWh taken from the battery costs
 * {@code degradationPerKwh}.
 */
public final class ChargePlanProblem {
    public static final int MAX_SLOTS = 128;

    public int n;
    public final double[] hours = new double[MAX_SLOTS];
    public final double[] importPrice = new double[MAX_SLOTS];
    public final double[] exportPrice = new double[MAX_SLOTS];
    public final double[] maxChargeKw = new double[MAX_SLOTS];
    public final double[] maxExportKw = new double[MAX_SLOTS];
    public final double[] tierKw = new double[MAX_SLOTS];
    public final double[] tierPremium = new double[MAX_SLOTS];
    public double energyKwh;
    public double capacityKwh;
    public double targetKwh;
    public double reserveKwh;
    public double etaCharge = 1;
    public double etaDischarge = 1;
    public double degradationPerKwh;

    // solution
    public final double[] chargeKw = new double[MAX_SLOTS];
    public final double[] exportKw = new double[MAX_SLOTS];
    /** Grid-side kWh the slots could not deliver before departure. */
    public double unmetKwh;

    /** Clears the problem to {@code slots} slots with no limits, prices zero, no tier. */
    public void reset(int slots) {
        if (slots > MAX_SLOTS) {
            throw new IllegalArgumentException("at most " + MAX_SLOTS + " slots: " + slots);
        }
        n = slots;
        for (int s = 0; s < slots; s++) {
            hours[s] = 0.5;
            importPrice[s] = 0;
            exportPrice[s] = 0;
            maxChargeKw[s] = 0;
            maxExportKw[s] = 0;
            tierKw[s] = Double.POSITIVE_INFINITY;
            tierPremium[s] = 0;
            chargeKw[s] = 0;
            exportKw[s] = 0;
        }
        unmetKwh = 0;
        reserveKwh = 0;
        degradationPerKwh = 0;
    }

    /** Cost of the current solution (GBP): charging, tier premiums, minus export, plus degradation. */
    public double cost() {
        double c = 0;
        for (int s = 0; s < n; s++) {
            double above = Math.max(0, chargeKw[s] - tierKw[s]);
            c += hours[s] * (chargeKw[s] * importPrice[s] + above * tierPremium[s] - exportKw[s] * exportPrice[s]);
            c += hours[s] * exportKw[s] / etaDischarge * degradationPerKwh;
        }
        return c;
    }

    /** Battery energy at each slot boundary: {@code out[k]} at the start of slot k, {@code out[n]} at the end. */
    public void boundaries(double[] out) {
        out[0] = energyKwh;
        for (int s = 0; s < n; s++) {
            out[s + 1] = out[s] + hours[s] * (chargeKw[s] * etaCharge - exportKw[s] / etaDischarge);
        }
    }

    /** Battery energy at the end of slot {@code s}. */
    public double energyAfter(int s) {
        double[] e = new double[n + 1];
        boundaries(e);
        return e[s + 1];
    }
}
