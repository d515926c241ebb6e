package org.lvflex.agents.cpo;

/**
 * Customer Load Management with a static limit (003:L383): a fixed cap programmed into the CPMS that
 * the chargers collectively never exceed, e.g. 69 kW (003:L440). It takes no account of other load on
 * the customer's network, so the site as a whole can still exceed its DSC.
 */
final class StaticLoadManagement implements ConnectionScheme {
    private final double capKw;

    StaticLoadManagement(double capKw) {
        this.capKw = capKw;
    }

    @Override
    public double limitKw(Site site, double now) {
        return capKw;
    }
}
