package vn.thidua.signing.verify;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;

/** The two signed stretches of a PDF around its /Contents hex string. */
public final class ByteRanges {

    private ByteRanges() {
    }

    /**
     * Null when the range is well formed: starts at 0, both parts inside the file, and the hole
     * between them is exactly one hex string, so nothing but the signature value is left unsigned.
     */
    public static String problem(long[] range, byte[] pdf) {
        if (range == null || range.length != 4) {
            return "ByteRange không có 4 số / ByteRange must have 4 numbers";
        }
        long holeStart = range[1];
        long holeEnd = range[2];
        if (range[0] != 0 || holeStart <= 0 || holeEnd <= holeStart + 1 || range[3] < 0
                || holeEnd + range[3] > pdf.length) {
            return "ByteRange nằm ngoài tệp / ByteRange outside the file";
        }
        if (pdf[(int) holeStart] != '<' || pdf[(int) holeEnd - 1] != '>') {
            return "Phần không ký không phải là /Contents / the unsigned gap is not the /Contents string";
        }
        for (int i = (int) holeStart + 1; i < holeEnd - 1; i++) {
            if (Character.digit(pdf[i], 16) < 0) {
                return "Phần không ký chứa dữ liệu lạ / the unsigned gap holds more than hex digits";
            }
        }
        return null;
    }

    public static byte[] signedBytes(long[] range, byte[] pdf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) (range[1] + range[3]));
        out.write(pdf, (int) range[0], (int) range[1]);
        out.write(pdf, (int) range[2], (int) range[3]);
        return out.toByteArray();
    }

    public static byte[] contents(long[] range, byte[] pdf) {
        String hex = new String(pdf, (int) range[1] + 1, (int) (range[2] - range[1] - 2),
                java.nio.charset.StandardCharsets.US_ASCII);
        if (hex.length() % 2 != 0) {
            hex = hex + "0";
        }
        return HexFormat.of().parseHex(hex);
    }

    public static long end(long[] range) {
        return range[2] + range[3];
    }
}
