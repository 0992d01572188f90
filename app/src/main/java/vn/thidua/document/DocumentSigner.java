package vn.thidua.document;

import vn.thidua.document.render.content.SignatureBlock;

/**
 * Who signs a document and how the signature block reads (NĐ 30, ô 7a–7c). The block is what the
 * signature image is placed in, so it must name the person whose key signs.
 *
 * @param username the login of the person who signs (their key store is found by it)
 * @param authority "TM. ỦY BAN NHÂN DÂN", or for a deputy "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"
 *     (one line each); null when the head signs in his own name
 * @param title "CHỦ TỊCH", "PHÓ CHỦ TỊCH": the line right above the signature image
 * @param name full name, printed under the image
 */
public record DocumentSigner(String username, String authority, String title, String name) {

    public SignatureBlock block() {
        return new SignatureBlock(authority, title, name);
    }

    /**
     * The deputy signing for the head ("KT." = ký thay): the head's title moves up as "KT. CHỦ TỊCH"
     * under any collective authority, the deputy's title and name below.
     */
    public static DocumentSigner deputyFor(SignatureBlock headBlock, String username, String deputyName) {
        String kt = "KT. " + headBlock.title();
        String authority = headBlock.authority() == null || headBlock.authority().isBlank() ? kt
                : headBlock.authority() + "\n" + kt;
        return new DocumentSigner(username, authority, "PHÓ " + headBlock.title(), deputyName);
    }
}
