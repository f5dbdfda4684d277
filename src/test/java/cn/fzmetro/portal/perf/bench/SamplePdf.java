package cn.fzmetro.portal.perf.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A realistic large upload: an A4 PDF of scanned-looking pages (a noisy JPEG photo of a page per
 * sheet, each image distinct, plus a text layer of 45 lines), just under the 20 MiB upload limit.
 * Made once with a fixed seed, so every run and every machine times the same bytes.
 */
final class SamplePdf {

    /** The portal's upload limit is 20 MiB; stay a little under it. */
    static final long TARGET_BYTES = 20L * 1024 * 1024 - 400 * 1024;
    private static final int IMAGE_WIDTH = 900;
    private static final int IMAGE_HEIGHT = 1200;

    private SamplePdf() {
    }

    /** The sample at {@code file}, generated first if missing. */
    static Path ensure(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            return file;
        }
        Files.createDirectories(file.getParent());
        Random random = new Random(20260701L);
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument()) {
            long imageBytes = 0;
            int page = 0;
            while (imageBytes < TARGET_BYTES - 600 * 1024) {
                byte[] jpeg = scannedPage(random, ++page);
                imageBytes += jpeg.length;
                addPage(document, font, jpeg, page);
            }
            Path temp = file.resolveSibling(file.getFileName() + ".part");
            document.save(temp.toFile());
            Files.move(temp, file);
        }
        if (Files.size(file) > 20L * 1024 * 1024) {
            Files.delete(file);
            throw new IllegalStateException("the sample came out larger than the 20 MiB upload limit");
        }
        return file;
    }

    private static void addPage(PDDocument document, PDType1Font font, byte[] jpeg, int number) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        PDImageXObject image = JPEGFactory.createFromByteArray(document, jpeg);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.drawImage(image, 30, 30, PDRectangle.A4.getWidth() - 60, PDRectangle.A4.getHeight() - 60);
            content.beginText();
            content.setFont(font, 9);
            content.setLeading(15);
            content.newLineAtOffset(50, PDRectangle.A4.getHeight() - 60);
            for (int line = 1; line <= 45; line++) {
                content.showText("Page " + number + " line " + line
                        + ": business licence application, registered capital, scope of business, legal representative");
                content.newLine();
            }
            content.endText();
        }
    }

    /** A grey page photo with lines of "print" and sensor noise: compresses like a real scan, not like a blank. */
    private static byte[] scannedPage(Random random, int number) {
        BufferedImage image = new BufferedImage(IMAGE_WIDTH, IMAGE_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(235, 232, 225));
        g.fillRect(0, 0, IMAGE_WIDTH, IMAGE_HEIGHT);
        g.setColor(new Color(40, 40, 45));
        for (int y = 80; y < IMAGE_HEIGHT - 80; y += 28) {
            g.fillRect(70, y, 200 + random.nextInt(IMAGE_WIDTH - 300), 9);
        }
        g.drawString("Sheet " + number, 70, 50);
        g.dispose();
        for (int y = 0; y < IMAGE_HEIGHT; y++) {
            for (int x = 0; x < IMAGE_WIDTH; x++) {
                int rgb = image.getRGB(x, y);
                int noise = random.nextInt(61) - 30;
                int r = clamp(((rgb >> 16) & 0xff) + noise);
                int gr = clamp(((rgb >> 8) & 0xff) + noise);
                int b = clamp((rgb & 0xff) + noise);
                image.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpeg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
