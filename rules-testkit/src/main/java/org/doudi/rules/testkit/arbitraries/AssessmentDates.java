package org.doudi.rules.testkit.arbitraries;

import java.time.LocalDate;

import org.doudi.rules.api.request.Residence;
import org.doudi.rules.profile.ProfileRepository;
import org.doudi.rules.testkit.arbitraries.internal.DefaultAssessmentDateArbitrary;
import org.doudi.rules.testkit.arbitraries.internal.ProfileDates;

/**
 * Facade of assessment-date arbitraries: only dates on which the profile has a standard (for the built-in profiles:
 * yn-ludian from 2018-07-01, gs-huining from 2019-01-01, hn-xiayi from 2018-01-01; never js-wujin, which ships no
 * standard, nor the base profile cn-national), up to {@link #DEFAULT_LATEST} unless configured.
 */
public final class AssessmentDates {

    /** The latest date generated unless {@link AssessmentDateArbitrary#atTheLatest} says otherwise. */
    public static final LocalDate DEFAULT_LATEST = LocalDate.of(2025, 12, 31);

    private AssessmentDates() {
    }

    /**
     * Dates on which a built-in profile has a standard for both residences.
     *
     * @param profileId  a built-in profile id such as {@code gs-huining}, not null
     * @return a new arbitrary, never null
     * @throws IllegalArgumentException if the profile is unknown, a base profile, or has no standard
     */
    public static AssessmentDateArbitrary forProfile(String profileId) {
        return forProfile(ProfileRepository.builtIn(), profileId, Residence.values());
    }

    /**
     * Dates on which a profile has a standard for the given residences.
     *
     * @param profiles    the repository holding the profile, not null
     * @param profileId   the profile id, not null
     * @param residences  the residences that need a standard, not empty
     * @return a new arbitrary, never null
     * @throws IllegalArgumentException if the profile is unknown, a base profile, or has no standard
     */
    public static AssessmentDateArbitrary forProfile(ProfileRepository profiles, String profileId,
                                                     Residence... residences) {
        ProfileDates dates = ProfileDates.of(profiles, profileId, residences);
        return new DefaultAssessmentDateArbitrary(dates, dates.firstStandardDate(), DEFAULT_LATEST);
    }
}
