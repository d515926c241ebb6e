package org.lvflex.agents.cpo;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lvflex.core.SimClock;

/**
 * Running totals of one site for the curtailment analysis, over the reported steps. Two views:
 * the DNO's (003:L536-539): how much of the site's requested capacity was available, how often and
 * for how long it was restricted; and the customer's (003:L543): how that coincided with what the
 * cars wanted, the energy curtailed and the energy drivers did not get.
 */
public final class SiteTally {
    /** Labels of the curtailment levels (share of requested capacity withheld). */
    public static final List<String> LEVELS = List.of("0%", "0-25%", "25-50%", "50-75%", "75-100%", "100%");

    private final double capacityKw;
    private final SimClock clock;
    private final Map<YearMonth, Month> months = new TreeMap<>();
    private int cachedDay = Integer.MIN_VALUE;
    private Month cachedMonth;
    private long steps;
    private long fullCapacitySteps;
    private final long[] levelSteps = new long[LEVELS.size()];
    private double maxCurtailmentKw;
    private double maxCurtailmentTime = Double.NaN;
    private final List<Double> constraintDurations = new ArrayList<>();
    private boolean inConstraint;
    private double constraintStart;
    private double requestKwh;
    private double chargedKwh;
    private double curtailedKwh;
    private double flexKwh;
    private double otherKwh;
    private double otherInterruptedKwh;
    private double curtailedMinutes;
    private int trips;
    private double trippedMinutes;
    private double dscExceededMinutes;
    private double peakImportKva;
    private double breachMinutes;
    private double maxBreachPct;
    private int sessions;
    private int sessionsWithUnmet;
    private double unmetKwh;
    private int turnedAway;
    private double turnedAwayKwh;
    private double minutes;

    /** The same measures for one calendar month: the DNO's periodic review of a scheme (003:L373, L690, L696). */
    public static final class Month {
        private double minutes;
        private double fullCapacityMinutes;
        private double requestKwh;
        private double curtailedKwh;
        private double unmetKwh;
        private double breachMinutes;
        private double maxBreachPct;

        public double minutes() {
            return minutes;
        }

        public double fullCapacityPct() {
            return minutes == 0 ? Double.NaN : 100 * fullCapacityMinutes / minutes;
        }

        public double requestKwh() {
            return requestKwh;
        }

        public double curtailedKwh() {
            return curtailedKwh;
        }

        public double unmetKwh() {
            return unmetKwh;
        }

        public double breachMinutes() {
            return breachMinutes;
        }

        public double maxBreachPct() {
            return maxBreachPct;
        }
    }

    SiteTally(double capacityKw, SimClock clock) {
        this.capacityKw = capacityKw;
        this.clock = clock;
    }

    private Month month(double now) {
        int day = clock.dayIndex(now);
        if (day != cachedDay) {
            cachedDay = day;
            cachedMonth = months.computeIfAbsent(YearMonth.from(clock.dateTime(now)), k -> new Month());
        }
        return cachedMonth;
    }

    /** One reported step. {@code availableKw} is what the scheme (or a trip) let the chargers draw, at most the capacity. */
    void step(double now, int stepMinutes, double availableKw, double requestKw, double chargedKw, double curtailedKw, double flexKw,
            double otherKw, double interruptedKw, double importKva, double dscKva, boolean tripped) {
        double dt = stepMinutes / 60.0;
        steps++;
        minutes += stepMinutes;
        double withheld = Math.max(0, capacityKw - availableKw);
        double frac = capacityKw > 0 ? withheld / capacityKw : 0;
        Month mo = month(now);
        mo.minutes += stepMinutes;
        mo.requestKwh += requestKw * dt;
        mo.curtailedKwh += curtailedKw * dt;
        if (withheld <= 1e-6) {
            mo.fullCapacityMinutes += stepMinutes;
            fullCapacitySteps++;
            levelSteps[0]++;
        } else {
            levelSteps[frac >= 1 - 1e-9 ? 5 : frac <= 0.25 ? 1 : frac <= 0.5 ? 2 : frac <= 0.75 ? 3 : 4]++;
        }
        if (withheld > maxCurtailmentKw + 1e-9) {
            maxCurtailmentKw = withheld;
            maxCurtailmentTime = now;
        }
        boolean constrained = withheld > 1e-6;
        if (constrained && !inConstraint) {
            constraintStart = now;
        } else if (!constrained && inConstraint) {
            constraintDurations.add(now - constraintStart);
        }
        inConstraint = constrained;
        requestKwh += requestKw * dt;
        chargedKwh += chargedKw * dt;
        curtailedKwh += curtailedKw * dt;
        if (curtailedKw > 1e-9) {
            curtailedMinutes += stepMinutes;
        }
        flexKwh += flexKw * dt;
        otherKwh += otherKw * dt;
        otherInterruptedKwh += interruptedKw * dt;
        if (tripped) {
            trippedMinutes += stepMinutes;
        }
        if (importKva > dscKva + 1e-6) {
            dscExceededMinutes += stepMinutes;
        }
        peakImportKva = Math.max(peakImportKva, importKva);
    }

