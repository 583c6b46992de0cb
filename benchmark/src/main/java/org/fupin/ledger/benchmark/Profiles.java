package org.fupin.ledger.benchmark;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./ledger bench --profile}: a Java Flight Recording of each app while the HTTP load runs, started
 * and dumped with {@code jcmd}, and the 15 methods most often on top of the stack in its execution samples
 * (where the CPU time went), read with the {@code jdk.jfr.consumer} API.
 */
final class Profiles {

    private static final String RECORDING = "ledger-bench";
    private static final int TOP = 15;

    private final Path folder;
    private final List<String> report = new ArrayList<>();

    Profiles(Path folder) {
        this.folder = folder;
    }

    void start(long pid) throws IOException, InterruptedException {
        jcmd(pid, "JFR.start", "name=" + RECORDING, "settings=profile");
    }

    /** Stops the recording of {@code pid} and adds its top frames, headed by {@code app}, to the report. */
    void stop(String app, long pid) throws IOException, InterruptedException {
        Path file = folder.resolve(app + ".jfr");
        jcmd(pid, "JFR.stop", "name=" + RECORDING, "filename=" + file);
        report.addAll(topFrames(app, file));
    }

    List<String> report() {
        return report;
    }

    static List<String> topFrames(String app, Path recording) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            RecordedFrame top = stack.getFrames().get(0);
            counts.merge(top.getMethod().getType().getName() + "." + top.getMethod().getName(), 1, Integer::sum);
            samples++;
        }
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("top " + TOP + " frames, " + app + " (" + samples + " execution samples under the HTTP load)");
        int total = samples;
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(TOP)
                .forEach(frame -> lines.add(String.format(Locale.ROOT, "%6.1f %%  %s",
                        100.0 * frame.getValue() / Math.max(total, 1), frame.getKey())));
        return lines;
    }

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid)));
        arguments.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(arguments).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + pid + " " + String.join(" ", command) + " failed: " + output);
        }
    }
}
