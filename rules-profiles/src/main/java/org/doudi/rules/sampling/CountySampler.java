package org.doudi.rules.sampling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

import org.doudi.rules.api.decision.HomeVisit;

/**
 * County sampling (入户抽查): before approval, or of enrolled cases.
 *
 * <p>The population is, for {@link Population#APPLICATIONS}, the {@code APPLICATION}s decided {@code ELIGIBLE} (the
 * cases proposed for approval) and, for {@link Population#ENROLLED}, the {@code REVIEW}s decided {@code ELIGIBLE} or
 * {@code PHASE_OUT} (the households still paid); every case whose case id occurs more than once in the batch is left
 * out. Of the population, every case with a {@code MANDATORY} home visit (its decision requires filing: near relatives
 * of staff) is selected, plus K = ⌈ratio × P⌉ of the P other cases, the product computed exactly and rounded up. The
 * K are drawn uniformly at random without replacement from the pool sorted by case id, by a partial Fisher–Yates
 * shuffle driven by a {@link SplittableRandom} seeded with the given seed: the same batch in any order, with the same
 * ratio and seed, gives the same selection (with the same version of this library).
 *
 * <p>The profiles' {@code sampling.ratio} is a floor ("不低于30%的比例"): a ratio passed below the highest {@code
 * sampling.ratio} of the population's profiles is refused, naming that floor. Without a ratio passed, the population's
 * profiles must agree on {@code sampling.ratio} (0.3 and 0.30 agree), and that ratio is used. This class logs nothing
 * and puts no case id in an exception message. It is stateless and thread-safe.
 */
public final class CountySampler {

    private CountySampler() {
    }

    /**
     * Selects the cases of a batch to visit before approval ({@link Population#APPLICATIONS}).
     *
     * @param batch  the decided batch, in any order, not null (no null element)
     * @param ratio  the sampling ratio, a decimal in (0, 1]; null for the {@code sampling.ratio} the batch's profiles
     *               share
     * @param seed   the seed of the draw
     * @return the selection, never null
     * @throws IllegalArgumentException for a usage error: see {@link #select(List, BigDecimal, long, Population)}
     */
    public static SampleSelection select(List<SampleCase> batch, BigDecimal ratio, long seed) {
        return select(batch, ratio, seed, Population.APPLICATIONS);
    }

    /**
     * Selects the cases of a batch to visit.
     *
     * @param batch       the decided batch, in any order, not null (no null element)
     * @param ratio       the sampling ratio, a decimal in (0, 1] not below the population's profiles' {@code
     *                    sampling.ratio}; null for the {@code sampling.ratio} those profiles share
     * @param seed        the seed of the draw
     * @param population  which cases are sampled, not null
     * @return the selection, never null
     * @throws IllegalArgumentException if the ratio is not in (0, 1] or is below the floor, or none is given and the
     *                                  population's profiles disagree on it or lack it (a usage error)
     */
    public static SampleSelection select(List<SampleCase> batch, BigDecimal ratio, long seed, Population population) {
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(population, "population");
        batch.forEach(c -> Objects.requireNonNull(c, "batch element"));
        List<SampleCase> members = batch.stream().filter(c -> c.leftOutReason(population) == null).toList();
        BigDecimal used = resolveRatio(members, ratio);

        Map<String, Integer> occurrences = new HashMap<>();
        for (SampleCase c : batch) {
            if (c.caseId() != null) {
                occurrences.merge(c.caseId(), 1, Integer::sum);
            }
        }
        List<LeftOut> leftOut = new ArrayList<>();
        TreeSet<String> mandatory = new TreeSet<>();
        TreeSet<String> pool = new TreeSet<>();
        for (int i = 0; i < batch.size(); i++) {
            SampleCase c = batch.get(i);
            LeftOut.Reason reason = c.leftOutReason(population);
            if (reason == null && occurrences.get(c.caseId()) > 1) {
                reason = LeftOut.Reason.DUPLICATE_CASE_ID;
            }
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
     * The ratio to use: the one given, provided it is not below the highest {@code sampling.ratio} of the cases'
     * profiles (the floor); else the {@code sampling.ratio} those profiles share (equal as numbers: 0.3 and 0.30
     * agree).
     *
     * @param population  the cases of the population sampled (decided cases), not null
     * @param given       the ratio passed by the caller, or null
     * @return the ratio, in (0, 1]; null when none is given and the population is empty
     * @throws IllegalArgumentException if the ratio (given or shared) is not in (0, 1], the given one is below the
     *                                  floor, or none is given and the profiles disagree on it or lack it
     */
    public static BigDecimal resolveRatio(List<SampleCase> population, BigDecimal given) {
        TreeMap<String, BigDecimal> byProfile = new TreeMap<>(); // the highest ratio of each profile, for messages
        Set<BigDecimal> distinct = new HashSet<>();
        boolean missing = false;
        for (SampleCase c : population) {
            if (c.status() != SampleCase.Status.DECIDED) {
                continue;
            }
            if (c.profileRatio() == null) {
                missing = true;
            } else {
                byProfile.merge(String.valueOf(c.profile()), c.profileRatio(), BigDecimal::max);
                distinct.add(c.profileRatio().stripTrailingZeros());
            }
        }
        if (given != null) {
            requireRatio(given, "the sampling ratio");
            BigDecimal floor = byProfile.values().stream().max(BigDecimal::compareTo).orElse(null);
            if (floor != null && given.compareTo(floor) < 0) {
                throw new IllegalArgumentException("the sampling ratio " + given.toPlainString()
                        + " is below the floor " + floor.toPlainString() + " set by sampling.ratio (" + list(byProfile)
                        + "): pass a ratio of at least " + floor.toPlainString());
            }
            return given;
        }
        if (missing) {
            throw new IllegalArgumentException("a decided case's profile has no sampling.ratio: pass a ratio");
        }
        if (distinct.size() > 1) {
            throw new IllegalArgumentException("the batch's profiles disagree on sampling.ratio (" + list(byProfile)
                    + "): pass a ratio");
        }
        return byProfile.isEmpty() ? null
                : requireRatio(byProfile.firstEntry().getValue(), "the profiles' sampling.ratio");
    }

    private static String list(Map<String, BigDecimal> byProfile) {
        StringBuilder text = new StringBuilder();
        byProfile.forEach((p, r) -> text.append(text.isEmpty() ? "" : ", ").append(p).append(' ')
                .append(r.toPlainString()));
        return text.toString();
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
