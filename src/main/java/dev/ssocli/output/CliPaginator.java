package dev.ssocli.output;

import dev.ssocli.errors.GeneralException;
import dev.ssocli.errors.ParamValidationException;
import dev.ssocli.python.PythonValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The CLI's automatic pagination of a list operation (docs/cli-surface.md#sso-portal-commands, #global-options,
 * #output-formats): botocore's {@code PageIterator} ({@code --max-items} truncation, the base64 {@code NextToken},
 * {@code --starting-token}, {@code --page-size}) feeding the formatters: json, yaml and table print the aggregated
 * result, text and yaml-stream print page by page as the pages arrive (each page queried on its own).
 */
public final class CliPaginator {
    private CliPaginator() {
    }

    /**
     * Pages through a list operation and prints it; the operation's page-size member is {@code maxResults}, as for
     * the SSO portal operations (use {@link #printPaginated(PaginatorConfig, PageFetcher, PaginationArgs,
     * ResponsePrinter)} for others).
     */
    public static void printPaginated(String operationName, List<String> resultKeys, String inputTokenName,
            String outputTokenName, PageFetcher pageFetcher, PaginationArgs args, ResponsePrinter printer) {
        PaginatorConfig config = null;
        for (PaginatorConfig known : List.of(PaginatorConfig.SSO_LIST_ACCOUNTS, PaginatorConfig.SSO_LIST_ACCOUNT_ROLES)) {
            if (known.operationName().equals(operationName) && known.resultKeys().equals(resultKeys)
                    && known.inputToken().equals(inputTokenName) && known.outputToken().equals(outputTokenName)) {
                config = known;
            }
        }
        if (config == null) {
            config = new PaginatorConfig(operationName, resultKeys, inputTokenName, outputTokenName, "maxResults",
                    List.of(inputTokenName, "maxResults"));
        }
        printPaginated(config, pageFetcher, args, printer);
    }

    /** Pages through the operation described by {@code config} and prints it with {@code printer}. */
    public static void printPaginated(PaginatorConfig config, PageFetcher pageFetcher, PaginationArgs args,
            ResponsePrinter printer) {
        if (args.noPaginate()) {
            checkNoPagingArguments(config, args);
            printer.print(config.operationName(), pageFetcher.fetch(null, null));
            return;
        }
        PageIterator pages = new PageIterator(config, pageFetcher, args);
        try (ResponsePrinter.Session session = printer.open()) {
            switch (session.format()) {
                case TEXT -> {
                    pages.forEach(page -> {
                        Map<String, Object> current = new LinkedHashMap<>();
                        for (String key : config.resultKeys()) {
                            current.put(key, page.get(key));
                        }
                        session.printTextPage(current);
                    });
                    if (pages.resumeToken != null) {
                        Map<String, Object> inner = new LinkedHashMap<>();
                        inner.put("NextToken", pages.resumeToken);
                        Map<String, Object> outer = new LinkedHashMap<>();
                        outer.put("NextToken", inner);
                        session.printTextPage(outer);
                    }
                }
                case YAML_STREAM -> pages.forEach(session::printYamlStreamPage);
                default -> session.printWhole(config.operationName(), pages.buildFullResult());
            }
        }
    }

    /** {@code ensure_paging_params_not_set}, then botocore's rejection of the leftover PaginationConfig. */
    private static void checkNoPagingArguments(PaginatorConfig config, PaginationArgs args) {
        List<String> used = new ArrayList<>();
        if (PythonValues.truthy(args.startingToken())) {
            used.add("--starting-token");
        }
        if (PythonValues.truthy(args.pageSize())) {
            used.add("--page-size");
        }
        if (PythonValues.truthy(args.maxItems())) {
            used.add("--max-items");
        }
        if (!used.isEmpty()) {
            throw new ParamValidationException("Cannot specify --no-paginate along with pagination arguments: "
                    + String.join(", ", used));
        }
        if (args.startingToken() != null || args.pageSize() != null || args.maxItems() != null) {
            throw new ParamValidationException("Parameter validation failed:\nUnknown parameter in input: "
                    + "\"PaginationConfig\", must be one of: " + String.join(", ", config.inputMembers()));
        }
    }

    /** A port of botocore's {@code PageIterator} for one input/output token pair. */
    private static final class PageIterator {
        private final PaginatorConfig config;
        private final PageFetcher fetcher;
        private final Integer maxItems;
        private final Integer pageSize;
        private final String startingToken;
        private PaginationToken.Start start;
        private String resumeToken;
        private final List<Map<String, Object>> seen = new ArrayList<>();
        private boolean consumed;

        PageIterator(PaginatorConfig config, PageFetcher fetcher, PaginationArgs args) {
            this.config = config;
            this.fetcher = fetcher;
            this.maxItems = args.maxItems();
            this.pageSize = args.pageSize();
            this.startingToken = args.startingToken();
        }

