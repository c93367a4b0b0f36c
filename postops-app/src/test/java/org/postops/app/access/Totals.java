package org.postops.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import tools.jackson.databind.JsonNode;

/** Every "total" in the answers to some list calls: what a viewer can count. */
final class Totals {

    private Totals() {
    }

    static Map<String, List<Long>> of(Api api, Account viewer, List<String> paths) {
        Map<String, List<Long>> totals = new LinkedHashMap<>();
        for (String path : paths) {
            Api.Response r = api.get(viewer.token(), path);
            assertThat(r.status()).as("%s: %s", path, r.body()).isIn(200, 404);
            List<Long> found = new ArrayList<>();
            if (r.status() == 200) {
                collect(r.json(), found);
            }
            totals.put(path, found);
        }
        return totals;
    }

    private static void collect(JsonNode node, List<Long> found) {
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                if (name.equals("total")) {
                    found.add(node.get(name).asLong());
                } else {
                    collect(node.get(name), found);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, found));
        }
    }
}
