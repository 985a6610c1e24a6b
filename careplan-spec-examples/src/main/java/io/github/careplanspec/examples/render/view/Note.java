package io.github.careplanspec.examples.render.view;

/**
 * One problem of a validation report, as listed under a form.
 *
 * @param number its number on the page (the mark on the cell)
 * @param rule the rule id, e.g. {@code R40}
 * @param severity エラー/警告 or error/warning
 * @param location file, line and item
 * @param message the message in the page's language
 */
public record Note(int number, String rule, String severity, String location, String message) {
    /** @return the CSS class of the severity */
    public String css() {
        return "note " + severity.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
