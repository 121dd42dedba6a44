package org.doudi.rules.drools.screening;

import java.util.List;

/**
 * What the screening of one case needs to know beyond the case itself: the cross-case facts (who else covers its
 * members' ID numbers, how many cards its card holders hold across the caseload) and the registry rows matched to its
 * members' ID numbers. {@link CaseloadScreener#screen} computes them by reading the caseload and the registries
 * first; an engine that computes them otherwise (joins on a cluster) hands them to
 * {@link CaseloadScreener#screenCase} case by case. Keys are ID number keys as {@link CaseKeys} gives them.
 */
public interface CaseFacts {

    /**
     * @param key  an ID number key of a covered member of the case, not null
     * @return the cases of the caseload that cover this ID number, in caseload order; the case being screened may be
     *         left out; never null
     */
    List<CaseRef> coveringCases(String key);

    /**
     * @param key  a card holder's ID number key, not null
     * @return the number of payment cards in the whole caseload with this holder (the case's own included)
     */
    int cardsHeld(String key);

    /**
     * @param registry  a registry (never {@link Registry#MONITORED}), not null
     * @param key       an ID number key of a listed member of the case, not null
     * @return the readable rows of that registry with this ID number, in line order (dated after the case's
     *         {@code asOf} or not: the screening leaves those out); never null
     */
    List<RegistryRow> registryRows(Registry registry, String key);

    /**
     * @return true if no registry row can be joined to the case (none was kept at all, or none of the case's ID
     *         numbers has one): the case is then decided as it is
     */
    boolean noRegistryRows();
}
