package com.ticketorleaveit.platform.qr;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    @Test
    void aTicketsPayloadReadsBackFromItsSmallPng() throws Exception {
        String payload = "T1." + "A".repeat(160) + "." + "B".repeat(86);

        byte[] png = QrCodes.png(payload);

        assertThat(png).hasSizeLessThan(8 * 1024);
        var image = ImageIO.read(new ByteArrayInputStream(png));
        var read = new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))));
        assertThat(read.getText()).isEqualTo(payload);
    }
}
