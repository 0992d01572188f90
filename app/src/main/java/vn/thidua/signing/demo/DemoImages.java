package vn.thidua.signing.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws the demo's handwritten-signature and seal images with Java2D: transparent PNGs in the
 * colours BRIEF §1.3 asks for (signature blue, seal red). Deterministic for a given name, so
 * regenerating a lost file gives the same picture.
 */
public final class DemoImages {

    static final Color INK_BLUE = new Color(0x12, 0x2f, 0xa8);
    static final Color SEAL_RED = new Color(0xd2, 0x12, 0x1a);

    private DemoImages() {
    }

    /** The given name (last word) in a slanted hand with an underline flourish. */
    public static byte[] handwrittenSignature(String fullName) {
        BufferedImage image = new BufferedImage(600, 240, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = start(image);
        Random random = new Random(fullName.hashCode());
        g.setColor(INK_BLUE);
        String[] words = fullName.trim().split("\\s+");
        String givenName = words[words.length - 1];
        String initials = words.length > 1 ? words[0].substring(0, 1) + "." : "";

        AffineTransform upright = g.getTransform();
        g.rotate(Math.toRadians(-7 - random.nextInt(4)), 300, 120);
        g.setFont(new Font(Font.SERIF, Font.ITALIC, 84));
        FontMetrics metrics = g.getFontMetrics();
        String text = initials + givenName;
        int x = Math.max(10, (600 - metrics.stringWidth(text)) / 2);
        g.drawString(text, x, 140);
        g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int end = x + metrics.stringWidth(text);
        g.draw(new CubicCurve2D.Float(x - 20, 175, x + 120, 150 + random.nextInt(20), end - 80, 215, end + 30, 150));
        g.draw(new CubicCurve2D.Float(end + 30, 150, end - 10, 120, end - 60, 190, end - 140, 185));
        g.setTransform(upright);
        return png(image, g);
    }

    /**
     * A round seal: double rim, the agency's name around the circle, a star in the middle, as on
     * the seal of a People's Committee. 600 px across; the PDF draws it at its real diameter.
     */
    public static byte[] seal(String agencyName) {
        int size = 600;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = start(image);
        double c = size / 2.0;
        // Seal ink lets a little of the signature underneath show through.
        g.setColor(new Color(SEAL_RED.getRed(), SEAL_RED.getGreen(), SEAL_RED.getBlue(), 225));
        g.setStroke(new BasicStroke(12f));
        g.draw(new Ellipse2D.Double(c - 288, c - 288, 576, 576));
        g.setStroke(new BasicStroke(4f));
        g.draw(new Ellipse2D.Double(c - 268, c - 268, 536, 536));
        g.draw(new Ellipse2D.Double(c - 188, c - 188, 376, 376));
        drawTextAroundCircle(g, agencyName.toUpperCase(Locale.forLanguageTag("vi")), c, 205);
        g.fill(star(c, c, 120, 48));
        return png(image, g);
    }

    /** Characters upright-outwards along the circle, centred on the top, over at most 330°. */
    private static void drawTextAroundCircle(Graphics2D g, String text, double centre, double radius) {
        String spaced = text + " ★ ";
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, 48);
        FontMetrics metrics = g.getFontMetrics(font);
        double arc = metrics.stringWidth(spaced) / radius;
        float sizeFactor = (float) Math.min(1.0, Math.toRadians(330) / arc);
        font = font.deriveFont(48f * sizeFactor);
        g.setFont(font);
        metrics = g.getFontMetrics();
        double total = metrics.stringWidth(spaced) / radius;
        double angle = -Math.PI / 2 - total / 2;
        AffineTransform saved = g.getTransform();
        for (int i = 0; i < spaced.length(); i++) {
            String ch = spaced.substring(i, i + 1);
            double advance = metrics.stringWidth(ch) / radius;
            double mid = angle + advance / 2;
            g.setTransform(saved);
            g.translate(centre + radius * Math.cos(mid), centre + radius * Math.sin(mid));
            g.rotate(mid + Math.PI / 2);
            g.drawString(ch, -metrics.stringWidth(ch) / 2f, 0);
            angle += advance;
        }
        g.setTransform(saved);
    }

    private static Path2D star(double cx, double cy, double outer, double inner) {
        Path2D path = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double x = cx + r * Math.cos(a);
            double y = cy + r * Math.sin(a);
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
        return path;
    }

    private static Graphics2D start(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    private static byte[] png(BufferedImage image, Graphics2D g) {
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
