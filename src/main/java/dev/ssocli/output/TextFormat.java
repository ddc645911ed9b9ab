package dev.ssocli.output;

import dev.ssocli.errors.GeneralException;
import dev.ssocli.python.PythonValues;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code --output text}: a port of {@code awscli/text.py} (docs/cli-surface.md#text): scalars of a dict on one
 * tab-separated line in key order, nested values below it under their upper-cased key.
 */
final class TextFormat {
    private TextFormat() {
    }

    static void format(Object data, StringBuilder out) {
        formatText(data, out, null, null);
    }

    private static void formatText(Object item, StringBuilder out, String identifier, List<String> scalarKeys) {
        if (item instanceof Map<?, ?> dict) {
            formatDict(scalarKeys, dict, identifier, out);
        } else if (item instanceof List<?> list) {
            formatList(list, identifier, out);
        } else {
            out.append(PythonValues.str(item)).append('\n');
        }
    }

    private static void formatList(List<?> items, String identifier, StringBuilder out) {
        if (items.isEmpty()) {
            return;
        }
        if (items.stream().anyMatch(PythonValues::isDict)) {
            List<String> allKeys = allScalarKeys(items);
            for (Object element : items) {
                formatText(element, out, identifier, allKeys);
            }
        } else if (items.stream().anyMatch(PythonValues::isList)) {
            List<Object> scalars = new ArrayList<>();
            List<Object> nonScalars = new ArrayList<>();
            for (Object element : items) {
                (PythonValues.isScalar(element) ? scalars : nonScalars).add(element);
            }
            if (!scalars.isEmpty()) {
                formatScalarList(scalars, identifier, out);
            }
            for (Object nonScalar : nonScalars) {
                formatText(nonScalar, out, identifier, null);
            }
        } else {
            formatScalarList(items, identifier, out);
        }
    }

    private static void formatScalarList(List<?> elements, String identifier, StringBuilder out) {
        if (identifier != null) {
            String upper = identifier.toUpperCase(Locale.ROOT);
            for (Object element : elements) {
                out.append(upper).append('\t').append(PythonValues.str(element)).append('\n');
            }
        } else {
            for (int i = 0; i < elements.size(); i++) {
                out.append(i == 0 ? "" : "\t").append(PythonValues.str(elements.get(i)));
            }
            out.append('\n');
        }
    }

    private static void formatDict(List<String> scalarKeys, Map<?, ?> dict, String identifier, StringBuilder out) {
        List<String> scalars = new ArrayList<>();
        List<Map.Entry<String, Object>> nonScalars = new ArrayList<>();
        if (scalarKeys == null) {
            for (String key : sortedKeys(dict)) {
                Object value = dict.get(key);
                if (PythonValues.isScalar(value)) {
                    scalars.add(PythonValues.str(value));
                } else {
                    nonScalars.add(new AbstractMap.SimpleImmutableEntry<>(key, value));
                }
            }
        } else {
            for (String key : scalarKeys) {
                scalars.add(PythonValues.str(dict.containsKey(key) ? dict.get(key) : ""));
            }
            // Keys outside the union of scalar keys go below, whatever their type (text.py _partition_dict).
            for (String key : sortedKeys(dict)) {
                if (!scalarKeys.contains(key)) {
                    nonScalars.add(new AbstractMap.SimpleImmutableEntry<>(key, dict.get(key)));
                }
            }
        }
        if (!scalars.isEmpty()) {
            if (identifier != null) {
                scalars.add(0, identifier.toUpperCase(Locale.ROOT));
            }
            out.append(String.join("\t", scalars)).append('\n');
        }
        for (Map.Entry<String, Object> entry : nonScalars) {
            formatText(entry.getValue(), out, entry.getKey(), null);
        }
    }

    private static List<String> allScalarKeys(List<?> listOfDicts) {
        TreeSet<String> seen = new TreeSet<>(PythonValues.CODE_POINT_ORDER);
        for (Object item : listOfDicts) {
            if (!(item instanceof Map<?, ?> dict)) {
                // text.py calls item.items() on every element once one of them is a dict.
                throw new GeneralException("'" + PythonValues.typeName(item) + "' object has no attribute 'items'");
            }
            for (Map.Entry<?, ?> entry : dict.entrySet()) {
                if (PythonValues.isScalar(entry.getValue())) {
                    seen.add(String.valueOf(entry.getKey()));
                }
            }
        }
        return new ArrayList<>(seen);
    }

    static List<String> sortedKeys(Map<?, ?> dict) {
        List<String> keys = new ArrayList<>(dict.size());
        for (Object key : dict.keySet()) {
            keys.add(String.valueOf(key));
        }
        keys.sort(PythonValues.CODE_POINT_ORDER);
        return keys;
    }
}
