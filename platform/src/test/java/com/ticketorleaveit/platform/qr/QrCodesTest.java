package com.ticketorleaveit.platform.qr;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    /**
     * The image is a pure barcode, so it is read as one: without the hint ZXing looks for the code's finder patterns
     * as it would in a photograph, and on about 2 % of perfectly drawn codes it takes a run of modules in the data for
     * one (a known limit of its detector on synthetic images; phones and the pure-barcode mode read those codes).
     */
    static String read(byte[] png) throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        return new QRCodeReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                        Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                .getText();
    }

    @Test
    void aTicketsPayloadReadsBackFromItsSmallPng() throws Exception {
        String payload = "T1." + "A".repeat(160) + "." + "B".repeat(86);

        byte[] png = QrCodes.png(payload);

        assertThat(png).hasSizeLessThan(8 * 1024);
        assertThat(read(png)).isEqualTo(payload);
    }

    @Test
    void everySignedPayloadReadsBack() throws Exception {
        var random = new Random(20261207);
        var base64 = Base64.getUrlEncoder().withoutPadding();
        for (int i = 0; i < 300; i++) {
            byte[] claims = new byte[80 + random.nextInt(80)];
            byte[] signature = new byte[64];
            random.nextBytes(claims);
            random.nextBytes(signature);
            String payload = "T1." + base64.encodeToString(claims) + "." + base64.encodeToString(signature);

            assertThat(read(QrCodes.png(payload))).as("payload %d", i).isEqualTo(payload);
        }
    }
}
