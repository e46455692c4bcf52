/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON for the admin API: a strict reader (RFC 8259 exactly: no comments, trailing commas, single quotes, leading
 * zeros, unescaped control characters, unpaired surrogates, duplicate names or trailing content; bounded depth) and a
 * compact writer. Objects are read as {@link LinkedHashMap}s, arrays as {@link List}s, numbers as {@link Long} when
 * integral and in range, else {@link BigDecimal}; {@code null} is Java's. Ours rather than a library: the core
 * artifact takes no JSON dependency for a few small request bodies, and the JDK has no JSON parser.
 */
final class JsonText {

    /** Deepest nesting accepted. */
    static final int MAX_DEPTH = 32;

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** A text that is not JSON: says where (line and column, from 1) and why. */
    static final class SyntaxException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        SyntaxException(String message) {
            super(message);
        }
    }

    private final String text;
    private int pos;

    private JsonText(String text) {
        this.text = text;
    }

    /** The value of a whole JSON text. */
    static Object parse(String text) {
        JsonText p = new JsonText(text);
        Object v = p.value(0);
        p.whitespace();
        if (p.pos < text.length()) {
            throw p.error("unexpected " + p.describe() + " after the value");
        }
        return v;
    }

    // ------------------------------------------------------------------ reader

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
            char c = peek();
            pos++;
            if (c == '}') {
                return out;
            }
            if (c != ',') {
                pos--;
                throw error("unexpected " + describe() + ", expected ',' or '}'");
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
            char c = peek();
            pos++;
            if (c == ']') {
                return out;
            }
            if (c != ',') {
                pos--;
                throw error("unexpected " + describe() + ", expected ',' or ']'");
            }
        }
    }

    private String string() {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return sb.toString();
            }
            if (c < 0x20) {
                throw error("control character U+" + hex4(c) + " in a string: escape it");
            }
            if (c == '\\') {
                pos++;
                char e = pos < text.length() ? text.charAt(pos) : 0;
                switch (e) {
                    case '"', '\\', '/' -> sb.append(e);
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> sb.append(unicode());
                    default -> throw error("invalid escape \\" + (e == 0 ? "" : String.valueOf(e)));
                }
                pos++;
            } else {
                sb.append(c);
                pos++;
            }
            int last = sb.length() - 1;
            if (last >= 0 && Character.isLowSurrogate(sb.charAt(last))
                    && (last == 0 || !Character.isHighSurrogate(sb.charAt(last - 1)))) {
                throw error("unpaired low surrogate in a string");
            }
            if (last >= 0 && Character.isHighSurrogate(sb.charAt(last)) && !highSurrogateFollowed()) {
                throw error("unpaired high surrogate in a string");
            }
        }
    }

    /** After a high surrogate: is the next character (raw or escaped) a low surrogate? */
    private boolean highSurrogateFollowed() {
        if (pos < text.length() && Character.isLowSurrogate(text.charAt(pos))) {
            return true;
        }
        if (pos + 5 < text.length() && text.charAt(pos) == '\\' && text.charAt(pos + 1) == 'u') {
            try {
                return Character.isLowSurrogate((char) Integer.parseInt(text.substring(pos + 2, pos + 6), 16));
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return false;
    }

    private char unicode() {
        if (pos + 4 >= text.length()) {
            throw error("truncated \\u escape");
        }
        int v = 0;
        for (int k = 1; k <= 4; k++) {
            int d = Character.digit(text.charAt(pos + k), 16);
            if (d < 0) {
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
            if (Character.isDigit(peek())) {
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
        if (integral && n.length() < 19) {
            return Long.valueOf(n);
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
        return c < 0x20 || c > 0x7e ? "character U+" + hex4(c) : "'" + c + "'";
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
        return new SyntaxException("invalid JSON at line " + line + ", column " + column + ": " + why);
    }

    private static String hex4(char c) {
        return "" + HEX[c >> 12 & 0xf] + HEX[c >> 8 & 0xf] + HEX[c >> 4 & 0xf] + HEX[c & 0xf];
    }

    // ------------------------------------------------------------------ writer

    /**
     * Compact JSON: maps (in iteration order), iterables, strings, numbers, booleans and {@code null}; anything else
     * (dates, enums, durations) as its {@code toString()} in a string.
     */
    static String write(Object value) {
        StringBuilder sb = new StringBuilder(256);
        write(sb, value);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object value) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof BigDecimal) {
            sb.append(value);
        } else if (value instanceof Map<?, ?> map) {
            sb.append('{');
            Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                quote(sb, String.valueOf(e.getKey()));
                sb.append(':');
                write(sb, e.getValue());
                if (it.hasNext()) {
                    sb.append(',');
                }
            }
            sb.append('}');
        } else if (value instanceof Iterable<?> list) {
            sb.append('[');
            Iterator<?> it = list.iterator();
            while (it.hasNext()) {
                write(sb, it.next());
                if (it.hasNext()) {
                    sb.append(',');
                }
            }
            sb.append(']');
        } else {
            quote(sb, value.toString());
        }
    }

    /** Escapes the quote, the backslash, control characters, U+2028/U+2029 and unpaired surrogates. */
    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1));
                    if (paired) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029'
                            || Character.isSurrogate(c)) {
                        sb.append("\\u").append(hex4(c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
