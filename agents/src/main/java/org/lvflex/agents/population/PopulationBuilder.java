package org.lvflex.agents.population;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.lvflex.agents.ev.Ev;
import org.lvflex.agents.grid.Grid;
import org.lvflex.core.Lognormal;
import org.lvflex.core.RandomStreams;
import org.lvflex.scenario.CapabilitySpec;
import org.lvflex.scenario.EvSpec;
import org.lvflex.scenario.HouseholdSpec;
import org.lvflex.scenario.Scenario;
import org.lvflex.scenario.V2gSpec;

/**
 * Draws the households of a feeder: one per single-phase connection point, each with its capability
 * vector (DOMAIN.md section 7), demand scale, EV (by the adoption rule) and V2G (by the V2G gates
 * and share). Every household draws from its own random streams, so the population is identical
 * in every model of a comparison and adding households never changes existing ones.
 */
public final class PopulationBuilder {
    private final Scenario scenario;
    private final RandomStreams streams;

    public PopulationBuilder(Scenario scenario, RandomStreams streams) {
        this.scenario = scenario;
        this.streams = streams;
    }

    /** Households and their EVs; EV ids are 0..n-1 in household order. */
    public record Population(List<Household> households, List<Ev> evs) {}

    public Population build(Grid grid) {
        HouseholdSpec hs = scenario.households();
        List<Household> households = new ArrayList<>();
        for (int c = 0; c < grid.connectionCount(); c++) {
            if (grid.phaseOf(c) == Grid.THREE_PHASE) {
                continue; // three-phase connection points are for public sites, not homes
            }
            int id = households.size();
            MersenneTwisterFast r = streams.stream("household", id);
            Capability cap = drawCapability(hs.capability(), r);
            double sigma = hs.baseLoad().householdScaleSigma();
            double scale = Lognormal.meanOne(sigma, r.nextGaussian());
            households.add(new Household(id, c, grid.feederOf(c), grid.phaseOf(c), cap, scale));
        }
        boolean[] hasEv = adopt(households);
        List<Ev> evs = attachEvs(households, hasEv);
        return new Population(households, evs);
    }

    Capability drawCapability(CapabilitySpec s, MersenneTwisterFast r) {
        // fixed draw order: every attribute is drawn for every household
        int decile = RandomStreams.weightedIndex(s.imdDecileWeights(), r.nextDouble()) + 1;
        double x = (decile - 1) / 9.0; // 0 most deprived .. 1 least deprived
        double owner = lerp(s.ownerShareMostDeprived(), s.ownerShareLeastDeprived(), x);
        double social = lerp(s.socialShareMostDeprived(), s.socialShareLeastDeprived(), x);
        double u = r.nextDouble();
        Tenure tenure = u < owner ? Tenure.OWNER : u < owner + social ? Tenure.SOCIAL_RENT : Tenure.PRIVATE_RENT;
        double noParking = switch (tenure) {
            case OWNER -> s.noParkingOwner();
            case PRIVATE_RENT -> s.noParkingPrivateRent();
            case SOCIAL_RENT -> s.noParkingSocial();
        };
        boolean parking = r.nextDouble() >= noParking;
        boolean capital = r.nextDouble() < lerp(s.capitalShareMostDeprived(), s.capitalShareLeastDeprived(), x);
        boolean smartMeter = r.nextDouble() < s.smartMeterShare();
        boolean digital = r.nextDouble() < s.digitalAccessShare();
        boolean connectivity = r.nextDouble() < s.connectivityShare();
        boolean homeBased = r.nextDouble() < s.homeBasedShare();
        boolean supply60A = r.nextDouble() < s.supply60AShare();
        boolean vulnerable = r.nextDouble() < lerp(s.vulnerableShareMostDeprived(), s.vulnerableShareLeastDeprived(), x);
        return new Capability(tenure, decile, parking, capital, smartMeter, digital, connectivity, homeBased, supply60A, vulnerable);
    }

