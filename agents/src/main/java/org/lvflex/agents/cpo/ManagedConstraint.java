package org.lvflex.agents.cpo;

/**
 * Locally or Centrally Managed Constraint scheme (003:L499-504): the DNO measures one (LMC) or several
 * (CMC) network points, derives a site setpoint and sends it to the CPMS ({@link SccDno}); the CPMS
 * keeps the site's charging within it. A site that ignores it is tripped by the fail-safe (003:L586).
 */
final class ManagedConstraint implements ConnectionScheme {
    @Override
    public double limitKw(Site site, double now) {
        return site.dnoSetpointKw;
    }

    @Override
    public boolean dnoSetpoint() {
        return true;
    }
}
