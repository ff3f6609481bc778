package io.kexiang.shared.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ChartsTests {

    private final Charts charts = new Charts(new File("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));

    @Test
    void aBarBelowTheTargetIsRedAndOneAboveItIsNot() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(charts.bars("各电路可用率（%）",
                List.of("DDN-1", "DDN-2"), List.of(99.99, 99.80), 99.95, true, 99.7, 100.0)));
        assertThat(image.getWidth()).isEqualTo(720);
        assertThat(image.getHeight()).isEqualTo(260);
        // The middle of each bar's lower part: the first (met) blue, the second (missed) red.
        assertThat(image.getRGB(64 + 328 / 2, 200) & 0xffffff).isEqualTo(0x3b6ea8);
        assertThat(image.getRGB(64 + 328 + 328 / 2, 200) & 0xffffff).isEqualTo(0xd03030);
    }

    @Test
    void aDataUriCarriesThePng() {
        String uri = Charts.dataUri(charts.line("趋势", List.of("01", "02"), List.of(1, 2), null, true, null, null));
        assertThat(uri).startsWith("data:image/png;base64,iVBORw0KGgo");
    }
}
