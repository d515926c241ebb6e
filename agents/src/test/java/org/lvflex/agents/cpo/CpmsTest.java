package org.lvflex.agents.cpo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lvflex.scenario.PublicChargingSpec.SharingRule;

/** The CPMS sharing rule, checked by hand. */
class CpmsTest {
    private static SiteVehicle car(SiteVehicle.User user, double requestKw) {
        SiteVehicle v = new SiteVehicle(user, null, -1, new Charger(22, false), 22, 0, 100, false, 50);
        v.requestKw = requestKw;
        return v;
    }

    @Test
    void underTheLimitEveryCarGetsWhatItAsks() {
        List<SiteVehicle> cars = List.of(car(SiteVehicle.User.VISITOR, 7), car(SiteVehicle.User.VISITOR, 11));
        assertEquals(18, Cpms.share(20, cars, SharingRule.EQUAL_SHARE, 1.4), 1e-12);
        assertEquals(7, cars.get(0).allocKw, 1e-12);
        assertEquals(11, cars.get(1).allocKw, 1e-12);
    }

    @Test
    void equalShareFillsUpToEachRequest() {
        // 20 kW among 3, 11 and 22 kW: 3 + 8.5 + 8.5
        List<SiteVehicle> cars = List.of(car(SiteVehicle.User.VISITOR, 3), car(SiteVehicle.User.VISITOR, 11), car(SiteVehicle.User.FLEET, 22));
        assertEquals(20, Cpms.share(20, cars, SharingRule.EQUAL_SHARE, 1.4), 1e-12);
        assertEquals(3, cars.get(0).allocKw, 1e-12);
        assertEquals(8.5, cars.get(1).allocKw, 1e-12);
        assertEquals(8.5, cars.get(2).allocKw, 1e-12);
    }

    @Test
    void carsThatCannotGetTheMinimumWaitInPlugInOrder() {
        // 3 kW with a 1.4 kW minimum: the first two cars run (1.5 kW each), the third waits
        List<SiteVehicle> cars = List.of(car(SiteVehicle.User.VISITOR, 7), car(SiteVehicle.User.VISITOR, 7), car(SiteVehicle.User.VISITOR, 7));
        assertEquals(3, Cpms.share(3, cars, SharingRule.EQUAL_SHARE, 1.4), 1e-12);
        assertEquals(1.5, cars.get(0).allocKw, 1e-12);
        assertEquals(1.5, cars.get(1).allocKw, 1e-12);
        assertEquals(0, cars.get(2).allocKw, 1e-12);
        assertEquals(0, Cpms.share(1.0, cars, SharingRule.EQUAL_SHARE, 1.4), 1e-12, "below one minimum nobody charges");
    }

    @Test
    void payingFirstServesDriversBeforeTheFleet() {
        List<SiteVehicle> cars = List.of(car(SiteVehicle.User.FLEET, 22), car(SiteVehicle.User.RESIDENT, 11), car(SiteVehicle.User.VISITOR, 11));
        assertEquals(25, Cpms.share(25, cars, SharingRule.PAYING_FIRST, 1.4), 1e-12);
        assertEquals(3, cars.get(0).allocKw, 1e-12, "the fleet van gets what the paying drivers leave");
        assertEquals(11, cars.get(1).allocKw, 1e-12);
        assertEquals(11, cars.get(2).allocKw, 1e-12);
        Cpms.share(25, cars, SharingRule.EQUAL_SHARE, 1.4);
        assertEquals(25.0 / 3, cars.get(0).allocKw, 1e-12, "equal share treats the van like the others");
    }

    @Test
    void dynamicHeadroomKeepsApparentPowerWithinTheLimit() {
        // 30 kW + 10 kvar of other load under 100 kVA, chargers at unity: (30 + x)^2 + 10^2 = 100^2
        double x = DynamicLoadManagement.headroomKw(100, 30, 10, 0);
        assertEquals(Math.sqrt(100 * 100 - 100) - 30, x, 1e-9);
        // chargers at pf 0.95 take more apparent power per kW
        double t = Math.tan(Math.acos(0.95));
        double y = DynamicLoadManagement.headroomKw(100, 30, 10, t);
        assertEquals(100, Math.hypot(30 + y, 10 + y * t), 1e-9);
        assertEquals(0, DynamicLoadManagement.headroomKw(50, 60, 0, 0), "other load alone over the limit leaves nothing");
    }
}
