package org.lvflex.core;

import ec.util.MersenneTwisterFast;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Named random-number streams derived from one run seed. Each stream's seed mixes the run seed
 * with the stream's name (and an index for per-agent streams), so adding a new agent kind or a new
 * household never shifts the numbers another kind or household draws. This is what gives common
 * random numbers across models: household 7 draws the same trips whatever the smart-charging model.
 * One instance per run (its {@link LvSimState}); not thread-safe.
 */
public final class RandomStreams {
    private final long seed;
    private final Map<String, MersenneTwisterFast> named = new HashMap<>();
    /** Per stream name, the part of every derived seed that depends only on the run seed and the name. */
    private final Map<String, Long> nameSeeds = new HashMap<>();

    public RandomStreams(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** The shared stream of a name (created on first use, then the same instance). */
    public MersenneTwisterFast stream(String name) {
        return named.computeIfAbsent(name, n -> create(derive(seed, n, 0)));
    }

    /** A fresh stream private to one agent: same (seed, name, index) gives the same numbers. */
    public MersenneTwisterFast stream(String name, long index) {
        return create(mix(nameSeed(name) + index));
    }

    /**
     * A cheap generator for draws keyed by (name, agent, day): random access in any order, e.g. the
     * trips of car 12 on day 40 are the same whichever days were generated before.
     */
    public SplittableRandom keyed(String name, long agent, long day) {
        return new SplittableRandom(mix(nameSeed(name) + (agent * 1_000_003L + day)));
    }

    /** {@link #nameSeed(long, String)} of this run's seed, hashed once per name (the names are constants). */
    private long nameSeed(String name) {
        Long s = nameSeeds.get(name);
        if (s == null) {
            s = nameSeed(seed, name);
            nameSeeds.put(name, s);
        }
        return s;
    }

    /**
     * The index an inverse-CDF draw {@code u} in [0, 1) picks from non-negative weights (they need
     * not sum to 1): index i with probability weight i / total.
     */
    public static int weightedIndex(java.util.List<Double> weights, double u) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double acc = 0;
        for (int i = 0; i < weights.size(); i++) {
            acc += weights.get(i) / total;
            if (u < acc) {
                return i;
            }
        }
        return weights.size() - 1;
    }

    /** A 64-bit seed derived from a run seed, a stream name and an index (SplitMix64 mixing). */
    public static long derive(long seed, String name, long index) {
        return mix(nameSeed(seed, name) + index);
    }

    /** The seed and the stream name mixed: {@code derive(seed, name, index) = mix(nameSeed(seed, name) + index)}. */
    private static long nameSeed(long seed, String name) {
        long h = 0xcbf29ce484222325L; // FNV-1a over the UTF-8 name
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return mix(mix(seed) ^ h);
    }

    private static long mix(long z) {
        z += 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static MersenneTwisterFast create(long s) {
        // MersenneTwisterFast(long) keeps only 32 bits; seed it with all 64.
        return new MersenneTwisterFast(new int[] {(int) (s >>> 32), (int) s, 0x6c766678});
    }
}
