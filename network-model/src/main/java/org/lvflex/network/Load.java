package org.lvflex.network;

/**
 * One connection point (a customer's supply, a public chargepoint site, ...) at a bus.
 *
 * @param name    unique name
 * @param bus     bus index in the network's bus table
 * @param phase   {@link #PHASE_A}, {@link #PHASE_B}, {@link #PHASE_C} (single-phase, wye to
 *                neutral) or {@link #THREE_PHASE} (balanced: a third of the power on each phase)
 * @param kw      nominal active power; multiplied by a load shape to give demand
 * @param pf      nominal power factor (lagging, 0 < pf <= 1)
 * @param shape   name of the load shape this point follows, or empty for none
 */
public record Load(String name, int bus, int phase, double kw, double pf, String shape) {
    public static final int PHASE_A = 0;
    public static final int PHASE_B = 1;
    public static final int PHASE_C = 2;
    public static final int THREE_PHASE = 3;

    public Load {
        shape = shape == null ? "" : shape;
    }

    /** Phase as text: A, B, C or ABC. */
    public String phaseName() {
        return phaseName(phase);
    }

    /** Phase code as text: A, B, C or ABC. */
    public static String phaseName(int phase) {
        return switch (phase) {
            case PHASE_A -> "A";
            case PHASE_B -> "B";
            case PHASE_C -> "C";
            default -> "ABC";
        };
    }

    /** Parses A, B, C or ABC (case-insensitive); returns -1 for anything else. */
    public static int parsePhase(String text) {
        if (text == null) {
            return -1;
        }
        return switch (text.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "A", "1" -> PHASE_A;
            case "B", "2" -> PHASE_B;
            case "C", "3" -> PHASE_C;
            case "ABC", "3PH" -> THREE_PHASE;
            default -> -1;
        };
    }
}
