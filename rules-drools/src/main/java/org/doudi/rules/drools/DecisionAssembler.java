package org.doudi.rules.drools;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.decision.Coverage;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.decision.DisabilitySubsidy;
import org.doudi.rules.api.decision.HomeVisit;
import org.doudi.rules.api.decision.ProcedureProblem;
import org.doudi.rules.api.decision.Recusal;
import org.doudi.rules.api.decision.PhaseOut;
import org.doudi.rules.api.decision.HouseholdStatus;
import org.doudi.rules.api.decision.IncomeSummary;
import org.doudi.rules.api.decision.Outcome;
import org.doudi.rules.api.decision.Reason;
import org.doudi.rules.api.decision.SupportType;
import org.doudi.rules.api.decision.Unit;
import org.doudi.rules.api.decision.Verification;
import org.doudi.rules.api.money.BigMoney;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Masking;
import org.doudi.rules.drools.facts.AssetLimitExceeded;
import org.doudi.rules.drools.facts.AssignedCategory;
import org.doudi.rules.drools.facts.AssignedSupportType;
import org.doudi.rules.drools.facts.CoveredUnit;
import org.doudi.rules.drools.facts.FilingTrigger;
import org.doudi.rules.drools.facts.HomeVisitIs;
import org.doudi.rules.drools.facts.ProcedureProblemFound;
import org.doudi.rules.drools.facts.RecusalDue;
import org.doudi.rules.drools.facts.GrantedAmount;
import org.doudi.rules.drools.facts.PhaseOutWindow;
import org.doudi.rules.drools.facts.SubsidyDue;
import org.doudi.rules.drools.facts.HouseholdIncome;
import org.doudi.rules.drools.facts.OutcomeIs;
import org.doudi.rules.drools.facts.PaymentParameterMissing;
import org.doudi.rules.drools.facts.Person;
import org.doudi.rules.drools.facts.ReasonFact;
import org.doudi.rules.drools.facts.StatusIs;
import org.doudi.rules.drools.facts.UnitPayment;
import org.doudi.rules.profile.Parameters;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Reads the conclusions standing in a session after the rules have fired and assembles the {@link Decision}: only
 * bookkeeping (sorting, summing the rounded unit amounts, rendering messages); every policy conclusion comes from a
 * rule.
 */
final class DecisionAssembler {

    private final ReasonMessages messages;

    DecisionAssembler(ReasonMessages messages) {
        this.messages = messages;
    }

    /** The conclusions of one session, by type. */
    private static final class Conclusions {
        HouseholdIncome income;
        final List<StatusIs> statuses = new ArrayList<>();
        final List<OutcomeIs> outcomes = new ArrayList<>();
        final List<CoveredUnit> units = new ArrayList<>();
        final Map<CoveredUnit, Integer> categories = new LinkedHashMap<>();
        final Map<CoveredUnit, SupportType> supportTypes = new LinkedHashMap<>();
        final Map<CoveredUnit, Money> payments = new LinkedHashMap<>();
        final Map<CoveredUnit, String> missingPaymentParameters = new LinkedHashMap<>();
        boolean assetsFailed;
        PhaseOutWindow phaseOutWindow;
        final Map<GrantedAmount.Kind, Money> granted = new LinkedHashMap<>();
        final Map<Person, SubsidyDue> living = new LinkedHashMap<>();
        final Map<Person, SubsidyDue> nursing = new LinkedHashMap<>();
        final List<FilingTrigger> filings = new ArrayList<>();
        HomeVisit homeVisit = HomeVisit.SAMPLED;
        final List<RecusalDue> recusals = new ArrayList<>();
        final TreeSet<ProcedureProblem> procedureProblems = new TreeSet<>();
        final List<PlacedReason> reasons = new ArrayList<>();
        final TreeSet<String> firedRules = new TreeSet<>();
    }

