package io.fluxmq.interop;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * The deterministic content of record number i: the same rules as tests/server/records.py, so
 * the Python side can check every key, value, header and timestamp of what Java produced (and
 * what Java consumed). Timestamps are base + i, which is how a consumer recovers i.
 */
final class RecordSpec {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz";

    private RecordSpec() {}

    static byte[] key(long i, boolean keyed) {
        if (!keyed || i % 97 == 13) {
            return null;
        }
        return ("key-" + (i % 211)).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] value(long i) {
        if (i % 101 == 7 && i % 97 != 13) { // never both key and value null (some clients refuse)
            return null;
        }
        int pad = (int) ((i * 37) % 300);
        StringBuilder sb = new StringBuilder(16 + pad);
        sb.append("value-").append(i).append('-');
        for (int j = 0; j < pad; j++) {
            sb.append(ALPHABET.charAt((int) ((i + j) % 26)));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static List<Header> headers(long i) {
        List<Header> out = new ArrayList<>();
        if (i % 4 == 0) {
            return out;
        }
        out.add(new RecordHeader("seq", Long.toString(i).getBytes(StandardCharsets.UTF_8)));
        out.add(new RecordHeader("bin", new byte[] {(byte) i, (byte) (i >> 8), 0, (byte) 0xff}));
        if (i % 5 == 0) {
            out.add(new RecordHeader("nul", null));
        }
        if (i % 7 == 0) {
            out.add(new RecordHeader("\u00fc-utf8", ("\u2713 " + i).getBytes(StandardCharsets.UTF_8)));
        }
        if (i % 11 == 0) {
            out.add(new RecordHeader("seq", "dup".getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    static long timestamp(long base, long i) {
        return base + i;
    }
}
