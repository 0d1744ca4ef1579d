package dev.sitrep.jobs;

import dev.sitrep.core.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * A hash of the inputs of an edition (each event and judgment at its revision) that does not depend on
 * the order they stream in: the SHA-256 of each is added into a 256-bit sum. The database may return
 * rows in any order; the same inputs give the same hash.
 */
final class InputsHash {

    private final long[] sum = new long[4];
    private long count;

    void add(String item) {
        byte[] digest = Sha256.digest().digest(item.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 4; i++) {
            long word = 0;
            for (int b = 0; b < 8; b++) {
                word = (word << 8) | (digest[i * 8 + b] & 0xff);
            }
            sum[i] += word;
        }
        count++;
    }

    String hex() {
        StringBuilder words = new StringBuilder();
        for (long w : sum) {
            words.append(HexFormat.of().toHexDigits(w));
        }
        return Sha256.hex(words + "/" + count);
    }
}
