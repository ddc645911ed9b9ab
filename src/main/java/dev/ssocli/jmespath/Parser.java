package dev.ssocli.jmespath;

import dev.ssocli.python.PythonJsonDecoder;
import dev.ssocli.python.PythonStrings;
import dev.ssocli.python.PythonValues;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lexer and Pratt parser of Python's {@code jmespath} ({@code jmespath/lexer.py Lexer},
 * {@code jmespath/parser.py Parser}), building the tree of {@code jmespath/ast.py}. Errors carry Python's exception
 * texts, which the CLI prints after {@code Bad value for --query EXPR: } (exit 252, docs/cli-surface.md).
 */
final class Parser {
    private static final Map<String, Integer> BINDING_POWER = new LinkedHashMap<>();
    private static final int PROJECTION_STOP = 10;
    private static final int RECURSION_LIMIT = 1000;
    private static final int CALLER_FRAMES = 21;

    static {
        for (String type : List.of("eof", "unquoted_identifier", "quoted_identifier", "literal", "rbracket",
                "rparen", "comma", "rbrace", "number", "current", "expref", "colon")) {
            BINDING_POWER.put(type, 0);
        }
        BINDING_POWER.put("pipe", 1);
        BINDING_POWER.put("or", 2);
        BINDING_POWER.put("and", 3);
        for (String type : List.of("eq", "gt", "lt", "gte", "lte", "ne")) {
            BINDING_POWER.put(type, 5);
        }
        BINDING_POWER.put("flatten", 9);
        BINDING_POWER.put("star", 20);
        BINDING_POWER.put("filter", 21);
        BINDING_POWER.put("dot", 40);
        BINDING_POWER.put("not", 45);
        BINDING_POWER.put("lbrace", 50);
        BINDING_POWER.put("lbracket", 55);
        BINDING_POWER.put("lparen", 60);
    }

    /** A lexer token. */
    private record Token(String type, Object value, int start, int end) {
    }

    /** A syntax error, rendered as Python's exception {@code __str__}. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }

    private final String expression;
    private final int[] chars;
    private List<Token> tokens;
    private int index;
    private int depth;

    private Parser(String expression) {
        this.expression = expression;
        this.chars = expression.codePoints().toArray();
    }

    /** {@code Parser.parse}: the tree of an expression, or Python's error text. */
    static Node parse(String expression) throws SyntaxError {
        return new Parser(expression).parse();
    }

    private Node parse() throws SyntaxError {
        tokens = new Lexer().tokenize();
        index = 0;
        Node parsed = expression(0);
        if (!currentType().equals("eof")) {
            Token t = lookaheadToken(0);
            throw parseError(t, "Unexpected token: " + PythonValues.str(t.value));
        }
        return parsed;
    }

    // ---- parser (jmespath/parser.py Parser, building the nodes of jmespath/ast.py) ----

    /**
     * Python's recursion limit: the CLI fails a deeply nested query with {@code RecursionError} while parsing it
     * ({@code Bad value for --query ...: maximum recursion depth exceeded}, exit 252). Each call counted here stands
     * for one Python frame of {@code Parser}; {@link #CALLER_FRAMES} are the frames below the parser in the CLI and
     * those a failing leaf adds, measured on the CLI with {@code [} and {@code (} nested until it fails.
     */
    private void enterFrame() throws SyntaxError {
        if (++depth + CALLER_FRAMES > RECURSION_LIMIT) {
            throw new SyntaxError("maximum recursion depth exceeded");
        }
    }

    private Node expression(int bindingPower) throws SyntaxError {
        enterFrame();
        try {
            return expressionFrame(bindingPower);
        } finally {
            depth--;
        }
    }

    private Node nud(Token token) throws SyntaxError {
        enterFrame();
        try {
            return nudFrame(token);
        } finally {
            depth--;
        }
    }

    private Node led(String type, Node left) throws SyntaxError {
        enterFrame();
        try {
            return ledFrame(type, left);
        } finally {
            depth--;
        }
    }

    private Node parseMultiSelectList() throws SyntaxError {
        enterFrame();
        try {
            return parseMultiSelectListFrame();
        } finally {
            depth--;
        }
    }

    private Node parseMultiSelectHash() throws SyntaxError {
        enterFrame();
        try {
            return parseMultiSelectHashFrame();
        } finally {
            depth--;
        }
    }

