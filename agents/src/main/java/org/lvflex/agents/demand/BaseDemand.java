package org.lvflex.agents.demand;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.lvflex.agents.population.Household;
import org.lvflex.core.RandomStreams;
import org.lvflex.scenario.BaseLoadSpec;

/**
 * Household base demand (everything but EV charging) for any day, from the real IEEE profiles.
 * Method (parameters in {@link BaseLoadSpec}): each household-day draws one of the 100 profiles,
 * shifts it circularly by a random offset within +/- dailyJitterMinutes (plus the weekend shift),
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

    /**
     * Fills {@code out[k]} with the household's mean demand (kW) in step k of day {@code day}
     * (0 = first day of the run; negative days are the historian's past). {@code out} has one
     * element per step of the day.
     */
    public void fillDay(Household h, int day, double[] out) {
        SplittableRandom r = streams.keyed("baseload", h.getId(), day + 100_000L);
        int profile = r.nextInt(LoadProfiles.COUNT);
        int jitter = spec.dailyJitterMinutes();
        int shift = jitter == 0 ? 0 : r.nextInt(2 * jitter + 1) - jitter;
        LocalDate date = start.plusDays(day);
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (weekend) {
            shift += spec.weekendShiftMinutes();
        }
        double growth = Math.pow(1 + spec.growthPctPerYear() / 100.0, day / 365.0);
        double scale = h.getBaseScale() * seasonal(date.getDayOfYear()) * (weekend ? spec.weekendScale() : 1) * growth;
        double[] p = LoadProfiles.profile(profile);
        int steps = LoadProfiles.MINUTES / stepMinutes;
        for (int k = 0; k < steps; k++) {
            double sum = 0;
            for (int m = k * stepMinutes; m < (k + 1) * stepMinutes; m++) {
                sum += p[Math.floorMod(m - shift, LoadProfiles.MINUTES)];
            }
            out[k] = scale * sum / stepMinutes;
        }
    }
}
