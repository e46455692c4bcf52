/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A value read by {@link JsonReader} at a path of its document ({@code answer.creneaux[1].date}), with strict
 * accessors: a missing member, an unknown one or a value of the wrong form is an {@link IllegalArgumentException}
 * whose message starts with the path and says what was expected. The admin API's bodies and the case files'
 * {@code simulator.force} are read through it, so both refuse the same things in the same words.
 */
public final class JsonField {
    private final Object value;
    private final String path;
    private final String root;

    private JsonField(Object value, String path, String root) {
        this.value = value;
        this.path = path;
        this.root = root;
    }

    /**
     * The value at {@code path} (empty for a whole document, then called {@code root} in messages, e.g. "the body").
     */
    public static JsonField of(Object value, String path, String root) {
        return new JsonField(value, path, root);
    }

    private JsonField at(Object v, String p) {
        return new JsonField(v, p, root);
    }

    /** The path, or the root's name for the whole document. */
    public String where() {
        return path.isEmpty() ? root : path;
    }

    /** The path of a member of this object. */
    public String path(String member) {
        return path.isEmpty() ? member : path + "." + member;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map() {
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(where() + ": expected a JSON object, got " + kind(value));
        }
        return (Map<String, Object>) value;
    }

    /** The only members this object may have. */
    public void only(String... names) {
        Set<String> allowed = Set.of(names);
        for (String k : map().keySet()) {
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException(path(k) + ": unknown member; expected "
                        + new TreeSet<>(allowed));
            }
        }
    }

    /** Whether this object has the member (even {@code null}). */
    public boolean has(String name) {
        return map().containsKey(name);
    }

    /** The member as read, {@code null} when absent. */
    public Object raw(String name) {
        return map().get(name);
    }

    /** The member, which must be an object. */
    public JsonField obj(String name) {
        if (!has(name)) {
            throw new IllegalArgumentException(path(name) + ": missing");
        }
        JsonField o = at(raw(name), path(name));
        o.map();
        return o;
    }

    /** This value, which must be a string. */
    public String text() {
        if (!(value instanceof String s)) {
            throw new IllegalArgumentException(where() + ": expected a string, got " + kind(value));
        }
        return s;
    }

    /** The member, a string that is neither absent nor blank. */
    public String string(String name) {
        if (raw(name) == null) {
            throw new IllegalArgumentException(path(name) + ": missing");
        }
        String s = at(raw(name), path(name)).text();
        if (s.isBlank()) {
            throw new IllegalArgumentException(path(name) + ": must not be blank");
        }
        return s;
    }

    /** The member, a string or {@code null}. */
    public String optString(String name) {
        return raw(name) == null ? null : at(raw(name), path(name)).text();
    }

    /** The member, a whole number within an {@code int}. */
    public int integer(String name) {
        Object v = raw(name);
        if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return l.intValue();
        }
        throw new IllegalArgumentException(path(name) + ": expected an integer, got " + kind(v));
    }

    /** Checks the member is {@code true} (a flag that has no other value). */
    public void isTrue(String name) {
        if (!Boolean.TRUE.equals(raw(name))) {
            throw new IllegalArgumentException(path(name) + ": expected true, got " + kind(raw(name)));
        }
    }

    /** The member, a string naming a constant of {@code type}. */
    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String s = string(name);
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path(name) + ": unknown value \"" + s + "\"; expected one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** The member read by {@code read}, or {@code null} when absent or null. */
    public <T> T opt(String name, Function<JsonField, T> read) {
        return raw(name) == null ? null : read.apply(at(raw(name), path(name)));
    }

    /** The member read by {@code read}; absent or null is refused. */
    public <T> T req(String name, Function<JsonField, T> read) {
        if (raw(name) == null) {
            throw new IllegalArgumentException(path(name) + ": missing");
        }
        return read.apply(at(raw(name), path(name)));
    }

    /** The array member read element by element; empty when absent or null. */
    public <T> List<T> list(String name, Function<JsonField, T> read) {
        Object v = raw(name);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> l)) {
            throw new IllegalArgumentException(path(name) + ": expected an array, got " + kind(v));
        }
        List<T> out = new ArrayList<>(l.size());
        for (int i = 0; i < l.size(); i++) {
            out.add(read.apply(at(l.get(i), path(name) + "[" + i + "]")));
        }
        return out;
    }

    /** The member, an array of strings; empty when absent or null. */
    public List<String> strings(String name) {
        return list(name, JsonField::text);
    }

    private static String kind(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return "the string \"" + s + "\"";
        }
        if (v instanceof Long || v instanceof BigDecimal) {
            return "the number " + v;
        }
        if (v instanceof Boolean) {
            return v.toString();
        }
        return v instanceof List<?> ? "an array" : "an object";
    }
}