    private Node parseProjectionRhs(int bindingPower) throws SyntaxError {
        enterFrame();
        try {
            return parseProjectionRhsFrame(bindingPower);
        } finally {
            depth--;
        }
    }

    private Node parseDotRhs(int bindingPower) throws SyntaxError {
        enterFrame();
        try {
            return parseDotRhsFrame(bindingPower);
        } finally {
            depth--;
        }
    }

    private Node ledFilter(Node left) throws SyntaxError {
        enterFrame();
        try {
            return ledFilterFrame(left);
        } finally {
            depth--;
        }
    }


    private Node expressionFrame(int bindingPower) throws SyntaxError {
        Token left = lookaheadToken(0);
        advance();
        Node leftNode = nud(left);
        String current = currentType();
        while (bindingPower < BINDING_POWER.get(current)) {
            if (!hasLed(current)) {
                throw parseError(lookaheadToken(0), "invalid token");
            }
            advance();
            leftNode = led(current, leftNode);
            current = currentType();
        }
        return leftNode;
    }

    private Node nudFrame(Token token) throws SyntaxError {
        switch (token.type) {
            case "literal":
                return Node.valued("literal", token.value);
            case "unquoted_identifier":
                return Node.valued("field", token.value);
            case "quoted_identifier":
                if (currentType().equals("lparen")) {
                    Token t = lookaheadToken(0);
                    throw parseError(0, t, "Quoted identifier not allowed for function names.");
                }
                return Node.valued("field", token.value);
            case "star": {
                Node right = currentType().equals("rbracket") ? Node.of("identity")
                        : parseProjectionRhs(BINDING_POWER.get("star"));
                return Node.of("value_projection", Node.of("identity"), right);
            }
            case "filter":
                return ledFilter(Node.of("identity"));
            case "lbrace":
                return parseMultiSelectHash();
            case "lparen": {
                Node inner = expression(0);
                match("rparen");
                return inner;
            }
            case "flatten": {
                Node left = Node.of("flatten", Node.of("identity"));
                return Node.of("projection", left, parseProjectionRhs(BINDING_POWER.get("flatten")));
            }
            case "not":
                return Node.of("not_expression", expression(BINDING_POWER.get("not")));
            case "lbracket":
                if (currentType().equals("number") || currentType().equals("colon")) {
                    return projectIfSlice(Node.of("identity"), parseIndexExpression());
                } else if (currentType().equals("star") && lookahead(1).equals("rbracket")) {
                    advance();
                    advance();
                    return Node.of("projection", Node.of("identity"), parseProjectionRhs(BINDING_POWER.get("star")));
                }
                return parseMultiSelectList();
            case "current":
                return Node.of("current");
            case "expref":
                return Node.of("expref", expression(BINDING_POWER.get("expref")));
            default:
                if (token.type.equals("eof")) {
                    throw incomplete();
                }
                throw parseError(token, "invalid token");
        }
    }

    private static boolean hasLed(String type) {
        return switch (type) {
            case "dot", "pipe", "or", "and", "lparen", "filter", "eq", "ne", "gt", "gte", "lt", "lte", "flatten",
                    "lbracket" -> true;
            default -> false;
        };
    }

    private Node ledFrame(String type, Node left) throws SyntaxError {
        switch (type) {
            case "dot": {
                if (!currentType().equals("star")) {
                    Node right = parseDotRhs(BINDING_POWER.get("dot"));
                    if (left.type.equals("subexpression")) {
                        left.children.add(right);
                        return left;
                    }
                    return Node.of("subexpression", left, right);
                }
                advance();
                return Node.of("value_projection", left, parseProjectionRhs(BINDING_POWER.get("dot")));
            }
            case "pipe":
                return Node.of("pipe", left, expression(BINDING_POWER.get("pipe")));
            case "or":
                return Node.of("or_expression", left, expression(BINDING_POWER.get("or")));
            case "and":
                return Node.of("and_expression", left, expression(BINDING_POWER.get("and")));
            case "eq", "ne", "gt", "gte", "lt", "lte":
                return Node.valued("comparator", type, left, expression(BINDING_POWER.get(type)));
            case "lparen":
                return ledFunction(left);
            case "filter":
                return ledFilter(left);
            case "flatten":
                return Node.of("projection", Node.of("flatten", left),
                        parseProjectionRhs(BINDING_POWER.get("flatten")));
            default: {
                Token token = lookaheadToken(0);
                if (token.type.equals("number") || token.type.equals("colon")) {
                    Node right = parseIndexExpression();
                    if (left.type.equals("index_expression")) {
                        left.children.add(right);
                        return left;
                    }
                    return projectIfSlice(left, right);
                }
                match("star");
                match("rbracket");
                return Node.of("projection", left, parseProjectionRhs(BINDING_POWER.get("star")));
            }
        }
    }

