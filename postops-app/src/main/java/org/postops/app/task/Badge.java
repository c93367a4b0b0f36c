package org.postops.app.task;

/**
 * A labelled badge on a page: the words carry the meaning, the CSS class only helps. JavaBean getters,
 * not a record, for the reason given on {@link MyWorkRow}.
 */
public final class Badge {

    private final String css;
    private final String label;

    public Badge(String css, String label) {
        this.css = css;
        this.label = label;
    }

    public String getCss() {
        return css;
    }

    public String getLabel() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
