package org.lvflex.agents.cpo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.lvflex.core.PowerFactor;
import org.lvflex.core.SettlementPeriod;
import org.lvflex.core.SimClock;
import org.lvflex.scenario.ChargerSpec;
import org.lvflex.scenario.PublicSiteSpec;

/**
 * One public charging site: its chargers and the cars on them, its connection point, the scheme it
 * is connected under and its state (energised or tripped, the DNO's setpoint, the day's profile caps).
 * Getters are MASON inspector properties.
 */
public final class Site {
    final PublicSiteSpec spec;
    final int index;
    final int connection;
    final int feeder;
    final List<Charger> chargers = new ArrayList<>();
    final double capacityKw;
    final ConnectionScheme scheme;
    /** Monitored points this site's connection stresses (CMC: several; otherwise its constraint point). */
    final List<ConstraintPoint> points;
    final List<SiteVehicle> cars = new ArrayList<>();
    final SiteTally tally;
    private final SimClock clock;
    private final double chargerTanPhi;
    private final double otherTanPhi;
    private final double vehicleAcMaxKw;
    private final double vehicleDcMaxKw;

    // DNO setpoint (LMC/CMC) for this step
    double dnoSetpointKw;
    // day-ahead profile caps (TCC_PROFILE) and the day they are for
    final double[] profileCapKw = new double[SettlementPeriod.PER_DAY];
    int profileDay = -1;
    // fail-safe
    boolean tripped;
    double reenergiseAt;
    boolean ignoring;
    boolean binding;
    int bindingEvents;
    double nonCompliantMinutes;
    // this step
    double requestKw;
    double availableKw;
    double chargingKw;
    /** The other load served: next step, the site meter's last reading, which dynamic CLM acts on. */
    double otherKw;
    double importKva;
    double curtailedKw;
    double flexKw;
    // the other load's growth factor and the day it is for
    private int growthDay = -1;
    private double growth;

    Site(PublicSiteSpec spec, int index, int connection, int feeder, ConnectionScheme scheme, List<ConstraintPoint> points,
            SimClock clock, double chargerTanPhi, double vehicleAcMaxKw, double vehicleDcMaxKw) {
        this.spec = spec;
        this.index = index;
        this.connection = connection;
        this.feeder = feeder;
        this.scheme = scheme;
        this.points = points;
        this.clock = clock;
        this.chargerTanPhi = chargerTanPhi;
        this.otherTanPhi = PowerFactor.tanPhi(spec.otherLoadPowerFactor());
        this.vehicleAcMaxKw = vehicleAcMaxKw;
        this.vehicleDcMaxKw = vehicleDcMaxKw;
        for (ChargerSpec c : spec.chargers()) {
            for (int k = 0; k < c.count(); k++) {
                chargers.add(new Charger(c.kw(), c.dc()));
            }
        }
        // highest rating first: an arriving car takes the most powerful free charger
        chargers.sort((a, b) -> Double.compare(b.kw, a.kw));
        this.capacityKw = spec.capacityKw();
        this.tally = new SiteTally(capacityKw, clock);
    }

    /** The most powerful free charger, or null when all are taken or the site is tripped. */
    Charger freeCharger() {
        if (tripped) {
            return null;
        }
        for (Charger c : chargers) {
            if (c.free()) {
                return c;
            }
        }
        return null;
    }

    /** Largest power a car on charger {@code c} accepts: the depot's fleet vehicles, or a car's AC or DC limit. */
    double vehicleMaxKw(Charger c) {
        if (spec.type() == PublicSiteSpec.Type.DEPOT) {
            return spec.fleet().vehicleMaxKw();
        }
        return c.dc ? vehicleDcMaxKw : vehicleAcMaxKw;
    }

    /** Other load behind the connection at schedule time {@code now} (hourly profile, grown per year of run time), kW. */
    double otherLoadKw(double now) {
        if (spec.otherLoadKw() == 0) {
            return 0;
        }
        int hour = clock.minuteOfDay(now) / 60;
        int day = clock.dayIndex(now);
        if (day != growthDay) { // the growth factor changes once a day
            growthDay = day;
            growth = Math.pow(1 + spec.otherLoadGrowthPctPerYear() / 100, day / 365.0);
        }
        return spec.otherLoadKw() * spec.otherLoadProfile().get(hour) * growth;
    }

    double otherKvar(double kw) {
        return kw * otherTanPhi;
    }

    double chargerTanPhi() {
        return chargerTanPhi;
    }

    double dscKva() {
        return spec.declaredSupplyKva();
    }

    /** The fail-safe opens the site's incoming supply; staff re-energise it {@code delay} minutes later. */
    void trip(double reenergiseAt) {
        tripped = true;
        this.reenergiseAt = reenergiseAt;
        ignoring = false;
        nonCompliantMinutes = 0;
        tally.trip();
    }

    void reenergise() {
        tripped = false;
        binding = false;
        ignoring = false;
    }

    // ---- inspector properties

    public String getId() {
        return spec.id();
    }

    public String getType() {
        return spec.type().name();
    }

    public String getScheme() {
        return spec.scheme().type().name();
    }

    public int getConnectionOrder() {
        return spec.connectionOrder();
    }

    public double getCapacityKw() {
        return capacityKw;
    }

    public double getDeclaredSupplyKva() {
        return spec.declaredSupplyKva();
    }

    public int getChargers() {
        return chargers.size();
    }

    public int getCarsPluggedIn() {
        return cars.size();
    }

    public boolean getTripped() {
        return tripped;
    }

    /** What the cars asked for this step, kW. */
    public double getRequestKw() {
        return requestKw;
    }

    /** What the scheme (or a trip) let the chargers draw this step, kW. */
    public double getAvailableKw() {
        return availableKw;
    }

    /** What the chargers drew this step, kW. */
    public double getChargingKw() {
        return chargingKw;
    }

    public double getOtherLoadKw() {
        return otherKw;
    }

    /** Apparent power at the connection this step, kVA. */
    public double getImportKva() {
        return importKva;
    }

    public SiteTally tally() {
        return tally;
    }

    public PublicSiteSpec spec() {
        return spec;
    }

    /** Names of the monitored points the site stresses. */
    public List<String> pointNames() {
        List<String> n = new ArrayList<>();
        for (ConstraintPoint p : points) {
            n.add(p.name);
        }
        return Collections.unmodifiableList(n);
    }
}