    /**
     * The rules in use concluded no income, no single outcome or no single household status: the rules are
     * incomplete or contradict each other (e.g. a {@code --rules} folder without some policy area). A configuration
     * error, explained in words, never an unexpected failure.
     */
    private static PolicyConfigurationException noOutcome(String profile, Conclusions c) {
        List<String> what = new ArrayList<>();
        if (c.income == null) {
            what.add("no rule computed the household's income");
        }
        if (c.outcomes.isEmpty()) {
            what.add("no rule decided an outcome");
        } else if (c.outcomes.size() > 1) {
            what.add("rules decided several outcomes " + c.outcomes.stream().map(o -> o.outcome().name()).sorted()
                    .toList());
        }
        if (c.statuses.isEmpty()) {
            what.add("no rule decided the household status");
        } else if (c.statuses.size() > 1) {
            what.add("rules decided several household statuses " + c.statuses.stream().map(o -> o.status().name())
                    .sorted().toList());
        }
        return PolicyConfigurationException.of(profile, "the rules in use reached no decision: " + String.join("; ", what)
                + ". The rules are incomplete or contradict each other: a rules folder must hold every policy area"
                + " (run doudi validate --rules DIR to see which are missing)");
    }

    Decision assemble(EvaluationRequest request, Parameters params, KieSession session, ExplanationCollector collector,
                      Locale locale) {
        Conclusions c = new Conclusions();
        for (FactHandle handle : session.getFactHandles()) {
            Object fact = session.getObject(handle);
            List<Rule> rules = collector.rulesOf(handle);
            for (Rule rule : rules) {
                c.firedRules.add(ExplanationCollector.meta(rule, "ruleId"));
            }
            read(fact, rules.isEmpty() ? null : rules.get(0), c, locale, params);
        }
        if (c.income == null || c.outcomes.size() != 1 || c.statuses.size() != 1) {
            throw noOutcome(params.profileId(), c);
        }
        List<CoveredUnit> units = c.units.stream()
                .sorted(Comparator.comparingInt(u -> u.members().get(0).getPosition())).toList();
        List<Unit> outUnits = new ArrayList<>();
        Money total = Money.ZERO;
        for (CoveredUnit u : units) {
            Money amount = c.payments.get(u);
            String missing = c.missingPaymentParameters.get(u);
            if (amount == null && missing != null) {
                // a per-category entry that a unit standing at the end needs (never one of a withdrawn unit)
                throw PolicyConfigurationException.missingValue(params.profileId(), missing,
                        params.residence().name(), params.date());
            }
            if (amount == null) {
                throw PolicyConfigurationException.of(params.profileId(), "payment.mode " + params.paymentMode()
                        + " pays by category, but category.enabled is false for residence " + params.residence()
                        + " on " + params.date());
            }
            total = total.plus(amount);
            outUnits.add(new Unit(u.members().stream().map(Person::getId).toList(), c.categories.get(u),
                    c.supportTypes.get(u), amount));
        }
        Coverage coverage = units.isEmpty() ? Coverage.NONE
                : units.get(0).isSinglePerson() ? Coverage.SINGLE_PERSON : Coverage.WHOLE_HOUSEHOLD;
        Outcome outcome = c.outcomes.get(0).outcome();
        // during a phase-out the only unit is the phase-out unit: its payment is the phase-out payment
        PhaseOut phaseOut = outcome == Outcome.PHASE_OUT
                ? new PhaseOut(c.phaseOutWindow.start(), c.phaseOutWindow.end(), total)
                : null;
        HouseholdIncome i = c.income;
        IncomeSummary income = new IncomeSummary(i.countedMembers(), i.gross(), i.excluded(), i.deductions(), i.net(),
                Figures.perCapita(i));
        List<Reason> reasons = sortReasons(c);
        HouseholdStatus status = c.statuses.get(0).status();
        return new Decision(request.caseId(), params.profileId(), request.asOf(), request.kind(), outcome, coverage,
                status, params.standard(), income, !c.assetsFailed, outUnits, total, phaseOut,
                c.granted.get(GrantedAmount.Kind.VOLUNTARY_EXIT_GRANT),
                c.granted.get(GrantedAmount.Kind.TEMPORARY_ASSISTANCE), subsidies(c), verification(c),
                c.recusals.stream().sorted(Comparator.comparingInt(RecusalDue::order))
                        .map(r -> new Recusal(r.staffId(), r.memberId(), r.relation())).toList(),
                List.copyOf(c.procedureProblems), reasons, List.copyOf(c.firedRules));
    }

