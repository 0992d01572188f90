package vn.thidua.signing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;

/**
 * Phase one of a two-phase (token) signature: the PDF with the signature dictionary, widget and an
 * empty /Contents, plus what the token must sign. Holds only bytes and values, so any node can
 * store it (columns or {@link #toBytes()} in one BLOB) and any node can finish it.
 *
 * @param id chosen by the caller's store; the library does not depend on it
 * @param preparedPdf the whole PDF including the incremental update, /Contents zero-filled
 * @param byteRange the four /ByteRange numbers
 * @param documentDigest SHA-256 over the byte ranges: the token's message-digest attribute
 * @param signingTime the time written in /M
 * @param expectedSignerCertificateSha256 if set, {@code complete} accepts only a container signed
 *     with this certificate (whoever prepared is whoever must sign)
 */
public record PreparedSignature(String id, byte[] preparedPdf, long[] byteRange, byte[] documentDigest,
        OffsetDateTime signingTime, byte[] expectedSignerCertificateSha256) {

    public static final String DIGEST_ALGORITHM = "SHA-256";
    private static final int FORMAT = 1;

    public PreparedSignature withId(String newId) {
        return new PreparedSignature(newId, preparedPdf, byteRange, documentDigest, signingTime,
                expectedSignerCertificateSha256);
    }

    /** One self-describing byte string for a single BLOB column. */
    public byte[] toBytes() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(preparedPdf.length + 256);
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeInt(FORMAT);
            out.writeUTF(id == null ? "" : id);
            writeBytes(out, preparedPdf);
            for (long value : byteRange) {
                out.writeLong(value);
            }
            writeBytes(out, documentDigest);
            out.writeUTF(signingTime.toString());
            writeBytes(out, expectedSignerCertificateSha256 == null ? new byte[0] : expectedSignerCertificateSha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    public static PreparedSignature fromBytes(byte[] stored) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
            int format = in.readInt();
            if (format != FORMAT) {
                throw new SigningException("Dữ liệu chữ ký đã chuẩn bị không hợp lệ / unknown prepared-signature format " + format);
            }
            String id = in.readUTF();
            byte[] pdf = readBytes(in);
            long[] range = {in.readLong(), in.readLong(), in.readLong(), in.readLong()};
            byte[] digest = readBytes(in);
            OffsetDateTime time = OffsetDateTime.parse(in.readUTF());
            byte[] certHash = readBytes(in);
            return new PreparedSignature(id.isEmpty() ? null : id, pdf, range, digest, time,
                    certHash.length == 0 ? null : certHash);
        } catch (IOException e) {
            throw new SigningException("Dữ liệu chữ ký đã chuẩn bị bị hỏng / corrupt prepared signature", e);
        }
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 512 * 1024 * 1024) {
            throw new IOException("implausible length " + length);
        }
        return in.readNBytes(length);
    }
}