    private Node ledFunction(Node left) throws SyntaxError {
        if (!left.type.equals("field")) {
            Token previous = lookaheadToken(-2);
            throw parseError(previous, "Invalid function name '" + PythonValues.str(previous.value) + "'");
        }
        List<Node> arguments = new ArrayList<>();
        while (!currentType().equals("rparen")) {
            Node argument = expression(0);
            if (currentType().equals("comma")) {
                match("comma");
            }
            arguments.add(argument);
        }
        match("rparen");
        return Node.withChildren("function_expression", left.value, arguments);
    }

    private Node ledFilterFrame(Node left) throws SyntaxError {
        Node condition = expression(0);
        match("rbracket");
        Node right = currentType().equals("flatten") ? Node.of("identity")
                : parseProjectionRhs(BINDING_POWER.get("filter"));
        return Node.of("filter_projection", left, right, condition);
    }

    private Node parseIndexExpression() throws SyntaxError {
        if (lookahead(0).equals("colon") || lookahead(1).equals("colon")) {
            return parseSliceExpression();
        }
        Node node = Node.valued("index", lookaheadToken(0).value);
        advance();
        match("rbracket");
        return node;
    }

    private Node parseSliceExpression() throws SyntaxError {
        Object[] parts = new Object[3];
        int part = 0;
        String current = currentType();
        while (!current.equals("rbracket") && part < 3) {
            if (current.equals("colon")) {
                part++;
                if (part == 3) {
                    throw parseError(lookaheadToken(0), "syntax error");
                }
                advance();
            } else if (current.equals("number")) {
                parts[part] = lookaheadToken(0).value;
                advance();
            } else {
                throw parseError(lookaheadToken(0), "syntax error");
            }
            current = currentType();
        }
        match("rbracket");
        return Node.slice(parts[0], parts[1], parts[2]);
    }

    private Node projectIfSlice(Node left, Node right) throws SyntaxError {
        Node indexExpression = Node.of("index_expression", left, right);
        if (right.type.equals("slice")) {
            return Node.of("projection", indexExpression, parseProjectionRhs(BINDING_POWER.get("star")));
        }
        return indexExpression;
    }

    private Node parseMultiSelectListFrame() throws SyntaxError {
        List<Node> expressions = new ArrayList<>();
        while (true) {
            expressions.add(expression(0));
            if (currentType().equals("rbracket")) {
                break;
            }
            match("comma");
        }
        match("rbracket");
        return Node.withChildren("multi_select_list", null, expressions);
    }

    /** Like Python, accepts pairs without a comma between them: {@code {a:b c:d}} is {@code {a:b, c:d}}. */
    private Node parseMultiSelectHashFrame() throws SyntaxError {
        List<Node> pairs = new ArrayList<>();
        while (true) {
            Token key = lookaheadToken(0);
            matchMultiple(List.of("quoted_identifier", "unquoted_identifier"));
            match("colon");
            pairs.add(Node.valued("key_val_pair", key.value, expression(0)));
            if (currentType().equals("comma")) {
                match("comma");
            } else if (currentType().equals("rbrace")) {
                match("rbrace");
                break;
            }
        }
        return Node.withChildren("multi_select_dict", null, pairs);
    }

    private Node parseProjectionRhsFrame(int bindingPower) throws SyntaxError {
        String current = currentType();
        if (BINDING_POWER.get(current) < PROJECTION_STOP) {
            return Node.of("identity");
        }
        if (current.equals("lbracket") || current.equals("filter")) {
            return expression(bindingPower);
        } else if (current.equals("dot")) {
            match("dot");
            return parseDotRhs(bindingPower);
        }
        throw parseError(lookaheadToken(0), "syntax error");
    }

