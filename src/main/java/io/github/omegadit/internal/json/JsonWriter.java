/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.json;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * The library's JSON writer (the command line's {@code --json}, the homologation report, the simulator's admin API):
 * objects are {@link Map}s (written in their iteration order), arrays are {@link Iterable}s, and the leaves are
 * strings, numbers ({@link Integer}, {@link Long}, {@link BigDecimal}), booleans and {@code null}. Anything else
 * (dates, enums, durations) is written as its {@code toString()} in a string. Written here rather than pulled in as a
 * dependency: the output is a few small documents, and the escaping is the only delicate part.
 */
public final class JsonWriter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonWriter() {}

    /** The value as indented JSON (two spaces), without a trailing newline. */
    public static String write(Object value) {
        StringBuilder sb = new StringBuilder(256);
        write(sb, value, 0);
        return sb.toString();
    }

    /** The value on one line with no space, for machine readers (the admin API's answers). */
    public static String compact(Object value) {
        StringBuilder sb = new StringBuilder(256);
        write(sb, value, -1);
        return sb.toString();
    }

    /**
     * A JSON string literal, quotes included. Escapes the quote, the backslash, every control character (below
     * U+0020, and DEL), the line and paragraph separators U+2028/U+2029 (which break JavaScript readers), and
     * unpaired surrogates (which no UTF-8 encoder can write), so the output is valid JSON in any encoding.
     */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        quote(sb, s);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object value, int depth) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            quote(sb, s);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof BigDecimal) {
            sb.append(value);
        } else if (value instanceof Map<?, ?> map) {
            writeObject(sb, map, depth);
        } else if (value instanceof Iterable<?> list) {
            writeArray(sb, list, depth);
        } else {
            quote(sb, value.toString());
        }
    }

    /**
     * An object of leaves only (a slot, a violation) goes on one line; others get one member per line. A negative
     * depth means compact: everything on one line, no space.
     */
    private static void writeObject(StringBuilder sb, Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            sb.append("{}");
            return;
        }
        boolean flat = depth < 0 || map.values().stream().allMatch(JsonWriter::isLeaf);
        sb.append('{');
        Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<?, ?> e = it.next();
            separate(sb, flat, depth + 1);
            quote(sb, String.valueOf(e.getKey()));
            sb.append(depth < 0 ? ":" : ": ");
            write(sb, e.getValue(), depth < 0 ? depth : depth + 1);
            if (it.hasNext()) {
                sb.append(',');
            }
        }
        if (!flat) {
            newline(sb, depth);
        }
        sb.append('}');
    }

    /** An array of leaves only (messages) goes on one line when short; others get one element per line. */
    private static void writeArray(StringBuilder sb, Iterable<?> list, int depth) {
        Iterator<?> it = list.iterator();
        if (!it.hasNext()) {
            sb.append("[]");
            return;
        }
        boolean flat = true;
        int length = 0;
        for (Object o : list) {
            flat &= isLeaf(o);
            length += String.valueOf(o).length();
        }
        flat = depth < 0 || flat && length < 80;
        sb.append('[');
        while (it.hasNext()) {
            separate(sb, flat, depth + 1);
            write(sb, it.next(), depth < 0 ? depth : depth + 1);
            if (it.hasNext()) {
                sb.append(',');
            }
        }
        if (!flat) {
            newline(sb, depth);
        }
        sb.append(']');
    }

    private static boolean isLeaf(Object o) {
        return !(o instanceof Map<?, ?>) && !(o instanceof Iterable<?>);
    }

    /** Before a member or element: a space on a flat line (none before the first), else a new indented line. */
    private static void separate(StringBuilder sb, boolean flat, int depth) {
        if (!flat) {
            newline(sb, depth);
        } else if (depth > 0 && sb.charAt(sb.length() - 1) != '{' && sb.charAt(sb.length() - 1) != '[') {
            sb.append(' ');
        }
    }

    private static void newline(StringBuilder sb, int depth) {
        sb.append('\n');
        for (int i = 0; i < depth; i++) {
            sb.append("  ");
        }
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        unicode(sb, c);
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                            sb.append(c).append(s.charAt(++i));
                        } else {
                            unicode(sb, c);
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        unicode(sb, c);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static void unicode(StringBuilder sb, char c) {
        sb.append("\\u").append(hex4(c));
    }

    /** Four lower-case hexadecimal digits, as in a JSON unicode escape. */
    static String hex4(char c) {
        return new String(new char[] {HEX[c >> 12 & 0xf], HEX[c >> 8 & 0xf], HEX[c >> 4 & 0xf], HEX[c & 0xf]});
    }
}
