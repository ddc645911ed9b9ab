package dev.ssocli.python;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code difflib.get_close_matches}: the CLI's argument parser names the choices close to an invalid one
 * ({@code Maybe you meant:}, {@code awscli/argparser.py}, cutoff 0.8). The ratio is {@code SequenceMatcher}'s, without
 * junk (the automatic junk heuristic only starts at 200 characters, far beyond a command name).
 */
public final class Difflib {
    private Difflib() {
    }

    /**
     * At most {@code n} of {@code possibilities} whose similarity to {@code word} is at least {@code cutoff}, best
     * first; equal scores in reverse string order, as {@code heapq.nlargest} over {@code (score, x)} pairs gives them.
     */
    public static List<String> closeMatches(String word, List<String> possibilities, int n, double cutoff) {
        record Scored(double score, String value) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String candidate : possibilities) {
            double ratio = ratio(candidate, word);
            if (ratio >= cutoff) {
                scored.add(new Scored(ratio, candidate));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).thenComparing(Scored::value, Difflib::compareCodePoints)
                .reversed());
        return scored.stream().limit(n).map(Scored::value).toList();
    }

    /** {@code SequenceMatcher(None, a, b).ratio()}: twice the matched characters over the total length. */
    public static double ratio(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int total = x.length + y.length;
        return total == 0 ? 1.0 : 2.0 * matchedCharacters(x, y) / total;
    }

    /** The sum of {@code get_matching_blocks()} sizes: longest match first, then recursively left and right of it. */
    private static int matchedCharacters(int[] a, int[] b) {
        Map<Integer, List<Integer>> b2j = new HashMap<>();
        for (int j = 0; j < b.length; j++) {
            b2j.computeIfAbsent(b[j], k -> new ArrayList<>()).add(j);
        }
        int matched = 0;
        Deque<int[]> queue = new ArrayDeque<>();
        queue.push(new int[] {0, a.length, 0, b.length});
        while (!queue.isEmpty()) {
            int[] range = queue.pop();
            int alo = range[0];
            int ahi = range[1];
            int blo = range[2];
            int bhi = range[3];
            int[] match = longestMatch(a, b2j, alo, ahi, blo, bhi);
            int i = match[0];
            int j = match[1];
            int k = match[2];
            if (k > 0) {
                matched += k;
                if (alo < i && blo < j) {
                    queue.push(new int[] {alo, i, blo, j});
                }
                if (i + k < ahi && j + k < bhi) {
                    queue.push(new int[] {i + k, ahi, j + k, bhi});
                }
            }
        }
        return matched;
    }

    /** {@code find_longest_match}: the earliest longest block of {@code a[alo:ahi]} equal to one of {@code b[blo:bhi]}. */
    private static int[] longestMatch(int[] a, Map<Integer, List<Integer>> b2j, int alo, int ahi, int blo, int bhi) {
        int besti = alo;
        int bestj = blo;
        int bestsize = 0;
        Map<Integer, Integer> j2len = new HashMap<>();
        for (int i = alo; i < ahi; i++) {
            Map<Integer, Integer> newj2len = new HashMap<>();
            for (int j : b2j.getOrDefault(a[i], List.of())) {
                if (j < blo) {
                    continue;
                }
                if (j >= bhi) {
                    break;
                }
                int k = j2len.getOrDefault(j - 1, 0) + 1;
                newj2len.put(j, k);
                if (k > bestsize) {
                    besti = i - k + 1;
                    bestj = j - k + 1;
                    bestsize = k;
                }
            }
            j2len = newj2len;
        }
        return new int[] {besti, bestj, bestsize};
    }

    private static int compareCodePoints(String x, String y) {
        return java.util.Arrays.compare(x.codePoints().toArray(), y.codePoints().toArray());
    }
}
