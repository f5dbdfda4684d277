package cn.fzmetro.portal.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Field-by-field comparison of two guide documents (as JSON trees). Lists of materials,
 * situations and situation options are matched by {@code code}, form fields by {@code key}, so
 * inserting a material does not show every later material as changed; all other lists (strings,
 * legal basis, special steps, FAQ) are compared by index.
 */
final class DocumentDiff {

    private static final Map<String, String> KEYED_LISTS = Map.of("materials", "code", "situations", "code",
            "options", "code", "formFields", "key");

    private final JsonMapper json;

    DocumentDiff(JsonMapper json) {
        this.json = json;
    }

    List<FieldChange> between(JsonNode before, JsonNode after) {
        List<FieldChange> changes = new ArrayList<>();
        compare("", null, before, after, changes);
        return changes;
    }

    private void compare(String path, String field, JsonNode a, JsonNode b, List<FieldChange> out) {
        boolean noA = absent(a);
        boolean noB = absent(b);
        if (noA && noB) {
            return;
        }
        if (noA || noB) {
            out.add(new FieldChange(path, render(a), render(b)));
            return;
        }
        if (a.isObject() && b.isObject()) {
            Set<String> names = new LinkedHashSet<>(a.propertyNames());
            names.addAll(b.propertyNames());
            for (String name : names) {
                compare(path.isEmpty() ? name : path + "." + name, name, a.get(name), b.get(name), out);
            }
        } else if (a.isArray() && b.isArray()) {
            String key = field == null ? null : KEYED_LISTS.get(field);
            if (key != null && keyed(a, key) && keyed(b, key)) {
                compareKeyed(path, key, a, b, out);
            } else {
                for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                    compare(path + "[" + i + "]", null, a.get(i), b.get(i), out);
                }
            }
        } else if (!a.equals(b)) {
            out.add(new FieldChange(path, render(a), render(b)));
        }
    }

    private void compareKeyed(String path, String key, JsonNode a, JsonNode b, List<FieldChange> out) {
        Map<String, JsonNode> byKeyA = byKey(a, key);
        Map<String, JsonNode> byKeyB = byKey(b, key);
        Set<String> keys = new LinkedHashSet<>(byKeyA.keySet());
        keys.addAll(byKeyB.keySet());
        for (String k : keys) {
            compare(path + "[" + k + "]", null, byKeyA.get(k), byKeyB.get(k), out);
        }
        List<String> orderA = new ArrayList<>(byKeyA.keySet());
        List<String> orderB = new ArrayList<>(byKeyB.keySet());
        orderA.retainAll(byKeyB.keySet());
        orderB.retainAll(byKeyA.keySet());
        if (!orderA.equals(orderB)) {
            out.add(new FieldChange(path, String.join(", ", byKeyA.keySet()), String.join(", ", byKeyB.keySet())));
        }
    }

    /** Every element is an object with a distinct key. */
    private static boolean keyed(JsonNode array, String key) {
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode element : array.values()) {
            JsonNode k = element.get(key);
            if (!element.isObject() || k == null || !k.isString() || !seen.add(k.stringValue())) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, JsonNode> byKey(JsonNode array, String key) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        for (JsonNode element : array.values()) {
            map.put(element.get(key).stringValue(), element);
        }
        return map;
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    private String render(JsonNode node) {
        if (absent(node)) {
            return null;
        }
        if (node.isContainer()) {
            return json.writeValueAsString(node);
        }
        return node.asString();
    }
}
