/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The library's JSON reader, for what users write: the homologation case files and the simulator's admin API bodies.
 * Strict RFC 8259: no comments, trailing commas, single quotes, leading zeros, unescaped control characters, unpaired
 * surrogates (no UTF-8 encoder could send them on), duplicate names (a member edited twice is a mistake) or trailing
 * content; nesting bounded by {@value #MAX_DEPTH}; a leading byte order mark is skipped. Objects become
 * {@link LinkedHashMap}s in document order, arrays {@link ArrayList}s, numbers {@link Long} when integral and in
 * range, else {@link BigDecimal}; {@code null} is Java's. Every error is a {@link SyntaxException} naming the source,
 * the line and the column. Ours rather than a library: the JDK has no JSON parser and the core takes no JSON
 * dependency for a few small documents.
 */
public final class JsonReader {

    /** Deepest nesting accepted, against hostile documents. */
    public static final int MAX_DEPTH = 64;

    /** A text that is not JSON: {@code source:line:column: why}, lines and columns from 1. */
    public static final class SyntaxException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final String source;
        private final int line;
        private final int column;
        private final String reason;

        SyntaxException(String source, int line, int column, String reason) {
            super(source + ":" + line + ":" + column + ": " + reason);
            this.source = source;
            this.line = line;
            this.column = column;
            this.reason = reason;
        }

        /** The name the caller gave the text (a file, "request body"). */
        public String source() {
            return source;
        }

        /** The line of the first error, from 1. */
        public int line() {
            return line;
        }

        /** The column of the first error, from 1. */
        public int column() {
            return column;
        }

        /** What is wrong there. */
        public String reason() {
            return reason;
        }
    }

    private final String text;
    private final String source;
    private int pos;

    private JsonReader(String text, String source) {
        this.text = text;
        this.source = source;
    }

    /**
     * The value of a whole JSON text.
     *
     * @param source what the text is, for messages: a file's name, "request body"
     * @throws SyntaxException naming {@code source}, the line and the column of the first error
     */
    public static Object read(String text, String source) {
        JsonReader r = new JsonReader(text.startsWith("\uFEFF") ? text.substring(1) : text, source);
        Object v = r.value(0);
        r.whitespace();
        if (r.pos < r.text.length()) {
            throw r.error("unexpected " + r.describe() + " after the value");
        }
        return v;
    }

    private Object value(int depth) {
        whitespace();
        if (pos >= text.length()) {
            throw error("unexpected end of input, expected a value");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object(depth + 1);
            case '[' -> array(depth + 1);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || c >= '0' && c <= '9') {
                    yield number();
                }
                throw error("unexpected " + describe() + ", expected a value");
            }
        };
    }

    private Map<String, Object> object(int depth) {
        nesting(depth);
        pos++;
        Map<String, Object> out = new LinkedHashMap<>();
        whitespace();
        if (peek() == '}') {
            pos++;
            return out;
        }
        while (true) {
            whitespace();
            if (peek() != '"') {
                throw error("unexpected " + describe() + ", expected a member name in double quotes");
            }
            int at = pos;
            String name = string();
            whitespace();
            expect(':');
            Object v = value(depth);
            if (out.containsKey(name)) {
                pos = at;
                throw error("duplicate member \"" + name + "\"");
            }
            out.put(name, v);
            whitespace();
            if (!more('}')) {
                return out;
            }
        }
    }

    private List<Object> array(int depth) {
        nesting(depth);
        pos++;
        List<Object> out = new ArrayList<>();
        whitespace();
        if (peek() == ']') {
            pos++;
            return out;
        }
        while (true) {
            out.add(value(depth));
            whitespace();
            if (!more(']')) {
                return out;
            }
        }
    }

    /** After a member or an element: true on a comma, false on the closing bracket. */
    private boolean more(char close) {
        char c = peek();
        if (c == ',' || c == close) {
            pos++;
            return c == ',';
        }
        throw error("unexpected " + describe() + ", expected ',' or '" + close + "'");
    }

    private String string() {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            int at = pos;
            char c = character();
            if (c == '"' && text.charAt(at) == '"') {
                return sb.toString();
            }
            if (Character.isLowSurrogate(c)) {
                pos = at;
                throw error("unpaired low surrogate in a string");
            }
            sb.append(c);
            if (Character.isHighSurrogate(c)) {
                char low = pos < text.length() ? character() : 0;
                if (!Character.isLowSurrogate(low)) {
                    pos = at;
                    throw error("unpaired high surrogate in a string");
                }
                sb.append(low);
            }
        }
    }

    /** One character of a string, raw or escaped; the closing quote comes back as itself, unescaped. */
    private char character() {
        char c = text.charAt(pos);
        if (c < 0x20) {
            throw error("control character U+" + JsonWriter.hex4(c) + " in a string: escape it (\\n, \\t, \\u00XX)");
        }
        pos++;
        if (c != '\\') {
            return c;
        }
        char e = pos < text.length() ? text.charAt(pos) : 0;
        pos++;
        return switch (e) {
            case '"', '\\', '/' -> e;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicode();
            default -> {
                pos -= 2;
                throw error("invalid escape \\" + (e == 0 ? "" : String.valueOf(e)));
            }
        };
    }

    private char unicode() {
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int d = pos + k < text.length() ? Character.digit(text.charAt(pos + k), 16) : -1;
            if (d < 0) {
                pos -= 2;
                throw error("invalid \\u escape: four hexadecimal digits expected");
            }
            v = v * 16 + d;
        }
        pos += 4;
        return (char) v;
    }

    private Object number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
            if (peek() >= '0' && peek() <= '9') {
                throw error("leading zero in a number");
            }
        } else if (!digits()) {
            throw error("a digit expected in a number");
        }
        boolean integral = true;
        if (peek() == '.') {
            integral = false;
            pos++;
            if (!digits()) {
                throw error("a digit expected after the decimal point");
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            integral = false;
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!digits()) {
                throw error("a digit expected in the exponent");
            }
        }
        String n = text.substring(start, pos);
        if (integral) {
            try {
                return Long.valueOf(n);
            } catch (NumberFormatException outOfRange) {
                // a whole number beyond a long keeps every digit
            }
        }
        return new BigDecimal(n);
    }

    private boolean digits() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        return pos > start;
    }

    private Object literal(String word, Object v) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected " + describe() + ", expected a value");
        }
        pos += word.length();
        return v;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("unexpected " + describe() + ", expected '" + c + "'");
        }
        pos++;
    }

    private void nesting(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH);
        }
    }

    private void whitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private String describe() {
        if (pos >= text.length()) {
            return "end of input";
        }
        char c = text.charAt(pos);
        return c < 0x20 || c > 0x7e ? "character U+" + JsonWriter.hex4(c) : "'" + c + "'";
    }

    private SyntaxException error(String why) {
        int line = 1;
        int column = 1;
        for (int k = 0; k < Math.min(pos, text.length()); k++) {
            if (text.charAt(k) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SyntaxException(source, line, column, why);
    }
}
