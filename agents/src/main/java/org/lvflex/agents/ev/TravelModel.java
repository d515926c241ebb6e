package org.lvflex.agents.ev;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.lvflex.core.RandomStreams;
import org.lvflex.core.SimClock;
import org.lvflex.scenario.TravelSpec;
import org.lvflex.scenario.schema.TimeOfDay;

/**
 * The week-structured travel model (parameters and sources in {@link TravelSpec}, grounded in the
 * National Travel Survey tables it cites). A car's tours for a day depend only on (seed, car, day),
 * so any day can be generated in any order: the same trips in every model (common random numbers).
 *
 * <p>Commuters' working days hold a commute tour and perhaps an evening tour; other days (and
 * home-based households every day) hold zero, one or two errand tours; weekend days occasionally a
 * long trip. Tour distances are lognormal and scaled by the car's mileage factor and by one
 * calibration factor so the fleet's expected annual distance is {@link TravelSpec#annualKm()}.
 */
public final class TravelModel {
    /** Tours never start before this (minutes of day). */
    private static final int EARLIEST = 5 * 60;
    /** Tours end before this, so no tour crosses midnight. */
    private static final int LATEST = 23 * 60 + 30;
    /** Minimum time at home between two tours. */
    private static final int GAP = 20;

    private final TravelSpec spec;
    private final RandomStreams streams;
    private final double calibration;
    private final int commuteDepart;
    private final int commuteReturn;
    private final int errandDepart;

    public TravelModel(TravelSpec spec, RandomStreams streams, double homeBasedShare) {
        this.spec = spec;
        this.streams = streams;
        this.commuteDepart = TimeOfDay.minutes(spec.commuteDepart());
        this.commuteReturn = TimeOfDay.minutes(spec.commuteReturn());
        this.errandDepart = TimeOfDay.minutes(spec.errandDepart());
        this.calibration = spec.annualKm() / 365.0 / expectedRawKmPerDay(homeBasedShare);
    }

    /** Expected km per day of the uncalibrated model, fleet average over a week. */
    double expectedRawKmPerDay(double homeBasedShare) {
        double s = spec.distanceSigma();
        double lognormalMean = Math.exp(s * s / 2);
        double errand = spec.errandKmMedian() * lognormalMean;
        double errandDay = spec.errandDayProbability() * (1 + spec.secondErrandProbability()) * errand;
        double commuteDay = spec.commuteDayShare() * (2 * spec.commuteKmMedian() * lognormalMean
                + spec.eveningTourProbability() * errand) + (1 - spec.commuteDayShare()) * errandDay;
        double longMean = spec.longTripKmMedian() * Math.exp(s * s / 8);
        double weekend = spec.longTripProbability() * longMean + (1 - spec.longTripProbability()) * errandDay;
        double weekday = homeBasedShare * errandDay + (1 - homeBasedShare) * commuteDay;
        double raw = (5 * weekday + 2 * weekend) / 7;
        return raw > 0 ? raw : 1;
    }

    /** The tours of car {@code car} on day {@code dayIndex} (0 = first day of the run). */
    public List<Tour> tours(int car, boolean homeBased, double carScale, int dayIndex, LocalDate date) {
        SplittableRandom r = streams.keyed("travel", car, dayIndex);
        boolean weekend = SimClock.isWeekend(date.getDayOfWeek());
        double k = carScale * calibration;
        List<Tour> out = new ArrayList<>(3);
        // draw every number in a fixed order, whatever the branch, so days stay independent
        double uCommute = r.nextDouble();
        double uErrand = r.nextDouble();
        double uSecond = r.nextDouble();
        double uEvening = r.nextDouble();
        double uLong = r.nextDouble();
        double g1 = r.nextGaussian();
        double g2 = r.nextGaussian();
        double g3 = r.nextGaussian();
        double g4 = r.nextGaussian();
        double g5 = r.nextGaussian();
        double g6 = r.nextGaussian();
        double g7 = r.nextGaussian();
        double s = spec.distanceSigma();
        if (weekend && uLong < spec.longTripProbability()) {
            double km = spec.longTripKmMedian() * Math.exp(s / 2 * g1) * k;
            int dep = clamp((int) Math.round(9 * 60 + 60 * g2), EARLIEST, 12 * 60);
            int hours = (int) Math.round(60 * (km / 60.0 + 3));
            add(out, dep, dep + hours, km);
            return out;
        }
        boolean commute = !weekend && !homeBased && uCommute < spec.commuteDayShare();
        if (commute) {
            int dep = clamp((int) Math.round(commuteDepart + spec.commuteDepartSdMinutes() * g1), EARLIEST, 11 * 60);
            int ret = (int) Math.round(commuteReturn + spec.commuteReturnSdMinutes() * g2);
            ret = clamp(ret, dep + 4 * 60, LATEST - 60);
            add(out, dep, ret, 2 * spec.commuteKmMedian() * Math.exp(s * g3) * k);
            if (uEvening < spec.eveningTourProbability()) {
                int eDep = Math.max(ret + 45, (int) Math.round(19 * 60 + 45 * g4));
                int eDur = (int) Math.round(60 * 1.2 * Math.exp(0.5 * g5));
                add(out, eDep, eDep + eDur, spec.errandKmMedian() * Math.exp(s * g6) * k);
            }
            return out;
        }
        if (uErrand < spec.errandDayProbability()) {
            int mean = weekend ? errandDepart + 30 : errandDepart;
            int dep = clamp((int) Math.round(mean + spec.errandDepartSdMinutes() * g1), EARLIEST + 2 * 60, 20 * 60);
            int dur = Math.max(15, (int) Math.round(60 * spec.errandHoursMedian() * Math.exp(0.6 * g2)));
            add(out, dep, dep + dur, spec.errandKmMedian() * Math.exp(s * g3) * k);
            if (uSecond < spec.secondErrandProbability() && !out.isEmpty()) {
                int dep2 = out.get(out.size() - 1).ret() + 60 + (int) Math.round(90 * Math.abs(g4));
                int dur2 = Math.max(15, (int) Math.round(60 * spec.errandHoursMedian() * Math.exp(0.6 * g5)));
                add(out, dep2, dep2 + dur2, spec.errandKmMedian() * Math.exp(s * g7) * k);
            }
        }
        return out;
    }

    private static void add(List<Tour> out, int dep, int ret, double km) {
        if (!out.isEmpty() && dep < out.get(out.size() - 1).ret() + GAP) {
            return;
        }
        if (dep < EARLIEST || dep >= LATEST - 15) {
            return;
        }
        ret = Math.min(ret, LATEST);
        if (ret <= dep) {
            return;
        }
        out.add(new Tour(dep, ret, km));
    }

    private static int clamp(int x, int lo, int hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
