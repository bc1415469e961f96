package io.fluxmq.interop;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

/**
 * Command-line driver for FluxMQ's interop tests. Usage:
 *
 * <pre>
 *   FluxCli --bootstrap HOST:PORT COMMAND [--opt value ...] [:: COMMAND [--opt value ...] ...]
 * </pre>
 *
 * Commands run one after another in one JVM (to save start-up time); each writes JSON lines to
 * its --out file (default: stdout), the last of which is a summary object with a "done" key.
 * Commands: version, produce, consume, admin, group-consume (see {@link Produce}, {@link Consume},
 * {@link Admin}, {@link GroupConsume}). "--flush true" flushes the output after every line (the
 * default for group-consume, whose output the tests follow live).
 * Exit status: 0 when every command ran (client-side errors are reported in the JSON), 1 when a
 * command failed outright (bad arguments, unexpected exception), 2 for usage errors.
 */
public final class FluxCli {
    private FluxCli() {}

    public static void main(String[] argv) {
        List<List<String>> commands = new ArrayList<>();
        List<String> global = new ArrayList<>();
        List<String> current = null;
        for (String a : argv) {
            if (a.equals("::")) {
                current = null;
                continue;
            }
            if (current == null && !a.startsWith("--") && (global.size() % 2 == 0)) {
                current = new ArrayList<>();
                current.add(a);
                commands.add(current);
                continue;
            }
            (current == null ? global : current).add(a);
        }
        Opts globals;
        try {
            globals = new Opts(global);
        } catch (IllegalArgumentException e) {
            System.err.println("usage: FluxCli --bootstrap HOST:PORT COMMAND ... [:: COMMAND ...]: "
                    + e.getMessage());
            System.exit(2);
            return;
        }
        if (commands.isEmpty()) {
            System.err.println("usage: FluxCli --bootstrap HOST:PORT COMMAND ... [:: COMMAND ...]");
            System.exit(2);
        }
        int rc = 0;
        for (List<String> cmd : commands) {
            rc = Math.max(rc, run(globals, cmd.get(0), cmd.subList(1, cmd.size())));
        }
        System.out.flush();
        System.exit(rc);
    }

    private static int run(Opts globals, String name, List<String> args) {
        Opts opts;
        try {
            opts = new Opts(args);
        } catch (IllegalArgumentException e) {
            System.err.println(name + ": " + e.getMessage());
            return 2;
        }
        String bootstrap = opts.get("bootstrap", globals.get("bootstrap", "127.0.0.1:9092"));
        boolean live = opts.getBool("flush", name.equals("group-consume"));
        try (Out out = Out.open(opts.get("out", null), live)) {
            long start = System.nanoTime();
            try {
                switch (name) {
                    case "version" -> out.line(Json.obj(
                            "done", "version", "kafka_clients", kafkaVersion(),
                            "java", System.getProperty("java.version")));
                    case "produce" -> Produce.run(bootstrap, opts, out);
                    case "consume" -> Consume.run(bootstrap, opts, out);
                    case "admin" -> Admin.run(bootstrap, opts, out);
                    case "group-consume" -> GroupConsume.run(bootstrap, opts, out);
                    default -> {
                        System.err.println("unknown command " + name);
                        return 2;
                    }
                }
                return 0;
            } catch (Exception e) {
                out.line(Json.obj("done", name, "fatal", describe(e), "trace", trace(e),
                        "ms", (System.nanoTime() - start) / 1_000_000));
                System.err.println(name + " failed: " + trace(e));
                return 1;
            }
        } catch (IOException e) {
            System.err.println(name + ": cannot write output: " + e);
            return 1;
        }
    }

    /** The kafka-clients version on the class path (from the jar's own version file). */
    static String kafkaVersion() {
        Properties props = new Properties();
        try (var in = FluxCli.class.getResourceAsStream("/kafka/kafka-version.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            return "unknown: " + e;
        }
        return props.getProperty("version", "unknown");
    }

    static Map<String, Object> error(Throwable e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return Json.obj("error", cause.getClass().getSimpleName(), "message", cause.getMessage());
    }

    static String describe(Throwable e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return cause.getClass().getName() + ": " + cause.getMessage();
    }

    static String trace(Throwable e) {
        StringWriter sw = new StringWriter();
        e.printStackTrace(new PrintWriter(sw));
        return sw.toString();
    }

    static Properties baseProps(String bootstrap, Opts opts, String clientId) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("client.id", opts.get("client-id", clientId));
        return p;
    }

    /**
     * JSON-lines output: a file or stdout, optionally flushed after every line; thread-safe
     * (producer callbacks write from the I/O thread).
     */
    static final class Out implements AutoCloseable {
        private final Writer w;
        private final boolean stdout;
        private final boolean flushEach;

        private Out(Writer w, boolean stdout, boolean flushEach) {
            this.w = w;
            this.stdout = stdout;
            this.flushEach = flushEach;
        }

        static Out open(String path, boolean flushEach) throws IOException {
            if (path == null || path.equals("-")) {
                return new Out(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)),
                        true, flushEach);
            }
            return new Out(Files.newBufferedWriter(Path.of(path), StandardCharsets.UTF_8), false, flushEach);
        }

        synchronized void line(Object json) {
            try {
                w.write(Json.write(json));
                w.write('\n');
                if (flushEach) {
                    w.flush();
                }
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        }

        @Override
        public synchronized void close() throws IOException {
            if (stdout) {
                w.flush();
            } else {
                w.close();
            }
        }
    }

    static List<String> split(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }
}
