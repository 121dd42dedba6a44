package org.doudi.rules.profile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.doudi.rules.api.request.Residence;

/**
 * What an overlay folder changes against the built-in profiles: for each profile, parameter and residence, the dated
 * entries it adds, changes (value or source) or drops, old → new; and the profiles it adds. {@code validate --params}
 * prints them, and warns about every change that takes effect before "today" (a change to a value already in force,
 * which changes decisions already made).
 *
 * @param profile    the profile id
 * @param parameter  the parameter, null for {@link Kind#PROFILE_ADDED}
 * @param residence  the residence, null for {@link Kind#PROFILE_ADDED}
 * @param kind       what changed
 * @param from       the date of the entry (null: an undated entry, in force on every date)
 * @param before     the built-in entry, null when added
 * @param after      the entry with the overlay, null when dropped
 */
public record OverlayChange(String profile, String parameter, Residence residence, Kind kind, LocalDate from,
                            Profile.ParameterEntry before, Profile.ParameterEntry after) {

    /** What an overlay does to one entry. */
    public enum Kind {
        /** A new dated entry. */
        ADDED,
        /** An entry of the same date with another value. */
        CHANGED,
        /** An entry of the same date and value with another source only. */
        SOURCE_CHANGED,
        /** A built-in entry the overlay removes ({@code replace: true}). */
        DROPPED,
        /** A profile the built-in data does not have. */
        PROFILE_ADDED
    }

    /**
     * @param today  the date decisions are being made on, not null
     * @return true if the change takes effect before {@code today}: it changes a value already in force (an undated
     *         entry is in force on every date)
     */
    public boolean beforeToday(LocalDate today) {
        return kind != Kind.PROFILE_ADDED && kind != Kind.SOURCE_CHANGED && (from == null || from.isBefore(today));
    }

    /**
     * Compares the built-in profiles with the profiles overlaid by a folder.
     *
     * @param builtIn   the built-in profiles, not null
     * @param overlaid  the same with an overlay folder, not null
     * @return every change, by profile, parameter (table order), residence and date; empty when none; never null
     */
    public static List<OverlayChange> between(ProfileRepository builtIn, ProfileRepository overlaid) {
        List<OverlayChange> changes = new ArrayList<>();
        for (Profile p : overlaid.all()) {
            Optional<Profile> old = builtIn.byId(p.id());
            if (old.isEmpty()) {
                changes.add(new OverlayChange(p.id(), null, null, Kind.PROFILE_ADDED, null, null, null));
                continue;
            }
            for (String parameter : ParameterCatalog.keys()) {
                for (Residence r : Residence.values()) {
                    compare(changes, p.id(), parameter, r, old.get().history(parameter, r), p.history(parameter, r));
                }
            }
        }
        return List.copyOf(changes);
    }

    /**
     * As {@link #between}, for the built-in profiles and a folder.
     *
     * @param dir  the overlay folder, not null
     * @return every change, never null
     * @throws org.doudi.rules.api.PolicyConfigurationException if the overlaid profiles do not load
     */
    public static List<OverlayChange> of(Path dir) {
        return between(ProfileRepository.builtIn(), ProfileRepository.builtInWithOverlay(Objects.requireNonNull(dir)));
    }

    /** @return the latest date on which a value of the built-in data takes effect (the default "today") */
    public static LocalDate latestBuiltInDate() {
        return ProfileRepository.builtIn().all().stream().filter(p -> !p.valueDates().isEmpty())
                .map(p -> p.valueDates().last()).max(LocalDate::compareTo).orElse(LocalDate.MIN);
    }

    private static void compare(List<OverlayChange> changes, String profile, String parameter, Residence r,
                                List<Profile.ParameterEntry> before, List<Profile.ParameterEntry> after) {
        Map<LocalDate, Profile.ParameterEntry> old = byDate(before);
        Map<LocalDate, Profile.ParameterEntry> now = byDate(after);
        java.util.TreeSet<LocalDate> dates = new java.util.TreeSet<>(java.util.Comparator.nullsFirst(
                java.util.Comparator.naturalOrder()));
        dates.addAll(old.keySet());
        dates.addAll(now.keySet());
        for (LocalDate d : dates) {
            Profile.ParameterEntry b = old.get(d);
            Profile.ParameterEntry a = now.get(d);
            Kind kind;
            if (b == null) {
                kind = Kind.ADDED;
            } else if (a == null) {
                kind = Kind.DROPPED;
            } else if (!Objects.equals(b.value(), a.value())) {
                kind = Kind.CHANGED;
            } else if (!Objects.equals(b.source(), a.source())) {
                kind = Kind.SOURCE_CHANGED;
            } else {
                continue;
            }
            changes.add(new OverlayChange(profile, parameter, r, kind, d, b, a));
        }
    }

    private static Map<LocalDate, Profile.ParameterEntry> byDate(List<Profile.ParameterEntry> entries) {
        Map<LocalDate, Profile.ParameterEntry> m = new TreeMap<>(java.util.Comparator.nullsFirst(
                java.util.Comparator.naturalOrder()));
        entries.forEach(e -> m.put(e.from(), e));
        return m;
    }
}
