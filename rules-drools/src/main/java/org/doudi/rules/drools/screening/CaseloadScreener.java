package org.doudi.rules.drools.screening;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.doudi.rules.api.EvaluationResult;
import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.Problem;
import org.doudi.rules.api.batch.BatchOptions;
import org.doudi.rules.api.batch.OrderedBatch;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.decision.DisabilitySubsidy;
import org.doudi.rules.api.json.DecodedRequest;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.Masking;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.PaymentCard;
import org.doudi.rules.api.screening.CaseInput;
import org.doudi.rules.api.screening.Candidate;
import org.doudi.rules.api.screening.FindingCode;
import org.doudi.rules.api.screening.MonitoredRisk;
import org.doudi.rules.api.screening.RegistryCount;
import org.doudi.rules.api.screening.RegistryProblem;
import org.doudi.rules.api.screening.ScreeningListener;
import org.doudi.rules.api.screening.ScreeningResult;
import org.doudi.rules.api.screening.ScreeningSummary;
import org.doudi.rules.drools.DroolsEligibilityService;
import org.doudi.rules.drools.ExplanationCollector;
import org.doudi.rules.drools.ScreeningRules;
import org.doudi.rules.drools.facts.Counted;
import org.doudi.rules.drools.facts.Person;
import org.doudi.rules.profile.Parameters;
import org.doudi.rules.profile.Profile;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Caseload screening (排查): every enrolled case re-evaluated — with what other departments' registries prove applied
 * to a copy of it — and compared with what is being paid; missed-coverage candidates from the monitored-households
 * registry; a summary with the monthly money at stake.
 *
 * <p>Reading order, so that memory grows with the caseload's distinct ID numbers and never with the registries' sizes
 * or the number of decisions:
 * <ol>
 *   <li>the caseload is read once to collect its ID numbers: which members are listed, which are covered by which
 *       cases, who holds how many cards ({@link CaseloadIndex});</li>
 *   <li>each registry file is read once, keeping only the rows whose ID number is in the caseload; the
 *       monitored-households registry is streamed, and each monitored person at risk through illness or disability
 *       whom no case covers becomes a candidate at once (never held);</li>
 *   <li>the caseload is read again, and each case is decided and screened on the batch API ({@link OrderedBatch}:
 *       several threads, results in input order, bounded read-ahead) and handed to the listener.</li>
 * </ol>
 * Per case: the registry rows are joined and applied ({@link RegistryMatcher}); the copy is decided by the
 * eligibility service ({@link DroolsEligibilityService#evaluate(org.doudi.rules.api.json.DecodedRequest, java.util.Locale)}); the screening rules (their own KieBase,
 * {@link ScreeningRules}) compare the re-evaluation with the enrollment and name each finding with its rule and clause.
 * Cross-case facts (the same ID number covered in another case, a card holder's cards across the caseload) come from
 * the first reading. That per-case part is also callable on its own ({@link #screenCase}) with {@link CaseFacts}
 * computed elsewhere, e.g. by joins on a cluster.
 *
 * <p>Instances are thread-safe; each {@link #screen} call is independent.
 */
public final class CaseloadScreener {

    private static final String MESSAGES_ZH = ScreeningRules.RESOURCE_FOLDER + "findings_zh.properties";
    private static final String MESSAGES_EN = ScreeningRules.RESOURCE_FOLDER + "findings_en.properties";
    private static final int POOL_SIZE = Math.max(2, Runtime.getRuntime().availableProcessors());
    /** Which screening rule concluded each finding: read from truth maintenance once the rules have fired. */
    private static final ExplanationCollector COLLECTOR = new ExplanationCollector();

    private final DroolsEligibilityService service;
    private final KieSessionsPool pool;
    private final FindingRenderer renderer;

    private CaseloadScreener(DroolsEligibilityService service, KieBase screeningRules) {
        this.service = Objects.requireNonNull(service, "service");
        this.pool = screeningRules.newKieSessionsPool(POOL_SIZE);
        this.renderer = new FindingRenderer(org.doudi.rules.drools.ReasonMessages.fromResources(MESSAGES_ZH,
                MESSAGES_EN));
    }

    /**
     * A screener that re-evaluates with the given service and screens with the built-in screening rules.
     *
     * @param service  the eligibility service (its rules and profiles decide each case), not null
     * @return the screener, never null
     */
    public static CaseloadScreener of(DroolsEligibilityService service) {
        return new CaseloadScreener(service, ScreeningRules.kieBase());
    }

    /**
     * Screens a caseload.
     *
     * @param caseload    the caseload, read twice: each call must give the same cases in the same order; not null
     * @param registries  the registry files, {@link Registries#none()} for none; not null
     * @param locale      the language of details and registry problems: English for {@code en}, Chinese otherwise
     * @param options     threads, chunk size and read-ahead of the batch, not null
     * @param listener    receives registry problems, candidates, then one result per case in input order; not null
     * @return the summary, never null
     * @throws RegistryFileException if a registry file cannot be used (unknown name, unreadable, header without a
     *                               required column): checked before the caseload is read
     * @throws IllegalStateException if the caseload gives other cases on its second reading
     */
    public ScreeningSummary screen(Supplier<? extends Stream<CaseInput>> caseload, Registries registries,
                                   Locale locale, BatchOptions options, ScreeningListener listener) {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(listener, "listener");
        for (Map.Entry<Registry, Path> e : registries.files().entrySet()) {
            new RegistryReader(e.getKey(), e.getValue(), locale).checkHeader();
        }
        CaseloadIndex index = new CaseloadIndex();
        try (Stream<CaseInput> cases = caseload.get()) {
            cases.forEach(c -> index.add(c.line(), c.request()));
        }
        RegistryMatcher matcher = new RegistryMatcher();
        Map<String, RegistryCount> counts = new LinkedHashMap<>();
        long[] candidates = {0};
        for (Map.Entry<Registry, Path> e : registries.files().entrySet()) {
            Registry registry = e.getKey();
            long[] rejected = {0};
            long[] matched = {0};
            Consumer<RegistryProblem> problems = p -> {
                rejected[0]++;
                listener.registryProblem(p);
            };
            RegistryReader reader = new RegistryReader(registry, e.getValue(), locale);
            long read = reader.read(row -> {
                if (registry == Registry.MONITORED) {
                    if (index.isCovered(row.id())) {
                        matched[0]++;
                    } else {
                        missedCoverage(row).ifPresent(c -> {
                            candidates[0]++;
                            listener.candidate(c);
                        });
                    }
                } else if (index.isListed(row.id())) {
                    matched[0]++;
                    matcher.keep(row);
                }
            }, problems);
            counts.put(registry.fileName(), new RegistryCount(read, rejected[0], matched[0]));
        }

        Run run = new Run(new CaseloadFacts(index, matcher), locale);
        Tally tally = new Tally();
        long[] position = {0};
        try (Stream<CaseInput> cases = caseload.get()) {
            Iterator<Indexed> inputs = cases.map(c -> new Indexed(position[0]++, c)).iterator();
            try (Stream<ScreeningResult> results = OrderedBatch.stream(inputs, run::screen, options)) {
                results.forEach(r -> {
                    tally.add(r);
                    listener.screened(r);
                });
            }
        }
        if (position[0] != index.cases()) {
            throw new IllegalStateException("the caseload gave " + index.cases() + " cases on its first reading and "
                    + position[0] + " on its second: it must give the same cases both times");
        }
        return new ScreeningSummary(tally.cases, tally.withFindings, tally.invalid, tally.misconfigured, tally.codes,
                counts, candidates[0], tally.overpaid, tally.underpaid);
    }

    /**
     * A monitored-households row as a missed-coverage candidate, when its ID number is covered by no case.
     *
     * @param row  a row of {@link Registry#MONITORED} whose ID number no case covers, not null
     * @return the candidate, or empty when the row's risk (not illness or disability) makes none
     */
    public static java.util.Optional<Candidate> missedCoverage(RegistryRow row) {
        if (row.kind().equals(MonitoredRisk.ILLNESS.name()) || row.kind().equals(MonitoredRisk.DISABILITY.name())) {
            return java.util.Optional.of(new Candidate(row.other(), MonitoredRisk.valueOf(row.kind()),
                    Masking.mask(row.id()), row.line()));
        }
        return java.util.Optional.empty();
    }

    /** A case with its position in the caseload (its identity in cross-case joins). */
    private record Indexed(long index, CaseInput input) {
    }

    /** The facts of every case, from the first reading of the caseload and the registry rows kept. */
    private record CaseloadFacts(CaseloadIndex index, RegistryMatcher matcher) implements CaseFacts {
        @Override
        public List<CaseRef> coveringCases(String key) {
            return index.coveringCases(key);
        }

        @Override
        public int cardsHeld(String key) {
            return index.cardsHeld(key);
        }

        @Override
        public List<RegistryRow> registryRows(Registry registry, String key) {
            return matcher.kept(registry, key);
        }

        @Override
        public boolean noRegistryRows() {
            return matcher.isEmpty();
        }
    }

    /** Sums the results as they come (on the consumer's thread). */
    private static final class Tally {
        long cases;
        long withFindings;
        long invalid;
        long misconfigured;
        final EnumMap<FindingCode, Long> codes = new EnumMap<>(FindingCode.class);
        Money overpaid = Money.ZERO;
        Money underpaid = Money.ZERO;

        void add(ScreeningResult r) {
            cases++;
            if (r instanceof ScreeningResult.Rejected) {
                invalid++;
            } else if (r instanceof ScreeningResult.Misconfigured) {
                misconfigured++;
            } else if (r instanceof ScreeningResult.Screened s) {
                if (!s.findings().isEmpty()) {
                    withFindings++;
                }
                s.findings().forEach(f -> codes.merge(f.code(), 1L, Long::sum));
                overpaid = overpaid.plus(s.overpaid());
                underpaid = underpaid.plus(s.underpaid());
            }
        }
    }

    /** One screening's shared, read-only state; {@link #screen(Indexed)} runs on the batch's worker threads. */
    private final class Run {
        private final CaseFacts facts;
        private final Locale locale;

        Run(CaseFacts facts, Locale locale) {
            this.facts = facts;
            this.locale = locale;
        }

        ScreeningResult screen(Indexed indexed) {
            return screenCase(indexed.input(), indexed.index(), facts, locale);
        }
    }

    /**
     * Screens one case, given what the rest of the caseload and the registries say about its ID numbers: the per-case
     * part of {@link #screen}, for an engine that computes the cross-case facts and the registry joins itself (such
     * as Spark joins on a cluster). The same case with the same facts always gives the same result.
     *
     * @param in      the case, not null
     * @param index   the case's identity in its caseload ({@link CaseRef#index()}), so that the case is not named as
     *                covered "elsewhere" by itself
     * @param facts   the case's cross-case facts and registry rows, not null
     * @param locale  the language of details: English for {@code en}, Chinese otherwise; not null
     * @return the result, never null
     */
    public ScreeningResult screenCase(CaseInput in, long index, CaseFacts facts, Locale locale) {
        EvaluationRequest request = in.request();
        if (request.kind() != Kind.REVIEW) {
            // not a case to screen: its problems, through the one pipeline, and the kind's
            List<Problem> problems = new ArrayList<>(service.validate(in.checked()));
            if (request.kind() != null && problems.stream().noneMatch(p -> p.path().isEmpty())) {
                problems.add(new Problem("kind", "must be REVIEW: a screening re-checks enrolled cases (a review "
                        + "with its enrollment)"));
            }
            return new ScreeningResult.Rejected(in.line(), request.caseId(), problems);
        }
        // the case as given, through the one pipeline once (its request checks ran when it was read)
        EvaluationResult result = service.evaluate(in.checked(), locale);
        RegistryMatcher.Applied applied = new RegistryMatcher.Applied(request, false, List.of());
        if (result instanceof EvaluationResult.Decided && !facts.noRegistryRows()) {
            applied = new RegistryMatcher(facts).apply(request, ownRegions(request));
            if (applied.changed()) {
                // a case the registries changed goes through the whole pipeline again, then is decided
                result = service.evaluate(applied.copy(), locale);
            }
        }
        if (result instanceof EvaluationResult.Rejected r) {
            return new ScreeningResult.Rejected(in.line(), request.caseId(), r.problems());
        }
        if (result instanceof EvaluationResult.Misconfigured m) {
            return new ScreeningResult.Misconfigured(in.line(), request.caseId(), m.error());
        }
        Decision decision = ((EvaluationResult.Decided) result).decision();
        try {
            return screenDecided(in, index, applied, decision, facts, locale);
        } catch (PolicyConfigurationException e) {
            return new ScreeningResult.Misconfigured(in.line(), request.caseId(), e);
        }
    }

    /** The case's region and every region its profile serves. */
    private java.util.Set<String> ownRegions(EvaluationRequest request) {
        java.util.Set<String> regions = new java.util.HashSet<>();
        if (request.region() != null) {
            regions.add(request.region());
        }
        (request.profile() != null ? service.profiles().byId(request.profile())
                : service.profiles().byRegion(request.region())).ifPresent(p -> regions.addAll(p.regions()));
        return regions;
    }

    private ScreeningResult screenDecided(CaseInput in, long caseIndex, RegistryMatcher.Applied applied,
                                          Decision decision, CaseFacts facts, Locale locale) {
        EvaluationRequest copy = applied.copy();
        Profile profile = service.profiles().byId(decision.profile()).orElseThrow();
        Parameters params = profile.on(copy.asOf(), copy.residence());
        params.screeningDeathExitMonths(); // a missing value is a configuration error before any rule runs
        KieSession session = pool.newKieSession();
        try {
            session.insert(params);
            session.insert(new ScreenedCase(copy, decision));
            List<Person> persons = new ArrayList<>();
            Map<String, Person> byId = new HashMap<>();
            String[] keys = new String[copy.members().size()];
            for (int i = 0; i < copy.members().size(); i++) {
                Member m = copy.members().get(i);
                Person p = new Person(m, i, copy);
                persons.add(p);
                byId.putIfAbsent(m.id(), p);
                keys[i] = IdNumbers.key(m.idNumber());
                session.insert(p);
                if (RegistryMatcher.counted(m, copy.asOf())) {
                    session.insert(new Counted(p));
                }
                if (p.isEnrolled() && keys[i] != null) {
                    String others = describeOthers(facts.coveringCases(keys[i]), caseIndex, locale);
                    if (others != null) {
                        session.insert(new CoveredElsewhere(p, others));
                    }
                }
            }
            for (RegistryMatcher.Evidence e : applied.evidence()) {
                session.insert(new RegistryEvidence(e.registry(), persons.get(e.position()),
                        e.registry().fileName(), e.line(), e.messageKey(), e.figures()));
            }
            insertSubsidies(session, copy, decision, byId);
            insertCards(session, copy, keys, facts);
            session.fireAllRules();
            List<FindingRenderer.Placed> found = new ArrayList<>();
            for (FactHandle handle : session.getFactHandles()) {
                if (session.getObject(handle) instanceof FindingFact f) {
                    found.add(renderer.render(f, Objects.requireNonNull(COLLECTOR.ruleOf(handle),
                            "a finding inserted outside a screening rule"), locale));
                }
            }
            return result(in, decision, found);
        } finally {
            session.dispose();
        }
    }

    private String describeOthers(List<CaseRef> refs, long self, Locale locale) {
        List<String> others = new ArrayList<>();
        for (CaseRef r : refs) {
            if (r.index() != self) {
                others.add(renderer.caseRef(r.caseId(), r.line(), locale));
            }
        }
        return others.isEmpty() ? null : String.join("en".equals(locale.getLanguage()) ? "; " : "；", others);
    }

    private void insertSubsidies(KieSession session, EvaluationRequest copy, Decision decision,
                                 Map<String, Person> byId) {
        Map<String, DisabilitySubsidy> due = new HashMap<>();
        decision.disabilitySubsidies().forEach(s -> due.put(s.memberId(), s));
        Map<String, DisabilitySubsidy> paid = new HashMap<>();
        copy.enrollment().subsidiesPaid().forEach(s -> paid.merge(s.memberId(), s, (a, b) -> a));
        for (Member m : copy.members()) {
            DisabilitySubsidy d = due.get(m.id());
            DisabilitySubsidy p = paid.get(m.id());
            Person person = byId.get(m.id());
            if (d == null && p == null || person == null) {
                continue;
            }
            SubsidyLine living = new SubsidyLine(person, "LIVING", d != null && d.livingDue(),
                    d == null ? null : d.living(), p != null && p.livingDue(), p == null ? null : p.living());
            SubsidyLine nursing = new SubsidyLine(person, "NURSING", d != null && d.nursingDue(),
                    d == null ? null : d.nursing(), p != null && p.nursingDue(), p == null ? null : p.nursing());
            for (SubsidyLine line : List.of(living, nursing)) {
                if (line.due() || line.paid()) {
                    session.insert(line);
                }
            }
        }
    }

    private void insertCards(KieSession session, EvaluationRequest copy, String[] memberKeys, CaseFacts facts) {
        List<PaymentCard> cards = copy.enrollment().cards();
        List<String> keys = cards.stream().map(c -> IdNumbers.key(c.holderIdNumber())).toList();
        for (int k = 0; k < cards.size(); k++) {
            PaymentCard card = cards.get(k);
            String key = keys.get(k);
            boolean member = false;
            for (String m : memberKeys) {
                member |= key != null && key.equals(m);
            }
            int inCase = 0;
            boolean first = true;
            for (int j = 0; j < keys.size(); j++) {
                if (key != null && key.equals(keys.get(j))) {
                    inCase++;
                    first &= j >= k;
                }
            }
            session.insert(new CardFact(k, card.cardId(), card.holderRole(), card.registered(),
                    card.holderIdNumber() == null ? null : Masking.mask(card.holderIdNumber()), member,
                    key == null ? 0 : facts.cardsHeld(key), inCase, key != null && first));
        }
    }

    private ScreeningResult result(CaseInput in, Decision decision, List<FindingRenderer.Placed> found) {
        found.sort(Comparator.comparing(FindingRenderer.Placed::rank)
                .thenComparingInt(FindingRenderer.Placed::position)
                .thenComparingLong(FindingRenderer.Placed::order)
                .thenComparing(p -> p.finding().detail()));
        Money overpaid = Money.ZERO;
        Money underpaid = Money.ZERO;
        Money enrolled = in.request().enrollment().monthlyAmount();
        for (FindingRenderer.Placed p : found) {
            switch (p.finding().code()) {
                case NOW_INELIGIBLE -> overpaid = overpaid.plus(enrolled);
                case AMOUNT_MISMATCH -> {
                    Money difference = decision.monthlyAmount().minus(enrolled);
                    if (difference.isPositive()) {
                        underpaid = underpaid.plus(difference);
                    } else {
                        overpaid = overpaid.minus(difference);
                    }
                }
                case MISSED_SUBSIDY -> underpaid = underpaid.plus(p.shortfall());
                default -> { }
            }
        }
        return new ScreeningResult.Screened(in.line(), in.request().caseId(),
                found.stream().map(FindingRenderer.Placed::finding).toList(), decision, overpaid, underpaid);
    }
}
