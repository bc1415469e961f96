package io.fluxmq.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** "--name value" options; a name may repeat (list options such as --prop k=v). */
final class Opts {
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    Opts(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("expected --option, got " + a);
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException("option " + a + " needs a value");
            }
            values.computeIfAbsent(a.substring(2), k -> new ArrayList<>()).add(args.get(++i));
        }
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String get(String name) {
        List<String> v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return v.get(v.size() - 1);
    }

    String get(String name, String dflt) {
        return has(name) ? get(name) : dflt;
    }

    long getLong(String name, long dflt) {
        return has(name) ? Long.parseLong(get(name)) : dflt;
    }

    int getInt(String name, int dflt) {
        return has(name) ? Integer.parseInt(get(name)) : dflt;
    }

    boolean getBool(String name, boolean dflt) {
        return has(name) ? Boolean.parseBoolean(get(name)) : dflt;
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** key=value pairs of a repeated option. */
    Map<String, String> pairs(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String kv : all(name)) {
            int eq = kv.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("--" + name + " wants key=value, got " + kv);
            }
            out.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return out;
    }

    /** Extra client properties from --prop key=value. */
    void applyProps(Properties props) {
        props.putAll(pairs("prop"));
    }
}
