package org.lvflex.scenario;

import java.util.List;
import org.lvflex.core.Param;
import org.lvflex.scenario.schema.Checked;
import org.lvflex.scenario.schema.Problems;

/**
 * Distributions of the capability vector each household carries (DOMAIN.md section 7; 002 section
 * 3). Attributes that depend on deprivation are given at the most and the least deprived IMD decile
 * and interpolated linearly in between.
 */
public record CapabilitySpec(
        @Param(value = "Share of households in each IMD decile, 1 (most deprived) to 10; ten weights, normalised", min = 0,
                assumption = "uniform: the default area mixes every decile so that equity results cover all of them")
        List<Double> imdDecileWeights,
        @Param(value = "Owner-occupier share in the most deprived decile", min = 0, max = 1,
                assumption = "English Housing Survey pattern: owner occupation rises steeply with affluence")
        double ownerShareMostDeprived,
        @Param(value = "Owner-occupier share in the least deprived decile", min = 0, max = 1,
                assumption = "English Housing Survey pattern")
        double ownerShareLeastDeprived,
        @Param(value = "Social-rent share in the most deprived decile", min = 0, max = 1,
                assumption = "English Housing Survey pattern: social renting concentrates in deprived areas")
        double socialShareMostDeprived,
        @Param(value = "Social-rent share in the least deprived decile", min = 0, max = 1,
                assumption = "English Housing Survey pattern")
        double socialShareLeastDeprived,
        @Param(value = "Share of owner-occupiers without secure off-street parking", min = 0, max = 1, source = "002:L207")
        double noParkingOwner,
        @Param(value = "Share of private renters without secure off-street parking", min = 0, max = 1, source = "002:L207")
        double noParkingPrivateRent,
        @Param(value = "Share of social tenants without secure off-street parking", min = 0, max = 1, source = "002:L207")
        double noParkingSocial,
        @Param(value = "Share able to fund the V2G premium (~GBP 3,700 over a smart charger) in the most deprived decile",
                min = 0, max = 1, assumption = "few deprived households hold thousands of pounds of savings (002:L172 for the cost)")
        double capitalShareMostDeprived,
        @Param(value = "Same, least deprived decile", min = 0, max = 1,
                assumption = "most affluent households can fund it (002:L172 for the cost)")
        double capitalShareLeastDeprived,
        @Param(value = "Share of households with a smart meter", min = 0, max = 1,
                assumption = "about 60% of GB domestic meters were smart in 2024 (DESNZ smart meter statistics)")
        double smartMeterShare,
        @Param(value = "Share with a smartphone and the confidence to use a charging app", min = 0, max = 1,
                assumption = "~95% under 45 but 65% at 65+ (002:L348); 0.88 for a mixed population")
        double digitalAccessShare,
        @Param(value = "Share whose home has reliable mobile or broadband coverage at the charger", min = 0, max = 1,
                assumption = "a minority of homes have poor coverage at the parking space")
        double connectivityShare,
        @Param(value = "Share of households with someone at home most of the day (retired, home working)", min = 0, max = 1,
                assumption = "NTS: about a third of car-owning households do not commute daily")
        double homeBasedShare,
        @Param(value = "Share of households with a 60 A cut-out (supply capacity limits a charger beside peak demand)", min = 0, max = 1,
                assumption = "older housing stock; DOMAIN.md section 7 names the 60 A cut-out as a gate")
        double supply60AShare,
        @Param(value = "Share of vulnerable households (Priority Services Register) in the most deprived decile", min = 0, max = 1,
                assumption = "PSR membership is higher in deprived areas")
        double vulnerableShareMostDeprived,
        @Param(value = "Same, least deprived decile", min = 0, max = 1, assumption = "PSR membership is lower in affluent areas")
        double vulnerableShareLeastDeprived) implements Checked {

    public static CapabilitySpec defaults() {
        return new CapabilitySpec(List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0),
                0.38, 0.85, 0.42, 0.04, 0.22, 0.52, 0.75, 0.05, 0.6, 0.6, 0.88, 0.95, 0.33, 0.2, 0.35, 0.15);
    }

    @Override
    public void check(String path, Problems problems) {
        problems.checkWeights(path + ".imdDecileWeights", imdDecileWeights, 10, "one per IMD decile");
        if (ownerShareMostDeprived + socialShareMostDeprived > 1) {
            problems.add(path + ".socialShareMostDeprived", String.valueOf(socialShareMostDeprived),
                    "owner + social shares <= 1 (the rest rent privately)");
        }
        if (ownerShareLeastDeprived + socialShareLeastDeprived > 1) {
            problems.add(path + ".socialShareLeastDeprived", String.valueOf(socialShareLeastDeprived),
                    "owner + social shares <= 1 (the rest rent privately)");
        }
    }
}
