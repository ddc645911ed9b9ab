package dev.ssocli.output;

import java.util.Map;

/** Fetches one page of a list operation from the service. */
@FunctionalInterface
public interface PageFetcher {
    /**
     * One service page as a response model (output-shape order, including the service's {@code nextToken}).
     *
     * @param nextToken the service token of the page to fetch, null for the first page
     * @param pageSize the service page size ({@code --page-size}), null for the service default
     */
    Map<String, Object> fetch(String nextToken, Integer pageSize);
}
