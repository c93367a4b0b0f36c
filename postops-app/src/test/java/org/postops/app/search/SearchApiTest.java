package org.postops.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postops.app.support.Problems.assertBadField;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.ServerTest;
import tools.jackson.databind.JsonNode;

class SearchApiTest extends ServerTest {

    @Test
    void findsProductionsByNameAndCodenameAndTasksByTitle() {
        Account sup = facility.staff();
        String tag = Api.unique();
        long byName = facility.production(sup, Map.of("name", "Harbour " + tag)).get("id").asLong();
        long byCodename = facility.production(sup, Map.of("name", "Other", "codename", "OSPREY-" + tag)).get("id")
                .asLong();
        long task = facility.task(sup, byName, Map.of("title", "Deliver " + tag + " stems")).get("id").asLong();

        JsonNode found = api.get(sup.token(), "/api/v1/search?q=" + tag.toUpperCase()).json();

        assertThat(found.get("query").asString()).isEqualTo(tag.toUpperCase());
        assertThat(ids(found.get("productions"))).containsExactlyInAnyOrder(byName, byCodename);
        assertThat(found.get("productions").get("total").asLong()).isEqualTo(2);
        assertThat(ids(found.get("tasks"))).containsExactly(task);
        assertThat(ids(api.get(sup.token(), "/api/v1/search?q=osprey-" + tag).json().get("productions")))
                .containsExactly(byCodename);
        JsonNode paged = api.get(sup.token(), "/api/v1/search?q=" + tag + "&size=1&page=1").json();
        assertThat(paged.get("productions").get("items")).hasSize(1);
        assertThat(paged.get("productions").get("total").asLong()).isEqualTo(2);
    }

    @Test
    void wildcardsAreSearchedForLiterally() {
        Account sup = facility.staff();
        String tag = Api.unique();
        facility.production(sup, Map.of("name", "100% " + tag));
        facility.production(sup, Map.of("name", "100 " + tag));
        assertThat(api.get(sup.token(), "/api/v1/search?q=100%25+" + tag).json().get("productions").get("total")
                .asLong()).isEqualTo(1);
    }

    @Test
    void aSearchMustSayWhatToLookFor() {
        Account sup = facility.staff();
        assertBadField(api.get(sup.token(), "/api/v1/search"), "q");
        assertBadField(api.get(sup.token(), "/api/v1/search?q=+++"), "q");
        assertBadField(api.get(sup.token(), "/api/v1/search?q=" + "x".repeat(201)), "q");
        assertBadField(api.get(sup.token(), "/api/v1/search?q=grade&size=0"), "size");
    }

    private static List<Long> ids(JsonNode page) {
        return page.get("items").valueStream().map(i -> i.get("id").asLong()).toList();
    }
}
