package io.kexiang.shared.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Charts drawn on the server (Java2D, headless) as PNG, for reports that leave Kexiang as PDF or are forwarded by
 * mail, where no browser draws them: bars, or a line, against an optional target line, labelled in the CJK font.
 */
public final class Charts {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 260;
    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    private static final int TOP = 36;
    private static final int BOTTOM = 48;
    private static final Color BAR = new Color(0x3b, 0x6e, 0xa8);
    private static final Color MISSED = new Color(0xd0, 0x30, 0x30);
    private static final Color TARGET = new Color(0x88, 0x88, 0x88);

    private static final Font LATIN = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private final Font font;

    /** @param cjkFont a TrueType font with Chinese; a missing one falls back to the JDK's logical font */
    public Charts(File cjkFont) {
        this.font = load(cjkFont);
    }

    /**
     * One bar per label, red where it is below {@code target} (when {@code higherIsBetter}) or above it; null values
     * leave a gap. The value axis spans {@code min}–{@code max} (null: from the data).
     */
    public byte[] bars(String title, List<String> labels, List<? extends Number> values, Double target,
            boolean higherIsBetter, Double min, Double max) {
        return draw(title, labels, values, target, higherIsBetter, min, max, false);
    }

    /** A line through the values, points below target (or above, when lower is better) in red. */
    public byte[] line(String title, List<String> labels, List<? extends Number> values, Double target,
            boolean higherIsBetter, Double min, Double max) {
        return draw(title, labels, values, target, higherIsBetter, min, max, true);
    }

    /** The PNG as a {@code data:} URI for an {@code <img>} in HTML or XHTML. */
    public static String dataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    private byte[] draw(String title, List<String> labels, List<? extends Number> values, Double target,
            boolean higherIsBetter, Double min, Double max, boolean asLine) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            double low = min != null ? min : Math.min(target == null ? Double.MAX_VALUE : target, lowest(values));
            double high = max != null ? max : Math.max(target == null ? -Double.MAX_VALUE : target, highest(values));
            if (high <= low) {
                high = low + 1;
            }
            g.setColor(Color.DARK_GRAY);
            text(g, title, LEFT, 22, 14f);
            int plotWidth = WIDTH - LEFT - RIGHT;
            int plotHeight = HEIGHT - TOP - BOTTOM;
            axes(g, low, high, plotHeight);
            int slot = labels.isEmpty() ? plotWidth : plotWidth / labels.size();
            Integer lastX = null;
            Integer lastY = null;
            for (int index = 0; index < labels.size(); index++) {
                int centre = LEFT + slot * index + slot / 2;
                String label = labels.get(index);
                g.setColor(Color.DARK_GRAY);
                text(g, label, centre - width(g, label, 11f) / 2, HEIGHT - BOTTOM + 16, 11f);
                Number value = values.get(index);
                if (value == null) {
                    lastX = null;
                    continue;
                }
                double v = value.doubleValue();
                int y = TOP + (int) Math.round((high - Math.max(low, Math.min(high, v))) / (high - low) * plotHeight);
                boolean missed = target != null && (higherIsBetter ? v < target : v > target);
                g.setColor(missed ? MISSED : BAR);
                if (asLine) {
                    if (lastX != null) {
                        g.setColor(BAR);
                        g.setStroke(new BasicStroke(2f));
                        g.drawLine(lastX, lastY, centre, y);
                        g.setColor(missed ? MISSED : BAR);
                    }
                    g.fillOval(centre - 4, y - 4, 8, 8);
                    lastX = centre;
                    lastY = y;
                } else {
                    int width = Math.max(4, slot * 3 / 5);
                    g.fillRect(centre - width / 2, y, width, TOP + plotHeight - y);
                }
            }
            if (target != null) {
                int y = TOP + (int) Math.round((high - target) / (high - low) * plotHeight);
                g.setColor(TARGET);
                g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {6f, 4f}, 0f));
                g.drawLine(LEFT, y, WIDTH - RIGHT, y);
            }
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void axes(Graphics2D g, double low, double high, int plotHeight) {
        g.setColor(new Color(0xdd, 0xdd, 0xdd));
        for (int step = 0; step <= 4; step++) {
            int y = TOP + plotHeight * step / 4;
            g.drawLine(LEFT, y, WIDTH - RIGHT, y);
            String tick = format(high - (high - low) * step / 4);
            g.setColor(Color.GRAY);
            text(g, tick, LEFT - 6 - width(g, tick, 11f), y + 4, 11f);
            g.setColor(new Color(0xdd, 0xdd, 0xdd));
        }
    }

    /**
     * Draws text a run at a time in the font that has its letters: the Latin font for digits and letters, the CJK
     * font for Chinese (a CJK fallback font has no Latin glyphs, a Latin font no Chinese).
     */
    private void text(Graphics2D g, String text, int x, int y, float size) {
        int at = x;
        for (Run run : runs(text, size)) {
            g.setFont(run.font());
            g.drawString(run.text(), at, y);
            at += g.getFontMetrics().stringWidth(run.text());
        }
    }

    private int width(Graphics2D g, String text, float size) {
        int width = 0;
        for (Run run : runs(text, size)) {
            width += g.getFontMetrics(run.font()).stringWidth(run.text());
        }
        return width;
    }

    private record Run(Font font, String text) {
    }

    private List<Run> runs(String text, float size) {
        Font latin = LATIN.deriveFont(size);
        Font cjk = font.deriveFont(size);
        List<Run> runs = new java.util.ArrayList<>();
        StringBuilder run = new StringBuilder();
        Font current = null;
        for (int index = 0; index < text.length(); ) {
            int point = text.codePointAt(index);
            Font wanted = latin.canDisplay(point) && (point < 0x2E80 || !cjk.canDisplay(point)) ? latin : cjk;
            if (current != null && wanted != current) {
                runs.add(new Run(current, run.toString()));
                run.setLength(0);
            }
            current = wanted;
            run.appendCodePoint(point);
            index += Character.charCount(point);
        }
        if (current != null) {
            runs.add(new Run(current, run.toString()));
        }
        return runs;
    }

    private static String format(double value) {
        return Math.abs(value - Math.rint(value)) < 1e-9 ? String.valueOf((long) Math.rint(value))
                : String.format("%.3f", value).replaceAll("0+$", "");
    }

    private static double lowest(List<? extends Number> values) {
        return values.stream().filter(v -> v != null).mapToDouble(Number::doubleValue).min().orElse(0);
    }

    private static double highest(List<? extends Number> values) {
        return values.stream().filter(v -> v != null).mapToDouble(Number::doubleValue).max().orElse(1);
    }

    private static Font load(File file) {
        try {
            return file != null && file.canRead() ? Font.createFont(Font.TRUETYPE_FONT, file)
                    : new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        } catch (FontFormatException | IOException e) {
            return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        }
    }
}
