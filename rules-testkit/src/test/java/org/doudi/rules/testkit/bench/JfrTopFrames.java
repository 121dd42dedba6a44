package org.doudi.rules.testkit.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * The top frames of a Java Flight Recorder file's execution samples ({@code jdk.ExecutionSample}): the methods
 * running when sampled (self), the methods on the stack (inclusive) and the packages of the running methods, each as a
 * share of the samples. Run by hand: {@code scripts/benchmark.sh profile} records and prints them.
 *
 * <p>Arguments: the recording, how many lines per table (default 30), and optionally a method name that the samples
 * must have on their stack (e.g. {@code DroolsEligibilityService.evaluate}, to leave set-up out).
 */
public final class JfrTopFrames {

    private JfrTopFrames() {
    }

    /**
     * @param args  recording, lines per table, filter
     * @throws IOException if the recording cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path recording = Path.of(args[0]);
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        String filter = args.length > 2 ? args[2] : null;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> packages = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
            RecordedStackTrace stack = e.getStackTrace();
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || stack == null
                    || stack.getFrames().isEmpty()) {
                continue;
            }
            List<RecordedFrame> frames = stack.getFrames();
            if (filter != null && frames.stream().noneMatch(f -> name(f).contains(filter))) {
                continue;
            }
            samples++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                if (seen.add(name(f))) {
                    inclusive.merge(name(f), 1, Integer::sum);
                }
            }
            String type = frames.get(0).getMethod().getType().getName();
            packages.merge(type.substring(0, Math.max(0, type.lastIndexOf('.'))), 1, Integer::sum);
        }
        System.out.printf("%,d samples%s%n", samples, filter == null ? "" : " with " + filter + " on the stack");
        print("self (running when sampled)", self, samples, lines);
        print("inclusive (on the stack)", inclusive, samples, lines);
        print("self, by package", packages, samples, lines);
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int lines) {
        System.out.println("== " + title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(lines)
                .forEach(e -> System.out.printf("%5.1f %%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
    }
}