    void trip() {
        trips++;
    }

    /** A point the site stresses was over its limit by {@code excessPct} this step. */
    void breach(double now, int stepMinutes, double excessPct) {
        breachMinutes += stepMinutes;
        maxBreachPct = Math.max(maxBreachPct, excessPct);
        Month mo = month(now);
        mo.breachMinutes += stepMinutes;
        mo.maxBreachPct = Math.max(mo.maxBreachPct, excessPct);
    }

    void session(double now, double unmet) {
        if (unmet > 0) {
            month(now).unmetKwh += unmet;
        }
        sessions++;
        unmetKwh += unmet;
        if (unmet > 0.01) {
            sessionsWithUnmet++;
        }
    }

    void turnedAway(double kwh) {
        turnedAway++;
        turnedAwayKwh += kwh;
    }

    /** Closes a restriction still running when the run ends. */
    void finish(double end) {
        if (inConstraint) {
            constraintDurations.add(end - constraintStart);
            inConstraint = false;
        }
    }

    public double capacityKw() {
        return capacityKw;
    }

    public long steps() {
        return steps;
    }

    public double minutes() {
        return minutes;
    }

    /** Share of reported time the full requested capacity was available (003:L537), %. */
    public double fullCapacityPct() {
        return steps == 0 ? Double.NaN : 100.0 * fullCapacitySteps / steps;
    }

    /** Probability of each curtailment level of {@link #LEVELS} (003:L539). */
    public double levelProbability(int level) {
        return steps == 0 ? Double.NaN : (double) levelSteps[level] / steps;
    }

    /** Largest capacity withheld (003:L536), kW. */
    public double maxCurtailmentKw() {
        return maxCurtailmentKw;
    }

    /** Schedule time of the largest restriction (NaN if none). */
    public double maxCurtailmentTime() {
        return maxCurtailmentTime;
    }

    /** Duration of every restriction of the site's capacity (003:L538), minutes. */
    public List<Double> constraintDurations() {
        return Collections.unmodifiableList(constraintDurations);
    }

    public double requestKwh() {
        return requestKwh;
    }

    public double chargedKwh() {
        return chargedKwh;
    }

    /** Energy the cars wanted but the scheme or a trip withheld, kWh. */
    public double curtailedKwh() {
        return curtailedKwh;
    }

    /** Minutes in which at least one car was curtailed (the constraint coincided with demand). */
    public double curtailedMinutes() {
        return curtailedMinutes;
    }

    /** Turn-down sold as flexibility (not curtailment), kWh. */
    public double flexKwh() {
        return flexKwh;
    }

    public double otherKwh() {
        return otherKwh;
    }

    /** Other site load lost while the site was tripped, kWh. */
    public double otherInterruptedKwh() {
        return otherInterruptedKwh;
    }

    public int trips() {
        return trips;
    }

    public double trippedMinutes() {
        return trippedMinutes;
    }

    /** Minutes the site's import exceeded its declared supply capacity. */
    public double dscExceededMinutes() {
        return dscExceededMinutes;
    }

    public double peakImportKva() {
        return peakImportKva;
    }

    /** Minutes a network point the site stresses was over its limit (a scheme that no longer protects it). */
    public double breachMinutes() {
        return breachMinutes;
    }

    /** Largest excess over a limit at a point the site stresses, % of the limit. */
    public double maxBreachPct() {
        return maxBreachPct;
    }

    /** The measures per calendar month, in order. */
    public Map<YearMonth, Month> months() {
        return Collections.unmodifiableMap(months);
    }

    public int sessions() {
        return sessions;
    }

    public int sessionsWithUnmet() {
        return sessionsWithUnmet;
    }

    /** Energy drivers did not get: short of their target when they left, kWh (grid side). */
    public double unmetKwh() {
        return unmetKwh;
    }

    /** Visitors and fleet vehicles that found no free charger (or a tripped site). */
    public int turnedAway() {
        return turnedAway;
    }

    public double turnedAwayKwh() {
        return turnedAwayKwh;
    }
}
