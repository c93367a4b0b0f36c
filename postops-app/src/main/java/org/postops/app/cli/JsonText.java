package org.postops.app.cli;

import tools.jackson.databind.json.JsonMapper;

/** The {@code --json} output of the media commands ({@code tc}, {@code probe}, {@code qc}). */
final class JsonText {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonText() {
    }

    static String of(Object value) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }
}
