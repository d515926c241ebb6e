package org.lvflex.experiments.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.ev.Ev;
import org.lvflex.agents.ev.Session;

/**
 * How the simulated drivers behave, beside the Electric Nation headline figures the EV model is
 * calibrated to (DOMAIN.md section 4: ~3 sessions a week, plugged in > 12 h on average, sessions
 * starting above 50% SoC). Home sessions only, excluding sessions cut by the start or end of the run.
 */
public record BehaviourSummary(
        double sessionsPerEvWeek,
        double pluggedHoursMean,
        double pluggedHoursMedian,
        double pluggedHoursP90,
        double startSocMean,
        double startSocShareAbove50,
        double energyPerSessionKwh,
        double[] plugInShareByHour,
        double admdKwPerEv,
        int homeSessions,
        int publicSessions) {

    /** Electric Nation targets, with their wording. */
    public static final double TARGET_SESSIONS_PER_WEEK = 3;
    public static final double TARGET_MIN_PLUGGED_HOURS = 12;
    public static final double TARGET_START_SOC = 0.5;

    public static BehaviourSummary of(LvFlexModel m) {
        int homeEvs = 0;
        for (Ev ev : m.evs()) {
            if (ev.household().capability().offStreetParking()) {
                homeEvs++;
            }
        }
        List<Double> hours = new ArrayList<>();
        double soc = 0;
        int above = 0;
        double energy = 0;
        double[] byHour = new double[24];
        int started = 0;
        int publicSessions = 0;
        for (Session s : m.sessions().all()) {
            if (!s.home) {
                publicSessions++;
                continue;
            }
            if (!s.truncatedStart) {
                started++;
                byHour[m.clock().minuteOfDay(s.plugIn) / 60]++;
            }
            if (s.truncated()) {
                continue;
            }
            hours.add(s.pluggedHours());
            soc += s.startSoc;
            if (s.startSoc > 0.5) {
                above++;
            }
            energy += s.chargedKwh;
        }
        int n = hours.size();
        double[] h = hours.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        for (int i = 0; i < 24; i++) {
            byHour[i] = started == 0 ? 0 : byHour[i] / started;
        }
        double weeks = m.scenario().run().days() / 7.0;
        double[] ev = m.recorder().series(m.columns().ev);
        double maxEv = ev.length == 0 ? 0 : ev[PeakAnalysis.argMax(ev, m.stepsDone())];
        return new BehaviourSummary(
                homeEvs == 0 ? 0 : started / (homeEvs * weeks),
                n == 0 ? 0 : Arrays.stream(h).average().orElse(0),
                Stats.nearestRank(h, 0.5), Stats.nearestRank(h, 0.9),
                n == 0 ? 0 : soc / n, n == 0 ? 0 : (double) above / n,
                n == 0 ? 0 : energy / n, byHour,
                homeEvs == 0 ? 0 : maxEv / homeEvs, n, publicSessions);
    }
}
