package org.lvflex.agents.cpo;

import java.util.ArrayList;
import java.util.List;
import org.lvflex.scenario.PublicChargingSpec.SharingRule;

/**
 * The chargepoint management system's rule for sharing a site limit among connected cars. The DNO
 * never instructs individual chargers: the CPMS decides (003:L267, L568).
 *
 * <p>Within a group, cars are taken in plug-in order: each gets a guaranteed minimum (003:L407) while
 * the limit lasts (cars that cannot get it wait at 0 kW), then what is left is shared equally, no car
 * getting more than it asks for (water filling). EQUAL_SHARE puts every car in one group;
 * PAYING_FIRST serves paying drivers' cars first and fleet vehicles from what remains (003:L451).
 */
final class Cpms {
    private static final double EPS = 1e-9;

    private Cpms() {}

    /** Sets {@code allocKw} of every car from its {@code requestKw}; returns the total allocated. */
    static double share(double limitKw, List<SiteVehicle> cars, SharingRule rule, double minimumKw) {
        for (SiteVehicle v : cars) {
            v.allocKw = 0;
        }
        double left = Math.max(0, limitKw);
        if (rule == SharingRule.PAYING_FIRST) {
            List<SiteVehicle> paying = new ArrayList<>();
            List<SiteVehicle> others = new ArrayList<>();
            for (SiteVehicle v : cars) {
                (v.paying() ? paying : others).add(v);
            }
            left = shareGroup(left, paying, minimumKw);
            left = shareGroup(left, others, minimumKw);
        } else {
            left = shareGroup(left, cars, minimumKw);
        }
        return Math.max(0, limitKw) - left;
    }

    /** Shares {@code limit} within one group (cars in plug-in order); returns what is left. */
    private static double shareGroup(double limit, List<SiteVehicle> cars, double minimumKw) {
        double total = 0;
        for (SiteVehicle v : cars) {
            total += v.requestKw;
        }
        if (total <= limit + EPS) {
            for (SiteVehicle v : cars) {
                v.allocKw = v.requestKw;
            }
            return Math.max(0, limit - total);
        }
        double left = limit;
        List<SiteVehicle> running = new ArrayList<>();
        for (SiteVehicle v : cars) {
            if (v.requestKw <= 0) {
                continue;
            }
            double floor = Math.min(minimumKw, v.requestKw);
            if (floor <= left + EPS) {
                v.allocKw = floor;
                left = Math.max(0, left - floor);
                running.add(v);
            }
        }
        // water filling: raise every running car equally until it reaches its request or the limit runs out
        running.sort((a, b) -> Double.compare(a.requestKw - a.allocKw, b.requestKw - b.allocKw));
        int n = running.size();
        for (int i = 0; i < running.size() && left > EPS; i++) {
            SiteVehicle v = running.get(i);
            double share = left / (n - i);
            double room = v.requestKw - v.allocKw;
            double add = Math.min(room, share);
            v.allocKw += add;
            left -= add;
        }
        return Math.max(0, left);
    }
}
