package io.github.careplanspec.model.name;

import java.io.Serializable;
import java.util.Objects;

/**
 * Why a text is not an interface file name of the spec (ファイル名の誤り): the wrong part and a message for people.
 *
 * @param fileName  the text that was examined
 * @param part      the part that is wrong
 * @param messageJa what is wrong, in Japanese
 * @param messageEn what is wrong, in English
 * @serial exclude
 */
public record FileNameProblem(String fileName, NamePart part, String messageJa, String messageEn)
        implements Serializable {
    /**
     * Checks that no component is null.
     *
     * @param fileName  the text that was examined
     * @param part      the part that is wrong
     * @param messageJa what is wrong, in Japanese
     * @param messageEn what is wrong, in English
     */
    public FileNameProblem {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(messageJa, "messageJa");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /** @return the problem as an exception, to throw */
    public InvalidFileNameException toException() {
        return new InvalidFileNameException(this);
    }

    /** @return both messages with the file name: {@code 'name': English / 日本語} */
    @Override
    public String toString() {
        return "'" + fileName + "': " + messageEn + " / " + messageJa;
    }
}
