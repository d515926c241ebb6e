package org.lvflex.scenario;

import org.lvflex.core.Param;

/** Faults injected into control (DOMAIN.md section 8; 001, 003, 004). */
public record FaultSpec(
        @Param(value = "Probability that a control message (DNO signal, capacity profile, setpoint) reaches the charger", min = 0, max = 1,
                source = "001:L5129 (Electric Nation comms reliability fluctuated between 50% and 90%); default 1 = perfect comms")
        double commsReliability,
        @Param(value = "Delay between sending a control message and the charger acting on it", unit = "min", min = 0, max = 60,
                assumption = "cloud-to-charger round trip of about a minute")
        int latencyMinutes,
        @Param(value = "Probability that a charger that received a signal ignores it", min = 0, max = 1,
                assumption = "0: chargers obey; raise it to study non-compliance")
        double signalIgnoredProbability,
        @Param(value = "Expected aggregator (cloud platform) outages per year", unit = "1/yr", min = 0, max = 365,
                assumption = "0: no outage unless a scenario studies it")
        double aggregatorOutagesPerYear,
        @Param(value = "Mean length of an aggregator outage (exponential)", unit = "h", min = 0.1, max = 168,
                assumption = "a few hours to restore a cloud service")
        double aggregatorOutageHours,
        @Param("What a charger does while it has lost its controller's signal: HOLD_LAST limit, SAFE_RATE, STOP, or UNMANAGED (full power)")
        FailSafe failSafe,
        @Param(value = "Charging power of the SAFE_RATE fail-safe", unit = "kW", min = 0, max = 22,
                assumption = "the IEC 61851 minimum of 6 A on one phase, ~1.4 kW")
        double safeRateKw,
        @Param(value = "Time of a network outage to simulate (ISO local date-time), or empty for none")
        String outageStart,
        @Param(value = "Length of the network outage", unit = "min", min = 0, max = 10080, assumption = "an LV fault repair of about an hour")
        int outageMinutes,
        @Param(value = "After power returns chargers stay idle, then restart after a uniform random delay up to this", unit = "min",
                min = 0, max = 720, source = "001:L3363, L5264-5275 (idle after restoration, stochastic restart); length is an assumption")
        int restartDelayMaxMinutes) implements org.lvflex.scenario.schema.Checked {

    /** Loss-of-signal behaviour of a charger. */
    public enum FailSafe { HOLD_LAST, SAFE_RATE, STOP, UNMANAGED }

    public static FaultSpec defaults() {
        return new FaultSpec(1.0, 1, 0, 0, 4, FailSafe.HOLD_LAST, 1.4, "", 60, 30);
    }

    @Override
    public void check(String path, org.lvflex.scenario.schema.Problems problems) {
        if (!outageStart.isEmpty()) {
            try {
                java.time.LocalDateTime.parse(outageStart);
            } catch (java.time.format.DateTimeParseException e) {
                problems.add(path + ".outageStart", "\"" + outageStart + "\"", "empty or an ISO local date-time such as \"2025-01-08T18:00\"");
            }
        }
    }
}
