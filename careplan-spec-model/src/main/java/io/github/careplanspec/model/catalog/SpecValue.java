package io.github.careplanspec.model.catalog;

/**
 * A value type with the spec's text form (the characters of the item as the file carries them).
 */
public interface SpecValue {
    /** @return the item's text exactly as the spec writes it, never empty */
    String text();
}
