package dev.ssocli.output;

import dev.ssocli.errors.ParamValidationException;
import dev.ssocli.python.PythonJson;
import dev.ssocli.python.PythonJsonDecoder;
import dev.ssocli.python.PythonValues;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a {@code --query} the way the CLI compiles it: a port of the lexer and Pratt parser of Python's
 * {@code jmespath} 1.0.1 (the library inside AWS CLI 2.9.19), so that a bad expression fails with the CLI's exact
 * {@code Bad value for --query ...} text (exit 252, docs/cli-surface.md#sts-get-caller-identity). It builds no tree; it
 * returns the expression re-spelled for jmespath-java (literals and quoted strings in canonical form, since Python
 * accepts legacy spellings such as {@code `foo`}) and the function calls in evaluation order.
 */
final class JmesPathSyntax {
    /** The result of a successful check. */
    record Checked(String expression, String javaExpression, List<FunctionCall> functionCalls) {
    }

    /** A function call as written: Python resolves the name and checks the arity only when evaluating. */
    record FunctionCall(String name, int argumentCount) {
    }

    private static final Map<String, Integer> BINDING_POWER = new LinkedHashMap<>();
    private static final int PROJECTION_STOP = 10;

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

    /** A lexer token; {@code end} is the code point after the token (for re-spelling literals). */
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
    private final List<FunctionCall> calls = new ArrayList<>();

    private JmesPathSyntax(String expression) {
        this.expression = expression;
        this.chars = expression.codePoints().toArray();
    }

    /** Compiles like {@code jmespath.compile}; failures become the CLI's parameter validation error. */
    static Checked check(String expression) {
        try {
            return new JmesPathSyntax(expression).parse();
        } catch (SyntaxError e) {
            throw new ParamValidationException("Bad value for --query " + expression + ": " + e.getMessage());
        }
    }

    private Checked parse() throws SyntaxError {
        tokens = new Lexer().tokenize();
        index = 0;
        expression(0);
        if (!currentType().equals("eof")) {
            Token t = lookaheadToken(0);
            throw parseError(t, "Unexpected token: " + PythonValues.str(t.value));
        }
        return new Checked(expression, respell(), List.copyOf(calls));
    }

    // ---- parser (jmespath/parser.py) ----

    /** Returns the node type of the parsed expression; only "field" matters to the grammar. */
    private String expression(int bindingPower) throws SyntaxError {
        Token left = lookaheadToken(0);
        advance();
        String leftType = nud(left);
        String current = currentType();
        while (bindingPower < BINDING_POWER.get(current)) {
            if (!hasLed(current)) {
                throw parseError(lookaheadToken(0), "invalid token");
            }
            advance();
            leftType = led(current, leftType);
            current = currentType();
        }
        return leftType;
    }

    private String nud(Token token) throws SyntaxError {
        switch (token.type) {
            case "literal":
                return "literal";
            case "unquoted_identifier":
                return "field";
            case "quoted_identifier":
                if (currentType().equals("lparen")) {
                    Token t = lookaheadToken(0);
                    throw parseError(0, t, "Quoted identifier not allowed for function names.");
                }
                return "field";
            case "star":
                if (!currentType().equals("rbracket")) {
                    parseProjectionRhs(BINDING_POWER.get("star"));
                }
                return "value_projection";
            case "filter":
                return ledFilter();
            case "lbrace":
                parseMultiSelectHash();
                return "multi_select_dict";
            case "lparen": {
                String inner = expression(0);
                match("rparen");
                return inner;
            }
            case "flatten":
                parseProjectionRhs(BINDING_POWER.get("flatten"));
                return "projection";
            case "not":
                expression(BINDING_POWER.get("not"));
                return "not_expression";
            case "lbracket":
                if (currentType().equals("number") || currentType().equals("colon")) {
                    return projectIfSlice(parseIndexExpression());
                } else if (currentType().equals("star") && lookahead(1).equals("rbracket")) {
                    advance();
                    advance();
                    parseProjectionRhs(BINDING_POWER.get("star"));
                    return "projection";
                }
                parseMultiSelectList();
                return "multi_select_list";
            case "current":
                return "current";
            case "expref":
                expression(BINDING_POWER.get("expref"));
                return "expref";
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

    private String led(String type, String leftType) throws SyntaxError {
        switch (type) {
            case "dot":
                if (!currentType().equals("star")) {
                    parseDotRhs(BINDING_POWER.get("dot"));
                    return "subexpression";
                }
                advance();
                parseProjectionRhs(BINDING_POWER.get("dot"));
                return "value_projection";
            case "pipe", "or", "and", "eq", "ne", "gt", "gte", "lt", "lte":
                expression(BINDING_POWER.get(type));
                return type;
            case "lparen":
                return ledFunction(leftType);
            case "filter":
                return ledFilter();
            case "flatten":
                parseProjectionRhs(BINDING_POWER.get("flatten"));
                return "projection";
            default: {
                Token token = lookaheadToken(0);
                if (token.type.equals("number") || token.type.equals("colon")) {
                    return projectIfSlice(parseIndexExpression());
                }
                match("star");
                match("rbracket");
                parseProjectionRhs(BINDING_POWER.get("star"));
                return "projection";
            }
        }
    }

    private String ledFunction(String leftType) throws SyntaxError {
        if (!leftType.equals("field")) {
            Token previous = lookaheadToken(-2);
            throw parseError(previous, "Invalid function name '" + PythonValues.str(previous.value) + "'");
        }
        String name = String.valueOf(lookaheadToken(-2).value);
        int arguments = 0;
        while (!currentType().equals("rparen")) {
            expression(0);
            if (currentType().equals("comma")) {
                match("comma");
            }
            arguments++;
        }
        match("rparen");
        calls.add(new FunctionCall(name, arguments));
        return "function_expression";
    }

    private String ledFilter() throws SyntaxError {
        expression(0);
        match("rbracket");
        if (!currentType().equals("flatten")) {
            parseProjectionRhs(BINDING_POWER.get("filter"));
        }
        return "filter_projection";
    }

    private String parseIndexExpression() throws SyntaxError {
        if (lookahead(0).equals("colon") || lookahead(1).equals("colon")) {
            parseSliceExpression();
            return "slice";
        }
        advance();
        match("rbracket");
        return "index";
    }

    private void parseSliceExpression() throws SyntaxError {
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
                advance();
            } else {
                throw parseError(lookaheadToken(0), "syntax error");
            }
            current = currentType();
        }
        match("rbracket");
    }

    private String projectIfSlice(String rightType) throws SyntaxError {
        if (rightType.equals("slice")) {
            parseProjectionRhs(BINDING_POWER.get("star"));
            return "projection";
        }
        return "index_expression";
    }

    private void parseMultiSelectList() throws SyntaxError {
        while (true) {
            expression(0);
            if (currentType().equals("rbracket")) {
                break;
            }
            match("comma");
        }
        match("rbracket");
    }

    private void parseMultiSelectHash() throws SyntaxError {
        while (true) {
            matchMultiple(List.of("quoted_identifier", "unquoted_identifier"));
            match("colon");
            expression(0);
            if (currentType().equals("comma")) {
                match("comma");
            } else if (currentType().equals("rbrace")) {
                match("rbrace");
                break;
            }
        }
    }

    private void parseProjectionRhs(int bindingPower) throws SyntaxError {
        String current = currentType();
        if (BINDING_POWER.get(current) < PROJECTION_STOP) {
            return;
        }
        if (current.equals("lbracket") || current.equals("filter")) {
            expression(bindingPower);
        } else if (current.equals("dot")) {
            match("dot");
            parseDotRhs(bindingPower);
        } else {
            throw parseError(lookaheadToken(0), "syntax error");
        }
    }

    private void parseDotRhs(int bindingPower) throws SyntaxError {
        String lookahead = currentType();
        if (lookahead.equals("quoted_identifier") || lookahead.equals("unquoted_identifier")
                || lookahead.equals("star")) {
            expression(bindingPower);
        } else if (lookahead.equals("lbracket")) {
            match("lbracket");
            parseMultiSelectList();
        } else if (lookahead.equals("lbrace")) {
            match("lbrace");
            parseMultiSelectHash();
        } else {
            Token t = lookaheadToken(0);
            throw parseError(t, "Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: "
                    + t.type);
        }
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

    // ---- re-spelling for jmespath-java ----

    private String respell() {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Token token : tokens) {
            boolean literal = token.type.equals("literal");
            boolean quoted = token.type.equals("quoted_identifier");
            if (!literal && !quoted) {
                continue;
            }
            appendCodePoints(out, at, token.start);
            if (quoted) {
                out.append(PythonJson.DEFAULT.dumps(token.value));
            } else if (chars[token.start] == '\'') {
                out.append('\'').append(((String) token.value).replace("\\", "\\\\").replace("'", "\\'")).append('\'');
            } else {
                out.append('`').append(PythonJson.DEFAULT.dumps(token.value).replace("`", "\\`")).append('`');
            }
            at = token.end;
        }
        appendCodePoints(out, at, chars.length);
        return out.toString();
    }

    private void appendCodePoints(StringBuilder out, int from, int to) {
        for (int i = from; i < to; i++) {
            out.appendCodePoint(chars[i]);
        }
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
                    value = PythonJsonDecoder.loads("\"" + pythonLstrip(lexeme) + "\"");
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
                return new Token(matchType, new String(Character.toChars(first)) + new String(Character.toChars(nextChar)),
                        start, start + 2);
            }
            return new Token(elseType, new String(Character.toChars(first)), start, start + 1);
        }
    }

    /** {@code str.lstrip()}: Python's notion of whitespace is wider than Java's. */
    private static String pythonLstrip(String s) {
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (!isPythonSpace(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return s.substring(i);
    }

    static boolean isPythonSpace(int c) {
        return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f
                || c == 0x3000;
    }
}
