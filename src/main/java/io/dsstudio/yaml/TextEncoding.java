package io.dsstudio.yaml;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A manifest file's text, decoded as YAML readers decode it: UTF-8 by default, UTF-8, UTF-16 or UTF-32 when the
 * file starts with that encoding's byte order mark (the mark itself is not part of the text).
 */
final class TextEncoding {
    private TextEncoding() {
    }

    /** The text, or why it cannot be decoded; {@code utf8WithoutBom} when no mark was found. */
    record Decoded(String text, String problem, boolean utf8WithoutBom) {
    }

    static Decoded decode(byte[] b) {
        if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return strict(b, 4, Charset.forName("UTF-32BE"), "UTF-32");
        }
        if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return strict(b, 4, Charset.forName("UTF-32LE"), "UTF-32");
        }
        if (starts(b, 0xFE, 0xFF)) {
            return strict(b, 2, StandardCharsets.UTF_16BE, "UTF-16");
        }
        if (starts(b, 0xFF, 0xFE)) {
            return strict(b, 2, StandardCharsets.UTF_16LE, "UTF-16");
        }
        if (starts(b, 0xEF, 0xBB, 0xBF)) {
            return strict(b, 3, StandardCharsets.UTF_8, "UTF-8");
        }
        return new Decoded(new String(b, StandardCharsets.UTF_8), null, true);
    }

    private static boolean starts(byte[] b, int... mark) {
        if (b.length < mark.length) {
            return false;
        }
        for (int i = 0; i < mark.length; i++) {
            if ((b[i] & 0xFF) != mark[i]) {
                return false;
            }
        }
        return true;
    }

    private static Decoded strict(byte[] b, int skip, Charset charset, String name) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, skip, b.length - skip)).toString();
            return new Decoded(text, null, false);
        } catch (CharacterCodingException e) {
            return new Decoded(null, "not valid " + name + " text although it starts with a " + name
                    + " byte order mark (binary file?)", false);
        }
    }
}
