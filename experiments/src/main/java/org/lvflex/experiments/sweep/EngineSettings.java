package org.lvflex.experiments.sweep;

/**
 * Command-line settings for the engines; each engine reads the ones it understands.
 *
 * @param threads local engine: worker threads
 * @param master Spark engine: master URL (null: taken from spark-submit's configuration)
 * @param batchSize Spark engine: runs per Spark task
 */
public record EngineSettings(int threads, String master, int batchSize) {}
