package org.lvflex.agents.ev;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ObjDoubleConsumer;
import org.lvflex.agents.control.ChargeContext;
import org.lvflex.core.EventSchedule;
import org.lvflex.core.RandomStreams;
import org.lvflex.core.SimClock;
import org.lvflex.scenario.EvSpec;
import org.lvflex.scenario.schema.TimeOfDay;

/**
 * The drivers: departures and arrivals from the travel model, energy used on the road, and the
 * plug-in decision at home (rules in {@link org.lvflex.scenario.PlugInSpec}). Drivers without
 * off-street parking charge publicly when low; with no public site modelled on the feeder that
 * energy is served off the feeder and recorded as an off-feeder public session.
 */
public final class Drivers {
    /** Look this many days ahead for the next trip. */
    private static final int LOOKAHEAD_DAYS = 14;

    private final EvSpec spec;
    private final TravelModel travel;
    private final SimClock clock;
    private final LocalDate startDate;
    private final EventSchedule events;
    private final int order;
    private final RandomStreams streams;
    private final ChargeContext ctx;
    private final SessionLog log;
    private final ObjDoubleConsumer<Ev> onPlugIn;
    private PublicCharging publicCharging;
    private final int[] arrivals;
    private final int[] sessionCount;
    /** Per car: the minute of the day its driver checks the battery in the evening. */
    private final int[] eveningCheck;
    private final int eveningFrom;

    /** Where drivers without home charging, or far from home, charge. */
    public interface PublicCharging {
        /**
         * Serves a public charge that brings {@code ev} to {@code targetSoc}, starting at {@code now};
         * returns false when no public site on the feeder can take it (the caller then serves it off the feeder).
         */
        boolean startPublicSession(Ev ev, double now, double targetSoc);
    }

    public Drivers(EvSpec spec, TravelModel travel, SimClock clock, EventSchedule events, int order, RandomStreams streams,
            ChargeContext ctx, SessionLog log, int evCount, ObjDoubleConsumer<Ev> onPlugIn) {
        this.spec = spec;
        this.travel = travel;
        this.clock = clock;
        this.startDate = clock.start().toLocalDate();
        this.events = events;
        this.order = order;
        this.streams = streams;
        this.ctx = ctx;
        this.log = log;
        this.onPlugIn = onPlugIn;
        this.arrivals = new int[evCount];
        this.sessionCount = new int[evCount];
        this.eveningCheck = new int[evCount];
        this.eveningFrom = TimeOfDay.minutes(spec.plugIn().eveningFrom());
    }

    public void setPublicCharging(PublicCharging p) {
        this.publicCharging = p;
    }

    /** At the start of the run every car is at home; decide whether it is already plugged in. */
    public void start(Ev ev) {
        eveningCheck[ev.getId()] = eveningCheckMinute(ev);
        scheduleNextDeparture(ev, 0);
        atHome(ev, 0, true);
        scheduleEveningCheck(ev, 0);
    }

    /** The driver's own evening check time: same for every day, drawn once per car. */
    private int eveningCheckMinute(Ev ev) {
        SplittableRandom r = streams.keyed("evening-check", ev.getId(), 0);
        double m = TimeOfDay.minutes(spec.plugIn().eveningCheck()) + spec.plugIn().eveningCheckSdMinutes() * r.nextGaussian();
        return (int) Math.max(16 * 60, Math.min(23 * 60 + 45, Math.round(m)));
    }

    private void scheduleEveningCheck(Ev ev, double now) {
        double t = clock.ceilToStep(clock.nextTimeOfDay(now + 1, eveningCheck[ev.getId()]));
        events.at(t, order, s -> {
            if (ev.getHome() && !ev.getPlugged()) {
                atHome(ev, t, false);
            }
            scheduleEveningCheck(ev, t);
        });
    }

    private void scheduleNextDeparture(Ev ev, double now) {
        int today = clock.dayIndex(now);
        for (int d = today; d <= today + LOOKAHEAD_DAYS; d++) {
            List<Tour> tours = toursOn(ev, d);
            double dayStart = (double) d * SimClock.MINUTES_PER_DAY - clock.start().getHour() * 60 - clock.start().getMinute();
            for (Tour t : tours) {
                double dep = clock.ceilToStep(dayStart + t.depart());
                if (dep > now) {
                    ev.setNextDeparture(dep);
                    double ret = Math.max(dep + clock.stepMinutes(), clock.ceilToStep(dayStart + t.ret()));
                    events.at(dep, order, s -> depart(ev, t, dep, ret));
                    return;
                }
            }
        }
        // no trip within the look-ahead: check again then
        double later = clock.ceilToStep(now + LOOKAHEAD_DAYS * SimClock.MINUTES_PER_DAY);
        ev.setNextDeparture(Double.POSITIVE_INFINITY);
        events.at(later, order, s -> scheduleNextDeparture(ev, later));
    }

    public List<Tour> toursOn(Ev ev, int day) {
        return travel.tours(ev.getId(), ev.household().capability().homeBased(), ev.carScale(), day, startDate.plusDays(day));
    }

