package org.postops.app.cli;

import tools.jackson.databind.json.JsonMapper;

/** JSON output of the commands, for scripts. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static String write(Object value) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }
}