    private Node parseDotRhsFrame(int bindingPower) throws SyntaxError {
        String lookahead = currentType();
        if (lookahead.equals("quoted_identifier") || lookahead.equals("unquoted_identifier")
                || lookahead.equals("star")) {
            return expression(bindingPower);
        } else if (lookahead.equals("lbracket")) {
            match("lbracket");
            return parseMultiSelectList();
        } else if (lookahead.equals("lbrace")) {
            match("lbrace");
            return parseMultiSelectHash();
        }
        Token t = lookaheadToken(0);
        throw parseError(t, "Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: "
                + t.type);
    }

    private void match(String type) throws SyntaxError {
        if (currentType().equals(type)) {
            advance();
        } else {
            throw parseErrorMaybeEof(type, lookaheadToken(0));
        }
    }

    private void matchMultiple(List<String> types) throws SyntaxError {
        if (!types.contains(currentType())) {
            throw parseErrorMaybeEof(PythonValues.repr(types), lookaheadToken(0));
        }
        advance();
    }

    private void advance() {
        index++;
    }

    private String currentType() {
        return tokens.get(index).type;
    }

    private String lookahead(int n) {
        return tokens.get(index + n).type;
    }

    /** Python indexes from the end for a negative position; the parser relies on it for {@code -2}. */
    private Token lookaheadToken(int n) {
        int at = index + n;
        return tokens.get(at < 0 ? tokens.size() + at : at);
    }

    private SyntaxError parseErrorMaybeEof(String expected, Token token) {
        if (token.type.equals("eof")) {
            return incomplete();
        }
        return parseError(token, "Expecting: " + expected + ", got: " + token.type);
    }

    private SyntaxError incomplete() {
        int length = chars.length;
        return new SyntaxError("Invalid jmespath expression: Incomplete expression:\n\"" + expression + "\"\n"
                + " ".repeat(length + 1) + "^");
    }

    private SyntaxError parseError(Token token, String reason) {
        return parseError(token.start, token, reason);
    }

    private SyntaxError parseError(int position, Token token, String reason) {
        return new SyntaxError(reason + ": Parse error at column " + position + ", token \""
                + PythonValues.str(token.value) + "\" (" + token.type.toUpperCase(java.util.Locale.ROOT)
                + "), for expression:\n\"" + expression + "\"\n" + " ".repeat(position + 1) + "^");
    }

    private SyntaxError lexerError(int position, String message) {
        return new SyntaxError("Bad jmespath expression: " + message + ":\n" + expression + "\n"
                + " ".repeat(position) + "^");
    }

    // ---- lexer (jmespath/lexer.py) ----

    private final class Lexer {
        private int position;
        private int current;
        private static final int NONE = -1;

        List<Token> tokenize() throws SyntaxError {
            if (chars.length == 0) {
                throw new SyntaxError("Invalid JMESPath expression: cannot be empty.");
            }
            List<Token> out = new ArrayList<>();
            position = 0;
            current = chars[0];
            while (current != NONE) {
                String simple = simpleToken(current);
                if (simple != null) {
                    out.add(new Token(simple, new String(Character.toChars(current)), position, position + 1));
                    next();
                } else if (isIdentifierStart(current)) {
                    int start = position;
                    StringBuilder buff = new StringBuilder().appendCodePoint(current);
                    while (isIdentifierPart(next())) {
                        buff.appendCodePoint(current);
                    }
                    out.add(new Token("unquoted_identifier", buff.toString(), start, start + buff.length()));
                } else if (current == ' ' || current == '\t' || current == '\n' || current == '\r') {
                    next();
                } else if (current == '[') {
                    int start = position;
                    int nextChar = next();
                    if (nextChar == ']') {
                        next();
                        out.add(new Token("flatten", "[]", start, start + 2));
                    } else if (nextChar == '?') {
                        next();
                        out.add(new Token("filter", "[?", start, start + 2));
                    } else {
                        out.add(new Token("lbracket", "[", start, start + 1));
                    }
                } else if (current == '\'') {
                    int start = position;
                    String lexeme = consumeUntil('\'').replace("\\'", "'");
                    out.add(new Token("literal", lexeme, start, endAfterDelimiter()));
                } else if (current == '|') {
                    out.add(matchOrElse('|', "or", "pipe"));
                } else if (current == '&') {
                    out.add(matchOrElse('&', "and", "expref"));
                } else if (current == '`') {
                    out.add(consumeLiteral());
                } else if (current >= '0' && current <= '9') {
                    int start = position;
                    String buff = consumeNumber();
                    out.add(new Token("number", new BigInteger(buff), start, start + buff.length()));
                } else if (current == '-') {
                    int start = position;
                    String buff = consumeNumber();
                    if (buff.length() > 1) {
                        out.add(new Token("number", new BigInteger(buff), start, start + buff.length()));
                    } else {
                        throw lexerError(start, "Unknown token '" + buff + "'");
                    }
                } else if (current == '"') {
                    out.add(consumeQuotedIdentifier());
                } else if (current == '<') {
                    out.add(matchOrElse('=', "lte", "lt"));
                } else if (current == '>') {
                    out.add(matchOrElse('=', "gte", "gt"));
                } else if (current == '!') {
                    out.add(matchOrElse('=', "ne", "not"));
                } else if (current == '=') {
                    if (next() == '=') {
                        out.add(new Token("eq", "==", position - 1, position + 1));
                        next();
                    } else {
                        int at = current == NONE ? position : position - 1;
                        throw lexerError(at, "Unknown token '='");
                    }
                } else {
                    throw lexerError(position, "Unknown token " + new String(Character.toChars(current)));
                }
            }
            out.add(new Token("eof", "", chars.length, chars.length));
            return out;
        }

