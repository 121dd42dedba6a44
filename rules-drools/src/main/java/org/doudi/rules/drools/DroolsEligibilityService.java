package org.doudi.rules.drools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.doudi.rules.api.EligibilityService;
import org.doudi.rules.api.EvaluationResult;
import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.Problem;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.json.DecodedRequest;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Expense;
import org.doudi.rules.api.request.Income;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.validation.RequestPipeline;
import org.doudi.rules.drools.facts.ExpenseItem;
import org.doudi.rules.drools.facts.IncomeItem;
import org.doudi.rules.drools.facts.Household;
import org.doudi.rules.drools.facts.Person;
import org.doudi.rules.profile.ConfigProblem;
import org.doudi.rules.profile.Parameters;
import org.doudi.rules.profile.Profile;
import org.doudi.rules.profile.ProfileRepository;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Drools implementation of {@link EligibilityService}: validates the request, looks up the profile's parameters
 * in force on {@code asOf}, inserts the case as facts, fires the policy rules and assembles the decision from the
 * conclusions that stand.
 *
 * <p>The rules are built once into a KieBase shared by all threads; each decision takes a session from a pool (reset
 * when it goes back) and, once the rules have fired, reads which rule concluded each standing fact from the session's
 * truth maintenance ({@link ExplanationCollector}): no listener runs while the rules fire. Instances are thread-safe.
 */
public final class DroolsEligibilityService implements EligibilityService {

    private static final Pattern REGION = Pattern.compile("\\d{6}");

    private static final int POOL_SIZE = Math.max(2, Runtime.getRuntime().availableProcessors());

    /** Reloads: INFO when new rules serve, WARN when a reload is rejected (counts only; problems at DEBUG). */
    private static final Logger LOG = LoggerFactory.getLogger(DroolsEligibilityService.class);

    /** The rules and profiles serving now, replaced whole by a successful {@link #reload}. */
    private record Engine(RuleSet rules, ProfileRepository profiles, KieSessionsPool pool, RequestPipeline pipeline,
                          DecisionAssembler assembler) {
        Engine(RuleSet rules, ProfileRepository profiles) {
            this(rules, profiles, rules.kieBase().newKieSessionsPool(POOL_SIZE),
                    new RequestPipeline(request -> profileProblems(request, profiles)),
                    new DecisionAssembler(rules.messages()));
        }
    }

    private volatile Engine engine;
    private static final ExplanationCollector COLLECTOR = new ExplanationCollector();

    private DroolsEligibilityService(RuleSet rules, ProfileRepository profiles) {
        List<ConfigProblem> unknown = profiles.unknownRuleIds(rules.ruleIds());
        if (!unknown.isEmpty()) {
            ConfigProblem first = unknown.get(0);
            int more = unknown.size() - 1;
            throw PolicyConfigurationException.brokenFile(first.file(), first.line(), first.message()
                    + (more > 0 ? " (and " + more + " more problem" + (more > 1 ? "s" : "") + ")" : ""));
        }
        this.engine = new Engine(rules, profiles);
    }

