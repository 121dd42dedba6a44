package org.doudi.rules.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.doudi.rules.api.EvaluationResult;
import org.doudi.rules.api.batch.BatchOptions;
import org.doudi.rules.api.batch.OrderedBatch;
import org.doudi.rules.api.json.DecodedRequest;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.drools.DroolsEligibilityService;
import org.doudi.rules.sampling.CountySampler;
import org.doudi.rules.sampling.LeftOut;
import org.doudi.rules.sampling.Population;
import org.doudi.rules.sampling.SampleCase;
import org.doudi.rules.sampling.SampleSelection;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code doudi sample [--ratio R] [--enrolled] --seed N FILE.jsonl}: county sampling (入户抽查) over a batch of
 * requests, one per line (blank lines skipped): before approval (the applications decided {@code ELIGIBLE}), or with
 * {@code --enrolled} of enrolled cases (the reviews decided {@code ELIGIBLE} or {@code PHASE_OUT}). Prints one compact
 * line {@code {"selected": [caseIds, sorted], "mandatory": M, "sampled": K, "pool": P}} and exits 0.
 *
 * <p>Every case outside the population sampled (invalid, misconfigured, of another kind or outcome, or with a case id
 * that occurs more than once) is listed on standard error by its line number and reason, never by its case id or any
 * other identifier, followed by a count. R must be a decimal in (0, 1] and not below the {@code sampling.ratio} of the
 * population's profiles (a floor); without it those profiles must agree on {@code sampling.ratio}. Each failure is a
 * usage error (exit 1).
 */
@Command(name = "sample",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.FAILURE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = {"Select the cases of a batch (JSON Lines) for the county's home visits before approval:",
                "every case of a staff member's near relative, and ceil(R x P) of the P other eligible applications,",
                "drawn at random from a seed. With --enrolled, the same over enrolled cases still paid (reviews",
                "decided ELIGIBLE or PHASE_OUT). R may not be below the profiles' sampling.ratio.",
                "Exit codes: 0 selected; 1 usage or file error; 3 rules or profiles that do not build."})
public final class SampleCommand extends DoudiSubcommand {

    private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?|\\.[0-9]+");

    @Parameters(index = "0", paramLabel = "FILE.jsonl", description = "The batch: one request per line; '-' for standard input.")
    String file;

    @Option(names = "--ratio", paramLabel = "R",
            description = "The sampling ratio, a decimal in (0, 1], not below the profiles' sampling.ratio; "
                    + "default: the profiles' shared sampling.ratio.")
    String ratioText;

    @Option(names = "--enrolled",
            description = "Sample enrolled cases (reviews decided ELIGIBLE or PHASE_OUT) instead of applications.")
    boolean enrolled;

    @Mixin
    LangOption language = new LangOption();

    @Option(names = "--seed", paramLabel = "N", required = true, description = "The seed of the random draw (an integer).")
    long seed;

    @Override
    protected int run() {
        BigDecimal ratio = parseRatio();
        DroolsEligibilityService service = service();
        RequestEvaluator evaluator = new RequestEvaluator(service);
        List<SampleCase> cases = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        // decided on every core (the batch API), collected in input order
        try (NumberedLines lines = lines(file);
             Stream<NumberedCase> decided = OrderedBatch.stream(lines, line -> {
                 DecodedRequest decoded = DoudiJson.decodeRequest(line.text());
                 EvaluationResult result = evaluator.evaluate(line.text(), decoded, Locale.CHINESE);
                 return new NumberedCase(line.number(), SampleCase.of(decoded.request(), result, service.profiles()));
             }, BatchOptions.allCores())) {
            decided.forEach(c -> {
                cases.add(c.sampleCase());
                lineNumbers.add(c.lineNumber());
            });
        }

        SampleSelection selection;
        try {
            selection = CountySampler.select(cases, ratio, seed, population());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), Scrubber.scrub(e.getMessage()));
        }
        for (LeftOut l : selection.leftOut()) {
            printLine(err(), lang().pick("第 " + lineNumbers.get(l.index()) + " 行：", "line "
                    + lineNumbers.get(l.index()) + ": ") + describe(l.reason(), lang()));
        }
        if (!selection.leftOut().isEmpty()) {
            printLine(err(), "doudi sample" + lang().pick("：" + cases.size() + " 件中有 " + selection.leftOut().size()
                    + (enrolled ? " 件不是仍在发放的在保案件" : " 件未列入拟批准名单"), ": " + selection.leftOut().size()
                    + " of " + cases.size()
                    + (enrolled ? " cases not enrolled cases still paid" : " cases not proposed for approval")));
        }
        printLine(out(), toJson(selection));
        return ExitCodes.OK;
    }

    private Population population() {
        return enrolled ? Population.ENROLLED : Population.APPLICATIONS;
    }

    private BigDecimal parseRatio() {
        if (ratioText == null) {
            return null;
        }
        String text = ratioText.strip();
        BigDecimal ratio = DECIMAL.matcher(text).matches() ? new BigDecimal(text) : null;
        if (ratio == null || ratio.signum() <= 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    lang().pick("--ratio 必须是 (0, 1] 之间的小数，不能是 '", "--ratio must be a decimal in (0, 1], not '")
                            + Scrubber.scrub(ratioText) + "'");
        }
        return ratio;
    }

    private static String describe(LeftOut.Reason reason, Lang l) {
        return switch (reason) {
            case INVALID -> l.pick("请求无效，未列入", "invalid request, left out");
            case MISCONFIGURED -> l.pick("配置错误，未列入", "configuration error, left out");
            case DUPLICATE_CASE_ID -> l.pick("caseId 在本批中出现不止一次，未列入",
                    "caseId occurs more than once in the batch, left out");
            case NOT_APPLICATION -> l.pick("不是申请（APPLICATION），不列入拟批准名单",
                    "not an APPLICATION, not proposed for approval");
            case NOT_ELIGIBLE -> l.pick("结论不是符合条件（ELIGIBLE），不列入拟批准名单",
                    "outcome not ELIGIBLE, not proposed for approval");
            case NOT_REVIEW -> l.pick("不是复核（REVIEW），不是在保案件", "not a REVIEW, not an enrolled case");
            case NOT_STILL_PAID -> l.pick("结论既不是符合条件（ELIGIBLE）也不是渐退（PHASE_OUT），已不再发放",
                    "outcome neither ELIGIBLE nor PHASE_OUT, no longer paid");
        };
    }

    private static String toJson(SampleSelection s) {
        ObjectMapper mapper = DoudiJson.mapper();
        ObjectNode node = mapper.createObjectNode();
        ArrayNode selected = node.putArray("selected");
        s.selected().forEach(selected::add);
        node.put("mandatory", s.mandatory());
        node.put("sampled", s.sampled());
        node.put("pool", s.pool());
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A case of the batch with its physical line number. */
    private record NumberedCase(int lineNumber, SampleCase sampleCase) {
    }
}
