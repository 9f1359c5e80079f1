package org.mentorbot.core.matching.sample;

import java.util.Arrays;
import java.util.Random;

/** Picks an index with probability proportional to its weight, by binary search over cumulative weights. */
public final class WeightedChoice {

    private final double[] cumulative;

    WeightedChoice(double[] weights) {
        cumulative = new double[weights.length];
        double sum = 0;
        for (int k = 0; k < weights.length; k++) {
            sum += weights[k];
            cumulative[k] = sum;
        }
    }

    /** Popularity that falls off like Zipf's law: the k-th most popular has weight 1/(k+1)^exponent. */
    public static WeightedChoice zipf(int size, double exponent) {
        double[] weights = new double[size];
        for (int k = 0; k < size; k++) {
            weights[k] = 1 / Math.pow(k + 1, exponent);
        }
        return new WeightedChoice(weights);
    }

    public int next(Random random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int at = Arrays.binarySearch(cumulative, target);
        return Math.min(cumulative.length - 1, at >= 0 ? at + 1 : -at - 1);
    }
}
