package org.doudi.rules.drools.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Assets;
import org.doudi.rules.api.request.Benefit;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.MemberStatus;
import org.doudi.rules.api.request.Vehicle;
import org.doudi.rules.api.request.VehicleKind;

/**
 * The registry side of a screening: the rows kept after the first reading of the caseload (those whose ID number is a
 * caseload member's), or those of one case's {@link CaseFacts}, joined to each case, and what they prove applied to a
 * copy of the case before it is re-evaluated. Read-only once filled, so safe to share between threads.
 *
 * <p>What is applied, in this order:
 * <ol>
 *   <li>a death record dated on or before {@code asOf} (and not before the member's birth) of a member not
 *       {@code DECEASED} in the case: the member is {@code DECEASED} on the earliest such date;</li>
 *   <li>a detention covering {@code asOf} of a member neither {@code IMPRISONED} nor deceased: {@code IMPRISONED};</li>
 *   <li>then, over the members counted in that copy (present, or dying after {@code asOf}, and not receiving tekun):
 *       for each vehicle kind, the registry's vehicles beyond the number declared of that kind are added with their
 *       value (rows ordered by registration date; a row without a value is only reported); for each property use, a
 *       count below the registry's is raised to it; business rows make {@code businessRegistered} true with the sum
 *       of the rows' capital as {@code businessCapital}, where the case declares no business.</li>
 * </ol>
 * Public payroll, tekun roster and other regions' dibao rosters prove nothing to apply; their rows are reported
 * (the screening rules keep those about counted or covered members). A dibao-elsewhere row of the case's own region
 * (its region, or a region its profile serves) is ignored: duplicates within the caseload are found by joining its
 * cases.
 */
final class RegistryMatcher {

    /**
     * What one registry row shows about one member of the case.
     *
     * @param registry    the registry, not null
     * @param position    the member's position in the case
     * @param line        the row's line
     * @param messageKey  the detail's template, not null
     * @param figures     the detail's figures, not null
     */
    record Evidence(Registry registry, int position, long line, String messageKey, Map<String, Object> figures) {
    }

    /**
     * A case with the registries' facts applied.
     *
     * @param copy      the case to re-evaluate (the original when nothing was applied), not null
     * @param changed   true if anything was applied
     * @param evidence  every registry row joined to the case, not null
     */
    record Applied(EvaluationRequest copy, boolean changed, List<Evidence> evidence) {
    }

    private final EnumMap<Registry, Map<String, List<RegistryRow>>> rows = new EnumMap<>(Registry.class);
    private final CaseFacts facts;

    /** A matcher over the rows it keeps ({@link #keep}). */
    RegistryMatcher() {
        this.facts = null;
    }

    /**
     * A matcher over the rows of one case's facts.
     *
     * @param facts  the case's facts, not null
     */
    RegistryMatcher(CaseFacts facts) {
        this.facts = facts;
    }

    /**
     * Keeps a row (call only while filling, from one thread).
     *
     * @param row  a row whose ID number belongs to the caseload, not null
     */
    void keep(RegistryRow row) {
        rows.computeIfAbsent(row.registry(), r -> new HashMap<>())
                .computeIfAbsent(row.id(), k -> new ArrayList<>(1)).add(row);
    }

    /** @return true if no row was kept */
    boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * @param registry  a registry, not null
     * @param key       an ID number key, not null
     * @return the rows kept of that registry with this ID number, in reading order, never null
     */
    List<RegistryRow> kept(Registry registry, String key) {
        Map<String, List<RegistryRow>> byId = rows.get(registry);
        List<RegistryRow> found = byId == null ? null : byId.get(key);
        return found == null ? List.of() : found;
    }

    private List<RegistryRow> rowsOf(Registry registry, String key, LocalDate asOf) {
        if (key == null) {
            return List.of();
        }
        List<RegistryRow> found = facts == null ? kept(registry, key) : facts.registryRows(registry, key);
        return found.stream().filter(r -> r.datedBy(asOf)).toList();
    }

