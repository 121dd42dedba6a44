package org.doudi.rules.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.doudi.rules.api.request.Residence;
import org.doudi.rules.profile.OverlayChange;
import org.doudi.rules.profile.Profile.ParameterEntry;

/**
 * What {@code validate --params} prints about an overlay: each change against the built-in data (added, changed,
 * dropped entries, old → new, with the overlay's file and line), identical changes of several profiles (inherited) or
 * both residences on one line, and a warning for each change that takes effect before "today".
 */
final class OverlayReport {

    private OverlayReport() {
    }

    /** A change without its profile and residence: the lines that are the same for several. */
    private record Key(String parameter, OverlayChange.Kind kind, LocalDate from, ParameterEntry before,
                       ParameterEntry after) {
    }

    static void append(StringBuilder b, List<OverlayChange> changes, LocalDate today, boolean todayFromData, Lang l) {
        Map<Key, Set<String>> profiles = new LinkedHashMap<>();
        Map<Key, Set<Residence>> residences = new LinkedHashMap<>();
        Map<Key, OverlayChange> first = new LinkedHashMap<>();
        for (OverlayChange c : changes) {
            Key k = new Key(c.parameter(), c.kind(), c.from(), withoutResidence(c.before()),
                    withoutResidence(c.after()));
            profiles.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(c.profile());
            if (c.residence() != null) {
                residences.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(c.residence());
            }
            first.putIfAbsent(k, c);
        }
        if (first.isEmpty()) {
            b.append(l.pick("参数覆盖与内置数据相同，没有改动\n", "the overlay changes nothing in the built-in data\n"));
            return;
        }
        b.append(l.pick("参数覆盖相对内置数据的改动：\n", "What the overlay changes in the built-in data:\n"));
        int warnings = 0;
        List<String> warningLines = new ArrayList<>();
        for (Map.Entry<Key, OverlayChange> e : first.entrySet()) {
            OverlayChange c = e.getValue();
            String who = String.join(", ", profiles.get(e.getKey()));
            if (c.kind() == OverlayChange.Kind.PROFILE_ADDED) {
                b.append("  ").append(who).append(l.pick("：新增档案", ": new profile")).append('\n');
                continue;
            }
            String where = who + " " + c.parameter() + " " + residences(residences.get(e.getKey()), l);
            String date = c.from() == null ? l.pick("不分日期", "undated") : c.from().toString();
            b.append("  ").append(where).append(l.pick("：", ": "));
            switch (c.kind()) {
                case ADDED -> b.append(l.pick("新增 ", "added ")).append(date).append(' ').append(value(c.after(), l));
                case CHANGED -> b.append(l.pick("修改 ", "changed ")).append(date).append(' ')
                        .append(value(c.before(), l)).append(" → ").append(value(c.after(), l));
                case SOURCE_CHANGED -> b.append(l.pick("改来源 ", "source changed ")).append(date).append(' ')
                        .append(value(c.after(), l)).append(l.pick("：", ": ")).append(c.before().source())
                        .append(" → ").append(c.after().source());
                case DROPPED -> b.append(l.pick("删除 ", "dropped ")).append(date).append(' ')
                        .append(value(c.before(), l));
                default -> throw new IllegalStateException(c.kind().name());
            }
            if (c.after() != null && !c.after().builtIn()) {
                b.append("  [").append(c.after().file()).append(':').append(c.after().line()).append(']');
            }
            b.append('\n');
            if (c.beforeToday(today)) {
                warnings++;
                warningLines.add(l.pick("警告：", "warning: ") + where + " " + date + l.pick(
                        " 的改动在 " + today + " 之前生效，会改变已作出的决定（若是抄写旧值时的笔误，请改正）",
                        ": the change takes effect before " + today + " and changes decisions already made (if it is"
                                + " a slip made copying an old line, correct it)"));
            }
        }
        warningLines.forEach(w -> b.append(w).append('\n'));
        if (warnings > 0) {
            b.append(l.pick("（今天 = " + today + (todayFromData ? "，内置数据中的最后日期；用 --today 指定" : "") + "）\n",
                    "(today = " + today + (todayFromData ? ", the latest date in the built-in data; set it with --today"
                            : "") + ")\n"));
        }
    }

    /** An entry without its residence, so that the same entry for both residences is one line. */
    private static ParameterEntry withoutResidence(ParameterEntry e) {
        return e == null ? null : new ParameterEntry(e.parameter(), null, e.from(), e.value(), e.yearly(), e.source(),
                e.file(), e.line(), e.builtIn());
    }

    private static String residences(Set<Residence> rs, Lang l) {
        if (rs == null || rs.size() == Residence.values().length) {
            return l.pick("城乡", "urban and rural");
        }
        return rs.iterator().next() == Residence.URBAN ? l.pick("城市", "urban") : l.pick("农村", "rural");
    }

    private static String value(ParameterEntry e, Lang l) {
        if (e.value() == null || e.value().isEmpty()) {
            return l.pick("（无值）", "(no value)");
        }
        return e.yearly() != null ? e.value() + l.pick("（每年 ", " (yearly ") + e.yearly() + l.pick("）", ")")
                : e.value();
    }
}
