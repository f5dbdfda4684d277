package cn.fzmetro.portal.document;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Looks at the bytes of a spooled upload and says what it is, or refuses it with a
 * {@link Refusal}. An {@link IOException} or any other failure counts as a damaged file.
 */
@FunctionalInterface
interface ContentExaminer {

    /** What an accepted file is. */
    record Examined(String contentType, int pageCount) {
    }

    Examined examine(Path file) throws IOException;
}
