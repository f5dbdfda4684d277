package cn.fzmetro.portal.notice;

import java.awt.image.BufferedImage;

import com.google.zxing.LuminanceSource;

/** ZXing's javase module is not available: the few lines it would give, reading grey levels of an image. */
final class BufferedImageLuminance extends LuminanceSource {

    private final byte[] luminance;

    BufferedImageLuminance(BufferedImage image) {
        super(image.getWidth(), image.getHeight());
        int w = image.getWidth();
        int h = image.getHeight();
        luminance = new byte[w * h];
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < rgb.length; i++) {
            int r = (rgb[i] >> 16) & 0xff;
            int g = (rgb[i] >> 8) & 0xff;
            int b = rgb[i] & 0xff;
            luminance[i] = (byte) ((r * 299 + g * 587 + b * 114) / 1000);
        }
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
        byte[] out = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
        System.arraycopy(luminance, y * getWidth(), out, 0, getWidth());
        return out;
    }

    @Override
    public byte[] getMatrix() {
        return luminance;
    }
}
