package dev.sitrep.events;

/**
 * The line on which each event id of a file was first seen, to refuse an id given twice. A million ids
 * must fit a 256 MB heap, so ids are kept as 64-bit hashes in an open-addressing table (12 bytes a
 * slot) rather than as strings in a HashMap (over 100 bytes an entry). Two different ids sharing a
 * 64-bit hash (about 1 in 10^7 for a million ids) would reject the second as a duplicate, with its
 * reason, in the quarantine.
 */
final class IdLines {

    private long[] keys = new long[1 << 12];
    private int[] lines = new int[1 << 12];
    private boolean[] used = new boolean[1 << 12];
    private int size;

    /** Records the id's line and returns 0, or returns the line the id was first seen on. */
    int firstLine(String id, int line) {
        if (size * 2 >= keys.length) {
            grow();
        }
        long hash = hash(id);
        int mask = keys.length - 1;
        for (int i = (int) hash & mask; ; i = (i + 1) & mask) {
            if (!used[i]) {
                used[i] = true;
                keys[i] = hash;
                lines[i] = line;
                size++;
                return 0;
            }
            if (keys[i] == hash) {
                return lines[i];
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldLines = lines;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        lines = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldUsed[j]) {
                int i = (int) oldKeys[j] & mask;
                while (used[i]) {
                    i = (i + 1) & mask;
                }
                used[i] = true;
                keys[i] = oldKeys[j];
                lines[i] = oldLines[j];
            }
        }
    }

    /** FNV-1a over the characters, then SplitMix64's finaliser to spread the bits. */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
