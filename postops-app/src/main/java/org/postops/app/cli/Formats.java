package org.postops.app.cli;

import org.postops.media.hash.HashFormat;
import picocli.CommandLine;

/** Reads {@code -h FORMAT}: a format name, with the list of names when it is not one. */
class Formats implements CommandLine.ITypeConverter<HashFormat> {

    @Override
    public HashFormat convert(String value) {
        return HashFormat.byName(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                "'" + value + "' is not a hash format; use one of " + HashFormat.names()));
    }
}
