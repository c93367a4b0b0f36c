package org.postops.app.access;

/** A person's role on one production. */
public enum MemberRole {
    SUPERVISOR, PRODUCER, EDITOR, ASSISTANT_EDITOR, COLOURIST, ONLINE_EDITOR, VFX_ARTIST, SOUND, TECH_SUPPORT, CLIENT;

    /** Supervisors and producers run the production: its brief, spec, stages and team. */
    public boolean manages() {
        return this == SUPERVISOR || this == PRODUCER;
    }

    public String label() {
        return switch (this) {
            case VFX_ARTIST -> "VFX artist";
            default -> {
                String s = name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
                yield Character.toUpperCase(s.charAt(0)) + s.substring(1);
            }
        };
    }
}
