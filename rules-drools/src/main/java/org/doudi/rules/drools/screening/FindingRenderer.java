package org.doudi.rules.drools.screening;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Masking;
import org.doudi.rules.api.screening.Finding;
import org.doudi.rules.api.screening.FindingCode;
import org.doudi.rules.drools.ReasonMessages;
import org.doudi.rules.drools.facts.Person;
import org.kie.api.definition.rule.Rule;

/**
 * Turns the findings the screening rules derived into {@link Finding}s: the detail rendered from the message
 * templates ({@code org/doudi/rules/screening/findings_zh.properties}, {@code findings_en.properties}), the rule id
 * and clause from the rule's metadata, and the keys that order a findings line. Immutable and thread-safe.
 */
final class FindingRenderer {

    /** The order of registry findings on a line. */
    private static final List<FindingCode> REGISTRY_ORDER = List.of(FindingCode.REGISTRY_DECEASED,
            FindingCode.REGISTRY_DETAINED, FindingCode.REGISTRY_UNDECLARED_VEHICLE,
            FindingCode.REGISTRY_UNDECLARED_PROPERTY, FindingCode.REGISTRY_UNDECLARED_BUSINESS,
            FindingCode.REGISTRY_PUBLIC_PAYROLL, FindingCode.DIBAO_AND_TEKUN, FindingCode.DUPLICATE_ENROLLMENT);

    /**
     * A rendered finding with what orders it: registry findings first (in registry order), then the caseload's own
     * (in code order); then member position (the case and cards first), then the card's position or registry line.
     *
     * @param finding    the finding, not null
     * @param rank       the code's rank on a line
     * @param position   the member's position, −1 for the case or a card
     * @param order      card position, registry line or subsidy order
     * @param shortfall  for a missed subsidy, the monthly amount missing; zero otherwise
     */
    record Placed(Finding finding, int rank, int position, long order, Money shortfall) {
    }

    private final ReasonMessages messages;

    FindingRenderer(ReasonMessages messages) {
        this.messages = messages;
    }

    Placed render(FindingFact f, Rule rule, Locale locale) {
        Map<String, Object> figures = new LinkedHashMap<>();
        f.figures().forEach((k, v) -> figures.put(k, text(v, locale)));
        Person p = f.person();
        String detail = messages.render(locale, f.messageKey(), p == null ? "" : memberLabel(p), figures);
        Finding finding = new Finding(f.code(), p == null ? null : p.getId(), detail,
                String.valueOf(rule.getMetaData().get("ruleId")), String.valueOf(rule.getMetaData().get("clause")));
        int rank = f.registry() ? REGISTRY_ORDER.indexOf(f.code()) : REGISTRY_ORDER.size() + f.code().ordinal();
        Money shortfall = f.figures().get("shortfall") instanceof Money m ? m : Money.ZERO;
        return new Placed(finding, rank, p == null ? -1 : p.getPosition(), f.order(), shortfall);
    }

    /**
     * Another case as a detail names it.
     *
     * @param caseId  its case id, may be null
     * @param line    its line, 0 when unknown
     * @param locale  the language, not null
     * @return e.g. {@code 案件 A-17（第 12 行）}, never null
     */
    String caseRef(String caseId, long line, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        String id = caseId == null ? "?" : caseId;
        if (line <= 0) {
            return en ? "case " + id : "案件 " + id;
        }
        return en ? "case " + id + " (line " + line + ")" : "案件 " + id + "（第 " + line + " 行）";
    }

    /** A figure in the reader's language: labels and enum names translated, lists joined. */
    private String text(Object value, Locale locale) {
        if (value == null) {
            return label("none", locale);
        }
        if (value instanceof Findings.Label l) {
            return label(l.key(), locale);
        }
        if (value instanceof Enum<?> e) {
            return messages.has(locale, "label." + e.name()) ? label(e.name(), locale) : e.name();
        }
        if (value instanceof Findings.StaffTie t) {
            boolean en = "en".equals(locale.getLanguage());
            return en ? t.staffId() + " (" + text(t.role(), locale) + ", " + text(t.relation(), locale) + ")"
                    : t.staffId() + "（" + text(t.role(), locale) + "，" + text(t.relation(), locale) + "）";
        }
        if (value instanceof List<?> list) {
            boolean en = "en".equals(locale.getLanguage());
            return list.isEmpty() ? label("none", locale)
                    : list.stream().map(v -> text(v, locale)).collect(Collectors.joining(en ? ", " : "、"));
        }
        return String.valueOf(value); // amounts, numbers, dates and texts as they are
    }

    private String label(String key, Locale locale) {
        return messages.render(locale, "label." + key, "", Map.of());
    }

    /** The member as details name it: name and id (identifiers masked by the finding). */
    private static String memberLabel(Person p) {
        String id = Masking.scrub(p.getId());
        String name = p.getMember().name();
        return name == null ? id : Masking.scrub(name) + "（" + id + "）";
    }
}
