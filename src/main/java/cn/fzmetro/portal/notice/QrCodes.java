package cn.fzmetro.portal.notice;

import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;

/**
 * QR codes drawn as vector squares (no image): sharp at any print resolution and a few hundred
 * bytes in the PDF. Error correction level M, with the standard quiet zone of four modules
 * inside the given size.
 */
final class QrCodes {

    static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    /** Draws {@code text} as a QR code of {@code size} points whose lower left corner is at {@code (x, y)}. */
    static void draw(PDPageContentStream cs, String text, float x, float y, float size) throws IOException {
        ByteMatrix matrix = encode(text).getMatrix();
        int modules = matrix.getWidth();
        float module = size / (modules + 2 * QUIET_ZONE);
        cs.setNonStrokingColor(1f);
        cs.addRect(x, y, size, size);
        cs.fill();
        cs.setNonStrokingColor(0f);
        for (int row = 0; row < modules; row++) {
            float top = y + size - (QUIET_ZONE + row) * module;
            int col = 0;
            while (col < modules) {
                if (matrix.get(col, row) != 1) {
                    col++;
                    continue;
                }
                int end = col;
                while (end < modules && matrix.get(end, row) == 1) {
                    end++;
                }
                // a hair of overlap so that adjacent squares leave no hairline seams when rasterised
                cs.addRect(x + (QUIET_ZONE + col) * module, top - module - 0.01f, (end - col) * module + 0.01f,
                        module + 0.02f);
                col = end;
            }
        }
        cs.fill();
    }

    static QRCode encode(String text) {
        try {
            return Encoder.encode(text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as QR code: " + text, e);
        }
    }
}
