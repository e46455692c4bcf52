/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.bench;

import java.util.List;
import org.openjdk.jmh.util.ListStatistics;

/**
 * A measured figure: mean of the samples (JMH measurement iterations, or single shots) and its 99.9% confidence
 * half-interval, as JMH computes it.
 */
public record Stat(double mean, double error, double median, long n) {

    /** From raw samples. */
    public static Stat of(List<Double> samples) {
        ListStatistics s = new ListStatistics();
        samples.forEach(s::addValue);
        double err = s.getN() > 2 ? s.getMeanErrorAt(0.999) : Double.NaN;
        return new Stat(s.getMean(), err, s.getPercentile(50), s.getN());
    }

    /** This minus a constant (e.g. the server's share of an allocation figure). */
    public Stat minus(double value) {
        return new Stat(mean - value, error, median - value, n);
    }

    /** This divided by that, with the relative errors combined (independent samples). */
    public Ratio over(Stat that) {
        double r = mean / that.mean;
        double rel = Math.sqrt(sq(error / mean) + sq(that.error / that.mean));
        return new Ratio(r, Double.isNaN(rel) ? Double.NaN : r * rel);
    }

    private static double sq(double x) {
        return x * x;
    }

    /** {@code 123.4 ± 5.6}. */
    public String format(int decimals) {
        String f = "%." + decimals + "f";
        return Double.isNaN(error) ? String.format(f, mean) : String.format(f + " ± " + f, mean, error);
    }

    /** A ratio of two figures and its propagated uncertainty. */
    public record Ratio(double value, double error) {
        public String format() {
            return Double.isNaN(error) ? String.format("%.2f", value) : String.format("%.2f ± %.2f", value, error);
        }
    }
}
