package org.doudi.rules.drools.screening;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.doudi.rules.drools.facts.Person;

/**
 * A screening fact: what one registry row shows about a member of the case, found by joining the registry to the
 * caseload on the ID number (registry rows dated after the assessment date are never joined). Facts that change the
 * case (a death, a detention, an undeclared vehicle, property or business) have already been applied to the copy
 * that was re-evaluated.
 *
 * @param registry    which registry, not null
 * @param person      the member (in the re-evaluated copy), not null
 * @param file        the registry file name, not null
 * @param line        the row's line in the file
 * @param messageKey  the template of the finding's detail, not null
 * @param figures     the row's values as the detail names them
 */
public record RegistryEvidence(Registry registry, Person person, String file, long line, String messageKey,
                               Map<String, Object> figures) {

    /** Copies the figures and adds the record's name ({@code record}: file and line). */
    public RegistryEvidence {
        Map<String, Object> all = new LinkedHashMap<>(figures);
        all.put("record", file + ":" + line);
        figures = Collections.unmodifiableMap(all);
    }
}
