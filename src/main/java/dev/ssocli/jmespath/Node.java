package dev.ssocli.jmespath;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A node of the syntax tree, shaped like the dicts of {@code jmespath/ast.py}: a type, children, and a value
 * (field name, literal, index, comparator or function name). Slice children are the bounds, null when omitted.
 */
final class Node {
    final String type;
    final List<Node> children;
    final Object value;
    /** Slice bounds ({@code ast.slice}): start, stop, step, each null when absent. */
    final Object[] slice;

    private Node(String type, List<Node> children, Object value, Object[] slice) {
        this.type = type;
        this.children = children;
        this.value = value;
        this.slice = slice;
    }

    static Node of(String type, Node... children) {
        return new Node(type, new ArrayList<>(Arrays.asList(children)), null, null);
    }

    static Node valued(String type, Object value, Node... children) {
        return new Node(type, new ArrayList<>(Arrays.asList(children)), value, null);
    }

    static Node withChildren(String type, Object value, List<Node> children) {
        return new Node(type, children, value, null);
    }

    static Node slice(Object start, Object stop, Object step) {
        return new Node("slice", new ArrayList<>(), null, new Object[] {start, stop, step});
    }

    Node child(int index) {
        return children.get(index);
    }
}
