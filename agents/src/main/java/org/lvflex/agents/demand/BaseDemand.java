package org.lvflex.agents.demand;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.lvflex.agents.population.Household;
import org.lvflex.core.RandomStreams;
import org.lvflex.core.SimClock;
import org.lvflex.scenario.BaseLoadSpec;

/**
 * Household base demand (everything but EV charging) for any day, from the real IEEE profiles.
 * Method (parameters in {@link BaseLoadSpec}): each household-day draws one of the 100 profiles,
 * shifts it by a random offset within +/- dailyJitterMinutes (plus the weekend shift; the shift is
 * a smooth warp that is full at midday and vanishes at midnight, and consecutive days are blended
 * over an hour either side of midnight, so days join without a step),
 * and scales it by the household's own scale, the seasonal factor
 * (1 + A cos(2 pi (doy - peak)/365)) / (1 + A), the weekend factor and load growth. The draw is
 * keyed by (household, day), so any day can be rebuilt in any order, e.g. for the DNO's historian.
 */
public final class BaseDemand {
    private final BaseLoadSpec spec;
    private final RandomStreams streams;
    private final LocalDate start;
    private final int stepMinutes;

    public BaseDemand(BaseLoadSpec spec, RandomStreams streams, LocalDate start, int stepMinutes) {
        this.spec = spec;
        this.streams = streams;
        this.start = start;
        this.stepMinutes = stepMinutes;
    }

    /** Seasonal factor of a day of year: 1 at the peak day. */
    public double seasonal(int dayOfYear) {
        double a = spec.seasonalAmplitude();
        return (1 + a * Math.cos(2 * Math.PI * (dayOfYear - spec.peakDayOfYear()) / 365.0)) / (1 + a);
    }

    /** One household-day's draw: which profile, its time shift and its scale. */
    private record Draw(double[] profile, int shift, double scale) {}

    private Draw draw(Household h, int day) {
        SplittableRandom r = streams.keyed("baseload", h.getId(), day + 100_000L);
        int profile = r.nextInt(LoadProfiles.COUNT);
        int jitter = spec.dailyJitterMinutes();
        int shift = jitter == 0 ? 0 : r.nextInt(2 * jitter + 1) - jitter;
        LocalDate date = start.plusDays(day);
        boolean weekend = SimClock.isWeekend(date.getDayOfWeek());
        if (weekend) {
            shift += spec.weekendShiftMinutes();
        }
        double growth = Math.pow(1 + spec.growthPctPerYear() / 100.0, day / 365.0);
        double scale = h.getBaseScale() * seasonal(date.getDayOfYear()) * (weekend ? spec.weekendScale() : 1) * growth;
        return new Draw(LoadProfiles.profile(profile), shift, scale);
    }

    /** Minutes over which consecutive days are blended towards a common midnight value. */
    private static final int JOIN_MINUTES = 60;

    /**
     * Fills {@code out[k]} with the household's mean demand (kW) in step k of day {@code day}
     * (0 = first day of the run; negative days are the past). {@code out} has one element per step
     * of the day. The day's time shift warps the profile smoothly: full at midday, none at
     * midnight (minute m reads the profile at m - shift * sin(pi m / 1440)). The published profiles
     * do not end where they start, so the last and first hour of consecutive days are blended
     * (weights rising linearly to 1 at midnight) with the mean of the two midnight values: days join
     * without a step and demand never goes negative.
     */
    public void fillDay(Household h, int day, double[] out) {
        Draw d = draw(h, day);
        double start = (value(draw(h, day - 1), LoadProfiles.MINUTES - 1) + value(d, 0)) / 2;
        double end = (value(d, LoadProfiles.MINUTES - 1) + value(draw(h, day + 1), 0)) / 2;
        int steps = LoadProfiles.MINUTES / stepMinutes;
        for (int k = 0; k < steps; k++) {
            double sum = 0;
            for (int m = k * stepMinutes; m < (k + 1) * stepMinutes; m++) {
                double v = value(d, m);
                // a weighted mean with the midnight value: never negative, equal to it at midnight
                if (m < JOIN_MINUTES) {
                    double w = 1 - (double) m / JOIN_MINUTES;
                    v = (1 - w) * v + w * start;
                } else if (m >= LoadProfiles.MINUTES - JOIN_MINUTES) {
                    double w = (double) (m - (LoadProfiles.MINUTES - JOIN_MINUTES) + 1) / JOIN_MINUTES;
                    v = (1 - w) * v + w * end;
                }
                sum += v;
            }
            out[k] = sum / stepMinutes;
        }
    }

    /** The warp's weight at each minute of the day, sin(pi m / 1440): computed once, read every minute of every day. */
    private static final double[] WARP = new double[LoadProfiles.MINUTES];

    static {
        for (int m = 0; m < WARP.length; m++) {
            WARP[m] = Math.sin(Math.PI * m / LoadProfiles.MINUTES);
        }
    }

    /** The scaled, warped demand of a draw at minute m of its day. */
    private static double value(Draw d, int m) {
        int i = (int) Math.round(m - d.shift() * WARP[m]);
        return d.scale() * d.profile()[Math.max(0, Math.min(LoadProfiles.MINUTES - 1, i))];
    }
}
