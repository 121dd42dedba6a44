package org.doudi.rules.profile;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.request.Residence;

/**
 * A jurisdiction profile (profiles.md): an id, the region codes it serves, its parent, and dated parameter values
 * per residence, with inheritance already applied (a residence's series that the profile does not set is its
 * parent's).
 *
 * <p>Obtain profiles from a {@link ProfileRepository}. This class is immutable and thread-safe; the snapshots
 * returned by {@link #on} are cached.
 */
public final class Profile {

    private static final int CACHE_LIMIT = 4096;

    private final String id;
    private final String name;
    private final String descriptionEn;
    private final String parentId;
    private final boolean base;
    private final List<String> regions;
    private final Map<ParameterDef, EnumMap<Residence, Series>> series;
    private final SortedSet<LocalDate> valueDates;
    private final Map<String, ClauseSeries> clauses;
    private final ConcurrentHashMap<SnapshotKey, Parameters> cache = new ConcurrentHashMap<>();

    private record SnapshotKey(LocalDate date, Residence residence) {
    }

    Profile(String id, String name, String descriptionEn, String parentId, boolean base, List<String> regions,
            Map<ParameterDef, EnumMap<Residence, Series>> series, Map<String, ClauseSeries> clauses) {
        this.id = id;
        this.name = name;
        this.descriptionEn = descriptionEn;
        this.parentId = parentId;
        this.base = base;
        this.regions = List.copyOf(regions);
        EnumMap<ParameterDef, EnumMap<Residence, Series>> copy = new EnumMap<>(ParameterDef.class);
        series.forEach((p, byRes) -> copy.put(p, new EnumMap<>(byRes)));
        this.series = copy;
        TreeSet<LocalDate> dates = new TreeSet<>();
        copy.values().forEach(byRes -> byRes.values().forEach(s -> s.values().forEach(v -> {
            if (v.from() != null) {
                dates.add(v.from());
            }
        })));
        this.valueDates = Collections.unmodifiableSortedSet(dates);
        this.clauses = Map.copyOf(clauses);
    }

    /** @return the profile id, e.g. {@code gs-huining}, never null */
    public String id() {
        return id;
    }

    /** @return the Chinese name, never null */
    public String name() {
        return name;
    }

    /** @return the English description, or null when the file gives none */
    public String descriptionEn() {
        return descriptionEn;
    }

    /** @return the 6-digit region codes (行政区划代码) the profile serves, unmodifiable, never null, maybe empty */
    public List<String> regions() {
        return regions;
    }

    /** @return the id of the parent profile, or null for a profile without parent such as {@code cn-national} */
    public String parentId() {
        return parentId;
    }

    /**
     * @return true for a base profile ({@code cn-national}): it only holds defaults for others to inherit and a
     *         request may not name it (the JSON contract)
     */
    public boolean isBase() {
        return base;
    }

