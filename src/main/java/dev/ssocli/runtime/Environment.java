package dev.ssocli.runtime;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An immutable snapshot of the process environment; the only place that may read {@code System.getenv}. */
public final class Environment {
    private final Map<String, String> variables;

    public Environment(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    /** The environment of this process. */
    public static Environment fromSystem() {
        return new Environment(System.getenv());
    }

    /** The value of {@code name}, or null when unset (an empty value is returned as is). */
    public String get(String name) {
        return variables.get(name);
    }

    /** The value of {@code name} when it is set and not empty. */
    public Optional<String> nonEmpty(String name) {
        String value = variables.get(name);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** All variables, for passing to child processes. */
    public Map<String, String> asMap() {
        return variables;
    }

    /** A copy with {@code name} set to {@code value} (or removed when value is null). */
    public Environment with(String name, String value) {
        Map<String, String> copy = new TreeMap<>(variables);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(name, value);
        }
        return new Environment(copy);
    }
}
