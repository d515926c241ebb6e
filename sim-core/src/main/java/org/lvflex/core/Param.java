package org.lvflex.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Metadata of one model or scenario parameter: what it means, its unit, its allowed range and where
 * its default comes from. Put it on record components. The scenario validator enforces the range and
 * the schema documentation ({@code docs/scenario-reference.md}) is generated from these annotations,
 * so a parameter's documentation cannot drift from the code.
 *
 * <p>Exactly one of {@link #source()} (a seed citation such as {@code 001:L3592}, or a published
 * statistic) and {@link #assumption()} (a one-line reason for a value no source gives) should be set
 * for every numeric parameter.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Param {
    /** What the parameter means, one sentence. */
    String value();

    /** Unit, e.g. {@code kW}, {@code kWh}, {@code GBP/kWh}, {@code min}; empty when dimensionless. */
    String unit() default "";

    /** Smallest allowed value (inclusive); for a list of numbers, of each element. */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest allowed value (inclusive); for a list of numbers, of each element. */
    double max() default Double.POSITIVE_INFINITY;

    /** Citation of the default: {@code 001:L3592} (seed and line) or a published source. */
    String source() default "";

    /** Why the default was chosen when no source gives it (the value is then an assumption). */
    String assumption() default "";
}
