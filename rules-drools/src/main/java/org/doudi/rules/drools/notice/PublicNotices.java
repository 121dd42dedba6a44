package org.doudi.rules.drools.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.decision.Outcome;
import org.doudi.rules.api.decision.Unit;
import org.doudi.rules.api.notice.NoticePeriod;
import org.doudi.rules.api.notice.PublicNotice;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.profile.Parameters;
import org.doudi.rules.profile.ProfileRepository;

/**
 * Builds the public notice (公示) of a decision: the head's name (or "户主（未成年）" for a head younger than
 * {@code single.adultAge}), the number of covered people, the monthly amount, and {@code notice.count} notice periods
 * of {@code notice.days} days each, both ends included, the first starting on {@code asOf} and each next one the day
 * after the previous one ends. Nothing else of the case is carried over. A decision whose outcome is not
 * {@code ELIGIBLE} gives a notice with nothing to publish. Thread-safe.
 */
public final class PublicNotices {

    private final ProfileRepository profiles;

    private PublicNotices(ProfileRepository profiles) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
    }

    /**
     * @param profiles  the profiles that decided (for {@code notice.days}, {@code notice.count},
     *                  {@code single.adultAge}), not null
     * @return the notice builder, never null
     */
    public static PublicNotices of(ProfileRepository profiles) {
        return new PublicNotices(profiles);
    }

    /**
     * The notice of a decision.
     *
     * @param request   the request, not null
     * @param decision  its decision, not null
     * @return the notice, never null
     * @throws org.doudi.rules.api.PolicyConfigurationException if the profile lacks a notice parameter on {@code asOf}
     */
    public PublicNotice notice(EvaluationRequest request, Decision decision) {
        if (decision.outcome() != Outcome.ELIGIBLE) {
            return new PublicNotice(decision.caseId(), decision.outcome(), null, false, 0, null, List.of());
        }
        Parameters p = profiles.byId(decision.profile()).orElseThrow()
                .on(request.asOf(), request.residence());
        Member head = request.members().stream().filter(m -> m.relation() == HeadRelation.HEAD).findFirst()
                .orElseThrow();
        boolean minor = head.ageOn(request.asOf()) < p.singleAdultAge();
        Set<String> covered = new LinkedHashSet<>();
        for (Unit u : decision.units()) {
            covered.addAll(u.members());
        }
        List<NoticePeriod> periods = new ArrayList<>();
        LocalDate from = request.asOf();
        for (int i = 0; i < p.noticeCount(); i++) {
            LocalDate to = from.plusDays(p.noticeDays() - 1L);
            periods.add(new NoticePeriod(from, to));
            from = to.plusDays(1);
        }
        return new PublicNotice(decision.caseId(), decision.outcome(), minor ? null : head.name(), minor,
                covered.size(), decision.monthlyAmount(), periods);
    }
}
