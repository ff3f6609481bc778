package io.kexiang.bench;

import java.util.List;

/**
 * A mean of rounds with its 95 % confidence interval (Student's t): whether a target such as "the boards cost at
 * most 5 %" holds is read from the interval, not from a mean whose rounds vary by more than the target.
 */
final class Spread {

    /** Two-sided 95 % quantiles of Student's t for 1 to 30 degrees of freedom. */
    private static final double[] T95 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
        2.056, 2.052, 2.048, 2.045, 2.042};

    private Spread() {
    }

    /** {@code 4.8 % (95 % interval 0.1 % to 9.5 %, 12 rounds)}; shares in, percentages out. */
    static String of(List<Double> shares) {
        int n = shares.size();
        double mean = shares.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        if (n < 2) {
            return "%.1f %%".formatted(100 * mean);
        }
        double half = halfWidth(shares);
        return "%.1f %% (95 %% interval %.1f %% to %.1f %%, %d rounds)".formatted(100 * mean, 100 * (mean - half),
                100 * (mean + half), n);
    }

    /** Half the interval's width: t × s / √n. */
    static double halfWidth(List<Double> shares) {
        int n = shares.size();
        double mean = shares.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double squares = shares.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
        double deviation = Math.sqrt(squares / (n - 1));
        double t = n - 1 <= T95.length ? T95[n - 2] : 1.960;
        return t * deviation / Math.sqrt(n);
    }
}
