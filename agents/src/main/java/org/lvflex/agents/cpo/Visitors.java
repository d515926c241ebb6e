package org.lvflex.agents.cpo;

import org.lvflex.core.RandomStreams;
import java.util.List;
import java.util.SplittableRandom;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.core.SimClock;
import org.lvflex.scenario.PublicChargingSpec;
import org.lvflex.scenario.PublicSiteSpec;

/**
 * Drivers from elsewhere who charge at the feeder's sites (through traffic, shoppers, commuters):
 * Poisson arrivals per day with an hourly profile, an energy need and a stay by site type. Each
 * site-day draws from its own keyed stream, so every scheme of a comparison sees the same visitors.
 */
final class Visitors {
    private final LvFlexModel m;
    private final PublicChargingSpec spec;
    private final Cpo cpo;

    Visitors(LvFlexModel m, PublicChargingSpec spec, Cpo cpo) {
        this.m = m;
        this.spec = spec;
        this.cpo = cpo;
    }

    /** Schedules the visitor arrivals of {@code day} at every site. */
    void scheduleDay(int day, List<Site> sites) {
        SimClock clock = m.clock();
        for (Site site : sites) {
            PublicSiteSpec s = site.spec;
            if (s.visitorsPerDay() <= 0) {
                continue;
            }
            SplittableRandom r = m.streams().keyed("cpo-visitors", site.index, day);
            double lambda = s.visitorsPerDay() * Math.pow(1 + s.visitorGrowthPctPerYear() / 100, day / 365.0);
            int n = poisson(r, lambda);
            boolean hub = s.type() != PublicSiteSpec.Type.ON_STREET;
            double needMedian = hub ? spec.hubVisitorNeedKwhMedian() : spec.onStreetVisitorNeedKwhMedian();
            double dwellMedian = hub ? spec.hubDwellMinutesMedian() : spec.onStreetDwellMinutesMedian();
            for (int i = 0; i < n; i++) {
                int hour = RandomStreams.weightedIndex(spec.visitorArrivalProfile(), r.nextDouble());
                double minute = hour * 60 + 60 * r.nextDouble();
                double need = needMedian * Math.exp(spec.visitorNeedSigma() * r.nextGaussian());
                double dwell = Math.max(clock.stepMinutes(), dwellMedian * Math.exp(spec.dwellSigma() * r.nextGaussian()));
                double t = clock.ceilToStep((double) day * SimClock.MINUTES_PER_DAY + minute);
                double leave = clock.ceilToStep(t + dwell);
                m.events().at(t, LvFlexModel.ORDER_TRAVEL, st -> cpo.arrive(site, SiteVehicle.User.VISITOR, -1, t, leave, hub, need));
            }
        }
    }

    /** Poisson draw by counting unit-rate exponential gaps within {@code lambda}. */
    static int poisson(SplittableRandom r, double lambda) {
        int n = 0;
        double t = -Math.log(1 - r.nextDouble());
        while (t < lambda) {
            n++;
            t -= Math.log(1 - r.nextDouble());
        }
        return n;
    }

}
