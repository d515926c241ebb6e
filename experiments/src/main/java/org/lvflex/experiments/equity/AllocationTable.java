package org.lvflex.experiments.equity;

import java.util.ArrayList;
import java.util.List;
import org.lvflex.experiments.metrics.NetworkCost;
import org.lvflex.scenario.AllocationRule;

/**
 * Network cost paid versus caused, per allocation rule and group: the group's share of the cost
 * under the rule, its share of the cost caused ({@link AllocationDrivers}), their ratio (above 1: the
 * group pays more than it causes; for a deprived group, "the poor contributing to network investment
 * for the rich", 000) and the amounts. Groups without households are left out.
 */
public final class AllocationTable {
    private AllocationTable() {}

    /** One rule and group. */
    public record Row(AllocationRule rule, GroupKind kind, String group, int households, double sharePaid, double shareCaused,
            double paidGbp, double paidGbpPerHouseholdYear) {
        /** Share paid / share caused (NaN when the group caused nothing). */
        public double ratio() {
            return shareCaused > 0 ? sharePaid / shareCaused : Double.NaN;
        }
    }

    /** {@code shares[rule.ordinal()][household]}, {@code caused[household]}. */
    public static List<Row> rows(List<HouseholdAttributes> hh, double[][] shares, double[] caused, NetworkCost cost) {
        List<Row> out = new ArrayList<>();
        for (AllocationRule rule : AllocationRule.values()) {
            double[] s = shares[rule.ordinal()];
            for (GroupKind kind : GroupKind.values()) {
                int[] g = kind.index(hh);
                List<String> names = kind.groups();
                for (int k = 0; k < names.size(); k++) {
                    int n = 0;
                    double paid = 0;
                    double c = 0;
                    for (int i = 0; i < hh.size(); i++) {
                        if (g[i] == k) {
                            n++;
                            paid += s[i];
                            c += caused[i];
                        }
                    }
                    if (n > 0) {
                        out.add(new Row(rule, kind, names.get(k), n, paid, c, paid * cost.totalGbp(),
                                paid * cost.annualisedGbpPerYear() / n));
                    }
                }
            }
        }
        return out;
    }
}
