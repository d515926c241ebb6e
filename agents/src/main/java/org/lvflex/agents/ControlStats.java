package org.lvflex.agents;

/**
 * What the control mechanisms did in a run, the same fields for every model (zero where a
 * mechanism is absent) so that every report row has the same metrics: DNO signals, flexibility
 * contracts and delivery, capacity rights, premiums, network prices, P2P trades, protection trips.
 */
public final class ControlStats {
    public long dnoSignals;
    public long optOuts;
    public double flexContractedKw;
    public double flexRequestedKwh;
    public double flexDeliveredKwh;
    public double flexUnderDeliveredKwh;
    public int flexDispatches;
    public double rightsBoughtKwh;
    public double rightsTradedKwh;
    public double breachKwh;
    public double premiumKwh;
    public double networkPriceSum;
    public int networkPriceCount;
    public double networkPriceOscillationSum;
    public int networkPriceOscillationCount;
    public double p2pVolumeKwh;
    public double p2pValueGbp;
    public int protectionTrips;

    /** Mean published network price, GBP/kWh (NaN when none was published). */
    public double meanNetworkPrice() {
        return networkPriceCount == 0 ? Double.NaN : networkPriceSum / networkPriceCount;
    }

    /** Mean absolute day-to-day change of the network price of the same half-hour, GBP/kWh. */
    public double networkPriceOscillation() {
        return networkPriceOscillationCount == 0 ? 0 : networkPriceOscillationSum / networkPriceOscillationCount;
    }

    /** Mean local P2P price, GBP/kWh (NaN without trades). */
    public double meanP2pPrice() {
        return p2pVolumeKwh == 0 ? Double.NaN : p2pValueGbp / p2pVolumeKwh;
    }

    /** Forgets everything counted in the warm-up. */
    public void reset() {
        dnoSignals = 0;
        optOuts = 0;
        flexRequestedKwh = 0;
        flexDeliveredKwh = 0;
        flexUnderDeliveredKwh = 0;
        flexDispatches = 0;
        rightsBoughtKwh = 0;
        rightsTradedKwh = 0;
        breachKwh = 0;
        premiumKwh = 0;
        networkPriceSum = 0;
        networkPriceCount = 0;
        networkPriceOscillationSum = 0;
        networkPriceOscillationCount = 0;
        p2pVolumeKwh = 0;
        p2pValueGbp = 0;
        protectionTrips = 0;
    }
}
