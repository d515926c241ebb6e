package org.lvflex.scenario;

/** Equivalent annual cost of a capital outlay: the annuity over its life at a discount rate. */
final class Annuity {
    private Annuity() {}

    /**
     * {@code capital * r / (1 - (1 + r)^-lifeYears)} with {@code r = discountRatePct / 100};
     * {@code capital / lifeYears} when the rate is zero.
     */
    static double annualised(double capital, double discountRatePct, double lifeYears) {
        double r = discountRatePct / 100.0;
        if (r == 0) {
            return capital / lifeYears;
        }
        return capital * r / (1 - Math.pow(1 + r, -lifeYears));
    }
}
