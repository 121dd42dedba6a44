package org.doudi.rules.sampling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

import org.doudi.rules.api.decision.HomeVisit;

/**
 * County sampling before approval (入户抽查, policy §13).
 *
 * <p>The cases proposed for approval are the {@code APPLICATION}s decided {@code ELIGIBLE}, except that every case
 * whose case id occurs more than once in the batch is left out. Of these, every case with a {@code MANDATORY} home
 * visit (near relatives of staff, §12) is selected, plus K = ⌈ratio × P⌉ of the P cases with a {@code SAMPLED} home
 * visit, the product computed exactly and rounded up. The K are drawn uniformly at random without replacement from
 * the pool sorted by case id, by a partial Fisher–Yates shuffle driven by a {@link SplittableRandom} seeded with the
 * given seed: the same batch in any order, with the same ratio and seed, gives the same selection (with the same
 * version of this library).
 *
 * <p>The ratio is the one passed, or else the {@code sampling.ratio} that every decided case's profile gives; a batch
 * whose profiles disagree (or lack the value) needs one passed. This class logs nothing and puts no case id in an
 * exception message (policy §15). This class is stateless and thread-safe.
 */
public final class CountySampler {

    private CountySampler() {
    }

    /**
     * Selects the cases of a batch to visit before approval.
     *
     * @param batch  the decided batch, in any order, not null (no null element)
     * @param ratio  the sampling ratio, a decimal in (0, 1]; null for the {@code sampling.ratio} the batch's profiles
     *               share
     * @param seed   the seed of the draw
     * @return the selection, never null
     * @throws IllegalArgumentException if the ratio is not in (0, 1], or none is given and the decided cases'
     *                                  profiles disagree on it or lack it (a usage error)
     */
    public static SampleSelection select(List<SampleCase> batch, BigDecimal ratio, long seed) {
        Objects.requireNonNull(batch, "batch");
        BigDecimal used = resolveRatio(batch, ratio);

        Map<String, Integer> occurrences = new HashMap<>();
        for (SampleCase c : batch) {
            Objects.requireNonNull(c, "batch element");
            if (c.caseId() != null) {
                occurrences.merge(c.caseId(), 1, Integer::sum);
            }
        }
        List<LeftOut> leftOut = new ArrayList<>();
        TreeSet<String> mandatory = new TreeSet<>();
        TreeSet<String> pool = new TreeSet<>();
        for (int i = 0; i < batch.size(); i++) {
            SampleCase c = batch.get(i);
            LeftOut.Reason reason = switch (c.standing()) {
                case INVALID -> LeftOut.Reason.INVALID;
                case MISCONFIGURED -> LeftOut.Reason.MISCONFIGURED;
                case NOT_APPLICATION -> LeftOut.Reason.NOT_APPLICATION;
                case NOT_ELIGIBLE -> LeftOut.Reason.NOT_ELIGIBLE;
                case PROPOSED -> occurrences.get(c.caseId()) > 1 ? LeftOut.Reason.DUPLICATE_CASE_ID : null;
            };
            if (reason != null) {
                leftOut.add(new LeftOut(i, reason));
            } else if (c.homeVisit() == HomeVisit.MANDATORY) {
                mandatory.add(c.caseId());
            } else {
                pool.add(c.caseId());
            }
        }
        int k = used == null ? 0 : sampleSize(used, pool.size());
        TreeSet<String> selected = new TreeSet<>(mandatory);
        selected.addAll(draw(new ArrayList<>(pool), k, seed));
        return new SampleSelection(new ArrayList<>(selected), mandatory.size(), k, pool.size(), used, leftOut);
    }

    /**
     * The ratio to use: the one given, else the {@code sampling.ratio} shared by the profiles of the batch's decided
     * cases (equal as numbers: 0.3 and 0.30 agree).
     *
     * @param batch  the batch, not null
     * @param given  the ratio passed by the caller, or null
     * @return the ratio, in (0, 1]; null when none is given and the batch has no decided case
     * @throws IllegalArgumentException if the ratio (given or shared) is not in (0, 1], or none is given and the
     *                                  decided cases' profiles disagree on it or lack it
     */
    public static BigDecimal resolveRatio(List<SampleCase> batch, BigDecimal given) {
        if (given != null) {
            return requireRatio(given, "the sampling ratio");
        }
        TreeMap<String, BigDecimal> byProfile = new TreeMap<>();
        BigDecimal shared = null;
        boolean disagree = false;
        boolean missing = false;
        for (SampleCase c : batch) {
            if (c.standing() == SampleCase.Standing.INVALID || c.standing() == SampleCase.Standing.MISCONFIGURED) {
                continue;
            }
            if (c.profileRatio() == null) {
                missing = true;
                continue;
            }
            byProfile.putIfAbsent(String.valueOf(c.profile()), c.profileRatio());
            if (shared == null) {
                shared = c.profileRatio();
            } else if (shared.compareTo(c.profileRatio()) != 0) {
                disagree = true;
            }
        }
        if (missing) {
            throw new IllegalArgumentException("a decided case's profile has no sampling.ratio: pass a ratio");
        }
        if (disagree) {
            StringBuilder text = new StringBuilder();
            byProfile.forEach((p, r) -> text.append(text.isEmpty() ? "" : ", ").append(p).append(' ')
                    .append(r.toPlainString()));
            throw new IllegalArgumentException("the batch's profiles disagree on sampling.ratio (" + text
                    + "): pass a ratio");
        }
        return shared == null ? null : requireRatio(shared, "the profiles' sampling.ratio");
    }

    /**
     * K = ⌈ratio × pool⌉, computed exactly.
     *
     * @param ratio  a decimal in (0, 1], not null
     * @param pool   the pool size, not negative
     * @return the number of cases to draw, between 0 and {@code pool}
     * @throws IllegalArgumentException if the ratio is not in (0, 1] or the pool is negative
     */
    public static int sampleSize(BigDecimal ratio, int pool) {
        requireRatio(ratio, "the sampling ratio");
        if (pool < 0) {
            throw new IllegalArgumentException("negative pool size " + pool);
        }
        return ratio.multiply(BigDecimal.valueOf(pool)).setScale(0, RoundingMode.CEILING).intValueExact();
    }

    /**
     * Draws k distinct elements uniformly at random from a list, by a partial Fisher–Yates shuffle of a copy with a
     * {@link SplittableRandom} seeded with {@code seed}. The same list, k and seed always give the same draw.
     *
     * @param <T>     the element type
     * @param sorted  the list in a canonical order (callers sort it), not null; not modified
     * @param k       how many to draw, between 0 and the list's size
     * @param seed    the seed
     * @return the drawn elements in draw order, never null
     * @throws IllegalArgumentException if k is out of range
     */
    public static <T> List<T> draw(List<T> sorted, int k, long seed) {
        if (k < 0 || k > sorted.size()) {
            throw new IllegalArgumentException("cannot draw " + k + " of " + sorted.size());
        }
        List<T> items = new ArrayList<>(sorted);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(items.size() - i);
            T swap = items.get(i);
            items.set(i, items.get(j));
            items.set(j, swap);
        }
        return new ArrayList<>(items.subList(0, k));
    }

    /**
     * @param ratio  a ratio, may be null
     * @param what   how to name it in a message
     * @return the ratio
     * @throws IllegalArgumentException unless 0 &lt; ratio ≤ 1
     */
    private static BigDecimal requireRatio(BigDecimal ratio, String what) {
        if (ratio == null || ratio.signum() <= 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(what + " must be a decimal in (0, 1], not "
                    + (ratio == null ? "null" : ratio.toPlainString()));
        }
        return ratio;
    }
}