    /**
     * The parameters in force on a date for a residence. Values are looked up once per (date, residence) and
     * cached; a getter whose parameter has no value throws {@link PolicyConfigurationException#missingValue}
     * naming this profile, the parameter, the residence and the date. Works for a base profile too.
     *
     * @param date       the assessment date, not null
     * @param residence  URBAN or RURAL, not null
     * @return the parameters, never null
     */
    public Parameters on(LocalDate date, Residence residence) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(residence, "residence");
        SnapshotKey key = new SnapshotKey(date, residence);
        Parameters cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        return cache.computeIfAbsent(key, k -> new ProfileParameters(id, date, residence, resolve(date, residence),
                clausesOn(date)));
    }

    /** The profile's own clauses in force on a date, by rule id (rules whose own @clause applies are left out). */
    private Map<String, String> clausesOn(LocalDate date) {
        Map<String, String> inForce = new HashMap<>();
        clauses.forEach((rule, s) -> {
            String clause = s.at(date);
            if (clause != null) {
                inForce.put(rule, clause);
            }
        });
        return Map.copyOf(inForce);
    }

    /**
     * The clause this profile gives a rule on a date ({@code clauses:} in the profile file, inherited and overlaid
     * like parameters), which a decision cites instead of the rule's own {@code @clause}.
     *
     * @param ruleId  a rule id such as {@code DB-PAY-002}, not null
     * @param date    the date, not null
     * @return the clause, or null where the rule's own {@code @clause} applies
     */
    public String clause(String ruleId, LocalDate date) {
        Objects.requireNonNull(date, "date");
        ClauseSeries s = clauses.get(Objects.requireNonNull(ruleId, "ruleId"));
        return s == null ? null : s.at(date);
    }

    /**
     * One entry of a profile's own clauses ({@code clauses:} in a profile file), with inheritance and overlays applied.
     *
     * @param ruleId  the rule it is for
     * @param from    the first day it is cited, null for every date before the next entry of the rule
     * @param clause  the clause, null where the rule's own {@code @clause} is cited again from {@code from}
     * @param file    the file it was read from (the parent's file for an inherited entry)
     * @param line    its line
     */
    public record OwnClause(String ruleId, LocalDate from, String clause, String file, int line) {
    }

    /** @return every entry of the profile's own clauses, by rule id and then date, unmodifiable, never null */
    public List<OwnClause> ownClauses() {
        return clauses.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .flatMap(e -> e.getValue().entries().stream()
                        .map(c -> new OwnClause(e.getKey(), c.from(), c.clause(), c.file(), c.line())))
                .toList();
    }

    private EnumMap<ParameterDef, Series.Value> resolve(LocalDate date, Residence residence) {
        EnumMap<ParameterDef, Series.Value> values = new EnumMap<>(ParameterDef.class);
        series.forEach((p, byRes) -> {
            Series s = byRes.get(residence);
            Series.Value v = s == null ? null : s.at(date);
            if (v != null) {
                values.put(p, v);
            }
        });
        return values;
    }

    /**
     * @return every date on which one of this profile's values (its own or inherited, either residence) takes
     *         effect or ends, ascending, unmodifiable, never null
     */
    public SortedSet<LocalDate> valueDates() {
        return valueDates;
    }

    /**
     * The cited source of the value in force: a document, {@code "假设值：..."} or {@code "设定：..."}.
     *
     * @param parameter  the dotted parameter name of profiles.md, e.g. {@code "standard"}, not null
     * @param residence  URBAN or RURAL, not null
     * @param date       the date, not null
     * @return the source of the entry in force on the date (for a dated null, the source that ends the value), or
     *         null when the profile has no entry in force
     * @throws IllegalArgumentException if the parameter name is unknown
     */
    public String source(String parameter, Residence residence, LocalDate date) {
        ParameterDef def = ParameterDef.byKey(parameter)
                .orElseThrow(() -> new IllegalArgumentException("unknown parameter '" + parameter + "'"));
        Objects.requireNonNull(residence, "residence");
        Objects.requireNonNull(date, "date");
        EnumMap<Residence, Series> byRes = series.get(def);
        Series s = byRes == null ? null : byRes.get(residence);
        Series.Value v = s == null ? null : s.at(date);
        return v == null ? null : v.source();
    }

    /**
     * One dated entry of a parameter's series for a residence, as the parameter explorer shows it.
     *
     * @param parameter  the dotted parameter name, e.g. {@code standard}
     * @param residence  the residence
     * @param from       the first day it is in force, null for every date (an undated value)
     * @param value      the value as a decision's sources show it (money with two decimals), null where a dated
     *                   {@code null} ends the value
     * @param yearly     the yearly amount as written for a standard given per year ({@code yearly:}), else null;
     *                   {@code value} is then its monthly conversion (÷ 12, half up to the fen)
     * @param source     the cited source
     * @param file       the file it was read from (a built-in file under {@code org/doudi/rules/profiles/}, or an
     *                   overlay file as given); for an inherited value, the parent's file
     * @param line       its line in that file
     * @param builtIn    true if it comes from the built-in data, false if from an overlay folder
     */
    public record ParameterEntry(String parameter, Residence residence, LocalDate from, String value, String yearly,
                                 String source, String file, int line, boolean builtIn) {
    }

    /** @return the dotted names of every parameter the profile has a series for (its own or inherited), in the order
     *          of the parameter table, never null */
    public List<String> parameterNames() {
        return series.keySet().stream().map(d -> d.key).toList();
    }

    /**
     * A parameter's dated series for a residence, with inheritance and overlays applied.
     *
     * @param parameter  the dotted parameter name, not null
     * @param residence  URBAN or RURAL, not null
     * @return the entries in date order (an undated entry first), empty when the profile has none; never null
     * @throws IllegalArgumentException if the parameter name is unknown
     */
    public List<ParameterEntry> history(String parameter, Residence residence) {
        ParameterDef def = ParameterDef.byKey(Objects.requireNonNull(parameter, "parameter"))
                .orElseThrow(() -> new IllegalArgumentException("unknown parameter '" + parameter + "'"));
        EnumMap<Residence, Series> byRes = series.get(def);
        Series s = byRes == null ? null : byRes.get(Objects.requireNonNull(residence, "residence"));
        if (s == null) {
            return List.of();
        }
        return s.values().stream().map(v -> entry(def, residence, v)).toList();
    }

    /**
     * The entry of a parameter in force on a date for a residence.
     *
     * @param parameter  the dotted parameter name, not null
     * @param residence  URBAN or RURAL, not null
     * @param date       the date, not null
     * @return the entry (its value null after a dated {@code null}), empty before the first date or when the profile
     *         has no series; never null
     * @throws IllegalArgumentException if the parameter name is unknown
     */
    public java.util.Optional<ParameterEntry> inForce(String parameter, Residence residence, LocalDate date) {
        ParameterDef def = ParameterDef.byKey(Objects.requireNonNull(parameter, "parameter"))
                .orElseThrow(() -> new IllegalArgumentException("unknown parameter '" + parameter + "'"));
        EnumMap<Residence, Series> byRes = series.get(def);
        Series s = byRes == null ? null : byRes.get(Objects.requireNonNull(residence, "residence"));
        Series.Value v = s == null ? null : s.at(Objects.requireNonNull(date, "date"));
        return java.util.Optional.ofNullable(v == null ? null : entry(def, residence, v));
    }

    private static ParameterEntry entry(ParameterDef def, Residence residence, Series.Value v) {
        return new ParameterEntry(def.key, residence, v.from(), ValueText.of(v.value()), ValueText.of(v.yearly()),
                v.source(), v.file(), v.line(), v.file().startsWith(ProfileRepository.RESOURCE_DIR));
    }

    /** @return the id and name, e.g. {@code gs-huining (会宁县)} */
    @Override
    public String toString() {
        return id + " (" + name + ")";
    }
}
