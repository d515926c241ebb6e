package org.lvflex.agents.tariff;

import java.util.List;
import org.lvflex.agents.Ledger;
import org.lvflex.agents.Ledger.Flow;
import org.lvflex.agents.population.Household;

/**
 * Half-hourly smart metering and billing. Each step adds a household's net import or export at its
 * meter; at the end of each settlement period the supplier bills energy at the household's tariff,
 * pays export, and the network charge goes to the DNO. The standing charge is billed daily.
 */
public final class Metering {
    private final List<Household> households;
    private final Supplier supplier;
    private final Ledger ledger;
    private final int supplierParty;
    private final int dnoParty;
    private NetworkTariff networkTariff;
    private LocalMarket localMarket;
    private final double[] importKwh;
    private final double[] exportKwh;
    private final double[] totalImportKwh;
    private final double[] totalExportKwh;

    public Metering(List<Household> households, Supplier supplier, NetworkTariff networkTariff, Ledger ledger,
            int supplierParty, int dnoParty) {
        this.households = households;
        this.supplier = supplier;
        this.networkTariff = networkTariff;
        this.ledger = ledger;
        this.supplierParty = supplierParty;
        this.dnoParty = dnoParty;
        int n = households.size();
        this.importKwh = new double[n];
        this.exportKwh = new double[n];
        this.totalImportKwh = new double[n];
        this.totalExportKwh = new double[n];
    }

    /**
     * A local (P2P) market that trades part of a settlement period's imports and exports between
     * neighbours before the supplier bills the rest: it reduces the arrays by what it matched and
     * books the payments itself.
     */
    public interface LocalMarket {
        void clear(int period, double[] importKwh, double[] exportKwh);
    }

    public void setLocalMarket(LocalMarket lm) {
        this.localMarket = lm;
    }

    public void setNetworkTariff(NetworkTariff t) {
        this.networkTariff = t;
    }

    public NetworkTariff networkTariff() {
        return networkTariff;
    }

    /** Adds one step of a household's net demand at the meter (kW, negative = export). */
    public void meter(int household, double netKw, double dtHours) {
        if (netKw >= 0) {
            importKwh[household] += netKw * dtHours;
        } else {
            exportKwh[household] -= netKw * dtHours;
        }
    }

    /** Bills the settlement period that just ended: network charge on all imports, then the local market, then the supplier. */
    public void settle(int period, int periodStartMinuteOfDay) {
        for (int i = 0; i < households.size(); i++) {
            if (importKwh[i] > 0) {
                ledger.pay(i, dnoParty, Flow.NETWORK, importKwh[i] * networkTariff.gbpPerKwh(households.get(i), period));
            }
            totalImportKwh[i] += importKwh[i];
            totalExportKwh[i] += exportKwh[i];
        }
        if (localMarket != null) {
            localMarket.clear(period, importKwh, exportKwh);
        }
        for (int i = 0; i < households.size(); i++) {
            Household h = households.get(i);
            double imp = importKwh[i];
            double exp = exportKwh[i];
            if (imp > 0) {
                ledger.pay(i, supplierParty, Flow.ENERGY, imp * supplier.importPrice(h.getTariff(), period, periodStartMinuteOfDay));
            }
            if (exp > 0) {
                ledger.pay(supplierParty, i, Flow.EXPORT, exp * supplier.exportPrice(period));
            }
            importKwh[i] = 0;
            exportKwh[i] = 0;
        }
    }

    /** Bills one day's standing charge to every household. */
    public void standingCharge() {
        for (int i = 0; i < households.size(); i++) {
            ledger.pay(i, supplierParty, Flow.STANDING, supplier.standingGbpPerDay());
        }
    }

    public double importKwh(int household) {
        return totalImportKwh[household];
    }

    public double exportKwh(int household) {
        return totalExportKwh[household];
    }

    /** Import so far in the open settlement period. */
    public double periodImportKwh(int household) {
        return importKwh[household];
    }

    /** Export so far in the open settlement period. */
    public double periodExportKwh(int household) {
        return exportKwh[household];
    }
}
