package org.lvflex.agents.cpo;

/**
 * Customer Load Management with a dynamic limit (003:L385, L421): the chargers may use the headroom
 * between the declared supply capacity and the other site load, less a margin for a disruptive load
 * switched on before the CPMS reacts. The CPMS acts on the site meter's last reading (one step old,
 * a hard-wired meter signal, 003:L442), so the margin is what keeps the DSC safe when load steps up.
 */
final class DynamicLoadManagement implements ConnectionScheme {
    private final double marginKva;

    DynamicLoadManagement(double marginKva) {
        this.marginKva = marginKva;
    }

    @Override
    public double limitKw(Site site, double now) {
        return headroomKw(site.dscKva() - marginKva, site.otherKw, site.otherKvar(site.otherKw), site.chargerTanPhi());
    }

    /**
     * Largest charging power x >= 0 with |(p + x) + j(q + x tanPhi)| <= limit kVA: the site's
     * apparent power stays within the limit. 0 when the other load alone already exceeds it.
     */
    static double headroomKw(double limitKva, double pKw, double qKvar, double tanPhi) {
        if (limitKva <= 0 || Math.hypot(pKw, qKvar) >= limitKva) {
            return 0;
        }
        // (1 + t^2) x^2 + 2 (p + q t) x + (p^2 + q^2 - L^2) = 0, positive root
        double a = 1 + tanPhi * tanPhi;
        double b = 2 * (pKw + qKvar * tanPhi);
        double c = pKw * pKw + qKvar * qKvar - limitKva * limitKva;
        return Math.max(0, (-b + Math.sqrt(b * b - 4 * a * c)) / (2 * a));
    }
}