        void forEach(Consumer<Map<String, Object>> consumer) {
            if (consumed) {
                seen.forEach(consumer);
                return;
            }
            consumed = true;
            String primary = config.resultKeys().get(0);
            Map<String, Object> nextToken = new LinkedHashMap<>();
            nextToken.put(config.inputToken(), null);
            if (startingToken != null) {
                start = PaginationToken.decode(startingToken, config.inputToken());
                nextToken = new LinkedHashMap<>(start.nextToken());
            }
            String requestToken = tokenForRequest(nextToken);
            if (pageSize != null && pageSize < 1) {
                throw new ParamValidationException("Parameter validation failed:\nInvalid value for parameter "
                        + config.limitKey() + ", value: " + pageSize + ", valid min value: 1");
            }
            long totalItems = 0;
            boolean firstRequest = true;
            Map<String, Object> previousNextToken = null;
            while (true) {
                Map<String, Object> page = new LinkedHashMap<>(fetcher.fetch(requestToken, pageSize));
                long startingTruncation = 0;
                if (firstRequest) {
                    if (startingToken != null) {
                        startingTruncation = handleFirstRequest(page, primary);
                    }
                    firstRequest = false;
                }
                Object current = page.get(primary);
                int count = current == null ? 0 : lengthOf(current);
                long truncateAmount = maxItems == null ? 0 : totalItems + count - maxItems;
                if (truncateAmount > 0) {
                    truncateResponse(page, primary, truncateAmount, startingTruncation, nextToken);
                    emit(page, consumer);
                    break;
                }
                emit(page, consumer);
                totalItems += count;
                nextToken = nextTokenOf(page);
                if (nextToken.values().stream().allMatch(Objects::isNull)) {
                    break;
                }
                if (maxItems != null && totalItems == maxItems) {
                    setResumeToken(nextToken);
                    break;
                }
                if (previousNextToken != null && previousNextToken.equals(nextToken)) {
                    throw new GeneralException("Error during pagination: The same next token was received twice: "
                            + PythonValues.repr(nextToken));
                }
                requestToken = tokenForRequest(nextToken);
                previousNextToken = nextToken;
            }
        }

        private void emit(Map<String, Object> page, Consumer<Map<String, Object>> consumer) {
            seen.add(page);
            consumer.accept(page);
        }

        /** {@code _inject_token_into_kwargs}: a None (or "None") token is left out of the request. */
        private String tokenForRequest(Map<String, Object> token) {
            Object value = token.get(config.inputToken());
            if (value == null || "None".equals(value)) {
                return null;
            }
            return PythonValues.str(value);
        }

        private long handleFirstRequest(Map<String, Object> page, String primary) {
            Object index = start.truncation();
            if (!PythonValues.isInteger(index)) {
                throw new GeneralException("slice indices must be integers or None or have an __index__ method");
            }
            long truncation = ((Number) index).longValue();
            Object allData = page.get(primary);
            Object data = null;
            if (allData instanceof List<?> list) {
                data = new ArrayList<>(list.subList(sliceIndex(truncation, list.size()), list.size()));
            } else if (allData instanceof String s) {
                int[] cps = s.codePoints().toArray();
                int from = sliceIndex(truncation, cps.length);
                data = new String(cps, from, cps.length - from);
            }
            page.put(primary, data);
            for (String key : config.resultKeys().subList(1, config.resultKeys().size())) {
                Object sample = page.get(key);
                page.put(key, sample instanceof List ? new ArrayList<>() : sample instanceof String ? ""
                        : PythonValues.isInteger(sample) ? (Object) 0L : PythonValues.isFloat(sample) ? 0L : null);
            }
            return truncation;
        }

        private void truncateResponse(Map<String, Object> page, String primary, long truncateAmount,
                long startingTruncation, Map<String, Object> nextToken) {
            Object original = page.get(primary);
            List<?> items = original instanceof List<?> list ? list : List.of();
            long amountToKeep = items.size() - truncateAmount;
            page.put(primary, new ArrayList<>(items.subList(0, sliceIndex(amountToKeep, items.size()))));
            Map<String, Object> token = new LinkedHashMap<>(nextToken);
            token.remove(PaginationToken.TRUNCATE_AMOUNT);
            token.put(PaginationToken.TRUNCATE_AMOUNT, amountToKeep + startingTruncation);
            setResumeToken(token);
        }

        /** The resume-token setter checks that the token has exactly the paginator's input token(s). */
        private void setResumeToken(Map<String, Object> token) {
            List<String> keys = new ArrayList<>(token.keySet());
            keys.remove(PaginationToken.TRUNCATE_AMOUNT);
            if (!keys.equals(List.of(config.inputToken()))) {
                throw new GeneralException("Bad starting token: " + PythonValues.repr(token));
            }
            resumeToken = PaginationToken.encode(token);
        }

        private Map<String, Object> nextTokenOf(Map<String, Object> page) {
            Map<String, Object> token = new LinkedHashMap<>();
            Object value = page.get(config.outputToken());
            token.put(config.inputToken(), PythonValues.truthy(value) ? value : null);
            return token;
        }

        /** {@code build_full_result}: result keys concatenated across pages, then {@code NextToken}. */
        Map<String, Object> buildFullResult() {
            Map<String, Object> complete = new LinkedHashMap<>();
            forEach(page -> {
                for (String key : config.resultKeys()) {
                    Object value = page.get(key);
                    if (value == null) {
                        continue;
                    }
                    Object existing = complete.get(key);
                    if (existing == null) {
                        complete.put(key, value instanceof List<?> list ? new ArrayList<Object>(list) : value);
                    } else if (value instanceof List<?> list && existing instanceof List<?>) {
                        @SuppressWarnings("unchecked")
                        List<Object> target = (List<Object>) existing;
                        target.addAll(list);
                    } else if (value instanceof String s && existing instanceof String e) {
                        complete.put(key, e + s);
                    }
                }
            });
            if (resumeToken != null) {
                complete.put("NextToken", resumeToken);
            }
            return complete;
        }

        private static int lengthOf(Object value) {
            if (value instanceof List<?> list) {
                return list.size();
            }
            if (value instanceof String s) {
                return s.codePointCount(0, s.length());
            }
            if (value instanceof Map<?, ?> map) {
                return map.size();
            }
            throw new GeneralException("object of type '" + PythonValues.typeName(value) + "' has no len()");
        }

        /** A Python slice bound: negative counts from the end, then clamped to the sequence. */
        private static int sliceIndex(long index, int length) {
            long i = index < 0 ? index + length : index;
            return (int) Math.max(0, Math.min(length, i));
        }
    }
}
