package com.ticketorleaveit.platform.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * QR codes as PNG images (ZXing). Error correction M (15 %) reads reliably from a phone screen or a creased print at
 * a payload's size; 4 pixels a module keep a ticket's image to a few kilobytes, made in about a millisecond, so the
 * confirmation mail can carry one per ticket without slowing delivery.
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

    private QrCodes() {}

    public static byte[] png(String text) {
        try {
            BitMatrix modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
            BitMatrix scaled = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            modules.getWidth() * PIXELS_PER_MODULE,
                            modules.getHeight() * PIXELS_PER_MODULE,
                            HINTS);
            ByteArrayOutputStream png = new ByteArrayOutputStream(4096);
            MatrixToImageWriter.writeToStream(scaled, "PNG", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Too long for a QR code: " + text.length() + " characters", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