    /**
     * The outcome of a {@link #reload}.
     *
     * @param reloaded  true if the new rules and profiles now serve
     * @param problems  every problem found (file and line), empty when reloaded
     */
    public record ReloadResult(boolean reloaded, List<ConfigProblem> problems) {
        /** Copies the list. */
        public ReloadResult {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Replaces the rules and profiles atomically: decisions already running finish with the old ones, later decisions
     * use the new ones. If anything fails to load, nothing changes and the last good rules keep serving.
     *
     * @param rulesDir   a folder of DRL files, or null for the built-in rules
     * @param paramsDir  a folder of profile files overlaid on the built-in profiles, or null for none
     * @return whether the reload happened, and every problem found; never null
     */
    public synchronized ReloadResult reload(Path rulesDir, Path paramsDir) {
        long start = System.nanoTime();
        List<ConfigProblem> problems = new ArrayList<>();
        if (paramsDir != null) {
            try {
                problems.addAll(guarded(paramsDir, () -> ProfileRepository.checkWithOverlay(paramsDir)));
            } catch (PolicyConfigurationException e) {
                problems.add(new ConfigProblem(e.file(), e.line(), e.detail()));
            }
        }
        RuleSet rules = null;
        if (rulesDir != null) {
            try {
                RuleSet.Compilation compilation = guarded(rulesDir, () -> RuleSet.compileDirectory(rulesDir));
                problems.addAll(compilation.problems());
                rules = compilation.rules();
            } catch (PolicyConfigurationException e) {
                problems.add(new ConfigProblem(e.file(), e.line(), e.detail()));
            }
        }
        if (problems.isEmpty()) {
            try {
                RuleSet newRules = rules != null ? rules : RuleSet.builtIn();
                ProfileRepository newProfiles = paramsDir == null ? ProfileRepository.builtIn()
                        : ProfileRepository.builtInWithOverlay(paramsDir);
                problems.addAll(newProfiles.unknownRuleIds(newRules.ruleIds()));
                if (problems.isEmpty()) {
                    return swap(newRules, newProfiles, start);
                }
            } catch (PolicyConfigurationException e) {
                problems.add(new ConfigProblem(e.file(), e.line(), e.detail()));
            } catch (RuntimeException | StackOverflowError e) {
                PolicyConfigurationException c = unexpected(paramsDir != null ? paramsDir : rulesDir, e);
                problems.add(new ConfigProblem(c.file(), c.line(), c.detail()));
            }
        }
        return rejected(problems, start);
    }

    /**
     * Runs a loader, turning any failure it did not foresee (a bug, a value no check caught) into a configuration
     * error naming the folder, so that loading never throws an exception other than the documented one.
     */
    private static <T> T guarded(Path dir, Supplier<T> loader) {
        try {
            return loader.get();
        } catch (PolicyConfigurationException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw unexpected(dir, e);
        }
    }

    private static PolicyConfigurationException unexpected(Path dir, Throwable e) {
        return PolicyConfigurationException.brokenFile(dir == null ? "(built-in)" : dir.toString(), 0,
                "无法读取：意外错误 / cannot be read: unexpected failure (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    }

    /**
     * Replaces the rules and profiles atomically with ones built elsewhere (e.g. compiled once with
     * {@link RuleSet#compileDirectory} and shared by several services): decisions already running finish with the
     * old ones, later decisions use the new ones.
     *
     * @param rules     the rules, not null
     * @param profiles  the profiles, not null
     * @return whether the reload happened: not when a profile gives a clause to a rule id the rules lack; never null
     */
    public synchronized ReloadResult reloadWith(RuleSet rules, ProfileRepository profiles) {
        long start = System.nanoTime();
        List<ConfigProblem> unknown = Objects.requireNonNull(profiles, "profiles")
                .unknownRuleIds(Objects.requireNonNull(rules, "rules").ruleIds());
        return unknown.isEmpty() ? swap(rules, profiles, start) : rejected(unknown, start);
    }

    private ReloadResult swap(RuleSet rules, ProfileRepository profiles, long start) {
        engine = new Engine(rules, profiles);
        LOG.info("Doudi rules and profiles reloaded: {} rules, {} profiles, {} ms", rules.ruleCount(),
                profiles.all().size(), (System.nanoTime() - start) / 1_000_000);
        return new ReloadResult(true, List.of());
    }

    private static ReloadResult rejected(List<ConfigProblem> problems, long start) {
        LOG.warn("Doudi reload rejected: {} problem(s) in the rule or profile files, the last good rules keep"
                + " serving ({} ms)", problems.size(), (System.nanoTime() - start) / 1_000_000);
        problems.forEach(p -> LOG.debug("{}:{}: {}", p.file(), p.line(), p.message()));
        return new ReloadResult(false, problems);
    }

    /**
     * The built-in rules and profiles.
     *
     * @return the service, never null
     * @throws PolicyConfigurationException if the built-in rules or profiles do not load
     */
    public static DroolsEligibilityService builtIn() {
        return build(RuleSet::builtIn, ProfileRepository::builtIn);
    }

    /**
     * A service on rules and profiles built elsewhere, e.g. one {@link RuleSet} compiled once and shared by several
     * services over several profile folders, or rules built from DRL text at run time ({@link RuleSet#build}).
     *
     * @param rules     the rules, not null
     * @param profiles  the profiles, not null
     * @return the service, never null
     */
    public static DroolsEligibilityService of(RuleSet rules, ProfileRepository profiles) {
        return new DroolsEligibilityService(Objects.requireNonNull(rules, "rules"),
                Objects.requireNonNull(profiles, "profiles"));
    }

    /**
     * Rules and profiles from an analyst's folders (the command line's {@code --rules DIR} and {@code --params DIR}).
     *
     * @param rulesDir   a folder of DRL files replacing the built-in rules, or null for the built-in rules
     * @param paramsDir  a folder of profile files overlaid on the built-in profiles, or null for none
     * @return the service, never null
     * @throws PolicyConfigurationException naming the file and line of the first problem
     */
    public static DroolsEligibilityService fromDirectories(Path rulesDir, Path paramsDir) {
        return fromDirectories(rulesDir, paramsDir, null);
    }

    /**
     * As {@link #fromDirectories(Path, Path)}, with the rules folder's compiled rules kept in a cache on disk
     * ({@link RuleSet#compile(java.util.Map, RuleCache)}): a folder whose content was compiled before, by the same
     * Doudi, Drools and Java, is loaded instead of compiled. Opt-in: without a cache nothing is written to disk.
     *
     * @param rulesDir   a folder of DRL files replacing the built-in rules, or null for the built-in rules
     * @param paramsDir  a folder of profile files overlaid on the built-in profiles, or null for none
     * @param cache      the cache, or null for none
     * @return the service, never null
     * @throws PolicyConfigurationException naming the file and line of the first problem
     */
    public static DroolsEligibilityService fromDirectories(Path rulesDir, Path paramsDir, RuleCache cache) {
        return build(() -> rulesDir == null ? RuleSet.builtIn()
                        : guarded(rulesDir, () -> RuleSet.fromDirectory(rulesDir, cache)),
                () -> paramsDir == null ? ProfileRepository.builtIn()
                        : guarded(paramsDir, () -> ProfileRepository.builtInWithOverlay(paramsDir)));
    }

    /**
     * Builds the rules on this thread while the profiles load on another: the two take about as long, and a
     * command that makes one decision waits for both. A problem of the rules is reported before one of the profiles,
     * as when they loaded one after the other.
     */
    private static DroolsEligibilityService build(Supplier<RuleSet> rules, Supplier<ProfileRepository> profiles) {
        CompletableFuture<ProfileRepository> loading = CompletableFuture.supplyAsync(profiles, task -> {
            Thread thread = new Thread(task, "doudi-profiles");
            thread.setDaemon(true);
            thread.start();
        });
        RuleSet built = rules.get();
        try {
            return new DroolsEligibilityService(built, loading.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** @return the profiles this service decides with, never null */
    public ProfileRepository profiles() {
        return engine.profiles();
    }

    /** @return the rules this service decides with, never null */
    public RuleSet rules() {
        return engine.rules();
    }

    /** Decides a request that has passed every check, with the rules and profiles of {@code current}. */
    private Decision decideValid(Engine current, EvaluationRequest request, Locale locale) {
        Parameters params;
        try {
            Profile profile = resolveProfile(request, current.profiles()).orElseThrow();
            params = profile.on(request.asOf(), request.residence());
            params.standard();  // every case needs S: a missing standard is reported before any rule runs
        } catch (PolicyConfigurationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw current.rules().failure(e);
        }
        return decide(current, request, params, locale);
    }

    /**
     * Fires the rules on one valid request. Whatever goes wrong inside is a configuration error: a missing value as
     * the rules report it, any other failure (a rule's action or condition that threw, a helper's overflow, rules
     * that reach no outcome) naming the rule that failed, with its file and line ({@link RuleSet#failure}).
     */
    private Decision decide(Engine current, EvaluationRequest request, Parameters params, Locale locale) {
        KieSession session = current.pool().newKieSession();
        try {
            insertFacts(session, request, params);
            session.fireAllRules();
            return current.assembler().assemble(request, params, session, COLLECTOR, locale);
        } catch (RuntimeException | StackOverflowError e) {
            PolicyConfigurationException config = findCause(e, PolicyConfigurationException.class);
            throw config != null ? config : current.rules().failure(e);
        } finally {
            session.dispose();
        }
    }

    private static void insertFacts(KieSession session, EvaluationRequest request, Parameters params) {
        session.insert(params);
        session.insert(new Household(request));
        List<Member> members = request.members();
        for (int position = 0; position < members.size(); position++) {
            Person person = new Person(members.get(position), position, request);
            session.insert(person);
            List<Income> incomes = person.getMember().incomes();
            for (int k = 0; k < incomes.size(); k++) {
                session.insert(new IncomeItem(person, k, incomes.get(k).type(), incomes.get(k).monthly()));
            }
            List<Expense> expenses = person.getMember().expenses();
            for (int k = 0; k < expenses.size(); k++) {
                session.insert(new ExpenseItem(person, k, expenses.get(k).type(), expenses.get(k).monthly()));
            }
        }
        VerificationFacts.insert(session, request);
    }

    private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /**
     * Every problem of a request decoded from JSON or YAML ({@code DoudiJson.decodeRequest}): its decoding, structure
     * and meaning problems, then this service's profile checks at paths not yet reported (the last stage of the
     * {@link RequestPipeline}). A document that could not be read at all (a problem at path {@code ""}) gets its
     * decoding problems only.
     *
     * @param decoded  the decoded request, not null
     * @return every problem, empty if the request is valid; never null
     */
    @Override
    public List<Problem> validate(DecodedRequest decoded) {
        return engine.pipeline().check(Objects.requireNonNull(decoded, "decoded"));
    }

    /**
     * Evaluates a request decoded from JSON or YAML, or one built in Java and put through the request checks
     * ({@link RequestPipeline#requestChecks}): the profile stage of the pipeline completes its problems, and only a
     * request without any problem is decided, so an invalid request that would also lack a profile value is reported
     * as invalid.
     *
     * @param decoded  the decoded request, not null
     * @param locale   the language of reason messages, not null
     * @return the decision, the problems, or the configuration error; never null
     */
    @Override
    public EvaluationResult evaluate(DecodedRequest decoded, Locale locale) {
        Objects.requireNonNull(decoded, "decoded");
        Objects.requireNonNull(locale, "locale");
        Engine current = engine;
        List<Problem> problems = current.pipeline().check(decoded);
        if (!problems.isEmpty()) {
            return new EvaluationResult.Rejected(decoded.request().caseId(), problems);
        }
        try {
            return new EvaluationResult.Decided(decideValid(current, decoded.request(), locale));
        } catch (PolicyConfigurationException e) {
            return new EvaluationResult.Misconfigured(decoded.request().caseId(), e);
        }
    }

    /**
     * The checks that need the profile: a known profile or region that agree (when both are given and disagree, only
     * the region is reported), not the base profile, and the month bounds of the features the profile enables
     * (bonusMonths and bridgeMonths are ignored, even negative, where the feature is off).
     */
    private static List<Problem> profileProblems(EvaluationRequest request, ProfileRepository profiles) {
        List<Problem> problems = new ArrayList<>();
        Optional<Profile> byId = request.profile() == null ? Optional.empty() : profiles.byId(request.profile());
        if (request.profile() != null && byId.isEmpty()) {
            problems.add(new Problem("profile", "unknown profile " + request.profile()));
        }
        boolean disagree = false;
        if (request.region() != null && REGION.matcher(request.region()).matches()) {
            Optional<Profile> byRegion = profiles.byRegion(request.region());
            if (byId.isPresent() && !byId.get().regions().contains(request.region())) {
                // a profile and a region that disagree: only the region is reported (no profile can be chosen)
                disagree = true;
                problems.add(new Problem("region", "region " + request.region() + " is not served by profile "
                        + request.profile()));
            } else if (request.profile() == null && byRegion.isEmpty()) {
                problems.add(new Problem("region", "unknown region " + request.region()));
            }
        }
        if (byId.isPresent() && byId.get().isBase() && !disagree) {
            problems.add(new Problem("profile", "profile " + request.profile()
                    + " is the base of all profiles and cannot be evaluated directly"));
        }
        Optional<Profile> profile = problems.isEmpty() ? resolveProfile(request, profiles) : Optional.empty();
        if (profile.isPresent() && request.asOf() != null && request.residence() != null) {
            Parameters p = profile.get().on(request.asOf(), request.residence());
            if (p.voluntaryExitEnabled()) {
                checkMonths(problems, "bonusMonths", request.bonusMonths(), p.voluntaryExitMinMonths(),
                        p.voluntaryExitMaxMonths());
            }
            if (p.bridgeEnabled()) {
                checkMonths(problems, "bridgeMonths", request.bridgeMonths(), p.bridgeMinMonths(),
                        p.bridgeMaxMonths());
            }
        }
        return problems;
    }

    private static void checkMonths(List<Problem> problems, String path, Integer months, int min, int max) {
        if (months != null && (months < min || months > max)) {
            problems.add(new Problem(path, "must be between " + min + " and " + max + " months in this profile"));
        }
    }

    /**
     * @param request  a request, not null
     * @return its profile: by id when given, else by region
     */
    private static Optional<Profile> resolveProfile(EvaluationRequest request, ProfileRepository profiles) {
        return request.profile() != null ? profiles.byId(request.profile()) : profiles.byRegion(request.region());
    }
}