    private void read(Object fact, Rule rule, Conclusions c, Locale locale, Parameters params) {
        if (fact instanceof HouseholdIncome hi) {
            c.income = hi;
        } else if (fact instanceof StatusIs s) {
            c.statuses.add(s);
        } else if (fact instanceof OutcomeIs o) {
            c.outcomes.add(o);
        } else if (fact instanceof CoveredUnit u) {
            c.units.add(u);
        } else if (fact instanceof AssignedCategory ac) {
            c.categories.put(ac.coveredUnit(), ac.category());
        } else if (fact instanceof AssignedSupportType st) {
            c.supportTypes.put(st.coveredUnit(), st.type());
        } else if (fact instanceof UnitPayment up) {
            c.payments.put(up.coveredUnit(), up.rounded());
        } else if (fact instanceof PaymentParameterMissing m) {
            c.missingPaymentParameters.put(m.coveredUnit(), m.parameter());
        } else if (fact instanceof PhaseOutWindow w) {
            c.phaseOutWindow = w;
        } else if (fact instanceof GrantedAmount g) {
            c.granted.put(g.kind(), g.amount());
        } else if (fact instanceof SubsidyDue due) {
            (due.subsidy() == SubsidyDue.Subsidy.LIVING ? c.living : c.nursing).put(due.person(), due);
        } else if (fact instanceof FilingTrigger f) {
            c.filings.add(f);
        } else if (fact instanceof HomeVisitIs v) {
            c.homeVisit = v.homeVisit();
        } else if (fact instanceof RecusalDue r) {
            c.recusals.add(r);
        } else if (fact instanceof ProcedureProblemFound p) {
            c.procedureProblems.add(p.problem());
        } else if (fact instanceof AssetLimitExceeded) {
            c.assetsFailed = true;
        } else if (fact instanceof ReasonFact r && rule != null) {
            Map<String, Object> figures = new LinkedHashMap<>();
            r.figures().forEach((k, v) -> figures.put(k, figureValue(v)));
            String memberId = r.person() == null ? null : r.person().getId();
            String memberLabel = r.person() == null ? "" : memberLabel(r.person());
            String ruleId = ExplanationCollector.meta(rule, "ruleId");
            // the profile's own clause for the rule on asOf (its county's or province's document), else the rule's
            String clause = params.clause(ruleId, ExplanationCollector.meta(rule, "clause"));
            c.reasons.add(new PlacedReason(r.person() == null ? -1 : r.person().getPosition(),
                    new Reason(r.code(), ruleId, memberId, clause, figures,
                    messages.render(locale, r.code(), memberLabel, figures), r.sources())));
        }
    }

    private static Verification verification(Conclusions c) {
        if (c.filings.isEmpty() && c.homeVisit == HomeVisit.SAMPLED) {
            return Verification.NONE;
        }
        return new Verification(!c.filings.isEmpty(), c.homeVisit, c.filings.stream()
                .sorted(Comparator.comparingInt(FilingTrigger::position)).map(FilingTrigger::relation).toList());
    }

    private static List<DisabilitySubsidy> subsidies(Conclusions c) {
        TreeSet<Person> members = new TreeSet<>(Comparator.comparingInt(Person::getPosition));
        members.addAll(c.living.keySet());
        members.addAll(c.nursing.keySet());
        List<DisabilitySubsidy> out = new ArrayList<>();
        for (Person p : members) {
            SubsidyDue living = c.living.get(p);
            SubsidyDue nursing = c.nursing.get(p);
            out.add(new DisabilitySubsidy(p.getId(), living != null, living == null ? null : living.amount(),
                    nursing != null, nursing == null ? null : nursing.amount()));
        }
        return out;
    }

    /** The member as messages name it: name and id, any identifier-like id masked (policy §15). */
    private static String memberLabel(Person p) {
        String id = Masking.scrub(p.getId());
        String name = p.getMember().name();
        return name == null ? id : name + "（" + id + "）";
    }

    private static Object figureValue(Object v) {
        if (v instanceof Money || v instanceof Integer || v instanceof Long || v instanceof String) {
            return v;
        }
        if (v instanceof BigMoney) {
            return ReasonMessages.format(v);
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(v);
    }

    /** A reason with the position of the member it concerns (−1 for the household), for sorting. */
    private record PlacedReason(int position, Reason reason) {
    }

    /** Reasons by rule id, then member position (policy §0); code and figures break ties so the order is stable. */
    private static List<Reason> sortReasons(Conclusions c) {
        return c.reasons.stream()
                .sorted(Comparator.comparing((PlacedReason p) -> p.reason().ruleId())
                        .thenComparingInt(PlacedReason::position)
                        .thenComparing(p -> p.reason().code())
                        .thenComparing(p -> p.reason().figures().toString()))
                .map(PlacedReason::reason)
                .toList();
    }
}
