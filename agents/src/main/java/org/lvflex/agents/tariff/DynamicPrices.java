package org.lvflex.agents.tariff;

import ec.util.MersenneTwisterFast;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.lvflex.core.CsvRows;
import org.lvflex.core.InputException;
import org.lvflex.core.Lognormal;
import org.lvflex.core.SettlementPeriod;
import org.lvflex.core.SimClock;

/**
 * Half-hourly day-ahead import and export prices for every settlement period of a run (GBP/kWh,
 * energy only). Either the default stylised winter shapes (weekday and weekend) with lognormal
 * day-to-day and period noise, or a user CSV {@code time,import_gbp_per_kwh,export_gbp_per_kwh}
 * that repeats when shorter than the run. The same for every model of a comparison (its noise
 * comes from the run's "tariff" stream).
 */
public final class DynamicPrices {
    private final double[] importPrice;
    private final double[] exportPrice;

    private DynamicPrices(double[] importPrice, double[] exportPrice) {
        this.importPrice = importPrice;
        this.exportPrice = exportPrice;
    }

    /** Builds the price series for {@code days} days from {@code start}. */
    public static DynamicPrices build(String source, LocalDate start, int days, double noise, MersenneTwisterFast rng) {
        int n = days * SettlementPeriod.PER_DAY;
        double[] imp = new double[n];
        double[] exp = new double[n];
        if ("default".equals(source)) {
            double[][] shape = readDefault();
            for (int d = 0; d < days; d++) {
                boolean weekend = SimClock.isWeekend(start.plusDays(d).getDayOfWeek());
                double dayFactor = Lognormal.meanOne(noise, rng.nextGaussian());
                for (int k = 0; k < SettlementPeriod.PER_DAY; k++) {
                    double sigma = noise / 2;
                    double f = dayFactor * Lognormal.meanOne(sigma, rng.nextGaussian());
                    imp[d * SettlementPeriod.PER_DAY + k] = shape[weekend ? 1 : 0][k] * f;
                    exp[d * SettlementPeriod.PER_DAY + k] = shape[weekend ? 3 : 2][k] * f;
                }
            }
        } else {
            double[][] series = readCsv(Path.of(source));
            for (int i = 0; i < n; i++) {
                imp[i] = series[0][i % series[0].length];
                exp[i] = series[1][i % series[1].length];
            }
        }
        return new DynamicPrices(imp, exp);
    }

    /** Import price of settlement period {@code period} (0 = first half-hour of the run). */
    public double importPrice(int period) {
        return importPrice[Math.min(period, importPrice.length - 1)];
    }

    public double exportPrice(int period) {
        return exportPrice[Math.min(period, exportPrice.length - 1)];
    }

    public int periods() {
        return importPrice.length;
    }

    private static double[][] readDefault() {
        try (InputStream in = DynamicPrices.class.getResourceAsStream("/prices/default-dynamic.csv")) {
            List<String[]> rows = rows(in);
            double[][] out = new double[4][SettlementPeriod.PER_DAY];
            for (int k = 0; k < SettlementPeriod.PER_DAY; k++) {
                for (int c = 0; c < 4; c++) {
                    out[c][k] = Double.parseDouble(rows.get(k)[c + 1]);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double[][] readCsv(Path file) {
        if (!Files.exists(file)) {
            throw new InputException("tariffs.dynamicPrices: got \"" + file + "\", expected \"default\" or an existing CSV file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            List<String[]> rows = rows(in);
            if (rows.isEmpty()) {
                throw new InputException(file + ": no price rows; expected time,import_gbp_per_kwh,export_gbp_per_kwh");
            }
            double[][] out = new double[2][rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                String[] r = rows.get(i);
                if (r.length < 3) {
                    throw new InputException(file + ": row " + (i + 2) + ": got " + r.length + " columns, expected time,import_gbp_per_kwh,export_gbp_per_kwh");
                }
                try {
                    out[0][i] = Double.parseDouble(r[1].trim());
                    out[1][i] = Double.parseDouble(r[2].trim());
                } catch (NumberFormatException e) {
                    throw new InputException(file + ": row " + (i + 2) + ": got \"" + r[1] + "\"/\"" + r[2] + "\", expected prices in GBP/kWh");
                }
            }
            return out;
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** Data rows of a CSV ({@link CsvRows}) after its header. */
    private static List<String[]> rows(InputStream in) throws IOException {
        List<String[]> all = CsvRows.read(in);
        return all.isEmpty() ? all : all.subList(1, all.size());
    }
}