    /** The adoption rule of {@link org.lvflex.scenario.AdoptionSpec}: top share by propensity. */
    boolean[] adopt(List<Household> hh) {
        EvSpec ev = scenario.ev();
        int n = hh.size();
        double[] own = new double[n];
        for (int i = 0; i < n; i++) {
            Capability c = hh.get(i).capability();
            double gumbel = -Math.log(-Math.log(clampOpen(streams.stream("adoption", i).nextDouble())));
            own[i] = ev.adoption().imdWeight() * (c.imdDecile() - 5.5) / 4.5
                    + ev.adoption().parkingWeight() * (c.offStreetParking() ? 1 : 0)
                    + ev.adoption().ownerWeight() * (c.tenure() == Tenure.OWNER ? 1 : 0)
                    + gumbel;
        }
        // peer effect: the mean propensity of the household's feeder (clustering, 001:L3634)
        int feeders = hh.stream().mapToInt(Household::getFeeder).max().orElse(0) + 1;
        double[] sum = new double[feeders];
        int[] count = new int[feeders];
        for (int i = 0; i < n; i++) {
            sum[hh.get(i).getFeeder()] += own[i];
            count[hh.get(i).getFeeder()]++;
        }
        Integer[] order = new Integer[n];
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            int f = hh.get(i).getFeeder();
            score[i] = own[i] + ev.adoption().peerWeight() * sum[f] / count[f];
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -score[i]).thenComparingInt(i -> i));
        int owners = (int) Math.round(ev.share() * n);
        boolean[] has = new boolean[n];
        for (int k = 0; k < owners; k++) {
            has[order[k]] = true;
        }
        return has;
    }

    private List<Ev> attachEvs(List<Household> hh, boolean[] hasEv) {
        EvSpec es = scenario.ev();
        V2gSpec vs = scenario.v2g();
        int n = hh.size();
        boolean[] capableVehicle = new boolean[n];
        double[] v2gDraw = new double[n];
        // V2G: eligible = passes every gate; the top share of the eligible (by a private draw) install it
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            MersenneTwisterFast r = streams.stream("ev", i);
            capableVehicle[i] = r.nextDouble() < vs.capableVehicleShare();
            v2gDraw[i] = r.nextDouble();
            Gate g = hh.get(i).capability().v2gGate(hasEv[i], capableVehicle[i]);
            if (g == Gate.NONE) {
                eligible.add(i);
            }
        }
        eligible.sort(Comparator.<Integer>comparingDouble(i -> v2gDraw[i]).thenComparingInt(i -> i));
        int v2gCount = (int) Math.round(vs.share() * eligible.size());
        boolean[] v2g = new boolean[n];
        for (int k = 0; k < v2gCount; k++) {
            v2g[eligible.get(k)] = true;
        }
        List<Ev> evs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Household h = hh.get(i);
            Gate v2gGate = h.capability().v2gGate(hasEv[i], capableVehicle[i]);
            if (v2gGate == Gate.NONE && !v2g[i]) {
                v2gGate = Gate.NOT_CHOSEN;
            }
            h.setGates(h.capability().smartChargingGate(hasEv[i]), v2gGate);
            if (!hasEv[i]) {
                continue;
            }
            MersenneTwisterFast r = streams.stream("ev-attributes", i);
            double battery = es.batteryKwh().get(RandomStreams.weightedIndex(es.batteryWeights(), r.nextDouble()));
            double charger = es.chargerKw().get(RandomStreams.weightedIndex(es.chargerWeights(), r.nextDouble()));
            double lo = es.plugIn().socThresholdLow();
            double threshold = lo + (es.plugIn().socThresholdHigh() - lo) * r.nextDouble();
            double sigma = es.travel().carScaleSigma();
            double carScale = Lognormal.meanOne(sigma, r.nextGaussian());
            boolean always = r.nextDouble() < vs.alwaysPlugInShare();
            double initialSoc = 0.5 + 0.4 * r.nextDouble();
            if (v2g[i]) {
                charger = Math.max(charger, vs.exportKw());
            }
            Ev e = new Ev(evs.size(), h, battery, charger, v2g[i], vs.exportKw(), threshold, carScale,
                    v2g[i] && always, initialSoc);
            h.attachEv(e);
            evs.add(e);
        }
        return evs;
    }


    private static double lerp(double a, double b, double x) {
        return a + (b - a) * x;
    }

    private static double clampOpen(double u) {
        return Math.min(Math.max(u, 1e-12), 1 - 1e-12);
    }
}
