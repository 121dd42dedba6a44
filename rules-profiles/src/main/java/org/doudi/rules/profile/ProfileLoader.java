package org.doudi.rules.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.DisabilityType;
import org.doudi.rules.api.request.Residence;
import org.doudi.rules.profile.YamlTree.Field;
import org.doudi.rules.profile.YamlTree.ListNode;
import org.doudi.rules.profile.YamlTree.MapNode;
import org.doudi.rules.profile.YamlTree.Node;
import org.doudi.rules.profile.YamlTree.Scalar;

/**
 * Reads profile files, checks them, applies overlays and inheritance, and builds {@link Profile}s. Every problem is
 * collected with file and line; profiles are built only when there is none.
 */
final class ProfileLoader {

    /**
     * A profile file's name (as shown in problems) and text.
     *
     * @param name  the file name, not null
     * @param text  the YAML text, not null
     */
    record SourceFile(String name, String text) {
    }

    /**
     * The outcome of a load.
     *
     * @param profiles  the profiles by id (sorted), empty when there are problems
     * @param problems  every problem found, in file order
     */
    record Result(Map<String, Profile> profiles, List<ConfigProblem> problems) {
    }

    private static final Set<String> TOP_KEYS =
            Set.of("id", "name", "description_en", "parent", "regions", "base", "parameters", "clauses");
    private static final Set<String> PARAM_KEYS = Set.of("description", "unit", "values", "URBAN", "RURAL", "replace");
    private static final Set<String> ENTRY_KEYS = Set.of("from", "value", "yearly", "source");
    private static final Set<String> CLAUSE_KEYS = Set.of("from", "clause");
    private static final Pattern RULE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    /** The parameters that accept {@code yearly:}, as a problem names them. */
    private static final String YEARLY_KEYS = String.join(", ", ParameterCatalog.all().stream()
            .filter(ParameterSpec::yearlyAllowed).map(ParameterSpec::key).toList());

    /** A profile as read from one file, before overlay and inheritance. */
    private static final class Draft {
        String file;
        String id;
        int idLine;
        String name;
        String descriptionEn;
        boolean parentGiven;
        String parent;
        int parentLine;
        String parentFile;
        boolean regionsGiven;
        List<String> regions = List.of();
        List<Integer> regionLines = List.of();
        String regionsFile;
        Boolean base;
        final Map<ParameterDef, EnumMap<Residence, Series>> parameters = new EnumMap<>(ParameterDef.class);
        final Map<String, ClauseSeries> clauses = new LinkedHashMap<>();
        /** The series an overlay gives for this profile, merged by date into the profile's (inherited) series. */
        final Map<ParameterDef, EnumMap<Residence, Series>> overlaid = new EnumMap<>(ParameterDef.class);
        /** The parameters whose whole series the file replaces ({@code replace: true}). */
        final Set<ParameterDef> replaced = EnumSet.noneOf(ParameterDef.class);
    }

    /** A profile's parameters and clauses with inheritance applied. */
    private record Inherited(Map<ParameterDef, EnumMap<Residence, Series>> parameters,
                             Map<String, ClauseSeries> clauses) {
    }

    private final List<ConfigProblem> problems = new ArrayList<>();

    private ProfileLoader() {
    }

    /**
     * Loads a set of files, then an overlay on them.
     *
     * @param files    the profile files, not null
     * @param overlay  files that add profiles or replace series of the profiles in {@code files}, not null
     * @return the profiles or the problems, never null
     */
    static Result load(List<SourceFile> files, List<SourceFile> overlay) {
        return new ProfileLoader().run(files, overlay);
    }

