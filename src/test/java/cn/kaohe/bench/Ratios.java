package cn.kaohe.bench;

import java.util.ArrayList;
import java.util.List;

/** Collects the rates of Kaohe and of the bare engine, round by round, and prints {@code kaohe / bare}. */
public final class Ratios {

    private final String what;
    private final String unit;
    private final List<double[]> rounds = new ArrayList<>();

    public Ratios(String what, String unit) {
        this.what = what;
        this.unit = unit;
    }

    /** Records one round (both measured back to back) and prints it. */
    public void round(double kaohe, double bare) {
        rounds.add(new double[] {kaohe, bare});
        System.out.printf(
                "%s round %d: kaohe %.0f %s, bare %.0f %s, kaohe / bare = %.2f%n",
                what, rounds.size(), kaohe, unit, bare, unit, kaohe / bare);
    }

    /** Prints the best of each side and the ratio of the bests, and the mean of the per-round ratios. */
    public void summary() {
        double bestK = 0;
        double bestB = 0;
        double sum = 0;
        for (double[] r : rounds) {
            bestK = Math.max(bestK, r[0]);
            bestB = Math.max(bestB, r[1]);
            sum += r[0] / r[1];
        }
        System.out.printf(
                "%s: best kaohe %.0f %s, best bare %.0f %s, kaohe / bare = %.2f (best of %d), mean of round ratios %.2f%n",
                what, bestK, unit, bestB, unit, bestK / bestB, rounds.size(), sum / rounds.size());
    }
}
