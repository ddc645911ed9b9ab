package dev.ssocli.output;

import dev.ssocli.jmespath.JmesPathExpression;
import dev.ssocli.errors.GeneralException;
import dev.ssocli.python.PythonJson;
import dev.ssocli.python.PythonValues;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints a service response as the AWS CLI's formatters do ({@code awscli/formatter.py},
 * docs/cli-surface.md#output-formats): {@code ResponseMetadata} dropped, {@code --query} applied, then json, text,
 * table, yaml or yaml-stream, through the pager when one is configured.
 *
 * <p>A response model is a {@code Map<String,Object>} in output-shape member order whose values are maps, lists,
 * strings, integral numbers, doubles, booleans or null.
 */
public final class ResponsePrinter {
    private static final String COLOR_RESET = "\u001b[0m";

    private final OutputSettings settings;
    private final PrintStream out;
    private final Pager pager;
    private JmesPathExpression query;

    /** A printer writing to {@code out} without a pager. */
    public ResponsePrinter(OutputSettings settings, PrintStream out) {
        this(settings, out, Pager.NONE);
    }

    public ResponsePrinter(OutputSettings settings, PrintStream out, Pager pager) {
        this.settings = settings;
        this.out = out;
        this.pager = pager;
    }

    public OutputSettings settings() {
        return settings;
    }

    /** Prints one (non-paginated) response; an empty response prints nothing in json and yaml. */
    public void print(String operationName, Map<String, Object> response) {
        try (Session session = open()) {
            session.printWhole(operationName, response);
        }
    }

    Session open() {
        return new Session();
    }

    private Object applyQuery(Object data) {
        if (settings.query() == null) {
            return data;
        }
        if (query == null) {
            query = JmesPathExpression.compile(settings.query());
        }
        return query.search(data);
    }

    /** {@code _remove_request_id}: the CLI shows ResponseMetadata only alongside Errors. */
    static Object withoutRequestId(Object response) {
        if (response instanceof Map<?, ?> map && map.containsKey("ResponseMetadata") && !map.containsKey("Errors")) {
            Object metadata = map.get("ResponseMetadata");
            if (!(metadata instanceof Map || metadata instanceof List || metadata instanceof String)) {
                // The CLI looks for "RequestId" in it first.
                throw new GeneralException("argument of type '" + PythonValues.typeName(metadata)
                        + "' is not iterable");
            }
            Map<Object, Object> copy = new LinkedHashMap<>(map);
            copy.remove("ResponseMetadata");
            return copy;
        }
        return response;
    }

    private static boolean isEmptyDict(Object value) {
        return value instanceof Map<?, ?> map && map.isEmpty();
    }

    /** One formatter call: everything it writes goes to the same stream (and the same pager process). */
    final class Session implements AutoCloseable {
        private final Channel channel = new Channel();

        OutputFormat format() {
            return settings.format();
        }

        /** The fully buffered formatters, and text/yaml-stream for a response that is not paginated. */
        void printWhole(String operationName, Object response) {
            Object data = withoutRequestId(response);
            StringBuilder buffer = new StringBuilder();
            try {
                switch (settings.format()) {
                    case JSON -> {
                        Object result = applyQuery(data);
                        if (!isEmptyDict(result)) {
                            buffer.append(PythonJson.INDENTED.dumps(result)).append('\n');
                        }
                    }
                    case YAML -> {
                        Object result = applyQuery(data);
                        if (!isEmptyDict(result)) {
                            YamlFormat.dump(result, buffer);
                        }
                    }
                    case YAML_STREAM -> {
                        Object result = applyQuery(data);
                        if (!isEmptyDict(result)) {
                            YamlFormat.dump(Collections.singletonList(result), buffer);
                        }
                    }
                    case TEXT -> TextFormat.format(applyQuery(data), buffer);
                    case TABLE -> TableFormat.format(operationName, applyQuery(data), settings.color(),
                            settings.terminalWidth(), !channel.isPager(), buffer);
                }
            } finally {
                channel.write(buffer);
            }
        }

        /** One page of paginated text output (its result keys only), queried on its own. */
        void printTextPage(Object page) {
            StringBuilder buffer = new StringBuilder();
            try {
                TextFormat.format(applyQuery(page), buffer);
            } finally {
                channel.write(buffer);
            }
        }

        /** One page of paginated yaml-stream output: a one-item YAML list. */
        void printYamlStreamPage(Object page) {
            StringBuilder buffer = new StringBuilder();
            try {
                YamlFormat.dump(Collections.singletonList(applyQuery(withoutRequestId(page))), buffer);
            } finally {
                channel.write(buffer);
            }
        }

        @Override
        public void close() {
            try {
                channel.close();
            } finally {
                // colorama registers an atexit reset once the colour styler exists; it reaches a terminal only.
                if (settings.format() == OutputFormat.TABLE && settings.color() && settings.stdoutIsTerminal()) {
                    out.print(COLOR_RESET);
                }
                out.flush();
            }
        }
    }

    /** Stdout, or a pager process started at the first write like the CLI's {@code LazyPager}. */
    private final class Channel {
        private Process process;
        private OutputStream pagerInput;
        private boolean broken;

        boolean isPager() {
            return pager.isEnabled();
        }

        void write(CharSequence text) {
            if (text.length() == 0) {
                // Nothing written, nothing started: an empty response never opens the pager.
                return;
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            if (!pager.isEnabled()) {
                out.write(bytes, 0, bytes.length);
                return;
            }
            if (process == null && !broken) {
                process = pager.start();
                if (process == null) {
                    broken = true;
                    return;
                }
                pagerInput = new BufferedOutputStream(process.getOutputStream());
            }
            if (broken) {
                return;
            }
            try {
                pagerInput.write(bytes);
            } catch (IOException e) {
                // The user quit the pager: the CLI ignores the broken pipe and stops writing.
                broken = true;
            }
        }

        void close() {
            if (process == null) {
                out.flush();
                return;
            }
            try {
                pagerInput.close();
            } catch (IOException e) {
                broken = true;
            }
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
