package org.lvflex.scenario;

import org.lvflex.core.Param;

/**
 * The DNO side of the DNO-led Smart Charging Connections (LMC, CMC; 003 section 8) and of the
 * profile TCC: limits of the monitored points, the setpoint margin, and the fail-safe that trips a
 * site which does not follow its setpoint (003:L586).
 */
public record SccDnoSpec(
        @Param(value = "Limit of a TRANSFORMER point, % of firm capacity on the most loaded phase", unit = "%", min = 10, max = 200,
                assumption = "100%: the transformer's rating")
        double transformerLimitPct,
        @Param(value = "Limit of a FEEDER point, % of the head cable's rating on the most loaded phase", unit = "%", min = 10, max = 200,
                assumption = "100%: the cable's thermal rating")
        double feederLimitPct,
        @Param(value = "Headroom the DNO keeps below each limit when it sets LMC/CMC setpoints (in three-phase kW of the most loaded phase)",
                unit = "kW", min = 0, max = 1000,
                assumption = "absorbs one step of change elsewhere before the next setpoint: a 7 kW home charger switching on at the most loaded phase is 21 kW")
        double setpointMarginKw,
        @Param(value = "Nominal phase-to-neutral voltage used to turn cable current headroom into kW", unit = "V", min = 200, max = 260,
                source = "UK nominal 230 V (DOMAIN.md section 3)")
        double nominalPhaseVoltageV,
        @Param(value = "A site drawing more than its setpoint plus this is non-compliant", unit = "kW", min = 0, max = 100,
                assumption = "metering and control tolerance of about 1 kW")
        double tripToleranceKw,
        @Param(value = "Minutes of continuous non-compliance before the fail-safe trips the site's incoming supply", unit = "min",
                min = 1, max = 60, source = "003:L586 (automated fail-safe before surrounding customers are disrupted); delay is an assumption")
        int tripDelayMinutes,
        @Param(value = "Minutes until staff manually re-energise a tripped site", unit = "min", min = 0, max = 10080,
                source = "003:L586 (reliance on staff to manually re-energise the site); delay is an assumption")
        int reenergiseDelayMinutes) {

    public static SccDnoSpec defaults() {
        return new SccDnoSpec(100, 100, 20, 230, 1, 2, 240);
    }
}
