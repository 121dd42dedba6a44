package org.doudi.rules.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.doudi.rules.api.EvaluationResult;
import org.doudi.rules.api.batch.BatchOptions;
import org.doudi.rules.api.batch.OrderedBatch;
import org.doudi.rules.api.json.DecodedRequest;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Residence;
import org.doudi.rules.api.whatif.CaseComparison;
import org.doudi.rules.api.whatif.WhatIfJson;
import org.doudi.rules.api.whatif.WhatIfSummary;
import org.doudi.rules.api.whatif.WhatIfTotals;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code doudi compare [--params NEW] [--rules NEW] [--base-params OLD] [--base-rules OLD] CASELOAD.jsonl}: what-if
 * over a caseload. Every request (one per line, as {@code evaluate --batch} reads them) is decided under the old
 * version (the built-in rules and profiles, or {@code --base-rules}/{@code --base-params}) and the new one
 * ({@code --rules}/{@code --params}), both in the same task of the batch API, and the differences are counted and
 * costed ({@link org.doudi.rules.api.whatif.WhatIf}).
 *
 * <p>Standard output gets a readable summary (Chinese, English with {@code --lang en}); {@code --summary FILE} the
 * summary as JSON ({@link WhatIfJson#summary}); {@code --out FILE} one JSON line per changed case
 * ({@link WhatIfJson#caseLine}), in input order. Exit 0 when the whole caseload was read, 1 on a usage or file error,
 * 3 when a version's rules or profiles do not build.
 */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.FAILURE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = {"What-if: decide every request of a caseload (JSON Lines) under the old and the new rules or "
                + "parameters, and report whose decisions change and what it costs.",
                "The new version is --rules/--params, the old one --base-rules/--base-params (default: built-in).",
                "Exit codes: 0 caseload read; 1 usage or file error; 3 configuration error."})
public final class CompareCommand extends DoudiSubcommand {

    @Parameters(index = "0", paramLabel = "CASELOAD", description = "The requests, one JSON object per line ('-' for "
            + "standard input).")
    String file;

    @Option(names = "--base-rules", paramLabel = "DIR", description = "The old version's DRL folder (default: the "
            + "built-in rules).")
    Path baseRules;

    @Option(names = "--base-params", paramLabel = "DIR", description = "The old version's profile overlay folder "
            + "(default: none, the built-in profiles).")
    Path baseParams;

    @Option(names = "--out", paramLabel = "FILE", description = "Write one JSON line per changed case to this file.")
    Path outFile;

    @Option(names = "--summary", paramLabel = "FILE", description = "Write the summary as JSON to this file.")
    Path summaryFile;

    @Option(names = "--threads", paramLabel = "N", description = "Decide on N threads (default: one per processor).")
    Integer threads;

    @Mixin
    LangOption lang = new LangOption();

    @Override
    protected int run() {
        if (sources().rulesDir() == null && sources().paramsDir() == null && baseRules == null && baseParams == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), lang.lang().pick(
                    "没有可对比的改动：请用 --params 或 --rules 给出新版本（旧版本默认为内置规则与参数）",
                    "nothing to compare: give the new version with --params or --rules (the old one is the built-in "
                            + "rules and profiles unless --base-rules or --base-params says otherwise)"));
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), lang.lang().pick(
                    "--threads 至少为 1，不能是 " + workers, "--threads must be at least 1, not " + workers));
        }
        RequestEvaluator after = new RequestEvaluator(service());
        RequestEvaluator before = new RequestEvaluator(baseService(baseRules, baseParams));
        Locale locale = lang.lang().locale();
        WhatIfSummary summary = new WhatIfSummary();
        Writer changes = outFile == null ? null : open(outFile);
        try (NumberedLines lines = lines(file);
             Stream<CaseComparison> compared = OrderedBatch.stream(lines, line -> {
                 DecodedRequest decoded = DoudiJson.decodeRequest(line.text());
                 EvaluationResult b = before.evaluate(line.text(), decoded, locale);
                 EvaluationResult a = after.evaluate(line.text(), decoded, locale);
                 return CaseComparison.of(line.number(), decoded.request(), b, a);
             }, BatchOptions.threads(workers))) {
            Iterator<CaseComparison> it = compared.iterator();
            while (it.hasNext()) {
                CaseComparison c = it.next();
                summary.add(c);
                if (changes != null && c.changed()) {
                    write(changes, outFile, WhatIfJson.caseLine(c) + "\n");
                }
            }
        } finally {
            if (changes != null) {
                close(changes, outFile);
            }
        }
        if (summaryFile != null) {
            Writer w = open(summaryFile);
            write(w, summaryFile, WhatIfJson.summary(summary, true) + "\n");
            close(w, summaryFile);
        }
        out().print(readable(summary, lang.lang()));
        return ExitCodes.OK;
    }

    private String readable(WhatIfSummary summary, Lang l) {
        StringBuilder b = new StringBuilder();
        b.append(l.pick("对比：之前 = ", "Compared: before = ")).append(version(baseRules, baseParams, l))
                .append(l.pick("；之后 = ", "; after = ")).append(version(sources().rulesDir(), sources().paramsDir(), l))
                .append('\n');
        WhatIfTotals t = summary.total();
        totals(b, t, l, "");
        if (summary.groups().size() > 1 || !summary.groups().isEmpty() && t.changed() > 0) {
            b.append(l.pick("按档案与城乡：", "By profile and residence:")).append('\n');
            for (Map.Entry<WhatIfSummary.Group, WhatIfTotals> e : summary.groups().entrySet()) {
                WhatIfTotals g = e.getValue();
                b.append("  ").append(e.getKey().profile() == null ? l.pick("（未知档案）", "(unknown profile)")
                                : e.getKey().profile()).append(' ').append(residence(e.getKey().residence(), l))
                        .append(l.pick("：案件 ", ": cases ")).append(g.cases())
                        .append(l.pick("，有变化 ", ", changed ")).append(g.changed())
                        .append(l.pick("，新纳入 ", ", newly eligible ")).append(g.newlyEligible())
                        .append(l.pick("，不再符合 ", ", newly ineligible ")).append(g.newlyIneligible())
                        .append(l.pick("，每月差额 ", ", monthly difference ")).append(signed(g.monthlyDifference()))
                        .append(l.pick(" 元", " yuan")).append('\n');
            }
        }
        if (outFile != null) {
            b.append(l.pick("有变化的案件逐件写入 ", "Changed cases written to ")).append(outFile).append('\n');
        }
        return b.toString();
    }

    private static void totals(StringBuilder b, WhatIfTotals t, Lang l, String indent) {
        b.append(indent).append(l.pick("案件 ", "Cases: ")).append(t.cases())
                .append(l.pick(" 件，决定有变化 ", ", with a changed decision: ")).append(t.changed())
                .append(l.pick(" 件", "")).append('\n');
        b.append(indent).append(l.pick("  结论变化 ", "  outcome changed ")).append(t.outcomeChanged())
                .append(l.pick(" 件，保障范围变化 ", ", coverage changed ")).append(t.coverageChanged())
                .append(l.pick(" 件，类别变化 ", ", category changed ")).append(t.categoryChanged())
                .append(l.pick(" 件，金额变化 ", ", amount changed ")).append(t.amountChanged())
                .append(l.pick(" 件", "")).append('\n');
        b.append(indent).append(l.pick("  新纳入低保 ", "  newly eligible ")).append(t.newlyEligible())
                .append(l.pick(" 件，不再符合低保 ", ", newly ineligible ")).append(t.newlyIneligible())
                .append(l.pick(" 件", "")).append('\n');
        if (t.notDecidedBefore() + t.notDecidedAfter() > 0) {
            b.append(indent).append(l.pick("  未能判定（请求无效或配置错误）：之前 ", "  not decided (invalid or "
                            + "configuration error): before ")).append(t.notDecidedBefore())
                    .append(l.pick(" 件，之后 ", ", after ")).append(t.notDecidedAfter())
                    .append(l.pick(" 件；其中判定与否有变化 ", "; decided on one side only ")).append(t.resultChanged())
                    .append(l.pick(" 件", "")).append('\n');
        }
        b.append(indent).append(l.pick("每月发放总额：之前 ", "Monthly total paid: before ")).append(t.monthlyBefore())
                .append(l.pick(" 元，之后 ", " yuan, after ")).append(t.monthlyAfter())
                .append(l.pick(" 元，差额 ", " yuan, difference ")).append(signed(t.monthlyDifference()))
                .append(l.pick(" 元", " yuan")).append('\n');
        b.append(indent).append(l.pick("全年发放总额（每月 × 12）：之前 ", "Yearly total paid (monthly × 12): before "))
                .append(t.yearlyBefore())
                .append(l.pick(" 元，之后 ", " yuan, after ")).append(t.yearlyAfter())
                .append(l.pick(" 元，差额 ", " yuan, difference ")).append(signed(t.yearlyDifference()))
                .append(l.pick(" 元", " yuan")).append('\n');
    }

    private static String version(Path rules, Path params, Lang l) {
        String r = rules == null ? l.pick("内置规则", "built-in rules") : l.pick("规则目录 ", "rules ") + rules;
        String p = params == null ? l.pick("内置参数", "built-in profiles") : l.pick("参数目录 ", "params ") + params;
        return r + " + " + p;
    }

    private static String residence(Residence r, Lang l) {
        if (r == null) {
            return l.pick("（未知城乡）", "(unknown residence)");
        }
        return r == Residence.URBAN ? l.pick("城市", "urban") : l.pick("农村", "rural");
    }

    private static String signed(Money m) {
        return m.isPositive() ? "+" + m : m.toString();
    }

    private Writer open(Path path) {
        try {
            return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new CliFailure("cannot write " + path + ": " + reason(e), e);
        }
    }

    private static void write(Writer w, Path path, String text) {
        try {
            w.write(text);
        } catch (IOException e) {
            throw new CliFailure("cannot write " + path + ": " + reason(e), e);
        }
    }

    private static void close(Writer w, Path path) {
        try {
            w.close();
        } catch (IOException e) {
            throw new CliFailure("cannot write " + path + ": " + reason(e), e);
        }
    }
}
