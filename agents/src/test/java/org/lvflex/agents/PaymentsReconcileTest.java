package org.lvflex.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lvflex.agents.Ledger.Flow;
import org.lvflex.agents.aggregator.Aggregator;

/** What the DNO and markets pay is what the households and aggregators receive. */
class PaymentsReconcileTest {

    private static double aggregatorsReceived(LvFlexModel m, Flow f) {
        double s = 0;
        for (Aggregator a : m.aggregators()) {
            s += m.ledger().received(a.party(), f);
        }
        return s;
    }

    private static double aggregatorsPaid(LvFlexModel m, Flow f) {
        double s = 0;
        for (Aggregator a : m.aggregators()) {
            s += m.ledger().paid(a.party(), f);
        }
        return s;
    }

    @Test
    void a3FlexibilityPaymentsReachAggregatorsAndTheirShareReachesHouseholds() {
        LvFlexModel m = TestScenarios.run(TestScenarios.congested("A3", 3, ""));
        int dno = m.dnoParty();
        double paid = m.ledger().paid(dno, Flow.FLEX_AVAILABILITY) + m.ledger().paid(dno, Flow.FLEX_UTILISATION);
        assertTrue(paid > 0, "the DNO paid for flexibility");
        double received = aggregatorsReceived(m, Flow.FLEX_AVAILABILITY) + aggregatorsReceived(m, Flow.FLEX_UTILISATION);
        assertEquals(paid, received, 1e-9, "DNO paid = aggregators received");
        double passedOn = aggregatorsPaid(m, Flow.FLEX_AVAILABILITY) + aggregatorsPaid(m, Flow.FLEX_UTILISATION);
        double households = m.ledger().householdsReceived(Flow.FLEX_AVAILABILITY) + m.ledger().householdsReceived(Flow.FLEX_UTILISATION);
        assertEquals(passedOn, households, 1e-9, "aggregators paid out = households received");
        assertEquals(m.scenario().aggregator().revenueShareToHouseholds() * paid, households, 1e-6, "households get the agreed share");
        assertTrue(m.stats().flexDeliveredKwh > 0 && m.stats().flexDispatches > 0, "dispatches were delivered");
    }

    @Test
    void a1IncentivesAndD2CompensationReconcile() {
        LvFlexModel a1 = TestScenarios.run(TestScenarios.congested("A1", 2, ""));
        double incentives = a1.ledger().paid(a1.dnoParty(), Flow.INCENTIVE);
        assertTrue(incentives > 0, "A1 paid incentives");
        assertEquals(incentives, a1.ledger().householdsReceived(Flow.INCENTIVE), 1e-9);
        assertEquals(0, incentives % a1.scenario().model().a1().incentiveGbpPerEvent(), 1e-6, "a whole number of event payments");

        LvFlexModel d2 = TestScenarios.run(TestScenarios.congested("D2", 2, "\"model\":{\"type\":\"D2\",\"d2\":{\"firmAccessShare\":0.5}}"));
        double comp = d2.ledger().paid(d2.dnoParty(), Flow.COMPENSATION);
        assertTrue(comp > 0, "D2 compensated firm-access customers");
        assertEquals(comp, d2.ledger().householdsReceived(Flow.COMPENSATION), 1e-9);
    }

    @Test
    void marketMoneyIsConserved() {
        for (String model : new String[] {"A2", "C1", "C3"}) {
            LvFlexModel m = TestScenarios.run(TestScenarios.congested(model, 2, ""));
            Ledger l = m.ledger();
            for (Flow f : Flow.values()) {
                assertEquals(l.total(f), l.totalReceived(f), 1e-6, model + " " + f + ": paid = received");
            }
            // households pay the DNO for rights, penalties and premiums; rights traded between households net to zero
            assertEquals(l.householdsPaid(Flow.CAPACITY_RIGHTS) - l.householdsReceived(Flow.CAPACITY_RIGHTS),
                    l.received(m.dnoParty(), Flow.CAPACITY_RIGHTS), 1e-6, model + " capacity rights");
            assertEquals(l.householdsPaid(Flow.PENALTY), l.received(m.dnoParty(), Flow.PENALTY), 1e-6);
            assertEquals(l.householdsPaid(Flow.PREMIUM), l.received(m.dnoParty(), Flow.PREMIUM), 1e-6);
            // the local market only passes money from buyers to sellers
            assertEquals(l.householdsPaid(Flow.P2P), l.householdsReceived(Flow.P2P), 1e-6, model + " P2P balances");
        }
    }
}
