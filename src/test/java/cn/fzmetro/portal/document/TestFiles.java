package cn.fzmetro.portal.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real files of every kind the inspector meets, made in the test instead of kept as fixtures. */
final class TestFiles {

    private TestFiles() {
    }

    /** A real PDF with the given number of pages, each with a line of text (so content streams exist). */
    static byte[] pdf(int pages, String text) {
        return save(document(pages, text));
    }

    static byte[] encryptedPdf(String ownerPassword, String userPassword) {
        PDDocument document = document(1, "secret");
        try {
            StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return save(document);
    }

    /** The first {@code fraction} of a real PDF, as a broken transfer leaves it. */
    static byte[] truncatedPdf(double fraction) {
        byte[] whole = pdf(3, "truncated");
        return Arrays.copyOf(whole, (int) (whole.length * fraction));
    }

    static byte[] png(int width, int height) {
        return image("png", width, height);
    }

    static byte[] jpeg(int width, int height) {
        return image("jpg", width, height);
    }

    /**
     * The smallest Windows program header Tika recognises: "MZ", the offset of the PE header at
     * 0x3C, "PE\0\0" and an i386 machine type.
     */
    static byte[] windowsExecutable() {
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        exe[0x84] = 0x4C;
        exe[0x85] = 0x01;
        return exe;
    }

    static byte[] zip(String entryName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A minimal OFD package (GB/T 33190-2016): OFD.xml → Doc_0/Document.xml listing the pages. */
    static byte[] ofd(int pages) {
        return ofd(pages, true);
    }

    static byte[] ofd(int pages, boolean withDocument) {
        String ofdXml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD">
                  <ofd:DocBody>
                    <ofd:DocInfo><ofd:DocID>6a1c0e5c</ofd:DocID><ofd:Title>营业执照</ofd:Title></ofd:DocInfo>
                    <ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>
                  </ofd:DocBody>
                </ofd:OFD>
                """;
        StringBuilder pageList = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            pageList.append("<ofd:Page ID=\"").append(i + 10).append("\" BaseLoc=\"Pages/Page_").append(i)
                    .append("/Content.xml\"/>");
        }
        String documentXml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <ofd:Document xmlns:ofd="http://www.ofdspec.org/2016">
                  <ofd:CommonData><ofd:MaxUnitID>100</ofd:MaxUnitID>
                    <ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData>
                  <ofd:Pages>%s</ofd:Pages>
                </ofd:Document>
                """.formatted(pageList);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("OFD.xml"));
            zip.write(ofdXml.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            if (withDocument) {
                zip.putNextEntry(new ZipEntry("Doc_0/Document.xml"));
                zip.write(documentXml.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                for (int i = 0; i < pages; i++) {
                    zip.putNextEntry(new ZipEntry("Doc_0/Pages/Page_" + i + "/Content.xml"));
                    zip.write(("<ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Content/></ofd:Page>")
                            .getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static PDDocument document(int pages, String text) {
        PDDocument document = new PDDocument();
        try {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 720);
                    content.showText(text + " - page " + (i + 1));
                    content.endText();
                }
            }
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] save(PDDocument document) {
        try (document) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.drawString("seal", 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
