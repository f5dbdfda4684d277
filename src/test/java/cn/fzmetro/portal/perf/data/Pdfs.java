package cn.fzmetro.portal.perf.data;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Small real PDF files for the sampled cases: one text line per page naming the case, material and
 * page, so every file has its own bytes (and SHA-256) and opens in any viewer. The portal's own
 * upload check (PdfCheck) accepts them.
 */
final class Pdfs {

    private Pdfs() {
    }

    static byte[] materialPdf(String caseNumber, String materialCode, int round, int serial, int pages) {
        List<String> objects = new ArrayList<>();
        int firstPage = 4;
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            kids.append(firstPage + 2 * i).append(" 0 R ");
        }
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [" + kids.toString().trim() + "] /Count " + pages + " >>");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        for (int i = 0; i < pages; i++) {
            String text = "BT /F1 14 Tf 72 770 Td (Case " + caseNumber + ") Tj 0 -22 Td (Material " + materialCode
                    + ", file " + serial + ", round " + round + ") Tj 0 -22 Td (Page " + (i + 1) + " of " + pages
                    + ") Tj 0 -22 Td (Generated test document - tongban portal performance data) Tj ET";
            objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                    + " /Contents " + (firstPage + 2 * i + 1) + " 0 R >>");
            objects.add("<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + pages * 600);
        write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = out.size();
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        long xref = out.size();
        StringBuilder x = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (long o : offsets) {
            x.append(String.format("%010d 00000 n \n", o));
        }
        x.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R /Info << /Title (")
                .append(caseNumber).append(' ').append(materialCode).append(") >> >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        write(out, x.toString());
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        out.write(b, 0, b.length);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
