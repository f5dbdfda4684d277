package cn.fzmetro.portal.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Recognises OFD (GB/T 33190-2016) by its structure: a zip whose root holds {@code OFD.xml} with
 * the root element {@code ofd:OFD} in the OFD namespace. Such a file is an OFD; it is then
 * accepted only if every {@code DocBody/DocRoot} names a {@code Document.xml} in the package
 * and the documents list at least one page. Any other zip is not an OFD (and is refused as an
 * archive by the caller). Only the two small XML parts are read, each at most 4 MB, with DTDs
 * and external entities disabled.
 */
final class OfdCheck {

    static final String NAMESPACE = "http://www.ofdspec.org/2016";
    private static final String ENTRY_POINT = "OFD.xml";
    private static final long MAX_XML_BYTES = 4L * 1024 * 1024;

    private OfdCheck() {
    }

    /** The page count if the file is an OFD; empty if it is some other zip. */
    static Optional<Integer> pageCount(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry entry = zip.getEntry(ENTRY_POINT);
            if (entry == null || entry.isDirectory()) {
                return Optional.empty();
            }
            Element root;
            try {
                root = parse(zip, entry).getDocumentElement();
            } catch (SAXException | IOException e) {
                return Optional.empty();
            }
            if (!isOfd(root, "OFD") || !root.getAttribute("DocType").startsWith("OFD")) {
                return Optional.empty();
            }
            // from here on it is an OFD: anything missing means a damaged one
            List<String> docRoots = new ArrayList<>();
            for (Element body : children(root, "DocBody")) {
                for (Element docRoot : children(body, "DocRoot")) {
                    docRoots.add(docRoot.getTextContent().strip());
                }
            }
            if (docRoots.isEmpty()) {
                throw new Refusal(RefusalReason.DAMAGED);
            }
            int pages = 0;
            for (String location : docRoots) {
                ZipEntry documentEntry = zip.getEntry(location.startsWith("/") ? location.substring(1) : location);
                if (location.isEmpty() || documentEntry == null || documentEntry.isDirectory()) {
                    throw new Refusal(RefusalReason.DAMAGED);
                }
                Element document = parseOrDamaged(zip, documentEntry).getDocumentElement();
                if (!isOfd(document, "Document")) {
                    throw new Refusal(RefusalReason.DAMAGED);
                }
                for (Element list : children(document, "Pages")) {
                    pages += children(list, "Page").size();
                }
            }
            if (pages < 1) {
                throw new Refusal(RefusalReason.DAMAGED);
            }
            return Optional.of(pages);
        } catch (ZipException e) {
            // Tika saw a zip signature but the zip cannot be read: some archive, not an OFD
            return Optional.empty();
        }
    }

    private static Document parseOrDamaged(ZipFile zip, ZipEntry entry) throws IOException {
        try {
            return parse(zip, entry);
        } catch (SAXException | IOException e) {
            throw new Refusal(RefusalReason.DAMAGED);
        }
    }

    private static Document parse(ZipFile zip, ZipEntry entry) throws IOException, SAXException {
        if (entry.getSize() > MAX_XML_BYTES) {
            throw new IOException(entry.getName() + " is too large");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) MAX_XML_BYTES + 1);
            if (bytes.length > MAX_XML_BYTES) {
                throw new IOException(entry.getName() + " is too large");
            }
            return builder().parse(new java.io.ByteArrayInputStream(bytes));
        }
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isOfd(Element element, String localName) {
        return NAMESPACE.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName());
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && isOfd(e, localName)) {
                found.add(e);
            }
        }
        return found;
    }
}
