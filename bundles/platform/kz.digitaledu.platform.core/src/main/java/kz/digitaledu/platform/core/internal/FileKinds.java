package kz.digitaledu.platform.core.internal;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The kinds of files people may attach, told by the name's extension and confirmed by the first bytes (a program
 * renamed to .pdf is refused). Documents, spreadsheets, presentations, images, audio and video of a lesson, archives.
 */
final class FileKinds {
    /** How many leading bytes {@link #of} needs. */
    static final int HEAD = 512;

    record Kind(String contentType, Predicate<byte[]> head) {
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("pdf", new Kind("application/pdf", h -> starts(h, "%PDF-".getBytes(StandardCharsets.US_ASCII)))),
            Map.entry("docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", h -> starts(h, ZIP))),
            Map.entry("xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", h -> starts(h, ZIP))),
            Map.entry("pptx", new Kind("application/vnd.openxmlformats-officedocument.presentationml.presentation", h -> starts(h, ZIP))),
            Map.entry("odt", new Kind("application/vnd.oasis.opendocument.text", h -> starts(h, ZIP))),
            Map.entry("ods", new Kind("application/vnd.oasis.opendocument.spreadsheet", h -> starts(h, ZIP))),
            Map.entry("odp", new Kind("application/vnd.oasis.opendocument.presentation", h -> starts(h, ZIP))),
            Map.entry("zip", new Kind("application/zip", h -> starts(h, ZIP))),
            Map.entry("doc", new Kind("application/msword", h -> starts(h, OLE))),
            Map.entry("xls", new Kind("application/vnd.ms-excel", h -> starts(h, OLE))),
            Map.entry("ppt", new Kind("application/vnd.ms-powerpoint", h -> starts(h, OLE))),
            Map.entry("rtf", new Kind("application/rtf", h -> starts(h, "{\\rtf".getBytes(StandardCharsets.US_ASCII)))),
            Map.entry("txt", new Kind("text/plain; charset=UTF-8", FileKinds::isText)),
            Map.entry("png", new Kind("image/png", h -> starts(h, new byte[] {(byte) 0x89, 'P', 'N', 'G'}))),
            Map.entry("jpg", new Kind("image/jpeg", h -> starts(h, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}))),
            Map.entry("jpeg", new Kind("image/jpeg", h -> starts(h, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}))),
            Map.entry("gif", new Kind("image/gif", h -> starts(h, "GIF8".getBytes(StandardCharsets.US_ASCII)))),
            Map.entry("webp", new Kind("image/webp", h -> starts(h, "RIFF".getBytes(StandardCharsets.US_ASCII))
                    && h.length >= 12 && new String(h, 8, 4, StandardCharsets.US_ASCII).equals("WEBP"))),
            Map.entry("mp3", new Kind("audio/mpeg", h -> starts(h, "ID3".getBytes(StandardCharsets.US_ASCII))
                    || (h.length > 1 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xE0) == 0xE0))),
            Map.entry("mp4", new Kind("video/mp4", FileKinds::isIsoMedia)),
            Map.entry("m4a", new Kind("audio/mp4", FileKinds::isIsoMedia)));

    private FileKinds() {
    }

    /** The extensions accepted, for messages. */
    static String accepted() {
        return String.join(", ", KINDS.keySet().stream().sorted().toList());
    }

    /** The kind of a file named {@code name} whose first bytes are {@code head}, if it is an accepted one. */
    static Optional<Kind> of(String name, byte[] head) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        Kind kind = KINDS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        return kind != null && kind.head().test(head) ? Optional.of(kind) : Optional.empty();
    }

    private static boolean starts(byte[] head, byte[] prefix) {
        return head.length >= prefix.length && Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean isIsoMedia(byte[] h) {
        return h.length >= 8 && new String(h, 4, 4, StandardCharsets.US_ASCII).equals("ftyp");
    }

    /** Text: no NUL byte and valid UTF-8 (a multi-byte letter cut at the end of the sample is allowed). */
    private static boolean isText(byte[] h) {
        for (byte b : h) {
            if (b == 0) {
                return false;
            }
        }
        for (int cut = 0; cut < 4 && cut <= h.length; cut++) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(h, 0, h.length - cut));
                return true;
            } catch (CharacterCodingException e) {
                // try without the last bytes
            }
        }
        return false;
    }
}
