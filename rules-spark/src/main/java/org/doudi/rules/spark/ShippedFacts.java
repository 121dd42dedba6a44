package org.doudi.rules.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.doudi.rules.drools.screening.CaseFacts;
import org.doudi.rules.drools.screening.CaseKeys;
import org.doudi.rules.drools.screening.CaseRef;
import org.doudi.rules.drools.screening.Registry;
import org.doudi.rules.drools.screening.RegistryRow;

/**
 * The {@link CaseFacts} of one case as the joins shipped them: only the ID numbers that something beyond the case is
 * known of (covered in another case, cards held in another case, registry rows) come with facts; the others are
 * what the case itself says ({@link CaseKeys}). Rows of {@link DoudiScreening#KEY_FACTS}.
 */
final class ShippedFacts implements CaseFacts {

    private final CaseKeys own;
    private final Map<String, Row> byKey = new HashMap<>();
    private final Map<String, EnumMap<Registry, List<RegistryRow>>> rows = new HashMap<>();

    /**
     * @param own    the case's own ID numbers, not null
     * @param facts  rows of {@link DoudiScreening#KEY_FACTS} for this case, not null
     */
    ShippedFacts(CaseKeys own, List<Row> facts) {
        this.own = own;
        for (Row f : facts) {
            String key = f.getAs("key");
            byKey.put(key, f);
            List<Row> found = f.getList(f.fieldIndex("rows"));
            if (found == null) {
                continue;
            }
            EnumMap<Registry, List<RegistryRow>> byRegistry = new EnumMap<>(Registry.class);
            for (Row r : found) {
                RegistryRow row = RegistryRecords.registryRow(r, key);
                byRegistry.computeIfAbsent(row.registry(), k -> new ArrayList<>()).add(row);
            }
            byRegistry.values().forEach(l -> l.sort(Comparator.comparingLong(RegistryRow::line)));
            rows.put(key, byRegistry);
        }
    }

    @Override
    public List<CaseRef> coveringCases(String key) {
        Row f = byKey.get(key);
        if (f == null || f.isNullAt(f.fieldIndex("covering"))) {
            return List.of(); // covered by this case alone, or by none
        }
        List<CaseRef> refs = new ArrayList<>();
        for (Row c : f.<Row>getList(f.fieldIndex("covering"))) {
            refs.add(new CaseRef(c.getLong(0), c.getLong(1), c.isNullAt(2) ? null : c.getString(2)));
        }
        refs.sort(Comparator.comparingLong(CaseRef::index));
        return refs;
    }

    @Override
    public int cardsHeld(String key) {
        Row f = byKey.get(key);
        if (f == null || f.isNullAt(f.fieldIndex("cardsHeld"))) {
            return own.cards(key); // every card of this holder is on this case
        }
        return Math.toIntExact(f.<Long>getAs("cardsHeld"));
    }

    @Override
    public List<RegistryRow> registryRows(Registry registry, String key) {
        EnumMap<Registry, List<RegistryRow>> byRegistry = rows.get(key);
        List<RegistryRow> found = byRegistry == null ? null : byRegistry.get(registry);
        return found == null ? List.of() : found;
    }

    @Override
    public boolean noRegistryRows() {
        return rows.isEmpty();
    }
}
