package cn.fzmetro.portal.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** A JPEG or PNG must have a readable header with a real size; pixels are not decoded here. */
final class ImageCheck {

    private ImageCheck() {
    }

    static void check(Path file, String contentType) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(contentType);
        if (!readers.hasNext()) {
            throw new IllegalStateException("no image reader for " + contentType);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new IOException("cannot open " + file);
            }
            reader.setInput(in, true, true);
            if (reader.getWidth(0) < 1 || reader.getHeight(0) < 1) {
                throw new Refusal(RefusalReason.DAMAGED);
            }
        } finally {
            reader.dispose();
        }
    }
}