    private void depart(Ev ev, Tour tour, double now, double ret) {
        if (ev.getPlugged()) {
            endSession(ev, now, false);
        }
        ev.setHome(false);
        events.at(ret, order, s -> arrive(ev, tour, ret));
    }

    private void arrive(Ev ev, Tour tour, double now) {
        double winter = spec.winterUplift() * seasonalWeight(clock.dayOfYear(now));
        double used = tour.km() * spec.consumptionKwhPerKm() * (1 + winter);
        ev.addKm(tour.km());
        double floor = spec.plugIn().enRouteChargeSoc() * ev.getBatteryKwh();
        double afterTrip = ev.energyKwh() - used;
        ev.addEnergy(-used);
        if (afterTrip < floor) {
            // charged en route at a public charger off this feeder, to reach home with the public target;
            // the stop is logged as ending on arrival
            offFeederSession(ev, now, afterTrip, spec.plugIn().publicTargetSoc(), true);
        }
        ev.setHome(true);
        scheduleNextDeparture(ev, now);
        atHome(ev, now, false);
    }

    /** Cosine season weight: 1 in mid-January, 0 in mid-July. */
    private static double seasonalWeight(int dayOfYear) {
        return (1 + Math.cos(2 * Math.PI * (dayOfYear - 15) / 365.0)) / 2;
    }

    private void atHome(Ev ev, double now, boolean runStart) {
        SplittableRandom r = streams.keyed("plug", ev.getId(), arrivals[ev.getId()]++);
        double u = r.nextDouble();
        if (!ev.household().capability().offStreetParking()) {
            if (ev.getSoc() < spec.plugIn().publicChargeSoc()) {
                double target = spec.plugIn().publicTargetSoc();
                if (publicCharging == null || !publicCharging.startPublicSession(ev, now, target)) {
                    offFeederSession(ev, now, ev.energyKwh(), target, false);
                }
            }
            return;
        }
        double stayHours = (ev.nextDeparture() - now) / 60.0;
        boolean plug;
        if (ev.alwaysPlugIn()) {
            plug = true;
        } else if (stayHours < spec.plugIn().minStayHours()) {
            plug = false;
        } else {
            double p = 1 / (1 + Math.exp((ev.getSoc() - ev.socThreshold()) / spec.plugIn().steepness()));
            if (clock.minuteOfDay(now) < eveningFrom && !runStart) {
                p *= spec.plugIn().daytimeFactor();
            }
            plug = u < p || rangeAfterTomorrowKm(ev, now) < spec.plugIn().reserveKm();
        }
        if (plug && ev.getSoc() < 0.999) {
            Session s = new Session(ev.getId(), ev.household().getId(), true, ev.getHomeChargerKw(), now, ev.getSoc(),
                    ctx.targetSoc(), runStart);
            SplittableRandom o = streams.keyed("override", ev.getId(), sessionCount[ev.getId()]++);
            s.override = o.nextDouble() < spec.overrideProbability();
            ev.plugIn(s);
            onPlugIn.accept(ev, now);
        }
    }

    /**
     * A charge at a public charger off this feeder that brings the battery from {@code fromKwh} to
     * {@code target}: logged as a public session starting at {@code at}, or ending there when
     * {@code endsAt}; its energy never reaches this feeder's network.
     */
    private void offFeederSession(Ev ev, double at, double fromKwh, double target, boolean endsAt) {
        double add = Math.max(0, target * ev.getBatteryKwh() - fromKwh);
        double kw = spec.plugIn().offFeederChargerKw();
        double chargedKwh = add / ctx.chargeEfficiency();
        double stop = Math.max(spec.plugIn().offFeederMinStopMinutes(), 60 * chargedKwh / kw);
        Session s = new Session(ev.getId(), ev.household().getId(), false, kw, endsAt ? at - stop : at,
                Math.max(fromKwh, 0) / ev.getBatteryKwh(), target, false);
        s.chargedKwh = chargedKwh;
        s.chargingMinutes = 60 * chargedKwh / kw;
        s.plugOut = s.plugIn + stop;
        s.endSoc = target;
        s.offFeeder = true;
        ev.addEnergy(Math.max(0, target * ev.getBatteryKwh() - ev.energyKwh())); // the battery leaves at the target
        log.close(s);
    }

    /** Range left after the next day's trips if the car is not charged, km. */
    private double rangeAfterTomorrowKm(Ev ev, double now) {
        int day = clock.dayIndex(now) + (clock.minuteOfDay(now) > 12 * 60 ? 1 : 0);
        double km = 0;
        for (Tour t : toursOn(ev, day)) {
            km += t.km();
        }
        double perKm = spec.consumptionKwhPerKm() * (1 + spec.winterUplift());
        return (ev.energyKwh() / perKm) - km;
    }

    /** Closes the EV's session (home or at a public site) at {@code now}: unmet energy is what it still lacks for its target. */
    public void endSession(Ev ev, double now, boolean runEnd) {
        Session s = ev.unplug();
        s.plugOut = now;
        s.endSoc = ev.getSoc();
        s.unmetKwh = !runEnd ? Math.max(0, s.targetSoc * ev.getBatteryKwh() - ev.energyKwh()) / ctx.chargeEfficiency() : 0;
        s.truncatedEnd = runEnd;
        log.close(s);
    }
}