        private String simpleToken(int c) {
            return switch (c) {
                case '.' -> "dot";
                case '*' -> "star";
                case ']' -> "rbracket";
                case ',' -> "comma";
                case ':' -> "colon";
                case '@' -> "current";
                case '(' -> "lparen";
                case ')' -> "rparen";
                case '{' -> "lbrace";
                case '}' -> "rbrace";
                default -> null;
            };
        }

        private boolean isIdentifierStart(int c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        }

        private boolean isIdentifierPart(int c) {
            return isIdentifierStart(c) || (c >= '0' && c <= '9');
        }

        private int next() {
            if (position == chars.length - 1) {
                current = NONE;
            } else {
                position++;
                current = chars[position];
            }
            return current;
        }

        /** After a closing delimiter: the position past it, even when the lexer stopped at the last character. */
        private int endAfterDelimiter() {
            return current == NONE ? chars.length : position;
        }

        private String consumeNumber() {
            StringBuilder buff = new StringBuilder().appendCodePoint(current);
            while (next() >= '0' && current <= '9') {
                buff.appendCodePoint(current);
            }
            return buff.toString();
        }

        private String consumeUntil(int delimiter) throws SyntaxError {
            int start = position;
            StringBuilder buff = new StringBuilder();
            next();
            while (current != delimiter) {
                if (current == '\\') {
                    buff.append('\\');
                    next();
                }
                if (current == NONE) {
                    throw lexerError(start, "Unclosed " + new String(Character.toChars(delimiter)) + " delimiter");
                }
                buff.appendCodePoint(current);
                next();
            }
            next();
            return buff.toString();
        }

        private Token consumeLiteral() throws SyntaxError {
            int start = position;
            String lexeme = consumeUntil('`').replace("\\`", "`");
            int end = endAfterDelimiter();
            Object value;
            try {
                value = PythonJsonDecoder.loads(lexeme);
            } catch (PythonJsonDecoder.DecodeError e) {
                try {
                    // JEP-12: invalid JSON is read as a quoted string during the deprecation period.
                    value = PythonJsonDecoder.loads("\"" + PythonStrings.lstrip(lexeme) + "\"");
                } catch (PythonJsonDecoder.DecodeError again) {
                    throw lexerError(start, "Bad token " + lexeme);
                }
            }
            return new Token("literal", value, start, end);
        }

        private Token consumeQuotedIdentifier() throws SyntaxError {
            int start = position;
            String lexeme = "\"" + consumeUntil('"') + "\"";
            int end = endAfterDelimiter();
            try {
                return new Token("quoted_identifier", PythonJsonDecoder.loads(lexeme), start, end);
            } catch (PythonJsonDecoder.DecodeError e) {
                throw lexerError(start, e.getMessage().split(":", 2)[0]);
            }
        }

        private Token matchOrElse(int expected, String matchType, String elseType) {
            int start = position;
            int first = current;
            int nextChar = next();
            if (nextChar == expected) {
                next();
                String lexeme = new String(Character.toChars(first)) + new String(Character.toChars(nextChar));
                return new Token(matchType, lexeme, start, start + 2);
            }
            return new Token(elseType, new String(Character.toChars(first)), start, start + 1);
        }
    }
}