    /**
     * Joins the rows to a case and applies what they prove to a copy of it.
     *
     * @param request     a valid REVIEW request, not null
     * @param ownRegions  the region codes of the case's own county (its region, the regions its profile serves):
     *                    other regions' dibao rosters are not joined on them; not null
     * @return the copy and the evidence, never null
     */
    Applied apply(EvaluationRequest request, java.util.Set<String> ownRegions) {
        LocalDate asOf = request.asOf();
        List<Member> members = new ArrayList<>(request.members());
        String[] keys = new String[members.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = IdNumbers.key(members.get(i).idNumber());
        }
        List<Evidence> evidence = new ArrayList<>();
        boolean changed = applyDeathsAndDetentions(members, keys, asOf, evidence);

        Assets assets = request.assets();
        List<Integer> counted = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            if (keys[i] != null && counted(members.get(i), asOf)) {
                counted.add(i);
            }
        }
        List<Vehicle> vehicles = new ArrayList<>(assets.vehicles());
        boolean assetsChanged = addVehicles(counted, keys, asOf, vehicles, evidence);
        int[] properties = {assets.residentialProperties(), assets.nonResidentialProperties()};
        assetsChanged |= raiseProperties(counted, keys, asOf, properties, evidence);
        boolean business = assets.businessRegistered();
        Money capital = assets.businessCapital();
        if (!business) {
            Money total = Money.ZERO;
            List<RegistryRow> found = new ArrayList<>();
            List<Integer> owners = new ArrayList<>();
            for (int i : counted) {
                for (RegistryRow r : rowsOf(Registry.BUSINESSES, keys[i], asOf)) {
                    found.add(r);
                    owners.add(i);
                    total = total.plus(r.amount() == null ? Money.ZERO : r.amount());
                }
            }
            for (int k = 0; k < found.size(); k++) {
                RegistryRow r = found.get(k);
                evidence.add(new Evidence(Registry.BUSINESSES, owners.get(k), r.line(), "REGISTRY_UNDECLARED_BUSINESS",
                        FindingFact.figures("role", new Findings.Label(r.kind()), "registeredOn", r.date(),
                                "capital", r.amount() == null ? new Findings.Label("none") : r.amount(),
                                "total", total)));
            }
            if (!found.isEmpty()) {
                business = true;
                capital = total;
                assetsChanged = true;
            }
        }
        for (int i = 0; i < members.size(); i++) {
            for (RegistryRow r : rowsOf(Registry.PUBLIC_PAYROLL, keys[i], asOf)) {
                evidence.add(new Evidence(Registry.PUBLIC_PAYROLL, i, r.line(), "REGISTRY_PUBLIC_PAYROLL",
                        FindingFact.figures("employer", orNone(r.text()))));
            }
            for (RegistryRow r : rowsOf(Registry.TEKUN, keys[i], asOf)) {
                evidence.add(new Evidence(Registry.TEKUN, i, r.line(), "REGISTRY_TEKUN",
                        FindingFact.figures("region", orNone(r.text()))));
            }
            for (RegistryRow r : rowsOf(Registry.DIBAO_ELSEWHERE, keys[i], asOf)) {
                if (!ownRegions.contains(r.text())) {
                    evidence.add(new Evidence(Registry.DIBAO_ELSEWHERE, i, r.line(), "REGISTRY_DIBAO_ELSEWHERE",
                            FindingFact.figures("region", r.text(), "caseId", orNone(r.other()))));
                }
            }
        }
        if (!changed && !assetsChanged) {
            return new Applied(request, false, evidence);
        }
        Assets newAssets = new Assets(assets.financial(), vehicles, properties[0], properties[1], business, capital);
        return new Applied(request.toBuilder().members(members).assets(newAssets).build(), true, evidence);
    }

    private boolean applyDeathsAndDetentions(List<Member> members, String[] keys, LocalDate asOf,
                                             List<Evidence> evidence) {
        boolean changed = false;
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            if (m.status() == MemberStatus.DECEASED) {
                continue;
            }
            RegistryRow death = rowsOf(Registry.DEATHS, keys[i], asOf).stream()
                    .filter(r -> m.birthDate() == null || !r.date().isBefore(m.birthDate()))
                    .min(Comparator.comparing(RegistryRow::date).thenComparingLong(RegistryRow::line)).orElse(null);
            if (death != null) {
                members.set(i, m.toBuilder().status(MemberStatus.DECEASED).deceasedOn(death.date()).build());
                evidence.add(new Evidence(Registry.DEATHS, i, death.line(), "REGISTRY_DECEASED",
                        FindingFact.figures("deathDate", death.date())));
                changed = true;
                continue;
            }
            if (m.status() == MemberStatus.IMPRISONED) {
                continue;
            }
            RegistryRow held = rowsOf(Registry.DETENTIONS, keys[i], asOf).stream()
                    .filter(r -> r.to() == null || !r.to().isBefore(asOf))
                    .min(Comparator.comparing(RegistryRow::date).thenComparingLong(RegistryRow::line)).orElse(null);
            if (held != null) {
                members.set(i, m.toBuilder().status(MemberStatus.IMPRISONED).deceasedOn(null).build());
                evidence.add(new Evidence(Registry.DETENTIONS, i, held.line(), "REGISTRY_DETAINED",
                        FindingFact.figures("from", held.date(), "to", held.to() == null ? new Findings.Label("stillHeld")
                                : held.to())));
                changed = true;
            }
        }
        return changed;
    }

    /** A row with the position of the counted member it belongs to. */
    private record Owned(int position, RegistryRow row) {
    }

    private List<Owned> owned(Registry registry, List<Integer> counted, String[] keys, LocalDate asOf, String kind) {
        List<Owned> found = new ArrayList<>();
        for (int i : counted) {
            for (RegistryRow r : rowsOf(registry, keys[i], asOf)) {
                if (r.kind().equals(kind)) {
                    found.add(new Owned(i, r));
                }
            }
        }
        found.sort(Comparator.comparing((Owned o) -> o.row().date()).thenComparingLong(o -> o.row().line()));
        return found;
    }

    private boolean addVehicles(List<Integer> counted, String[] keys, LocalDate asOf, List<Vehicle> vehicles,
                                List<Evidence> evidence) {
        boolean added = false;
        for (VehicleKind kind : VehicleKind.values()) {
            List<Owned> found = owned(Registry.VEHICLES, counted, keys, asOf, kind.name());
            long declared = vehicles.stream().filter(v -> v.kind() == kind).count();
            if (found.size() <= declared) {
                continue;
            }
            for (Owned o : found.subList((int) declared, found.size())) {
                RegistryRow r = o.row();
                evidence.add(new Evidence(Registry.VEHICLES, o.position(), r.line(),
                        r.amount() == null ? "REGISTRY_UNDECLARED_VEHICLE.noValue" : "REGISTRY_UNDECLARED_VEHICLE",
                        FindingFact.figures("kind", new Findings.Label(kind.name()), "registeredOn", r.date(), "value",
                                r.amount() == null ? new Findings.Label("none") : r.amount(), "declared", declared,
                                "registered", found.size())));
                if (r.amount() != null) {
                    vehicles.add(new Vehicle(kind, r.amount(), false));
                    added = true;
                }
            }
        }
        return added;
    }

    private boolean raiseProperties(List<Integer> counted, String[] keys, LocalDate asOf, int[] properties,
                                    List<Evidence> evidence) {
        boolean raised = false;
        String[] uses = {"RESIDENTIAL", "NON_RESIDENTIAL"};
        for (int u = 0; u < uses.length; u++) {
            List<Owned> found = owned(Registry.PROPERTIES, counted, keys, asOf, uses[u]);
            int declared = properties[u];
            if (found.size() <= declared) {
                continue;
            }
            for (Owned o : found.subList(declared, found.size())) {
                evidence.add(new Evidence(Registry.PROPERTIES, o.position(), o.row().line(),
                        "REGISTRY_UNDECLARED_PROPERTY", FindingFact.figures("use", new Findings.Label(uses[u]),
                        "registeredOn", o.row().date(), "declared", declared, "registered", found.size())));
            }
            properties[u] = found.size();
            raised = true;
        }
        return raised;
    }

    /**
     * A member counted in the household, as the counted-members rules define it: present, or dying after the
     * assessment date, and not receiving tekun support.
     *
     * @param m     a member, not null
     * @param asOf  the assessment date, not null
     * @return true if counted
     */
    static boolean counted(Member m, LocalDate asOf) {
        boolean present = m.status() == MemberStatus.PRESENT
                || m.status() == MemberStatus.DECEASED && m.deceasedOn() != null && m.deceasedOn().isAfter(asOf);
        return present && !m.receives(Benefit.TEKUN);
    }

    private static Object orNone(String text) {
        return text == null ? new Findings.Label("none") : text;
    }
}
