package com.ticketorleaveit.platform.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR codes as PNG images (ZXing). Error correction M (15 %) reads reliably from a phone screen or a creased print at
 * a payload's size; 4 pixels a module on a one-bit image keep a ticket's image under a kilobyte. The code is encoded
 * once (choosing its mask is most of the work) and its modules drawn at that scale, which takes a confirmation mail
 * a couple of milliseconds a ticket.
 */
public final class QrCodes {

    private static final int PIXELS_PER_MODULE = 4;
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION,
            ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN,
            4,
            EncodeHintType.CHARACTER_SET,
            "UTF-8");
    private static final int[] WHITE_MODULE = whiteModule();

    private QrCodes() {}

    public static byte[] png(String text) {
        try {
            // at 0 x 0 the writer answers one bit a module, quiet zone included
            BitMatrix modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
            ByteArrayOutputStream png = new ByteArrayOutputStream(1024);
            ImageIO.write(drawn(modules), "PNG", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Too long for a QR code: " + text.length() + " characters", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Black modules on white, each a square of {@link #PIXELS_PER_MODULE} pixels a side, one bit a pixel. */
    private static BufferedImage drawn(BitMatrix modules) {
        var image = new BufferedImage(
                modules.getWidth() * PIXELS_PER_MODULE,
                modules.getHeight() * PIXELS_PER_MODULE,
                BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster pixels = image.getRaster(); // all 0, black
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (!modules.get(x, y)) {
                    pixels.setPixels(
                            x * PIXELS_PER_MODULE,
                            y * PIXELS_PER_MODULE,
                            PIXELS_PER_MODULE,
                            PIXELS_PER_MODULE,
                            WHITE_MODULE);
                }
            }
        }
        return image;
    }

    private static int[] whiteModule() {
        int[] white = new int[PIXELS_PER_MODULE * PIXELS_PER_MODULE];
        Arrays.fill(white, 1);
        return white;
    }
}
