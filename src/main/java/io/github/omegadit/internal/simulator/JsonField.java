/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A JSON value read by {@link JsonText} at a path of a request body ({@code answer.creneaux[1].date}), with strict
 * accessors: a missing member, an unknown one or a value of the wrong form is an {@link AdminJson.BadRequest} naming
 * the path and what was expected.
 */
final class JsonField {
    private final Object value;
    private final String path;

    private JsonField(Object value, String path) {
        this.value = value;
        this.path = path;
    }

    static JsonField of(Object value, String path) {
        return new JsonField(value, path);
    }

    String where() {
        return path.isEmpty() ? "the body" : path;
    }

    String path(String member) {
        return path.isEmpty() ? member : path + "." + member;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map() {
        if (!(value instanceof Map<?, ?>)) {
            throw new AdminJson.BadRequest(where() + ": expected a JSON object, got " + kind(value));
        }
        return (Map<String, Object>) value;
    }

    void only(String... names) {
        Set<String> allowed = Set.of(names);
        for (String k : map().keySet()) {
            if (!allowed.contains(k)) {
                throw new AdminJson.BadRequest(path(k) + ": unknown member; expected "
                        + new TreeSet<>(allowed));
            }
        }
    }

    boolean has(String name) {
        return map().containsKey(name);
    }

    Object raw(String name) {
        return map().get(name);
    }

    JsonField obj(String name) {
        if (!has(name)) {
            throw new AdminJson.BadRequest(path(name) + ": missing");
        }
        JsonField o = new JsonField(raw(name), path(name));
        o.map();
        return o;
    }

    String text() {
        if (!(value instanceof String s)) {
            throw new AdminJson.BadRequest(where() + ": expected a string, got " + kind(value));
        }
        return s;
    }

    String string(String name) {
        if (!has(name) || raw(name) == null) {
            throw new AdminJson.BadRequest(path(name) + ": missing");
        }
        String s = new JsonField(raw(name), path(name)).text();
        if (s.isBlank()) {
            throw new AdminJson.BadRequest(path(name) + ": must not be blank");
        }
        return s;
    }

    String optString(String name) {
        return raw(name) == null ? null : new JsonField(raw(name), path(name)).text();
    }

    int integer(String name) {
        Object v = raw(name);
        if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return l.intValue();
        }
        throw new AdminJson.BadRequest(path(name) + ": expected an integer, got " + kind(v));
    }

    void isTrue(String name) {
        if (!Boolean.TRUE.equals(raw(name))) {
            throw new AdminJson.BadRequest(path(name) + ": expected true, got " + kind(raw(name)));
        }
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String s = string(name);
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            throw new AdminJson.BadRequest(path(name) + ": unknown value \"" + s + "\"; expected one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    <T> T opt(String name, Function<JsonField, T> read) {
        return raw(name) == null ? null : read.apply(new JsonField(raw(name), path(name)));
    }

    <T> T req(String name, Function<JsonField, T> read) {
        if (raw(name) == null) {
            throw new AdminJson.BadRequest(path(name) + ": missing");
        }
        return read.apply(new JsonField(raw(name), path(name)));
    }

    /** The array member read element by element; empty when absent or null. */
    <T> List<T> list(String name, Function<JsonField, T> read) {
        Object v = raw(name);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> l)) {
            throw new AdminJson.BadRequest(path(name) + ": expected an array, got " + kind(v));
        }
        List<T> out = new ArrayList<>(l.size());
        for (int i = 0; i < l.size(); i++) {
            out.add(read.apply(new JsonField(l.get(i), path(name) + "[" + i + "]")));
        }
        return out;
    }

    List<String> strings(String name) {
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
