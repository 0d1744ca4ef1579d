package dev.sitrep.archive;

import java.util.Map;
import java.util.TreeMap;

/** The files of one edition version by name, as bytes; the archive adds the manifest. */
public record EditionFiles(Map<String, byte[]> files) {

    public EditionFiles {
        files = new TreeMap<>(files);
    }
}
