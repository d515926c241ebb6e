package org.lvflex.experiments.metrics;

import org.lvflex.agents.Ledger;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.scenario.AnalysisSpec;

/**
 * The network cost of a run, the amount cost allocation shares out: reinforcement capital the DNO
 * committed (001:L3592 trigger) plus what the DNO paid for flexibility, compensation and incentives
 * during the run. Annualised, reinforcement becomes an annuity over its life and payments scale
 * from the run's days to a year.
 */
public record NetworkCost(double reinforcementGbp, double dnoPaymentsGbp, double annualisedGbpPerYear) {

    /** The DNO's payments that count as network cost. */
    public static final Ledger.Flow[] DNO_FLOWS = {Ledger.Flow.FLEX_AVAILABILITY, Ledger.Flow.FLEX_UTILISATION,
        Ledger.Flow.COMPENSATION, Ledger.Flow.INCENTIVE};

    public static NetworkCost of(LvFlexModel m) {
        double payments = 0;
        for (Ledger.Flow f : DNO_FLOWS) {
            payments += m.ledger().paid(m.dnoParty(), f);
        }
        return of(m.dno().reinforcementCostGbp(), payments, m.scenario().analysis(), m.scenario().run().days());
    }

    public static NetworkCost of(double reinforcementGbp, double dnoPaymentsGbp, AnalysisSpec a, int days) {
        return new NetworkCost(reinforcementGbp, dnoPaymentsGbp,
                a.annualisedReinforcement(reinforcementGbp) + dnoPaymentsGbp * 365.0 / days);
    }

    /** Reinforcement plus DNO payments over the run, GBP. */
    public double totalGbp() {
        return reinforcementGbp + dnoPaymentsGbp;
    }
}
