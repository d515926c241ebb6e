package org.lvflex.agents.cpo;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.core.SimClock;
import org.lvflex.scenario.FleetSpec;
import org.lvflex.scenario.schema.TimeOfDay;

/**
 * Depot fleets (003:L330, L665-667): each vehicle returns in the evening of a working day needing
 * the energy it used plus any shortfall it left with the last time, and leaves next working morning.
 * Vehicle-days draw from keyed streams, so every scheme of a comparison sees the same rounds.
 */
final class Fleet {
    private final LvFlexModel m;
    private final Cpo cpo;
    /** Energy each vehicle still lacked when it last left (battery side), per site and vehicle, kWh. */
    private final double[][] deficitKwh;
    private final boolean[][] atDepot;

    Fleet(LvFlexModel m, Cpo cpo, List<Site> sites) {
        this.m = m;
        this.cpo = cpo;
        this.deficitKwh = new double[sites.size()][];
        this.atDepot = new boolean[sites.size()][];
        for (Site s : sites) {
            deficitKwh[s.index] = new double[s.spec.fleet().vehicles()];
            atDepot[s.index] = new boolean[s.spec.fleet().vehicles()];
        }
    }

    /** Schedules the returns of {@code day} at every depot. */
    void scheduleDay(int day, List<Site> sites) {
        SimClock clock = m.clock();
        LocalDate date = clock.start().toLocalDate().plusDays(day);
        for (Site site : sites) {
            FleetSpec f = site.spec.fleet();
            if (f.vehicles() == 0 || (f.workingDaysOnly() && SimClock.isWeekend(date.getDayOfWeek()))) {
                continue;
            }
            int nextWork = 1;
            while (f.workingDaysOnly() && SimClock.isWeekend(date.plusDays(nextWork).getDayOfWeek())) {
                nextWork++;
            }
            for (int v = 0; v < f.vehicles(); v++) {
                SplittableRandom r = m.streams().keyed("cpo-fleet", site.index * 1000L + v, day);
                double ret = TimeOfDay.minutes(f.returnTime()) + f.returnSdMinutes() * r.nextGaussian();
                double dep = TimeOfDay.minutes(f.departTime()) + f.departSdMinutes() * r.nextGaussian();
                double used = f.dailyKwhMedian() * Math.exp(f.dailyKwhSigma() * r.nextGaussian());
                double t = clock.ceilToStep((double) day * SimClock.MINUTES_PER_DAY + Math.max(0, ret));
                double leave = clock.ceilToStep((double) (day + nextWork) * SimClock.MINUTES_PER_DAY + Math.max(0, dep));
                int vehicle = v;
                m.events().at(t, LvFlexModel.ORDER_TRAVEL, st -> arrive(site, vehicle, t, leave, used));
            }
        }
    }

    private void arrive(Site site, int v, double now, double leave, double usedKwh) {
        if (atDepot[site.index][v]) {
            return; // still on charge from an earlier return (a return drawn before its last departure)
        }
        FleetSpec f = site.spec.fleet();
        double need = Math.min(f.batteryKwh(), usedKwh + deficitKwh[site.index][v]);
        double eff = m.chargeContext().chargeEfficiency();
        if (cpo.arrive(site, SiteVehicle.User.FLEET, v, now, leave, false, need / eff)) {
            atDepot[site.index][v] = true;
        } else {
            deficitKwh[site.index][v] = need;
        }
    }

    /** A fleet vehicle left with {@code unmetKwh} (grid side) still wanted. */
    void left(Site site, int v, double unmetKwh) {
        atDepot[site.index][v] = false;
        deficitKwh[site.index][v] = unmetKwh * m.chargeContext().chargeEfficiency();
    }
}
