package org.lvflex.experiments.equity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lvflex.agents.population.Tenure;

/** The groups outcomes are reported by (DOMAIN.md section 7): IMD decile and quintile, tenure, EV / non-EV, V2G / non-V2G. */
public enum GroupKind {
    IMD_DECILE, IMD_QUINTILE, TENURE, EV, V2G;

    /** Column value, e.g. {@code imd_quintile}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The group a household belongs to: decile "1".."10" (1 most deprived), quintile "1".."5", tenure, "ev"/"non_ev", "v2g"/"non_v2g". */
    public String group(HouseholdAttributes h) {
        return switch (this) {
            case IMD_DECILE -> Integer.toString(h.imdDecile());
            case IMD_QUINTILE -> Integer.toString((h.imdDecile() + 1) / 2);
            case TENURE -> h.tenure().name().toLowerCase(Locale.ROOT);
            case EV -> h.hasEv() ? "ev" : "non_ev";
            case V2G -> h.hasV2g() ? "v2g" : "non_v2g";
        };
    }

    /** Every group of this kind, in report order (whether or not it has households). */
    public List<String> groups() {
        List<String> out = new ArrayList<>();
        switch (this) {
            case IMD_DECILE -> {
                for (int d = 1; d <= 10; d++) {
                    out.add(Integer.toString(d));
                }
            }
            case IMD_QUINTILE -> {
                for (int q = 1; q <= 5; q++) {
                    out.add(Integer.toString(q));
                }
            }
            case TENURE -> {
                for (Tenure t : Tenure.values()) {
                    out.add(t.name().toLowerCase(Locale.ROOT));
                }
            }
            case EV -> out.addAll(List.of("ev", "non_ev"));
            case V2G -> out.addAll(List.of("v2g", "non_v2g"));
        }
        return out;
    }

    /** Index of each household's group in {@link #groups()}. */
    public int[] index(List<HouseholdAttributes> hh) {
        List<String> g = groups();
        int[] out = new int[hh.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = g.indexOf(group(hh.get(i)));
        }
        return out;
    }
}
