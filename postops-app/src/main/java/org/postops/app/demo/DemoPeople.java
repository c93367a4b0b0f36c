package org.postops.app.demo;

import java.util.List;
import org.postops.app.access.Role;

/** The demo facility's people: Foundry Lane Post (a made-up London facility) and one client. */
final class DemoPeople {

    /** One person; {@code job} is what they do at the facility (PostOps keeps no job titles). */
    record Person(String username, String displayName, Role role, String timeZone, String job) {

        String email() {
            String domain = role == Role.CLIENT ? "harbourcoffee.example" : "foundrylane.example";
            return username + "@" + domain;
        }
    }

    private static final String LONDON = "Europe/London";

    static final List<Person> ALL = List.of(
            new Person("harriet.cole", "Harriet Cole", Role.STAFF, LONDON, "Post supervisor"),
            new Person("tom.okafor", "Tom Okafor", Role.STAFF, LONDON, "Post producer"),
            new Person("james.whitfield", "James Whitfield", Role.STAFF, LONDON, "Editor (drama)"),
            new Person("priya.raman", "Priya Raman", Role.STAFF, LONDON, "Editor (factual, commercials)"),
            new Person("ellie.marsh", "Ellie Marsh", Role.STAFF, LONDON, "Assistant editor"),
            new Person("callum.reid", "Callum Reid", Role.STAFF, LONDON, "Colourist"),
            new Person("nadia.hussain", "Nadia Hussain", Role.STAFF, LONDON, "Online editor"),
            new Person("marcus.bell", "Marcus Bell", Role.STAFF, "America/Los_Angeles", "VFX artist (remote)"),
            new Person("gareth.evans", "Gareth Evans", Role.STAFF, LONDON, "Sound designer and re-recording mixer"),
            new Person("aisha.begum", "Aisha Begum", Role.SUPPORT, LONDON, "Technical support engineer"),
            new Person("rob.fletcher", "Rob Fletcher", Role.SUPPORT, LONDON, "Technical support engineer"),
            new Person("claire.donovan", "Claire Donovan", Role.CLIENT, "America/New_York",
                    "Executive producer, Harbour Coffee Co."));

    private DemoPeople() {
    }
}
