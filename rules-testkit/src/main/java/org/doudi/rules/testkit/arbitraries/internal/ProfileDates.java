package org.doudi.rules.testkit.arbitraries.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.request.Residence;
import org.doudi.rules.profile.Profile;
import org.doudi.rules.profile.ProfileRepository;

/**
 * The dates of a profile that a generator needs: its first date with a standard for the given residences, and the
 * dates on which its values change (boundaries worth generating often). Read from the profile data only.
 *
 * @param profile            the profile, not null
 * @param residences         the residences that need a standard, not empty
 * @param firstStandardDate  the first date with a standard for every residence, not null
 * @param changeDates        the dates on or after {@code firstStandardDate} on which a value changes, ascending
 */
public record ProfileDates(Profile profile, List<Residence> residences, LocalDate firstStandardDate,
                           List<LocalDate> changeDates) {

    /**
     * @param profiles    the repository, not null
     * @param profileId   the profile id, not null
     * @param residences  the residences, not empty
     * @return the dates, never null
     * @throws IllegalArgumentException if the profile is unknown, a base profile, or never has a standard
     */
    public static ProfileDates of(ProfileRepository profiles, String profileId, Residence... residences) {
        Objects.requireNonNull(profileId, "profileId");
        if (residences.length == 0) {
            throw new IllegalArgumentException("at least one residence");
        }
        Profile profile = profiles.byId(profileId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown profile '" + profileId + "'"));
        if (profile.isBase()) {
            throw new IllegalArgumentException("Profile '" + profileId + "' is a base profile: it is never evaluated");
        }
        LocalDate first = null;
        for (LocalDate d : profile.valueDates()) {
            if (hasStandard(profile, d, residences)) {
                first = d;
                break;
            }
        }
        if (first == null) {
            throw new IllegalArgumentException("Profile '" + profileId + "' has no standard on any date");
        }
        LocalDate from = first;
        List<LocalDate> changes = profile.valueDates().stream().filter(d -> !d.isBefore(from)).toList();
        return new ProfileDates(profile, List.of(residences), first, changes);
    }

    /**
     * @param profiles   the repository, not null
     * @param profileId  the profile id, not null
     * @return true if the profile can be evaluated on some date for both residences
     */
    public static boolean hasSomeStandard(ProfileRepository profiles, String profileId) {
        try {
            of(profiles, profileId, Residence.values());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean hasStandard(Profile profile, LocalDate date, Residence... residences) {
        for (Residence r : residences) {
            try {
                profile.on(date, r).standard();
            } catch (PolicyConfigurationException e) {
                return false;
            }
        }
        return true;
    }
}
