package org.postops.app.kit;

import java.util.Locale;

/** What a kit item is. Experts say which of these they know; rates may be kept per kit type. */
public enum KitType {
    WORKSTATION, STORAGE, REFERENCE_MONITOR, IO_CARD, DECK, NETWORK_SWITCH, RENDER_NODE, AUDIO_INTERFACE,
    CONTROL_SURFACE, PROJECTOR, SOFTWARE_LICENCE, OTHER;

    /** The key rate cards use for this type, e.g. {@code reference-monitor}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return switch (this) {
            case IO_CARD -> "I/O card";
            case STORAGE -> "Storage volume / SAN";
            default -> {
                String s = name().replace('_', ' ').toLowerCase(Locale.ROOT);
                yield Character.toUpperCase(s.charAt(0)) + s.substring(1);
            }
        };
    }
}