    private Result run(List<SourceFile> files, List<SourceFile> overlay) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (SourceFile f : files) {
            Draft d = readFile(f);
            if (d == null) {
                continue;
            }
            if (drafts.containsKey(d.id)) {
                problem(d.file, d.idLine, "duplicate profile id '" + d.id + "' (also in " + drafts.get(d.id).file + ")");
            } else {
                drafts.put(d.id, d);
            }
        }
        Set<String> overlaid = new HashSet<>();
        for (SourceFile f : overlay) {
            Draft d = readFile(f);
            if (d == null) {
                continue;
            }
            if (!overlaid.add(d.id)) {
                problem(d.file, d.idLine, "profile '" + d.id + "' is overlaid by more than one file");
                continue;
            }
            Draft existing = drafts.get(d.id);
            if (existing == null) {
                drafts.put(d.id, d);
            } else {
                merge(existing, d);
            }
        }
        for (Draft d : drafts.values()) {
            if (d.name == null) {
                problem(d.file, d.idLine, "profile '" + d.id + "' has no name");
            }
        }
        checkParents(drafts);
        checkRegions(drafts);
        if (!problems.isEmpty()) {
            return new Result(Map.of(), sortedProblems());
        }
        Map<String, Inherited> effective = new HashMap<>();
        Map<String, Profile> profiles = new TreeMap<>();
        for (Draft d : drafts.values()) {
            Inherited inherited = effective(d, drafts, effective);
            profiles.put(d.id, new Profile(d.id, d.name, d.descriptionEn, d.parent, Boolean.TRUE.equals(d.base),
                    d.regions, inherited.parameters(), inherited.clauses()));
        }
        if (!problems.isEmpty()) {
            return new Result(Map.of(), sortedProblems());
        }
        return new Result(Collections.unmodifiableMap(profiles), List.of());
    }

    // ---------------------------------------------------------------- inheritance and cross-file checks

    /**
     * A profile's series with its parent's applied: a parameter series it sets for a residence replaces the parent's;
     * its clauses for a rule take over from their first date ({@link ClauseSeries#over}). Then an overlay's series
     * for the profile are merged by date into the result ({@link #mergeByDate}), or replace it with
     * {@code replace: true}.
     */
    private Inherited effective(Draft d, Map<String, Draft> drafts, Map<String, Inherited> memo) {
        Inherited done = memo.get(d.id);
        if (done != null) {
            return done;
        }
        Map<ParameterDef, EnumMap<Residence, Series>> result = new EnumMap<>(ParameterDef.class);
        Map<String, ClauseSeries> clauses = new LinkedHashMap<>();
        if (d.parent != null) {
            Inherited parent = effective(drafts.get(d.parent), drafts, memo);
            parent.parameters().forEach((p, byRes) -> result.put(p, new EnumMap<>(byRes)));
            clauses.putAll(parent.clauses());
        }
        d.parameters.forEach((p, byRes) -> result.computeIfAbsent(p, k -> new EnumMap<>(Residence.class)).putAll(byRes));
        d.overlaid.forEach((p, byRes) -> {
            EnumMap<Residence, Series> into = result.computeIfAbsent(p, k -> new EnumMap<>(Residence.class));
            byRes.forEach((res, s) -> into.put(res, d.replaced.contains(p) ? s : mergeByDate(p, into.get(res), s)));
        });
        takeOver(clauses, d.clauses);
        Inherited inherited = new Inherited(result, clauses);
        memo.put(d.id, inherited);
        return inherited;
    }

    /** Each series of {@code later} takes over from the series of the same rule in {@code into}, from its first date. */
    private static void takeOver(Map<String, ClauseSeries> into, Map<String, ClauseSeries> later) {
        later.forEach((rule, series) -> into.put(rule, series.over(into.get(rule))));
    }

    /**
     * An overlay's entries merged by date into a series: an entry of the overlay replaces the entry of the same date
     * (or adds one), every other entry is kept. An undated overlay entry replaces an undated series; over dated
     * entries it is a problem (it would hold for every date), unless the parameter says {@code replace: true}.
     *
     * @param def      the parameter
     * @param base     the series in force before the overlay (the profile's own or inherited), may be null
     * @param overlay  the overlay's series for the same residence, not null
     * @return the merged series
     */
    private Series mergeByDate(ParameterDef def, Series base, Series overlay) {
        if (base == null || base.values().isEmpty()) {
            return overlay;
        }
        Series.Value undated = overlay.values().stream().filter(v -> v.from() == null).findFirst().orElse(null);
        if (undated != null) {
            if (base.values().stream().anyMatch(v -> v.from() != null)) {
                problem(undated.file(), undated.line(), "an undated value of " + def.key + " would replace every dated"
                        + " value of the built-in series: give it a date (from:) to add or change one entry, or write"
                        + " replace: true on the parameter to replace the whole series");
            }
            return overlay;
        }
        TreeMap<LocalDate, Series.Value> byDate = new TreeMap<>();
        List<Series.Value> merged = new ArrayList<>();
        for (Series.Value v : base.values()) {
            if (v.from() == null) {
                merged.add(v);
            } else {
                byDate.put(v.from(), v);
            }
        }
        overlay.values().forEach(v -> byDate.put(v.from(), v));
        merged.addAll(byDate.values());
        return new Series(merged);
    }

    private static void merge(Draft into, Draft overlay) {
        if (overlay.name != null) {
            into.name = overlay.name;
        }
        if (overlay.descriptionEn != null) {
            into.descriptionEn = overlay.descriptionEn;
        }
        if (overlay.parentGiven) {
            into.parentGiven = true;
            into.parent = overlay.parent;
            into.parentLine = overlay.parentLine;
            into.parentFile = overlay.file;
        }
        if (overlay.regionsGiven) {
            into.regionsGiven = true;
            into.regions = overlay.regions;
            into.regionLines = overlay.regionLines;
            into.regionsFile = overlay.file;
        }
        if (overlay.base != null) {
            into.base = overlay.base;
        }
        overlay.parameters.forEach((p, byRes) ->
                into.overlaid.computeIfAbsent(p, k -> new EnumMap<>(Residence.class)).putAll(byRes));
        into.replaced.addAll(overlay.replaced);
        takeOver(into.clauses, overlay.clauses);
    }

    private void checkParents(Map<String, Draft> drafts) {
        for (Draft d : drafts.values()) {
            if (d.parent == null) {
                continue;
            }
            if (!drafts.containsKey(d.parent)) {
                problem(d.parentFile, d.parentLine, "unknown parent profile '" + d.parent + "'");
                continue;
            }
            Set<String> seen = new HashSet<>();
            String cur = d.id;
            while (cur != null && drafts.containsKey(cur)) {
                if (!seen.add(cur)) {
                    problem(d.parentFile, d.parentLine, "profile '" + d.id + "' inherits from itself (cycle)");
                    break;
                }
                cur = drafts.get(cur).parent;
            }
        }
    }

    private void checkRegions(Map<String, Draft> drafts) {
        Map<String, Draft> owner = new HashMap<>();
        for (Draft d : drafts.values()) {
            if (Boolean.TRUE.equals(d.base) && !d.regions.isEmpty()) {
                problem(d.regionsFile, d.regionLines.get(0), "base profile '" + d.id + "' cannot serve regions");
            }
            for (int i = 0; i < d.regions.size(); i++) {
                String r = d.regions.get(i);
                Draft other = owner.putIfAbsent(r, d);
                if (other != null && other != d) {
                    problem(d.regionsFile, d.regionLines.get(i), "region " + r + " is served by both '" + other.id
                            + "' and '" + d.id + "'");
                } else if (other == d) {
                    problem(d.regionsFile, d.regionLines.get(i), "region " + r + " is listed twice");
                }
            }
        }
    }

    // ---------------------------------------------------------------- one file

    private Draft readFile(SourceFile f) {
        Node root = YamlTree.parse(f.text(), f.name(), problems);
        if (root == null) {
            return null;
        }
        if (!(root instanceof MapNode map)) {
            problem(f.name(), root.line(), "a profile file must be a mapping with id, name, parent, regions, parameters");
            return null;
        }
        Draft d = new Draft();
        d.file = f.name();
        d.parentFile = f.name();
        d.regionsFile = f.name();
        for (Field field : map.fields()) {
            if (!TOP_KEYS.contains(field.key())) {
                problem(f.name(), field.line(), "unknown key '" + field.key() + "' (expected one of " + sorted(TOP_KEYS) + ")");
            }
        }
        Field id = map.field("id");
        if (id == null) {
            problem(f.name(), map.line(), "the profile has no id");
            return null;
        }
        d.idLine = id.line();
        d.id = text(f.name(), id.value(), "id");
        if (d.id == null) {
            return null;
        }
        if (!d.id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            problem(f.name(), id.value().line(), "invalid profile id '" + d.id + "': lower-case letters, digits and hyphens");
        }
        Field name = map.field("name");
        if (name != null) {
            d.name = text(f.name(), name.value(), "name");
        }
        Field en = map.field("description_en");
        if (en != null) {
            d.descriptionEn = text(f.name(), en.value(), "description_en");
        }
        Field parent = map.field("parent");
        if (parent != null) {
            d.parentGiven = true;
            d.parentLine = parent.value().line();
            d.parent = parent.value() instanceof Scalar s && s.isNull() ? null : text(f.name(), parent.value(), "parent");
        }
        Field base = map.field("base");
        if (base != null) {
            if (base.value() instanceof Scalar s && s.isBoolean()) {
                d.base = Boolean.valueOf(s.text());
            } else {
                problem(f.name(), base.value().line(), "base must be true or false");
            }
        }
        Field regions = map.field("regions");
        if (regions != null) {
            readRegions(d, regions.value());
        }
        Field params = map.field("parameters");
        if (params != null) {
            if (params.value() instanceof MapNode pm) {
                for (Field pf : pm.fields()) {
                    readParameter(d, pf);
                }
            } else if (!(params.value() instanceof Scalar s && s.isNull())) {
                problem(f.name(), params.value().line(), "parameters must be a mapping from parameter name to values");
            }
        }
        Field clauses = map.field("clauses");
        if (clauses != null) {
            readClauses(d, clauses.value());
        }
        return d;
    }

    private void readRegions(Draft d, Node node) {
        d.regionsGiven = true;
        if (node instanceof Scalar s && s.isNull()) {
            return;
        }
        if (!(node instanceof ListNode list)) {
            problem(d.file, node.line(), "regions must be a list of 6-digit region codes");
            return;
        }
        List<String> codes = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (Node item : list.items()) {
            if (item instanceof Scalar s && (s.isText() || s.isNumber()) && s.text().matches("\\d{6}")) {
                codes.add(s.text());
                lines.add(s.line());
            } else {
                problem(d.file, item.line(), "a region must be a 6-digit code in quotes, e.g. \"620422\"");
            }
        }
        d.regions = List.copyOf(codes);
        d.regionLines = List.copyOf(lines);
    }

    private void readParameter(Draft d, Field pf) {
        ParameterDef def = ParameterDef.byKey(pf.key()).orElse(null);
        if (def == null) {
            problem(d.file, pf.line(), "unknown parameter '" + pf.key() + "'"
                    + ParameterCatalog.suggestion(pf.key(), true));
            return;
        }
        if (!(pf.value() instanceof MapNode pm)) {
            problem(d.file, pf.value().line(), "parameter " + def.key
                    + " must be a mapping with description, unit and values (or URBAN / RURAL)");
            return;
        }
        for (Field f : pm.fields()) {
            if (!PARAM_KEYS.contains(f.key())) {
                problem(d.file, f.line(), "unknown key '" + f.key() + "' in parameter " + def.key
                        + " (expected one of " + sorted(PARAM_KEYS) + ")");
            }
        }
        Field description = pm.field("description");
        if (description != null) {
            text(d.file, description.value(), "description of " + def.key);
        }
        Field unit = pm.field("unit");
        if (unit != null) {
            checkUnit(d.file, def, unit);
        }
        Field replace = pm.field("replace");
        if (replace != null) {
            if (replace.value() instanceof Scalar s && s.isBoolean()) {
                if (Boolean.parseBoolean(s.text())) {
                    d.replaced.add(def);
                }
            } else {
                problem(d.file, replace.value().line(), "replace must be true or false in parameter " + def.key);
            }
        }
        Field both = pm.field("values");
        Field urban = pm.field("URBAN");
        Field rural = pm.field("RURAL");
        if (both == null && urban == null && rural == null) {
            problem(d.file, pf.line(), "parameter " + def.key + " has no values (write values:, URBAN: or RURAL:)");
            return;
        }
        if (both != null && (urban != null || rural != null)) {
            problem(d.file, both.line(), "parameter " + def.key + " has both values: and per-residence values");
            return;
        }
        EnumMap<Residence, Series> byRes = new EnumMap<>(Residence.class);
        if (both != null) {
            Series s = readSeries(d.file, def, both.value());
            if (s != null) {
                byRes.put(Residence.URBAN, s);
                byRes.put(Residence.RURAL, s);
            }
        }
        if (urban != null) {
            Series s = readSeries(d.file, def, urban.value());
            if (s != null) {
                byRes.put(Residence.URBAN, s);
            }
        }
        if (rural != null) {
            Series s = readSeries(d.file, def, rural.value());
            if (s != null) {
                byRes.put(Residence.RURAL, s);
            }
        }
        if (!byRes.isEmpty()) {
            d.parameters.put(def, byRes);
        }
    }

    /**
     * A parameter's {@code unit:} is a note for the reader of the file; it must agree with the catalog's unit, so that
     * a value written in the wrong unit (a yearly amount under {@code value:}, a percent for a ratio) is caught.
     */
    private void checkUnit(String file, ParameterDef def, Field unit) {
        String given = text(file, unit.value(), "unit of " + def.key);
        ParameterUnit expected = def.spec.unit();
        if (given == null || given.equals(expected.symbol())) {
            return;
        }
        if (expected == ParameterUnit.NONE) {
            problem(file, unit.value().line(), def.key + " has no unit, found unit '" + given + "'");
        } else {
            problem(file, unit.value().line(), "the unit of " + def.key + " is " + expected.symbol() + ", found '"
                    + given + "'" + (def.spec.yearlyAllowed() ? " (write a yearly amount as yearly: instead of value:;"
                    + " it is converted to a monthly one)" : ""));
        }
    }

    private Series readSeries(String file, ParameterDef def, Node node) {
        if (!(node instanceof ListNode list)) {
            problem(file, node.line(), "the values of " + def.key
                    + " must be a list of entries such as {from: 2019-01-01, value: ..., source: \"...\"}");
            return null;
        }
        int before = problems.size();
        List<Series.Value> values = new ArrayList<>();
        for (Node item : list.items()) {
            Series.Value v = readEntry(file, def, item);
            if (v != null) {
                values.add(v);
            }
        }
        if (values.isEmpty() && problems.size() == before) {
            problem(file, node.line(), "parameter " + def.key + " has an empty list of values");
        }
        boolean undated = values.stream().anyMatch(v -> v.from() == null);
        if (undated && values.size() > 1) {
            problem(file, values.stream().filter(v -> v.from() == null).findFirst().orElseThrow().line(),
                    "an undated value of " + def.key + " holds for all dates and must be the only value of its series");
        }
        if (undated && def.spec.datesRequired()) {
            problem(file, values.get(0).line(), "every value of " + def.key + " needs a date (from:)");
        }
        for (int i = 1; i < values.size(); i++) {
            LocalDate prev = values.get(i - 1).from();
            LocalDate cur = values.get(i).from();
            if (prev == null || cur == null) {
                continue;
            }
            if (cur.equals(prev)) {
                problem(file, values.get(i).line(), "duplicate date " + cur + " in the values of " + def.key);
            } else if (cur.isBefore(prev)) {
                problem(file, values.get(i).line(), "date " + cur + " comes after " + prev + " in the values of "
                        + def.key + ": dates must increase");
            }
        }
        return problems.size() == before ? new Series(values) : null;
    }

    private Series.Value readEntry(String file, ParameterDef def, Node node) {
        if (!(node instanceof MapNode entry)) {
            problem(file, node.line(), "a value of " + def.key + " must be a mapping {from, value, source}");
            return null;
        }
        boolean ok = true;
        for (Field f : entry.fields()) {
            if (!ENTRY_KEYS.contains(f.key())) {
                problem(file, f.line(), "unknown key '" + f.key() + "' in a value of " + def.key
                        + " (expected from, value, yearly, source)");
                ok = false;
            }
        }
        LocalDate from = null;
        Field fromField = entry.field("from");
        if (fromField != null) {
            from = date(file, fromField, def.key);
            if (from == null) {
                ok = false;
            }
        }
        Field source = entry.field("source");
        String src = null;
        if (source == null) {
            problem(file, entry.line(), "a value of " + def.key + " has no source (a document, \"假设值：...\" or"
                    + " \"设定：...\")");
            ok = false;
        } else {
            src = text(file, source.value(), "source of " + def.key);
            if (src == null) {
                ok = false;
            } else if (src.isBlank()) {
                problem(file, source.value().line(), "the source of a value of " + def.key + " is empty");
                ok = false;
            }
        }
        Field value = entry.field("value");
        Field yearly = entry.field("yearly");
        Object converted = null;
        Money annual = null;
        if (value != null && yearly != null) {
            problem(file, yearly.line(), "a value of " + def.key + " has both value and yearly");
            return null;
        }
        if (value == null && yearly == null) {
            problem(file, entry.line(), "a value of " + def.key + " has neither value nor yearly");
            return null;
        }
        if (yearly != null) {
            if (!def.spec.yearlyAllowed()) {
                problem(file, yearly.line(), "yearly is only allowed for " + YEARLY_KEYS);
                return null;
            }
            annual = money(file, yearly.value(), def);
            if (annual == null) {
                return null;
            }
            converted = Money.of(annual.amount().divide(TWELVE, 2, RoundingMode.HALF_UP));
        } else if (!(value.value() instanceof Scalar s && s.isNull())) {
            converted = convert(file, def, value.value());
            if (converted == null) {
                return null;
            }
        }
        if (def.spec.positive() && converted instanceof Money m && !m.isPositive()) {
            problem(file, (yearly != null ? yearly : value).value().line(), def.key + " must be positive, found "
                    + converted);
            return null;
        }
        return ok ? new Series.Value(from, converted, src, file, entry.line(), yearly == null ? null : annual) : null;
    }

    // ---------------------------------------------------------------- values

    /** A value read by the reader of its parameter's kind, checked against the parameter's declaration. */
    private Object convert(String file, ParameterDef def, Node n) {
        return switch (def.kind) {
            case MONEY -> money(file, n, def);
            case DECIMAL -> decimal(file, n, def);
            case INT -> integer(file, n, def);
            case BOOL -> bool(file, n, def);
            case NAME -> name(file, n, def);
            case NAMES -> names(file, n, def);
            case ROUNDING -> rounding(file, n, def);
            case MONEY_BY_CATEGORY -> byCategory(file, n, def, true);
            case DECIMAL_BY_CATEGORY -> byCategory(file, n, def, false);
            case DECIMAL_LIST -> decimalList(file, n, def);
            case MONEY_BY_KEY -> moneyByKey(file, n, def);
            case NURSING -> nursing(file, n, def);
        };
    }

    private Boolean bool(String file, Node n, ParameterDef def) {
        if (n instanceof Scalar s && s.isBoolean()) {
            return Boolean.valueOf(s.text());
        }
        wrong(file, n, def, "true or false");
        return null;
    }

    private Object wrong(String file, Node n, ParameterDef def, String expected) {
        problem(file, n.line(), "wrong type for " + def.key + ": expected " + expected + ", found " + describe(n));
        return null;
    }

    private static String describe(Node n) {
        if (n instanceof Scalar s) {
            if (s.isNull()) {
                return "null";
            }
            return (s.isText() ? "text '" : s.isNumber() ? "number '" : "'") + s.text() + "'";
        }
        return n instanceof MapNode ? "a mapping" : "a list";
    }

    /** The most digits a profile number may have before, and after, the decimal point (as a request's money). */
    private static final int MAX_DIGITS = 15;

    /**
     * A number as written, or null (and a problem) when it is not a plain decimal number or is out of range: more
     * than {@value #MAX_DIGITS} digits before or after the decimal point (e.g. {@code 1e999999999}, which no
     * arithmetic should meet).
     */
    private BigDecimal number(String file, Scalar s, ParameterDef def) {
        BigDecimal v;
        try {
            v = new BigDecimal(s.text());
        } catch (NumberFormatException e) {
            problem(file, s.line(), "wrong type for " + def.key + ": expected a number written with digits, found '"
                    + s.text() + "'");
            return null;
        }
        if (v.precision() - v.scale() > MAX_DIGITS || v.scale() > MAX_DIGITS) {
            String shown = s.text().length() > 40 ? s.text().substring(0, 40) + "…" : s.text();
            problem(file, s.line(), def.key + ": the number " + shown + " is out of range (at most " + MAX_DIGITS
                    + " digits before and " + MAX_DIGITS + " after the decimal point)");
            return null;
        }
        return v;
    }

    private Money money(String file, Node n, ParameterDef def) {
        if (!(n instanceof Scalar s && s.isNumber())) {
            wrong(file, n, def, "an amount in yuan (a number)");
            return null;
        }
        BigDecimal v = number(file, s, def);
        if (v == null) {
            return null;
        }
        if (v.signum() < 0) {
            problem(file, n.line(), def.key + " must not be negative, found " + s.text());
            return null;
        }
        if (aboveMaximum(file, s, def, v)) {
            return null;
        }
        if (v.stripTrailingZeros().scale() > 2) {
            problem(file, n.line(), def.key + " has more than two decimals: " + s.text());
            return null;
        }
        return Money.of(v);
    }

    private BigDecimal decimal(String file, Node n, ParameterDef def) {
        if (!(n instanceof Scalar s && s.isNumber())) {
            wrong(file, n, def, "a number");
            return null;
        }
        BigDecimal v = number(file, s, def);
        if (v == null) {
            return null;
        }
        if (v.signum() < 0) {
            problem(file, n.line(), def.key + " must not be negative, found " + s.text());
            return null;
        }
        return aboveMaximum(file, s, def, v) ? null : v;
    }

    /** True (and a problem) when a number exceeds the parameter's declared maximum. */
    private boolean aboveMaximum(String file, Scalar s, ParameterDef def, BigDecimal v) {
        BigDecimal max = def.spec.maximum();
        if (max != null && v.compareTo(max) > 0) {
            problem(file, s.line(), def.key + " must be at most " + max.toPlainString() + " ("
                    + def.spec.unit().text(true) + "), found " + s.text());
            return true;
        }
        return false;
    }

    private Integer integer(String file, Node n, ParameterDef def) {
        if (!(n instanceof Scalar s && s.token() == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT)) {
            wrong(file, n, def, "a whole number");
            return null;
        }
        try {
            int v = Integer.parseInt(s.text());
            if (v < 0) {
                problem(file, n.line(), def.key + " must not be negative, found " + v);
                return null;
            }
            return aboveMaximum(file, s, def, BigDecimal.valueOf(v)) ? null : v;
        } catch (NumberFormatException e) {
            wrong(file, n, def, "a whole number");
            return null;
        }
    }

    /** One of the parameter's allowed names: the constant of its enum, or the name itself where it has none. */
    private Object name(String file, Node n, ParameterDef def) {
        List<String> allowed = def.spec.allowedValues();
        if (n instanceof Scalar s && s.isText() && allowed.contains(s.text())) {
            if (def.names == null) {
                return s.text();
            }
            for (Enum<?> e : def.names.getEnumConstants()) {
                if (e.name().equals(s.text())) {
                    return e;
                }
            }
        }
        return wrong(file, n, def, "one of " + allowed);
    }

    /** A list of the parameter's allowed names, each once: an unmodifiable set in the enum's order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Set<?> names(String file, Node n, ParameterDef def) {
        if (!(n instanceof ListNode list)) {
            wrong(file, n, def, "a list of " + def.spec.allowedValues());
            return null;
        }
        Set<Object> set = def.names == null ? new java.util.LinkedHashSet<>() : EnumSet.noneOf((Class) def.names);
        boolean ok = true;
        for (Node item : list.items()) {
            Object e = name(file, item, def);
            if (e == null) {
                ok = false;
            } else if (!set.add(e)) {
                problem(file, item.line(), e + " is listed twice in " + def.key);
                ok = false;
            }
        }
        return ok ? Collections.unmodifiableSet(set) : null;
    }

    private Rounding rounding(String file, Node n, ParameterDef def) {
        if (!(n instanceof MapNode m)) {
            wrong(file, n, def, "{unit: YUAN or FEN, mode: CEILING, HALF_UP, ...}");
            return null;
        }
        boolean ok = true;
        for (Field f : m.fields()) {
            if (!f.key().equals("unit") && !f.key().equals("mode")) {
                problem(file, f.line(), "unknown key '" + f.key() + "' in " + def.key + " (expected unit, mode)");
                ok = false;
            }
        }
        Field unit = m.field("unit");
        Field mode = m.field("mode");
        if (unit == null || mode == null) {
            problem(file, m.line(), def.key + " needs both unit and mode");
            return null;
        }
        String u = unit.value() instanceof Scalar s && s.isText() ? s.text() : "";
        if (!u.equals("YUAN") && !u.equals("FEN")) {
            wrong(file, unit.value(), def, "unit YUAN or FEN");
            ok = false;
        }
        RoundingMode rm = null;
        if (mode.value() instanceof Scalar s && s.isText() && !s.text().equals("UNNECESSARY")) {
            try {
                rm = RoundingMode.valueOf(s.text());
            } catch (IllegalArgumentException e) {
                rm = null;
            }
        }
        if (rm == null) {
            wrong(file, mode.value(), def, "a rounding mode (CEILING, FLOOR, HALF_UP, HALF_EVEN, UP, DOWN, HALF_DOWN)");
            ok = false;
        }
        return ok ? new Rounding(u.equals("YUAN"), rm) : null;
    }

    private Map<Integer, ?> byCategory(String file, Node n, ParameterDef def, boolean money) {
        if (!(n instanceof MapNode m)) {
            wrong(file, n, def, "a mapping from category (1-4) to " + (money ? "an amount" : "a number"));
            return null;
        }
        Map<Integer, Object> result = new TreeMap<>();
        boolean ok = true;
        for (Field f : m.fields()) {
            if (!f.key().matches("[1-4]")) {
                problem(file, f.line(), "unknown category '" + f.key() + "' in " + def.key + " (expected 1 to 4)");
                ok = false;
                continue;
            }
            Object v = money ? money(file, f.value(), def) : decimal(file, f.value(), def);
            if (v == null) {
                ok = false;
            } else {
                result.put(Integer.valueOf(f.key()), v);
            }
        }
        return ok ? Collections.unmodifiableMap(result) : null;
    }

    private List<BigDecimal> decimalList(String file, Node n, ParameterDef def) {
        if (!(n instanceof ListNode list) || list.items().isEmpty()) {
            wrong(file, n, def, "a non-empty list of numbers");
            return null;
        }
        List<BigDecimal> result = new ArrayList<>();
        for (Node item : list.items()) {
            BigDecimal v = decimal(file, item, def);
            if (v == null) {
                return null;
            }
            result.add(v);
        }
        return List.copyOf(result);
    }

    private Map<String, Money> moneyByKey(String file, Node n, ParameterDef def) {
        if (!(n instanceof MapNode m)) {
            wrong(file, n, def, "a mapping from category (\"1\"-\"4\") or \"default\" to an amount");
            return null;
        }
        Map<String, Money> result = new LinkedHashMap<>();
        boolean ok = true;
        for (Field f : m.fields()) {
            if (!f.key().matches("[1-4]|default")) {
                problem(file, f.line(), "unknown key '" + f.key() + "' in " + def.key + " (expected \"1\" to \"4\" or"
                        + " \"default\")");
                ok = false;
                continue;
            }
            Money v = money(file, f.value(), def);
            if (v == null) {
                ok = false;
            } else {
                result.put(f.key(), v);
            }
        }
        return ok ? Collections.unmodifiableMap(result) : null;
    }

    private Map<NursingKey, Money> nursing(String file, Node n, ParameterDef def) {
        if (!(n instanceof ListNode list)) {
            wrong(file, n, def, "a list of tiers {grade: 1, types: [INTELLECTUAL, ...], amount: 100}");
            return null;
        }
        Map<NursingKey, Money> result = new LinkedHashMap<>();
        boolean ok = true;
        for (Node item : list.items()) {
            if (!(item instanceof MapNode tier)) {
                wrong(file, item, def, "a tier {grade, types, amount}");
                ok = false;
                continue;
            }
            for (Field f : tier.fields()) {
                if (!Set.of("grade", "types", "amount").contains(f.key())) {
                    problem(file, f.line(), "unknown key '" + f.key() + "' in a tier of " + def.key
                            + " (expected grade, types, amount)");
                    ok = false;
                }
            }
            Field grade = tier.field("grade");
            Field types = tier.field("types");
            Field amount = tier.field("amount");
            if (grade == null || types == null || amount == null) {
                problem(file, tier.line(), "a tier of " + def.key + " needs grade, types and amount");
                ok = false;
                continue;
            }
            Integer g = integer(file, grade.value(), def);
            if (g != null && (g < 1 || g > 4)) {
                problem(file, grade.value().line(), "grade must be 1 to 4 in " + def.key);
                g = null;
            }
            Set<?> ts = names(file, types.value(), def);
            Money a = money(file, amount.value(), def);
            if (g == null || ts == null || a == null) {
                ok = false;
                continue;
            }
            for (Object type : ts) {
                DisabilityType t = (DisabilityType) type;
                if (result.put(new NursingKey(t, g), a) != null) {
                    problem(file, types.value().line(), t + " grade " + g + " appears in two tiers of " + def.key);
                    ok = false;
                }
            }
        }
        return ok ? Collections.unmodifiableMap(result) : null;
    }

    // ---------------------------------------------------------------- clauses

    /**
     * Reads {@code clauses:}, a profile's own clause for rules by rule id: {@code DB-PAY-002: [{from: 2019-01-01,
     * clause: "..."}]}. Whether the rule ids exist is checked where the rules are known
     * ({@link ProfileRepository#unknownRuleIds}).
     */
    private void readClauses(Draft d, Node node) {
        if (node instanceof Scalar s && s.isNull()) {
            return;
        }
        if (!(node instanceof MapNode map)) {
            problem(d.file, node.line(), "clauses must be a mapping from rule id to a list of entries such as"
                    + " {from: 2020-05-01, clause: \"...\"}");
            return;
        }
        for (Field f : map.fields()) {
            if (!RULE_ID.matcher(f.key()).matches()) {
                problem(d.file, f.line(), "invalid rule id '" + f.key() + "' in clauses (letters, digits, '-', '_', '.')");
                continue;
            }
            ClauseSeries series = readClauseSeries(d.file, f.key(), f.value());
            if (series != null) {
                d.clauses.put(f.key(), series);
            }
        }
    }

    private ClauseSeries readClauseSeries(String file, String rule, Node node) {
        String what = "the clauses of " + rule;
        if (!(node instanceof ListNode list) || list.items().isEmpty()) {
            problem(file, node.line(), what + " must be a non-empty list of entries {from: yyyy-mm-dd, clause: \"...\"}");
            return null;
        }
        int before = problems.size();
        List<ClauseSeries.Entry> entries = new ArrayList<>();
        LocalDate previous = null;
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            if (!(item instanceof MapNode entry)) {
                problem(file, item.line(), "an entry of " + what + " must be a mapping {from, clause}");
                continue;
            }
            for (Field f : entry.fields()) {
                if (!CLAUSE_KEYS.contains(f.key())) {
                    problem(file, f.line(), "unknown key '" + f.key() + "' in an entry of " + what
                            + " (expected from, clause)");
                }
            }
            Field fromField = entry.field("from");
            LocalDate from = fromField == null ? null : date(file, fromField, what);
            if (fromField == null && i > 0) {
                problem(file, entry.line(), "only the first entry of " + what + " may omit from");
            }
            if (from != null && previous != null && !from.isAfter(previous)) {
                problem(file, fromField.line(), "date " + from + " does not come after " + previous + " in " + what
                        + ": dates must increase");
            }
            previous = from != null ? from : previous;
            Field clauseField = entry.field("clause");
            if (clauseField == null) {
                problem(file, entry.line(), "an entry of " + what + " has no clause (the text to cite, or null for the"
                        + " rule's own @clause)");
                continue;
            }
            String clause = clauseText(file, clauseField.value(), what);
            entries.add(new ClauseSeries.Entry(from, clause, file, entry.line()));
        }
        return problems.size() == before ? new ClauseSeries(entries) : null;
    }

    /** The clause of an entry: null for the rule's own @clause, else text that passes {@link ClauseText}. */
    private String clauseText(String file, Node n, String what) {
        if (n instanceof Scalar s && s.isNull()) {
            return null;
        }
        String clause = text(file, n, "the clause in " + what);
        if (clause != null) {
            for (String p : ClauseText.problems(clause)) {
                problem(file, n.line(), what + ": " + p);
            }
        }
        return clause;
    }

    // ---------------------------------------------------------------- helpers

    /** A {@code from:} date written yyyy-mm-dd, or null (and a problem). */
    private LocalDate date(String file, Field fromField, String what) {
        String t = fromField.value() instanceof Scalar s && s.isText() ? s.text() : null;
        LocalDate date;
        try {
            date = t == null ? null : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null) {
            problem(file, fromField.value().line(), "from must be a date written yyyy-mm-dd in " + what);
        }
        return date;
    }

    private String text(String file, Node n, String what) {
        if (n instanceof Scalar s && s.isText()) {
            return s.text();
        }
        problem(file, n.line(), what + " must be text, found " + describe(n));
        return null;
    }

    /** @return the problems, files in the order first met, lines ascending within a file (stable) */
    private List<ConfigProblem> sortedProblems() {
        Map<String, Integer> fileOrder = new HashMap<>();
        problems.forEach(p -> fileOrder.putIfAbsent(p.file(), fileOrder.size()));
        List<ConfigProblem> sorted = new ArrayList<>(problems);
        sorted.sort(java.util.Comparator.<ConfigProblem>comparingInt(p -> fileOrder.get(p.file()))
                .thenComparingInt(ConfigProblem::line));
        return List.copyOf(sorted);
    }

    /** Records a problem once (a series given for both residences is checked twice). */
    private void problem(String file, int line, String message) {
        ConfigProblem p = new ConfigProblem(file, line, message);
        if (!problems.contains(p)) {
            problems.add(p);
        }
    }

    private static List<String> sorted(Set<String> set) {
        return set.stream().sorted().toList();
    }
}
