package org.doudi.rules.cli;

import java.util.ArrayList;
import java.util.List;

import org.doudi.rules.api.EvaluationResult;
import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.json.DecodedRequest;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.api.notice.NoticeText;
import org.doudi.rules.api.notice.PublicNotice;
import org.doudi.rules.drools.notice.PublicNotices;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code doudi notice FILE|-}: the public notice (公示) of the request's decision, as text: the head's name ("户主（未成年）"
 * for a minor head), the number of covered people, the monthly amount and the notice period(s) — never an ID, phone
 * or account number; for a decision that grants nothing, the sentence that nothing is to be published. Exit codes as
 * {@code evaluate}: 0; 2 invalid request (errors JSON on standard output); 3 configuration error.
 *
 * <p>{@code doudi notice --batch FILE.jsonl}: the notice list of a village or township, the cases to publish in input
 * order; every line not published is named on standard error by its line number and why. Exit 0 when the whole file
 * was read.
 */
@Command(name = "notice",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.FAILURE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = {"Print the public notice (公示) of a request's decision, or with --batch the notice list of a batch.",
                "Exit codes: 0 printed (batch: file read); 1 usage or file error; 2 invalid request; "
                        + "3 configuration error."})
public final class NoticeCommand extends DoudiSubcommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The request file ('-' for standard input), or with "
            + "--batch a JSON-lines file.")
    String file;

    @Option(names = "--batch", description = "Read one request per line and print one notice list.")
    boolean batch;

    @Mixin
    LangOption lang = new LangOption();

    @Override
    protected int run() {
        RequestEvaluator evaluator = new RequestEvaluator(service());
        PublicNotices notices = PublicNotices.of(evaluator.service().profiles());
        if (!batch) {
            String json = readText(file);
            DecodedRequest decoded = DoudiJson.decodeRequest(json);
            EvaluationResult result = evaluator.evaluate(json, decoded, lang.lang().locale());
            if (result instanceof EvaluationResult.Rejected r) {
                printLine(out(), DoudiJson.writeErrors(r.problems(), true));
                return ExitCodes.INVALID_REQUEST;
            }
            if (result instanceof EvaluationResult.Misconfigured m) {
                printLine(out(), DoudiJson.writeConfigurationError(m.error(), true));
                return ExitCodes.CONFIGURATION_ERROR;
            }
            PublicNotice notice = notices.notice(decoded.request(), ((EvaluationResult.Decided) result).decision());
            out().print(NoticeText.single(notice, lang.lang().locale()));
            return ExitCodes.OK;
        }
        List<PublicNotice> list = new ArrayList<>();
        int[] left = {0};
        forEachLine(file, (lineNumber, line) -> {
            DecodedRequest decoded = DoudiJson.decodeRequest(line);
            EvaluationResult result = evaluator.evaluate(line, decoded, lang.lang().locale());
            String why = null;
            if (result instanceof EvaluationResult.Rejected) {
                why = lang.lang().pick("请求无效，未列入", "invalid request, left out");
            } else if (result instanceof EvaluationResult.Misconfigured) {
                why = lang.lang().pick("配置错误，未列入", "configuration error, left out");
            } else {
                try {
                    PublicNotice notice = notices.notice(decoded.request(),
                            ((EvaluationResult.Decided) result).decision());
                    if (notice.publishable()) {
                        list.add(notice);
                    } else {
                        why = NoticeText.nothingToPublish(notice, lang.lang().locale());
                    }
                } catch (PolicyConfigurationException e) {
                    why = lang.lang().pick("配置错误，未列入", "configuration error, left out");
                }
            }
            if (why != null) {
                left[0]++;
                printLine(err(), lang.lang().pick("第 " + lineNumber + " 行：", "line " + lineNumber + ": ")
                        + Scrubber.scrub(why));
            }
        });
        out().print(NoticeText.list(list, lang.lang().locale()));
        if (left[0] > 0) {
            printLine(err(), "doudi notice: " + lang.lang().pick(left[0] + " 行未列入公示名单",
                    left[0] + " lines not in the notice list"));
        }
        return ExitCodes.OK;
    }
}
